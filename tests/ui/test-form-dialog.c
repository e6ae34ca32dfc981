/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include "kring-form-dialog.h"

/*
 * The form every household record is edited in: dates as the Dutch write
 * them, required fields and ranges that keep "Opslaan" off, a form-wide
 * check, the values as they are stored, and a store error that keeps the
 * dialog open with what the user typed.
 */

static void
test_dates (void)
{
  const struct { const char *typed; const char *stored; } cases[] = {
    { "3-2-2026", "2026-02-03" }, { "03-02-2026", "2026-02-03" }, { "3/2/2026", "2026-02-03" },
    { "3.2.2026", "2026-02-03" }, { "2026-02-03", "2026-02-03" }, { " 29-2-2028 ", "2028-02-29" },
    { "29-2-2026", NULL }, { "31-4-2026", NULL }, { "3-13-2026", NULL }, { "3-2-26", NULL },
    { "3-2/2026", NULL }, { "morgen", NULL }, { "", NULL }, { "3-2-2026x", NULL },
  };
  g_autofree char *shown = kring_form_date_format ("2026-02-03");
  g_autofree char *none = kring_form_date_format (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stored = kring_form_date_parse (cases[i].typed);

      g_assert_cmpstr (stored, ==, cases[i].stored);
    }
  g_assert_cmpstr (shown, ==, "3-2-2026");
  g_assert_cmpstr (none, ==, "");
}

static void
type (KringFormDialog *dialog, const char *column, const char *text)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static char *
until_after_given (KringFormDialog *dialog, gpointer user_data)
{
  const char *given = kring_form_dialog_get (dialog, "given_on");
  const char *until = kring_form_dialog_get (dialog, "valid_until");

  if (given != NULL && until != NULL && g_strcmp0 (until, given) < 0)
    return g_strdup ("Geldig tot ligt vóór de datum van geven.");
  return NULL;
}

static KringFormDialog *
consent_form (void)
{
  const char *ids[] = { "written", "verbal" };
  const char *labels[] = { "Schriftelijk", "Mondeling" };
  KringFormDialog *dialog = kring_form_dialog_new (NULL, "Toestemming vastleggen", NULL);

  kring_form_dialog_add_text (dialog, "information", "Welke informatie", NULL, TRUE);
  kring_form_dialog_add_date (dialog, "given_on", "Gegeven op", "2026-11-01", TRUE);
  kring_form_dialog_add_date (dialog, "valid_until", "Geldig tot", NULL, FALSE);
  kring_form_dialog_add_number (dialog, "_year", "Jaar", -1, 1900, 2026, FALSE);
  kring_form_dialog_add_choice (dialog, "form", "Vorm", ids, labels, 2, "verbal", "Onbekend");
  kring_form_dialog_add_long_text (dialog, "notes", "Notities", "Eerste regel", FALSE);
  kring_form_dialog_add_switch (dialog, "_copy", "Kopie gegeven", TRUE);
  kring_form_dialog_set_check (dialog, until_after_given, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
count_save (KringFormDialog *dialog, guint *saves)
{
  (*saves)++;
}

/* Save stays off while a required field is empty, a date or number is
 * wrong, or the form's own check fails. */
static void
test_validation (void)
{
  KringFormDialog *dialog = consent_form ();
  guint saves = 0;

  g_signal_connect (dialog, "save", G_CALLBACK (count_save), &saves);
  g_assert_false (kring_form_dialog_activate_save (dialog));
  type (dialog, "information", "Schulden");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  g_assert_cmpuint (saves, ==, 1);
  /* Busy until the caller says how the save went. */
  g_assert_false (kring_form_dialog_activate_save (dialog));
  kring_form_dialog_done (dialog, NULL);
  g_assert_cmpuint (saves, ==, 1);

  dialog = consent_form ();
  type (dialog, "information", "Schulden");
  type (dialog, "given_on", "30-2-2026");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  type (dialog, "given_on", "1-11-2026");
  type (dialog, "valid_until", "1-10-2026");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  type (dialog, "valid_until", "1-11-2027");
  type (dialog, "_year", "1899");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  type (dialog, "_year", "1984");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_form_dialog_done (dialog, NULL);
}

/* The values as the store gets them; '_' columns stay out of the record. */
static void
test_values (void)
{
  KringFormDialog *dialog = consent_form ();
  g_autoptr (KringRecord) record = kring_record_new ("consents");

  type (dialog, "information", "  Schulden  ");
  type (dialog, "valid_until", "1/11/2027");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "information"), ==, "Schulden");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "valid_until"), ==, "2027-11-01");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "form"), ==, "verbal");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "_copy"), ==, "1");
  g_assert_null (kring_form_dialog_get (dialog, "_year"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kring_form_dialog_get_widget (dialog, "form")), 0);
  kring_form_dialog_fill_record (dialog, record);
  g_assert_cmpstr (kring_record_get_string (record, "information"), ==, "Schulden");
  g_assert_cmpstr (kring_record_get_string (record, "given_on"), ==, "2026-11-01");
  g_assert_cmpstr (kring_record_get_string (record, "notes"), ==, "Eerste regel");
  g_assert_true (kring_record_has (record, "form") && kring_record_is_null (record, "form"));
  g_assert_false (kring_record_has (record, "_copy"));
  g_assert_false (kring_record_has (record, "_year"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A store error keeps the form open, editable and with its text. */
static void
test_error (void)
{
  KringFormDialog *dialog = consent_form ();
  g_autoptr (GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                                                  "De schijf is vol.");

  type (dialog, "information", "Schulden");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_form_dialog_done (dialog, error);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (kring_form_dialog_get (dialog, "information"), ==, "Schulden");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_form_dialog_done (dialog, NULL);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/ui/form-dialog/dates", test_dates);
  g_test_add_func ("/ui/form-dialog/validation", test_validation);
  g_test_add_func ("/ui/form-dialog/values", test_values);
  g_test_add_func ("/ui/form-dialog/error", test_error);
  return g_test_run ();
}
