/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include "kring-consent.h"
#include "kring-form-dialog.h"
#include "kring-household-context.h"
#include "kring-household-editor.h"
#include "kring-household-overview.h"
#include "kring-screenshot.h"
#include "kring-store-household.h"
#include "kring-test-util.h"

/*
 * The Overzicht tab against a real, keyring-unlocked store holding the
 * example district: it shows "Gezin A."'s members, regisseur and
 * professionals; a member and a consent added through the forms are stored
 * with an audit entry and shown; a consent whose "geldig tot" lies before
 * the day it was given cannot be saved; a removed member comes back with
 * Undo; and the household editor creates a household in status aanmelding.
 */

#define GEZIN_A "486d8750-606d-542a-9deb-139fa9d07c85"
#define HATICE "b7c904d8-6b4a-540d-951e-5d84376d45bf"   /* a contact of the sociale kaart */
#define ZOON_A "c592ff1a-c10e-54f4-ae87-7d375a686e69"

typedef struct
{
  char                   *dir;
  KringStore             *store;
  GtkWindow              *window;
  KringHouseholdOverview *overview;
  KringHouseholdContext  *context;
  guint                   changes;
  char                   *saved_id;
} Fixture;

/* Iterates the main loop until @done (up to 30 s). */
static void
wait_until (gboolean (*done) (Fixture *f, gconstpointer arg), Fixture *f, gconstpointer arg)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (f, arg))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
settle (Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 400 * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
on_changed (gpointer user_data)
{
  ((Fixture *) user_data)->changes++;
}

/* Reads the household again and hands it to the tab, as the view does
 * after every change. */
static void
load_context (Fixture *f)
{
  GAsyncResult *result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;

  kring_household_context_load_async (f->store, GEZIN_A, "Test", NULL, NULL,
                                      kring_test_store_result, &result);
  done = kring_test_await (&result);
  g_clear_pointer (&f->context, kring_household_context_unref);
  f->context = kring_household_context_load_finish (done, &error);
  g_assert_no_error (error);
  kring_household_context_set_changed_hook (f->context, G_CALLBACK (on_changed), f);
  kring_household_overview_set_context (f->overview, f->context);
}

static gboolean
changed_since (Fixture *f, gconstpointer before)
{
  return f->changes > GPOINTER_TO_UINT (before);
}

/* Waits for the save or remove under way, then reloads. */
static void
wait_changed (Fixture *f, guint before)
{
  wait_until (changed_since, f, GUINT_TO_POINTER (before));
  load_context (f);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->overview = KRING_HOUSEHOLD_OVERVIEW (kring_household_overview_new ());
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1366, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->overview));
  gtk_window_present (f->window);
  load_context (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_household_overview_set_context (f->overview, NULL);
  g_clear_pointer (&f->context, kring_household_context_unref);
  gtk_window_destroy (f->window);
  settle (f);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_free (f->saved_id);
  g_free (f->dir);
}

/* The widgets */

static GtkWidget *
list (Fixture *f, const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->overview),
                                                  KRING_TYPE_HOUSEHOLD_OVERVIEW, name);

  return GTK_WIDGET (child);
}

/* The row of @list_name whose title contains @text, or NULL. */
static GtkWidget *
find_row (Fixture *f, const char *list_name, const char *text)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list (f, list_name)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row)
        && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text) != NULL)
      return row;
  return NULL;
}

static guint
count_rows (Fixture *f, const char *list_name)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list (f, list_name)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* Whether a label below @widget carries @css_class (a consent's state). */
static gboolean
has_label_with_class (GtkWidget *widget, const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_with_class (child, css_class))
      return TRUE;
  return FALSE;
}

static KringFormDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (KRING_IS_FORM_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return KRING_FORM_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_open (Fixture *f, gconstpointer arg)
{
  return find_dialog () != NULL;
}

static KringFormDialog *
open_form (Fixture *f, const char *action)
{
  gtk_widget_activate_action (GTK_WIDGET (f->overview), action, NULL);
  wait_until (dialog_open, f, NULL);
  return find_dialog ();
}

static void
set_text (KringFormDialog *dialog, const char *column, const char *text)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);

  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
set_choice (KringFormDialog *dialog, const char *column, guint position)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);

  g_assert_true (GTK_IS_DROP_DOWN (widget));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), position);
}

/* The store */

static guint
count_audit (Fixture *f, const char *action)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "audit_log", "record_id", GEZIN_A,
                                                 NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      n += g_strcmp0 (kring_record_get_string (row, "action"), action) == 0;
    }
  return n;
}

/* The stored row of @table of Gezin A. whose @column is @value, or NULL. */
static KringRecord *
stored (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, "household_id", GEZIN_A, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      const char *has = g_str_equal (column, "id") ? kring_record_get_id (row)
                                                   : kring_record_get_string (row, column);

      if (g_strcmp0 (has, value) == 0)
        return g_steal_pointer (&row);
    }
  return NULL;
}

/* "d-m-yyyy", as a user types a date, @days from today. */
static char *
typed_day (int days)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) day = g_date_time_add_days (now, days);

  return g_strdup_printf ("%d-%d-%d", g_date_time_get_day_of_month (day),
                          g_date_time_get_month (day), g_date_time_get_year (day));
}

/* Screenshots */

static GtkCssProvider *
add_css (const char *name)
{
  GtkCssProvider *provider = gtk_css_provider_new ();
  g_autofree char *path = g_strconcat ("/nl/kringkaart/Kringkaart/", name, NULL);

  gtk_css_provider_load_from_resource (provider, path);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return provider;
}

static gboolean
has_size (Fixture *f, gconstpointer widget)
{
  return gtk_widget_get_width ((GtkWidget *) widget) > 0;
}

/* Saves a light and a dark picture of @window when KRING_SHOT_DIR is set. */
static void
maybe_screenshot (Fixture *f, GtkWidget *window, const char *name)
{
  const char *dir = g_getenv ("KRING_SHOT_DIR");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr (GtkCssProvider) light = NULL;

  if (dir == NULL)
    return;
  /* A dialog just presented may not have its size from the X server yet. */
  wait_until (has_size, f, window);
  light = add_css ("style.css");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GtkCssProvider) dark = i == 1 ? add_css ("style-dark.css") : NULL;
      g_autofree char *file = g_strdup_printf ("%s-%s.png", name, i == 0 ? "light" : "dark");
      g_autofree char *path = g_build_filename (dir, file, NULL);

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      settle (f);
      if (!kring_screenshot_save (window, path, &error))
        g_warning ("%s", error->message);
      if (dark != NULL)
        gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                       GTK_STYLE_PROVIDER (dark));
    }
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (light));
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* The tests */

static void
test_shows (Fixture *f, gconstpointer data)
{
  GtkWidget *consent;

  g_assert_cmpuint (count_rows (f, "members_list"), ==, 3);
  g_assert_nonnull (find_row (f, "members_list", "Moeder A."));
  g_assert_nonnull (find_row (f, "members_list", "Zoon A."));
  g_assert_nonnull (find_row (f, "regisseur_list", "Daan Hoekstra"));
  g_assert_nonnull (find_row (f, "professionals_list", "Daan Hoekstra"));
  g_assert_nonnull (find_row (f, "professionals_list", "Hatice"));
  consent = find_row (f, "consents_list", "schoolsituatie");
  g_assert_nonnull (consent);
  g_assert_true (has_label_with_class (consent, "success"));
  maybe_screenshot (f, GTK_WIDGET (f->window), "household-overview");
}

static gboolean
columns_are (Fixture *f, gconstpointer orientation)
{
  GtkWidget *columns = list (f, "columns");

  return gtk_orientable_get_orientation (GTK_ORIENTABLE (columns))
         == (GtkOrientation) GPOINTER_TO_INT (orientation);
}

/* Two columns on a laptop, one on a narrow window. */
static void
test_narrow (Fixture *f, gconstpointer data)
{
  GtkWindow *laptop = f->window;
  KringHouseholdOverview *wide = f->overview;

  wait_until (columns_are, f, GINT_TO_POINTER (GTK_ORIENTATION_HORIZONTAL));
  f->window = GTK_WINDOW (gtk_window_new ());
  f->overview = KRING_HOUSEHOLD_OVERVIEW (kring_household_overview_new ());
  gtk_window_set_default_size (f->window, 700, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->overview));
  gtk_window_present (f->window);
  kring_household_overview_set_context (f->overview, f->context);
  wait_until (columns_are, f, GINT_TO_POINTER (GTK_ORIENTATION_VERTICAL));
  g_assert_nonnull (find_row (f, "members_list", "Moeder A."));
  maybe_screenshot (f, GTK_WIDGET (f->window), "household-overview-narrow");
  kring_household_overview_set_context (f->overview, NULL);
  gtk_window_destroy (f->window);
  f->window = laptop;
  f->overview = wide;
}

static void
test_add_member (Fixture *f, gconstpointer data)
{
  guint updates = count_audit (f, "update");
  guint before = f->changes;
  KringFormDialog *dialog = open_form (f, "overview.add-member");
  g_autoptr (KringRecord) member = NULL;

  maybe_screenshot (f, GTK_WIDGET (dialog), "household-overview-member-form");
  set_text (dialog, "name", "Oma A.");
  set_choice (dialog, "role", 4);  /* relative */
  set_text (dialog, "birth_year", "1899");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  set_text (dialog, "birth_year", "1958");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f, before);
  member = stored (f, "household_members", "name", "Oma A.");
  g_assert_nonnull (member);
  g_assert_cmpstr (kring_record_get_string (member, "role"), ==, "relative");
  g_assert_cmpint (kring_record_get_int (member, "birth_year", 0), ==, 1958);
  g_assert_cmpuint (count_audit (f, "update"), ==, updates + 1);
  g_assert_cmpuint (count_rows (f, "members_list"), ==, 4);
  g_assert_nonnull (find_row (f, "members_list", "Oma A."));
}

/* The position of contact @id in the recipient choice: "someone else",
 * then the organisations, then the contacts. */
static guint
recipient_position (Fixture *f, const char *id)
{
  guint n = g_list_model_get_n_items (f->context->contacts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (f->context->contacts, i);

      if (g_strcmp0 (kring_record_get_id (contact), id) == 0)
        return 1 + g_list_model_get_n_items (f->context->organizations) + i;
    }
  g_assert_not_reached ();
}

static void
test_add_consent (Fixture *f, gconstpointer data)
{
  guint before = f->changes;
  KringFormDialog *dialog = open_form (f, "overview.add-consent");
  g_autofree char *until = typed_day (365);
  g_autoptr (KringRecord) consent = NULL;
  g_autoptr (KringRecord) contact = NULL;
  g_autoptr (GListModel) consents = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  set_text (dialog, "information", "Verslag van het huisbezoek");
  set_choice (dialog, "_recipient", recipient_position (f, HATICE));
  set_text (dialog, "purpose", "Afstemming over de begeleiding op school");
  set_text (dialog, "valid_until", until);
  set_choice (dialog, "form", 1);  /* written */
  maybe_screenshot (f, GTK_WIDGET (dialog), "household-overview-consent-form");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f, before);
  consent = stored (f, "consents", "information", "Verslag van het huisbezoek");
  g_assert_nonnull (consent);
  g_assert_cmpstr (kring_record_get_string (consent, "contact_id"), ==, HATICE);
  contact = kring_record_copy (kring_household_context_find (f->context, "contacts", HATICE));
  g_assert_cmpstr (kring_record_get_string (consent, "organization_id"), ==,
                   kring_record_get_string (contact, "organization_id"));
  g_assert_cmpstr (kring_record_get_string (consent, "form"), ==, "written");
  g_assert_nonnull (kring_record_get_string (consent, "given_on"));
  /* Valid today, for that contact, in the register and on screen. */
  consents = kring_test_list (f->store, "consents", "household_id", GEZIN_A, NULL);
  g_assert_true (kring_consent_covers (consents, NULL, HATICE, now, NULL));
  g_assert_true (has_label_with_class (find_row (f, "consents_list", "huisbezoek"), "success"));
}

static void
test_consent_period (Fixture *f, gconstpointer data)
{
  guint before = f->changes;
  KringFormDialog *dialog = open_form (f, "overview.add-consent");
  g_autofree char *given = typed_day (-60);
  g_autofree char *too_early = typed_day (-70);
  g_autofree char *until = typed_day (-30);

  set_text (dialog, "information", "Schoolrapport");
  set_text (dialog, "recipient", "Buurtvereniging");
  set_text (dialog, "purpose", "Aanvraag vrijwilligersmaatje");
  set_text (dialog, "given_on", given);
  set_text (dialog, "valid_until", too_early);
  /* "Geldig tot" before the day it was given: Opslaan stays off. */
  g_assert_false (kring_form_dialog_activate_save (dialog));
  settle (f);
  g_assert_cmpuint (f->changes, ==, before);
  g_assert_null (stored (f, "consents", "information", "Schoolrapport"));
  set_text (dialog, "valid_until", until);
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f, before);
  g_assert_nonnull (stored (f, "consents", "information", "Schoolrapport"));
  /* Given and ended in the past: shown as expired. */
  g_assert_true (has_label_with_class (find_row (f, "consents_list", "Schoolrapport"), "error"));
}

static void
test_remove_undo (Fixture *f, gconstpointer data)
{
  guint before = f->changes;
  g_autoptr (KringHouseholdContext) removed_in = kring_household_context_ref (f->context);

  gtk_widget_activate_action (GTK_WIDGET (f->overview), "overview.remove-member", "s", ZOON_A);
  wait_changed (f, before);
  g_assert_null (stored (f, "household_members", "id", ZOON_A));
  g_assert_null (find_row (f, "members_list", "Zoon A."));
  g_assert_cmpuint (count_rows (f, "members_list"), ==, 2);
  /* Undo (the toast's button) brings it back, with everything that referred to it. */
  before = f->changes;
  g_assert_true (kring_household_context_undo (removed_in));
  wait_changed (f, before);
  g_assert_nonnull (stored (f, "household_members", "id", ZOON_A));
  g_assert_nonnull (find_row (f, "members_list", "Zoon A."));
}

/* The position of @id in the "who" choice: team members, then contacts. */
static guint
who_position (Fixture *f, const char *id)
{
  guint n = g_list_model_get_n_items (f->context->contacts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (f->context->contacts, i);

      if (g_strcmp0 (kring_record_get_id (contact), id) == 0)
        return g_list_model_get_n_items (f->context->team_members) + i;
    }
  g_assert_not_reached ();
}

/* A contact of the sociale kaart not yet involved with Gezin A. */
static KringRecord *
other_contact (Fixture *f)
{
  for (guint i = 0; i < g_list_model_get_n_items (f->context->contacts); i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (f->context->contacts, i);

      if (g_strcmp0 (kring_record_get_id (contact), HATICE) != 0
          && kring_record_get_string (contact, "organization_id") != NULL)
        return g_steal_pointer (&contact);
    }
  g_assert_not_reached ();
}

static void
test_professional (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) contact = other_contact (f);
  const char *id = kring_record_get_id (contact);
  guint before = f->changes;
  KringFormDialog *dialog = open_form (f, "overview.add-professional");
  g_autoptr (KringRecord) professional = NULL;
  g_autoptr (KringRecord) ended = NULL;

  set_choice (dialog, "_who", who_position (f, id));
  g_assert_false (kring_form_dialog_activate_save (dialog));  /* the role is required */
  set_text (dialog, "role", "Schuldhulpverlening");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f, before);
  professional = stored (f, "household_professionals", "contact_id", id);
  g_assert_nonnull (professional);
  g_assert_cmpstr (kring_record_get_string (professional, "role"), ==, "Schuldhulpverlening");
  g_assert_cmpstr (kring_record_get_string (professional, "organization_id"), ==,
                   kring_record_get_string (contact, "organization_id"));
  g_assert_null (kring_record_get_string (professional, "team_member_id"));
  g_assert_nonnull (kring_record_get_string (professional, "started_on"));
  g_assert_nonnull (find_row (f, "professionals_list", kring_record_get_string (contact, "name")));
  /* Ending it sets the day. */
  before = f->changes;
  gtk_widget_activate_action (GTK_WIDGET (f->overview), "overview.end-professional", "s",
                              kring_record_get_id (professional));
  wait_changed (f, before);
  ended = stored (f, "household_professionals", "contact_id", id);
  g_assert_nonnull (kring_record_get_string (ended, "ended_on"));
}

static void
test_edit_member (Fixture *f, gconstpointer data)
{
  guint before = f->changes;
  KringFormDialog *dialog;
  g_autoptr (KringRecord) member = NULL;

  /* Clicking the row opens its form, filled in. */
  g_signal_emit_by_name (find_row (f, "members_list", "Zoon A."), "activate");
  wait_until (dialog_open, f, NULL);
  dialog = find_dialog ();
  g_assert_cmpstr (kring_form_dialog_get (dialog, "name"), ==, "Zoon A.");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "role"), ==, "child");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "birth_year"), ==, "2015");
  set_text (dialog, "birth_year", "2014");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f, before);
  member = stored (f, "household_members", "id", ZOON_A);
  g_assert_cmpint (kring_record_get_int (member, "birth_year", 0), ==, 2014);
  g_assert_cmpstr (kring_record_get_string (member, "notes"), ==, "Groep 5, De Vaartkant");
}

static void
test_withdraw (Fixture *f, gconstpointer data)
{
  GListModel *consents = kring_household_context_rows (f->context, "consents");
  g_autoptr (KringRecord) consent = g_list_model_get_item (consents, 0);
  const char *id = kring_record_get_id (consent);
  g_autoptr (KringRecord) withdrawn = NULL;
  g_autoptr (KringRecord) restored = NULL;
  guint before = f->changes;

  gtk_widget_activate_action (GTK_WIDGET (f->overview), "overview.withdraw-consent", "s", id);
  wait_changed (f, before);
  withdrawn = stored (f, "consents", "id", id);
  g_assert_nonnull (kring_record_get_string (withdrawn, "withdrawn_on"));
  g_assert_true (has_label_with_class (find_row (f, "consents_list",
                                                 kring_record_get_string (consent,
                                                                          "information")),
                                       "error"));
  /* And back: the menu's "Intrekking ongedaan maken". */
  before = f->changes;
  gtk_widget_activate_action (GTK_WIDGET (f->overview), "overview.restore-consent", "s", id);
  wait_changed (f, before);
  restored = stored (f, "consents", "id", id);
  g_assert_null (kring_record_get_string (restored, "withdrawn_on"));
  g_assert_cmpstr (kring_record_get_string (restored, "purpose"), ==,
                   kring_record_get_string (consent, "purpose"));
}

static void
on_household_saved (const char *household_id, gpointer user_data)
{
  Fixture *f = user_data;

  g_free (f->saved_id);
  f->saved_id = g_strdup (household_id);
}

static gboolean
household_saved (Fixture *f, gconstpointer arg)
{
  return f->saved_id != NULL;
}

static void
test_editor (Fixture *f, gconstpointer data)
{
  KringFormDialog *dialog;
  g_autoptr (GListModel) households = NULL;
  g_autoptr (GListModel) steps = NULL;
  g_autoptr (GListModel) audit = NULL;
  g_autoptr (KringRecord) household = NULL;
  g_autoptr (KringRecord) audit_row = NULL;

  kring_household_editor_show (f->window, f->store, NULL, on_household_saved, f);
  wait_until (dialog_open, f, NULL);
  dialog = find_dialog ();
  maybe_screenshot (f, GTK_WIDGET (dialog), "household-editor");
  g_assert_false (kring_form_dialog_activate_save (dialog));  /* no label yet */
  set_text (dialog, "label", "Gezin T. (pseudoniem)");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_until (household_saved, f, NULL);
  households = kring_test_list (f->store, "households", "id", f->saved_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (households), ==, 1);
  household = g_list_model_get_item (households, 0);
  g_assert_cmpstr (kring_record_get_string (household, "label"), ==, "Gezin T. (pseudoniem)");
  g_assert_cmpstr (kring_record_get_string (household, "status"), ==, "aanmelding");
  g_assert_nonnull (kring_record_get_string (household, "team_id"));
  g_assert_nonnull (kring_record_get_string (household, "opened_on"));
  steps = kring_test_list (f->store, "household_status_changes", "household_id", f->saved_id,
                           NULL);
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 1);
  audit = kring_test_list (f->store, "audit_log", "record_id", f->saved_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (audit), >=, 1);
  audit_row = g_list_model_get_item (audit, 0);
  g_assert_cmpstr (kring_record_get_string (audit_row, "action"), ==, "create");
}

int
main (int argc, char **argv)
{
  g_autofree char *localedir = NULL;

  /* Dutch, as the users see it (when the system has the locale). */
  if (setlocale (LC_ALL, "nl_NL.UTF-8") != NULL)
    g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  localedir = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_add ("/ui/household-overview/shows", Fixture, NULL, fixture_set_up, test_shows,
              fixture_tear_down);
  g_test_add ("/ui/household-overview/narrow", Fixture, NULL, fixture_set_up, test_narrow,
              fixture_tear_down);
  g_test_add ("/ui/household-overview/add-member", Fixture, NULL, fixture_set_up,
              test_add_member, fixture_tear_down);
  g_test_add ("/ui/household-overview/add-consent", Fixture, NULL, fixture_set_up,
              test_add_consent, fixture_tear_down);
  g_test_add ("/ui/household-overview/consent-period", Fixture, NULL, fixture_set_up,
              test_consent_period, fixture_tear_down);
  g_test_add ("/ui/household-overview/remove-undo", Fixture, NULL, fixture_set_up,
              test_remove_undo, fixture_tear_down);
  g_test_add ("/ui/household-overview/professional", Fixture, NULL, fixture_set_up,
              test_professional, fixture_tear_down);
  g_test_add ("/ui/household-overview/edit-member", Fixture, NULL, fixture_set_up,
              test_edit_member, fixture_tear_down);
  g_test_add ("/ui/household-overview/withdraw", Fixture, NULL, fixture_set_up, test_withdraw,
              fixture_tear_down);
  g_test_add ("/ui/household-overview/editor", Fixture, NULL, fixture_set_up, test_editor,
              fixture_tear_down);
  return g_test_run ();
}
