/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-form-dialog.h"

/* STUB: being written. */
struct _KringFormDialog { AdwWindow parent_instance; };
G_DEFINE_FINAL_TYPE (KringFormDialog, kring_form_dialog, ADW_TYPE_WINDOW)
static void kring_form_dialog_class_init (KringFormDialogClass *klass)
{
  g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}
static void kring_form_dialog_init (KringFormDialog *self) {}
KringFormDialog *kring_form_dialog_new (GtkWindow *parent, const char *title, const char *save_label) { return g_object_new (KRING_TYPE_FORM_DIALOG, NULL); }
void kring_form_dialog_add_group (KringFormDialog *self, const char *title, const char *description) {}
void kring_form_dialog_add_text (KringFormDialog *self, const char *column, const char *title, const char *value, gboolean required) {}
void kring_form_dialog_add_long_text (KringFormDialog *self, const char *column, const char *title, const char *value, gboolean required) {}
void kring_form_dialog_add_date (KringFormDialog *self, const char *column, const char *title, const char *value, gboolean required) {}
void kring_form_dialog_add_number (KringFormDialog *self, const char *column, const char *title, gint64 value, gint64 min, gint64 max, gboolean required) {}
void kring_form_dialog_add_choice (KringFormDialog *self, const char *column, const char *title, const char *const *ids, const char *const *labels, guint n, const char *selected, const char *none_label) {}
void kring_form_dialog_add_switch (KringFormDialog *self, const char *column, const char *title, gboolean active) {}
void kring_form_dialog_add_note (KringFormDialog *self, const char *text, gboolean warning) {}
const char *kring_form_dialog_get (KringFormDialog *self, const char *column) { return NULL; }
void kring_form_dialog_fill_record (KringFormDialog *self, KringRecord *record) {}
void kring_form_dialog_set_check (KringFormDialog *self, KringFormCheck check, gpointer user_data) {}
void kring_form_dialog_done (KringFormDialog *self, const GError *error) {}
GtkWidget *kring_form_dialog_get_widget (KringFormDialog *self, const char *column) { return NULL; }
gboolean kring_form_dialog_activate_save (KringFormDialog *self) { return FALSE; }
char *kring_form_date_parse (const char *text) { return NULL; }
char *kring_form_date_format (const char *iso) { return g_strdup (""); }
