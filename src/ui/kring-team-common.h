/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-form-dialog.h"
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * What the team page's three sections share. Each section is a widget with
 * two signals: "changed" (something was saved: reload the page) and
 * "removed" (a GPtrArray of the deleted rows, parents first, and the toast's
 * text): the page offers Undo for it.
 */

/* Adds the two signals to a section's class. */
void       kring_team_add_signals   (GObjectClass  *klass);

/* A toast on the page around @widget; @text is plain text. */
void       kring_team_toast         (GtkWidget     *widget,
                                     const char    *text);

/* Saves @records; on success closes @dialog and emits "changed" on
 * @section, else the dialog shows the error and stays open. */
void       kring_team_save          (GtkWidget       *section,
                                     KringStore      *store,
                                     GPtrArray       *records,
                                     KringFormDialog *dialog);
/* Deletes the row and emits "removed" with @message on @section, or
 * shows the error in a toast. */
void       kring_team_remove        (GtkWidget     *section,
                                     KringStore    *store,
                                     const char    *table,
                                     const char    *id,
                                     const char    *message);

/* A wrapping, left-aligned label with @text as plain text, and
 * @css_class (may be NULL). */
GtkWidget *kring_team_label_new     (const char    *text,
                                     const char    *css_class);
/* A label with a link "@scheme:@value" showing @value ("tel": the digits
 * only; @scheme NULL: @value is a web address); NULL for no @value. */
GtkWidget *kring_team_link_new      (const char    *scheme,
                                     const char    *value);

/* The window @widget is in, for dialogs. */
GtkWindow *kring_team_window        (GtkWidget     *widget);

G_END_DECLS
