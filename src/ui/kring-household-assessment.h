/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-form-dialog.h"
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * The Leefgebieden tab's form: one dated assessment of the household (who
 * scored it, and per life domain a 1–5 score with krachten, zorgen and eigen
 * kracht), new or edited, saved with its scores in one change.
 */

/* The app's own short label of a score 1–5 ("Beperkt zelfredzaam"); "" else. */
const char      *kring_assessment_score_label (gint64                 score);
/* Opens the form for a new assessment (@assessment_id NULL; krachten and
 * zorgen start as in the latest assessment) or to edit one. */
KringFormDialog *kring_assessment_form_open   (KringHouseholdContext *context,
                                               const char            *assessment_id);

G_END_DECLS
