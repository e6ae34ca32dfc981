/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-record.h"

G_BEGIN_DECLS

/*
 * KringFormDialog: the one modal form for editing a household's records (a
 * member, a consent, a goal, an action, an evaluation …). The caller adds
 * groups and fields; each field edits one column. "Opslaan" is sensitive
 * only while every field is valid; errors show inline under a field once
 * the user has touched it. Escape and "Annuleren" close it; Ctrl+Enter saves.
 *
 * On "Opslaan" the dialog emits ::save. The handler reads the values
 * (kring_form_dialog_fill_record() or the getters), writes them through the
 * store, then calls kring_form_dialog_done() with the outcome: on success the
 * dialog closes, on an error it stays open and shows the message (nothing
 * the user typed is lost). kring_form_dialog_set_busy() is set by the dialog
 * itself between ::save and kring_form_dialog_done().
 *
 * Dates are typed as the Dutch write them ("3-2-2026", "03-02-2026") or as
 * "2026-02-03", and are returned as "YYYY-MM-DD"; shown as "3-2-2026".
 */

#define KRING_TYPE_FORM_DIALOG (kring_form_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KringFormDialog, kring_form_dialog, KRING, FORM_DIALOG, AdwWindow)

/* @title: the window title ("Gezinslid toevoegen"); @save_label NULL: "Opslaan". */
KringFormDialog *kring_form_dialog_new         (GtkWindow       *parent,
                                                const char      *title,
                                                const char      *save_label);

/* Starts a new group (a boxed list with a heading; both may be NULL). Fields
 * added before the first call go into an untitled group. */
void         kring_form_dialog_add_group       (KringFormDialog *self,
                                                const char      *title,
                                                const char      *description);

/* One line of text. @value: the initial value (NULL: empty). */
void         kring_form_dialog_add_text        (KringFormDialog *self,
                                                const char      *column,
                                                const char      *title,
                                                const char      *value,
                                                gboolean         required);
/* Several lines of text (a text view in its own row). */
void         kring_form_dialog_add_long_text   (KringFormDialog *self,
                                                const char      *column,
                                                const char      *title,
                                                const char      *value,
                                                gboolean         required);
/* A calendar date; @value "YYYY-MM-DD" or NULL. */
void         kring_form_dialog_add_date        (KringFormDialog *self,
                                                const char      *column,
                                                const char      *title,
                                                const char      *value,
                                                gboolean         required);
/* A whole number between @min and @max; @value < @min: empty. */
void         kring_form_dialog_add_number      (KringFormDialog *self,
                                                const char      *column,
                                                const char      *title,
                                                gint64           value,
                                                gint64           min,
                                                gint64           max,
                                                gboolean         required);
/* One value out of @n: ids[i] is stored, labels[i] shown. @none_label not
 * NULL adds a first item meaning "none" (stored as NULL); NULL makes the
 * choice required. A list of more than 12 items can be searched by typing.
 * @selected: the id chosen at first (NULL: the first item). */
void         kring_form_dialog_add_choice      (KringFormDialog   *self,
                                                const char        *column,
                                                const char        *title,
                                                const char *const *ids,
                                                const char *const *labels,
                                                guint              n,
                                                const char        *selected,
                                                const char        *none_label);
/* A yes/no switch, stored as 1/0. */
void         kring_form_dialog_add_switch      (KringFormDialog *self,
                                                const char      *column,
                                                const char      *title,
                                                gboolean         active);
/* A line of explanation (or a warning, with @warning) under the last field. */
void         kring_form_dialog_add_note        (KringFormDialog *self,
                                                const char      *text,
                                                gboolean         warning);

/* The value of @column as it would be stored: NULL for empty or "none".
 * Dates come back as "YYYY-MM-DD", numbers and switches as decimal text.
 * The text stays valid until the field changes or the dialog goes away. */
const char  *kring_form_dialog_get             (KringFormDialog *self,
                                                const char      *column);
/* Sets every field's column on @record (empty fields as NULL); columns that
 * start with '_' are form-only and left out. */
void         kring_form_dialog_fill_record     (KringFormDialog *self,
                                                KringRecord     *record);
/* An extra check for the whole form, run after every change: returns NULL
 * when the values fit together, else what is wrong (translated), shown above
 * the buttons. E.g. "Geldig tot ligt vóór de datum van geven." */
typedef char *(*KringFormCheck) (KringFormDialog *self,
                                 gpointer         user_data);
void         kring_form_dialog_set_check       (KringFormDialog *self,
                                                KringFormCheck   check,
                                                gpointer         user_data);
/* After ::save: @error NULL closes the dialog; else its message is shown and
 * the dialog stays open and editable. */
void         kring_form_dialog_done            (KringFormDialog *self,
                                                const GError    *error);

/* For tests: the editable widget of @column (GtkEditable, GtkTextView,
 * GtkDropDown or GtkSwitch), and pressing "Opslaan" as a user would. */
GtkWidget   *kring_form_dialog_get_widget      (KringFormDialog *self,
                                                const char      *column);
gboolean     kring_form_dialog_activate_save   (KringFormDialog *self);

/* Dates as the user types and sees them (also used outside the dialog). */
char        *kring_form_date_parse             (const char      *text);  /* -> "YYYY-MM-DD" or NULL */
char        *kring_form_date_format            (const char      *iso);   /* -> "3-2-2026" or "" */

G_END_DECLS
