/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-map-graph.h"

G_BEGIN_DECLS

/*
 * The household's plan as a PDF for the household itself (DOMAIN.md §3):
 * an A4 letter in plain Dutch with the members, the goals and the actions
 * under them (what, who, when), the next evaluation and the ecomap. Journal
 * notes, domain scores, consents and every notes column are never printed:
 * the client reads this, and may hand it on.
 */

typedef struct
{
  const char *pseudonym;   /* NULL: the household's label and the members' names;
                              else this replaces the label and the members are
                              named by role ("Ouder 1", "Kind 1") */
  GDateTime  *printed_on;  /* the date on the letter; NULL: today */
} KringPlanPdfOptions;

/* Writes the plan of one household, as kring_store_household_plan_finish()
 * delivers it (table name -> GListModel of KringRecord), to @file as a PDF.
 * @ecomap (may be NULL) is drawn on a page of its own. Written to a
 * temporary file beside @file and renamed, so a failed write leaves
 * nothing behind and never replaces a good file. Blocking: call it from a
 * worker thread. Errors are KRING_IO_ERROR_FAILED and name the file. */
gboolean kring_plan_pdf_write (GHashTable                *plan,
                               const KringMapGraph       *ecomap,
                               const KringPlanPdfOptions *options,
                               GFile                     *file,
                               GError                   **error);

G_END_DECLS
