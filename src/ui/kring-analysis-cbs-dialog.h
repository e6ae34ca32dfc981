/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Importing a CBS "Kerncijfers wijken en buurten" CSV: choose the file, see
 * what it holds (areas, indicators, values, missing values), check the
 * year and the source, then store it. A file that is not a CBS table shows
 * the parser's message here and stores nothing. Emits ::imported after the
 * figures are stored, then closes.
 */

#define KRING_TYPE_ANALYSIS_CBS_DIALOG (kring_analysis_cbs_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KringAnalysisCbsDialog, kring_analysis_cbs_dialog, KRING,
                      ANALYSIS_CBS_DIALOG, AdwWindow)

KringAnalysisCbsDialog *kring_analysis_cbs_dialog_new       (GtkWindow              *parent,
                                                             KringStore             *store);
/* Reads @file as if the user had chosen it (also for tests). */
void                    kring_analysis_cbs_dialog_load_file (KringAnalysisCbsDialog *self,
                                                             GFile                  *file);
/* "choose", "busy", "preview" or "error". */
const char             *kring_analysis_cbs_dialog_get_state (KringAnalysisCbsDialog *self);
/* The message shown for an unreadable file, or NULL. */
const char             *kring_analysis_cbs_dialog_get_error (KringAnalysisCbsDialog *self);
/* For tests: the year field, and pressing "Importeren". */
GtkEditable            *kring_analysis_cbs_dialog_get_year  (KringAnalysisCbsDialog *self);
gboolean                kring_analysis_cbs_dialog_import    (KringAnalysisCbsDialog *self);

G_END_DECLS
