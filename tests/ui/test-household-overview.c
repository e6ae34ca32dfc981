/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include "kring-consent.h"
#include "kring-form-dialog.h"
#include "kring-household-context.h"
#include "kring-household-editor.h"
#include "kring-household-overview.h"
#include "kring-store-household.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

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

/* Reads the household again and hands it to the tab, as the view does
 * after every change. */
static void
load_context (Fixture *f)
{

  kring_ui_test_reload_context (f->store, GEZIN_A, &f->context, &f->changes);
  kring_household_overview_set_context (f->overview, f->context);
}

/* Waits for the save or remove under way, then reloads. */
static void
wait_changed (Fixture *f, guint before)
{
  kring_ui_test_await_change (&f->changes, before);
  load_context (f);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->overview = KRING_HOUSEHOLD_OVERVIEW (kring_household_overview_new ());
  f->window = kring_ui_test_window (GTK_WIDGET (f->overview), 1366);
  load_context (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_household_overview_set_context (f->overview, NULL);
  g_clear_pointer (&f->context, kring_household_context_unref);
  kring_ui_test_close (f->window, &f->store);
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

/* The store */

/* The stored row of @table of Gezin A. whose @column is @value, or NULL. */
static KringRecord *
stored (Fixture *f, const char *table, const char *column, const char *value)
{
  return kring_ui_test_stored (f->store, GEZIN_A, table, column, value);
}

static guint
count_audit (Fixture *f, const char *action)
{
  return kring_ui_test_count_audit (f->store, GEZIN_A, action);
}

static KringFormDialog *
open_form (Fixture *f, const char *action)
{
  return kring_ui_test_open_form (GTK_WIDGET (f->overview), action, NULL);
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
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-overview");
}

static gboolean
columns_are (Fixture *f, GtkOrientation orientation)
{
  GtkWidget *columns = list (f, "columns");

  return gtk_orientable_get_orientation (GTK_ORIENTABLE (columns)) == orientation;
}

static gboolean
side_by_side (gpointer f)
{
  return columns_are (f, GTK_ORIENTATION_HORIZONTAL);
}

static gboolean
stacked (gpointer f)
{
  return columns_are (f, GTK_ORIENTATION_VERTICAL);
}

/* Two columns on a laptop, one on a narrow window. */
static void
test_narrow (Fixture *f, gconstpointer data)
{
  GtkWindow *laptop = f->window;
  KringHouseholdOverview *wide = f->overview;

  kring_ui_test_wait (side_by_side, f);
  f->overview = KRING_HOUSEHOLD_OVERVIEW (kring_household_overview_new ());
  f->window = kring_ui_test_window (GTK_WIDGET (f->overview), 700);
  kring_household_overview_set_context (f->overview, f->context);
  kring_ui_test_wait (stacked, f);
  g_assert_nonnull (find_row (f, "members_list", "Moeder A."));
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-overview-narrow");
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

  kring_ui_test_screenshot (GTK_WIDGET (dialog), "household-overview-member-form");
  kring_ui_test_type (dialog, "name", "Oma A.");
  kring_ui_test_choose_at (dialog, "role", 4);  /* relative */
  kring_ui_test_type (dialog, "birth_year", "1899");
  g_assert_false (kring_form_dialog_activate_save (dialog));
  kring_ui_test_type (dialog, "birth_year", "1958");
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

  kring_ui_test_type (dialog, "information", "Verslag van het huisbezoek");
  kring_ui_test_choose_at (dialog, "_recipient", recipient_position (f, HATICE));
  kring_ui_test_type (dialog, "purpose", "Afstemming over de begeleiding op school");
  kring_ui_test_type (dialog, "valid_until", until);
  kring_ui_test_choose_at (dialog, "form", 1);  /* written */
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "household-overview-consent-form");
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

  kring_ui_test_type (dialog, "information", "Schoolrapport");
  kring_ui_test_type (dialog, "recipient", "Buurtvereniging");
  kring_ui_test_type (dialog, "purpose", "Aanvraag vrijwilligersmaatje");
  kring_ui_test_type (dialog, "given_on", given);
  kring_ui_test_type (dialog, "valid_until", too_early);
  /* "Geldig tot" before the day it was given: Opslaan stays off. */
  g_assert_false (kring_form_dialog_activate_save (dialog));
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpuint (f->changes, ==, before);
  g_assert_null (stored (f, "consents", "information", "Schoolrapport"));
  kring_ui_test_type (dialog, "valid_until", until);
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

  kring_ui_test_choose_at (dialog, "_who", who_position (f, id));
  g_assert_false (kring_form_dialog_activate_save (dialog));  /* the role is required */
  kring_ui_test_type (dialog, "role", "Schuldhulpverlening");
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
  dialog = kring_ui_test_await_form ();
  g_assert_cmpstr (kring_form_dialog_get (dialog, "name"), ==, "Zoon A.");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "role"), ==, "child");
  g_assert_cmpstr (kring_form_dialog_get (dialog, "birth_year"), ==, "2015");
  kring_ui_test_type (dialog, "birth_year", "2014");
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
household_saved (gpointer data)
{
  return ((Fixture *) data)->saved_id != NULL;
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
  dialog = kring_ui_test_await_form ();
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "household-editor");
  g_assert_false (kring_form_dialog_activate_save (dialog));  /* no label yet */
  kring_ui_test_type (dialog, "label", "Gezin T. (pseudoniem)");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_wait (household_saved, f);
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
  kring_ui_test_init (&argc, &argv);
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
