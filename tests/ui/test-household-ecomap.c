/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <adwaita.h>
#include "kring-form-dialog.h"
#include "kring-household-context.h"
#include "kring-household-ecomap-private.h"
#include "kring-household-export.h"
#include "kring-map-diff.h"
#include "kring-map-view.h"
#include "kring-store-household.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The Ecogram tab and the export against a real, keyring-unlocked store
 * holding the example district ("Huishouden Jansen"): the map shows the
 * network persons and professionals; a person added through the form is
 * stored and drawn; a saved version is a map_snapshots row of kind
 * household, and comparing it with now names the person removed since; a
 * removed person comes back with Undo; the plan exported as PDF renders and
 * holds a goal and an action; the .ics parses with the right dates; the
 * consent warning appears only without a valid consent; exports are
 * audited.
 */

#define JANSEN "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48"
#define BUURMAN "a24cd9d5-7658-5588-97d4-36b20d1912d3"
#define SANNE "423cd56c-0c34-5af0-93fc-ee8e17c1c52b"  /* household_professionals */
#define ZUS "856ce6c3-f630-57c2-b809-e26e3249267e"
#define JOS "314f2e47-6186-5df7-b06a-a99e75416e00"      /* contact with a valid consent */
#define EXPIRED "7d5cde26-08f5-5531-a5d6-1bcf2c2a7058"  /* contact whose consent expired */
#define HATICE "b7c904d8-6b4a-540d-951e-5d84376d45bf"   /* contact without any consent */

typedef struct
{
  char                  *dir;
  KringStore            *store;
  GtkWindow             *window;
  KringHouseholdEcomap  *ecomap;
  KringHouseholdContext *context;
  guint                  changes;
  const char            *household;   /* JANSEN, or a new one */
} Fixture;

static gpointer
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->ecomap), KRING_TYPE_HOUSEHOLD_ECOMAP,
                                        name);
}

static KringMapView *
map_view (Fixture *f)
{
  return child (f, "map_view");
}

typedef struct
{
  Fixture    *f;
  const char *id;
} GraphWait;

static gboolean
graph_of_context (gpointer data)
{
  GraphWait *wait = data;
  const KringMapGraph *graph = kring_map_view_get_graph (map_view (wait->f));
  const char *visible = gtk_stack_get_visible_child_name (child (wait->f, "stack"));

  return graph != NULL && (g_strcmp0 (visible, "content") == 0
                           || g_strcmp0 (visible, "empty") == 0)
         && (wait->id == NULL || (kring_map_graph_find (graph, wait->id) >= 0));
}

/* Reads the household again and hands it to the tab, as the view does
 * after every change; waits until the map shows it (and node @id). */
static void
load_context_with (Fixture *f, const char *id)
{
  GraphWait wait = { f, id };

  kring_ui_test_reload_context (f->store, f->household, &f->context, &f->changes);
  kring_household_ecomap_set_context (f->ecomap, f->context);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  kring_ui_test_wait (graph_of_context, &wait);
}

/* Waits for the save or remove under way, then reloads (see above). */
static void
wait_changed (Fixture *f, guint before, const char *id)
{
  kring_ui_test_await_change (&f->changes, before);
  load_context_with (f, id);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->household = JANSEN;
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->ecomap = KRING_HOUSEHOLD_ECOMAP (kring_household_ecomap_new ());
  f->window = kring_ui_test_window (GTK_WIDGET (f->ecomap), 1366);
  load_context_with (f, NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_household_ecomap_set_context (f->ecomap, NULL);
  g_clear_pointer (&f->context, kring_household_context_unref);
  kring_ui_test_close (f->window, &f->store);
  g_free (f->dir);
}

/* The store */

static KringRecord *
stored (Fixture *f, const char *table, const char *column, const char *value)
{
  return kring_ui_test_stored (f->store, JANSEN, table, column, value);
}

static guint
count_audit (Fixture *f, const char *action)
{
  return kring_ui_test_count_audit (f->store, JANSEN, action);
}

static KringFormDialog *
open_form (Fixture *f, const char *action)
{
  return kring_ui_test_open_form (GTK_WIDGET (f->ecomap), action, NULL);
}

/* Network persons and professionals still involved today. */
static guint
expected_nodes (Fixture *f)
{
  g_autoptr (GListModel) persons = kring_test_list (f->store, "network_persons", "household_id",
                                                    JANSEN, NULL);
  g_autoptr (GListModel) pros = kring_test_list (f->store, "household_professionals",
                                                 "household_id", JANSEN, NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint n = g_list_model_get_n_items (persons);

  for (guint i = 0; i < g_list_model_get_n_items (pros); i++)
    {
      g_autoptr (KringRecord) pro = g_list_model_get_item (pros, i);
      const char *ended = kring_record_get_string (pro, "ended_on");

      n += ended == NULL || g_strcmp0 (ended, today) >= 0;
    }
  return n;
}

/* Tests */

static void
test_map (Fixture *f, gconstpointer data)
{
  const KringMapGraph *graph = kring_map_view_get_graph (map_view (f));
  g_autoptr (GListModel) persons = kring_test_list (f->store, "network_persons", "household_id",
                                                    JANSEN, NULL);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "content");
  g_assert_cmpuint (g_list_model_get_n_items (persons), ==, 4);
  g_assert_cmpuint (graph->nodes->len, ==, expected_nodes (f));
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (KringRecord) person = g_list_model_get_item (persons, i);

      g_assert_nonnull (kring_map_view_get_node_widget (map_view (f),
                                                        kring_record_get_id (person)));
    }
  /* Choosing a person fills the side panel. */
  kring_map_view_select (map_view (f), BUURMAN, FALSE);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "panel_stack")), ==, "person");
  g_assert_cmpstr (gtk_label_get_text (child (f, "person_name")), ==, "Buurman Henk");
  g_assert_true (gtk_widget_get_visible (child (f, "person_buttons")));
  g_assert_true (gtk_widget_is_sensitive (child (f, "person_buttons")));
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-ecomap");
  /* A professional is shown, not edited here, and says why. */
  kring_map_view_select (map_view (f), SANNE, FALSE);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  g_assert_cmpstr (gtk_label_get_text (child (f, "person_name")), ==, "Sanne de Vries");
  g_assert_false (gtk_widget_get_visible (child (f, "person_buttons")));
  g_assert_true (gtk_widget_get_visible (child (f, "person_note")));
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-ecomap-professional");
}

static void
test_add_person (Fixture *f, gconstpointer data)
{
  guint before = f->changes, updates = count_audit (f, "update");
  KringFormDialog *dialog = open_form (f, "ecomap.add-person");
  g_autoptr (KringRecord) row = NULL;

  kring_ui_test_type (dialog, "name", "Tante Els");
  kring_ui_test_type (dialog, "relation", "tante");
  kring_ui_test_choose_at (dialog, "ring", 1);        /* Verder weg */
  kring_ui_test_choose_at (dialog, "tie", 2);         /* Belastend */
  kring_ui_test_choose_at (dialog, "direction", 3);   /* Wederzijds (after "Niet ingevuld") */
  gtk_switch_set_active (GTK_SWITCH (kring_form_dialog_get_widget (dialog,
                                                                   "support_practical")),
                         TRUE);
  kring_ui_test_screenshot (GTK_WIDGET (dialog), "household-ecomap-person-form");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  kring_ui_test_await_change (&f->changes, before);
  row = stored (f, "network_persons", "name", "Tante Els");
  g_assert_nonnull (row);
  g_assert_cmpstr (kring_record_get_string (row, "ring"), ==, "wider");
  g_assert_cmpstr (kring_record_get_string (row, "tie"), ==, "stressful");
  g_assert_cmpstr (kring_record_get_string (row, "direction"), ==, "mutual");
  g_assert_cmpint (kring_record_get_int (row, "support_practical", 0), ==, 1);
  g_assert_cmpint (kring_record_get_int (row, "support_social", 1), ==, 0);
  g_assert_cmpuint (count_audit (f, "update"), ==, updates + 1);
  load_context_with (f, kring_record_get_id (row));
  g_assert_nonnull (kring_map_view_get_node_widget (map_view (f), kring_record_get_id (row)));
}

static void
test_versions (Fixture *f, gconstpointer data)
{
  guint before = f->changes;
  KringFormDialog *dialog = open_form (f, "ecomap.save-version");
  g_autoptr (KringRecord) snapshot = NULL;
  g_autoptr (KringMapGraph) saved = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow *window;
  GPtrArray *changes;

  kring_ui_test_type (dialog, "title", "Na het huisbezoek");
  g_assert_true (kring_form_dialog_activate_save (dialog));
  wait_changed (f, before, NULL);
  snapshot = stored (f, "map_snapshots", "title", "Na het huisbezoek");
  g_assert_nonnull (snapshot);
  g_assert_cmpstr (kring_record_get_string (snapshot, "kind"), ==, "household");
  g_assert_cmpstr (kring_record_get_string (snapshot, "team_id"), ==,
                   kring_record_get_string (f->context->household, "team_id"));
  saved = kring_map_graph_from_json (kring_record_get_string (snapshot, "data"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->nodes->len, ==, expected_nodes (f));

  /* Take "Zus" out; the comparison of the version with now names her. */
  kring_map_view_select (map_view (f), ZUS, FALSE);
  before = f->changes;
  gtk_widget_activate_action (GTK_WIDGET (f->ecomap), "ecomap.remove-person", NULL);
  wait_changed (f, before, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->ecomap), "ecomap.versions", NULL);
  window = kring_ui_test_await_window (ADW_TYPE_WINDOW, "kring-versions");
  changes = kring_ecomap_versions_get_changes (window);
  g_assert_nonnull (changes);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((KringMapChange *) g_ptr_array_index (changes, 0))->kind, ==,
                   KRING_MAP_CHANGE_REMOVED);
  g_assert_cmpstr (((KringMapChange *) g_ptr_array_index (changes, 0))->id, ==, ZUS);
  kring_ui_test_screenshot (GTK_WIDGET (window), "household-ecomap-versions");
  gtk_window_destroy (window);
}

static void
test_remove_undo (Fixture *f, gconstpointer data)
{
  guint before = f->changes;
  g_autoptr (KringHouseholdContext) removed_in = kring_household_context_ref (f->context);
  g_autoptr (KringRecord) back = NULL;
  g_autoptr (KringRecord) there = stored (f, "network_persons", "id", BUURMAN);

  g_assert_nonnull (there);
  kring_map_view_select (map_view (f), BUURMAN, FALSE);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  gtk_widget_activate_action (GTK_WIDGET (f->ecomap), "ecomap.remove-person", NULL);
  wait_changed (f, before, NULL);
  g_assert_null (stored (f, "network_persons", "id", BUURMAN));
  g_assert_cmpint (kring_map_graph_find (kring_map_view_get_graph (map_view (f)), BUURMAN), ==,
                   -1);
  before = f->changes;
  g_assert_true (kring_household_context_undo (removed_in));
  wait_changed (f, before, BUURMAN);
  back = stored (f, "network_persons", "id", BUURMAN);
  g_assert_nonnull (back);
  g_assert_cmpstr (kring_record_get_string (back, "name"), ==, "Buurman Henk");
}

/* A household without a network yet guides the user to add people. */
static void
test_empty (Fixture *f, gconstpointer data)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *household;

  household = kring_test_record_add (records, "households", NULL, "label", "Gezin Nieuw",
                                     "team_id",
                                     kring_record_get_string (f->context->household, "team_id"),
                                     NULL);
  f->household = kring_record_get_id (household);
  kring_ui_test_save_records (f->store, f->household, records);
  load_context_with (f, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "empty");
  kring_ui_test_screenshot (GTK_WIDGET (f->window), "household-ecomap-empty");
  f->household = JANSEN;
}

/* Export */

static void
export (Fixture *f, KringHouseholdExportFormat format, const char *pseudonym, GFile *file)
{
  GAsyncResult *result = NULL;
  g_autoptr (GAsyncResult) done = NULL;
  g_autoptr (GError) error = NULL;

  kring_household_export_write_async (f->context, format, pseudonym, file, NULL,
                                      kring_test_store_result, &result);
  done = kring_test_await (&result);
  g_assert_true (kring_household_export_write_finish (done, &error));
  g_assert_no_error (error);
}

/* Runs @argv; returns its standard output, failing the test on an error. */
static char *
run (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);
  return out;
}

/* pdftotext breaks lines where it likes: compare with single spaces. */
static char *
squeeze (const char *text)
{
  g_auto (GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);

  return g_strjoinv (" ", words);
}

static void
test_export_pdf (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "plan-jansen.pdf", NULL);
  g_autofree char *prefix = g_build_filename (f->dir, "page", NULL);
  g_autofree char *png = g_build_filename (f->dir, "page-1.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  const char *render[] = { "pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", path, prefix,
                           NULL };
  const char *text[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *rendered = NULL;
  g_autofree char *out = NULL;
  g_autofree char *flat = NULL;
  guint exports = count_audit (f, "export");

  export (f, KRING_HOUSEHOLD_EXPORT_PDF, NULL, file);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  rendered = run (render);
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
  out = run (text);
  flat = squeeze (out);
  g_assert_nonnull (strstr (flat, "Meneer drinkt alleen nog in het weekend"));
  g_assert_nonnull (strstr (flat, "Wekelijks samen naar het Herstelcafé"));
  g_assert_cmpuint (count_audit (f, "export"), ==, exports + 1);
}

static void
test_export_ics (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "afspraken.ics", NULL);
  g_autofree char *script = g_build_filename (g_getenv ("KRING_SOURCE_ROOT"), "tests", "io",
                                             "parse-ics.py", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  /* The system's python, which has python3-icalendar (build-aux/deps.sh). */
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr (KringRecord) due = stored (f, "actions", "id",
                                        "b94e069d-2c89-5afb-98d3-434590f3d4aa");
  g_autoptr (KringRecord) planned = stored (f, "evaluations", "id",
                                            "93ce2420-7e0f-5256-b01a-b708e35fa838");
  g_autofree char *out = NULL;
  g_autofree char *action_line = NULL;
  g_autofree char *evaluation_line = NULL;
  guint exports = count_audit (f, "export");

  export (f, KRING_HOUSEHOLD_EXPORT_ICS, "Huishouden A", file);
  out = run (argv);
  action_line = g_strdup_printf ("b94e069d-2c89-5afb-98d3-434590f3d4aa@kringkaart\t");
  evaluation_line = g_strdup_printf ("\t%s\t", kring_record_get_string (planned, "planned_on"));
  g_assert_nonnull (strstr (out, action_line));
  g_assert_nonnull (strstr (strstr (out, action_line),
                            kring_record_get_string (due, "due_on")));
  g_assert_nonnull (strstr (out, evaluation_line));
  /* The pseudonym, never the household's own label. */
  g_assert_null (strstr (out, "Jansen"));
  g_assert_cmpuint (count_audit (f, "export"), ==, exports + 1);
}

static void
add_consent (Fixture *f, const char *contact_id)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  KringRecord *contact = kring_household_context_find (f->context, "contacts", contact_id);

  kring_test_record_add (records, "consents", NULL, "household_id", JANSEN, "contact_id",
                         contact_id, "organization_id",
                         kring_record_get_string (contact, "organization_id"), "information",
                         "Het plan", "purpose", "Afstemming", "given_on", today, NULL);
  kring_ui_test_save_records (f->store, JANSEN, records);
}

static void
test_consent_warning (Fixture *f, gconstpointer data)
{
  g_autofree char *valid = NULL;
  g_autofree char *expired = NULL;
  g_autofree char *none = NULL;
  g_autofree char *added = NULL;

  valid = kring_household_export_consent_warning (f->context, KRING_HOUSEHOLD_EXPORT_TO_CONTACT,
                                                  JOS);
  g_assert_null (valid);
  expired = kring_household_export_consent_warning (f->context,
                                                    KRING_HOUSEHOLD_EXPORT_TO_CONTACT, EXPIRED);
  g_assert_nonnull (expired);
  none = kring_household_export_consent_warning (f->context, KRING_HOUSEHOLD_EXPORT_TO_CONTACT,
                                                 HATICE);
  g_assert_nonnull (none);
  g_assert_nonnull (strstr (none, "Hatice"));
  g_assert_null (kring_household_export_consent_warning (f->context,
                                                         KRING_HOUSEHOLD_EXPORT_TO_HOUSEHOLD,
                                                         NULL));
  g_assert_null (kring_household_export_consent_warning (f->context,
                                                         KRING_HOUSEHOLD_EXPORT_TO_SELF, NULL));
  /* A consent given today for Hatice takes the warning away. */
  add_consent (f, HATICE);
  load_context_with (f, NULL);
  added = kring_household_export_consent_warning (f->context, KRING_HOUSEHOLD_EXPORT_TO_CONTACT,
                                                  HATICE);
  g_assert_null (added);
}

/* Every widget of @type below @widget, in order. */
static void
collect (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    collect (c, type, found);
}

static GtkWidget *
export_button (GtkWindow *window)
{
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_has_css_class (buttons->pdata[i], "suggested-action"))
      return buttons->pdata[i];
  g_assert_not_reached ();
}

/* Chooses "Een organisatie of contactpersoon" and the contact @id. */
static void
choose_contact (Fixture *f, GtkWindow *window, const char *id)
{
  g_autoptr (GPtrArray) checks = g_ptr_array_new ();
  g_autoptr (GPtrArray) dropdowns = g_ptr_array_new ();
  guint item = g_list_model_get_n_items (f->context->organizations);

  collect (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON, checks);
  collect (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, dropdowns);
  g_assert_cmpuint (checks->len, ==, 5);   /* PDF, .ics, household, own calendar, other */
  g_assert_cmpuint (dropdowns->len, ==, 1);
  gtk_check_button_set_active (checks->pdata[4], TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (f->context->contacts); i++, item++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (f->context->contacts, i);

      if (g_strcmp0 (kring_record_get_id (contact), id) == 0)
        break;
    }
  gtk_drop_down_set_selected (dropdowns->pdata[0], item);
}

/* The dialog as a user goes through it: a contact without consent is
 * warned about; "Toch exporteren" leads to the file chooser with a
 * suggested name. (Writing is tested above without the chooser.) */
static void
test_export_dialog (Fixture *f, gconstpointer data)
{
  g_autofree char *name = NULL;
  AdwMessageDialog *warning;
  GtkWindow *window, *chooser;

  kring_household_export_show (f->context);
  window = kring_ui_test_await_window (ADW_TYPE_WINDOW, "kring-export");
  kring_ui_test_screenshot (GTK_WIDGET (window), "household-export");
  choose_contact (f, window, HATICE);
  g_signal_emit_by_name (export_button (window), "clicked");
  warning = ADW_MESSAGE_DIALOG (kring_ui_test_await_window (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (warning), "Hatice"));
  kring_ui_test_screenshot (GTK_WIDGET (warning), "household-export-warning");
  adw_message_dialog_response (warning, "export");
  chooser = kring_ui_test_await_window (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_true (g_str_has_prefix (name, "plan-huishouden-jansen"));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  kring_ui_test_settle (KRING_UI_TEST_SETTLE_MS);
  /* Nothing written; the dialog stays for another try. */
  g_assert_nonnull (kring_ui_test_find_window (ADW_TYPE_WINDOW, "kring-export"));
  gtk_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  kring_ui_test_init (&argc, &argv);
  g_test_add ("/ui/household-ecomap/map", Fixture, NULL, fixture_set_up, test_map,
              fixture_tear_down);
  g_test_add ("/ui/household-ecomap/empty", Fixture, NULL, fixture_set_up, test_empty,
              fixture_tear_down);
  g_test_add ("/ui/household-ecomap/add-person", Fixture, NULL, fixture_set_up,
              test_add_person, fixture_tear_down);
  g_test_add ("/ui/household-ecomap/versions", Fixture, NULL, fixture_set_up, test_versions,
              fixture_tear_down);
  g_test_add ("/ui/household-ecomap/remove-undo", Fixture, NULL, fixture_set_up,
              test_remove_undo, fixture_tear_down);
  g_test_add ("/ui/household-ecomap/export-pdf", Fixture, NULL, fixture_set_up,
              test_export_pdf, fixture_tear_down);
  g_test_add ("/ui/household-ecomap/export-ics", Fixture, NULL, fixture_set_up,
              test_export_ics, fixture_tear_down);
  g_test_add ("/ui/household-ecomap/consent-warning", Fixture, NULL, fixture_set_up,
              test_consent_warning, fixture_tear_down);
  g_test_add ("/ui/household-ecomap/export-dialog", Fixture, NULL, fixture_set_up,
              test_export_dialog, fixture_tear_down);
  return g_test_run ();
}
