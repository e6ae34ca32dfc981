/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "kring-demo.h"
#include "kring-import-dialog.h"
#include "kring-profile.h"
#include "kring-record-editor.h"
#include "kring-screenshot.h"
#include "kring-test-util.h"
#include "kring-ui-test.h"

/*
 * The record editor, delete with Undo and the import dialog, as real widgets
 * against a real keyring-unlocked store holding the example district. With
 * KRING_SHOT_DIR set, pictures of them are saved there (light and dark).
 */

/* "Algemeen maatschappelijk werk (AMW)" of Welzijn Marendal. */
#define SERVICE_ID "9a105788-9eec-5c98-9a46-e29182d039c5"
#define ORG_ID "0a5cf330-1af6-5eff-9509-f8a763ffd8eb"

static const char *hsds_dir;

typedef struct
{
  char       *dir;
  KringStore *store;
  GtkWindow  *parent;
  AdwToastOverlay *overlay;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer with_demo)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, GPOINTER_TO_INT (with_demo));
  f->parent = GTK_WINDOW (adw_window_new ());
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_window_set_content (ADW_WINDOW (f->parent), GTK_WIDGET (f->overlay));
  gtk_window_set_default_size (f->parent, 1366, 768);
  gtk_window_present (f->parent);
}

static void
fixture_tear_down (Fixture *f, gconstpointer with_demo)
{
  gtk_window_destroy (f->parent);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_free (f->dir);
}

/* Helpers */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static GtkWidget *
named (gpointer root, const char *name)
{
  GtkWidget *widget = kring_ui_test_find_named (GTK_WIDGET (root), name);

  if (widget == NULL)
    g_error ("no widget named “%s”", name);
  return widget;
}

static void
set_text (gpointer editor, const char *column, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (named (editor, column)), text);
}

static gboolean
can_save (gpointer editor)
{
  return gtk_widget_is_sensitive (named (editor, "save-button"));
}

static gboolean
error_shown (gpointer editor, const char *column)
{
  g_autofree char *name = g_strconcat (column, "-error", NULL);

  return gtk_widget_get_visible (named (editor, name))
         && gtk_widget_has_css_class (named (editor, column), "error");
}

static gboolean
is_sensitive (gpointer widget)
{
  return gtk_widget_is_sensitive (widget);
}

static void
wait_loaded (KringRecordEditor *editor)
{
  wait_until (is_sensitive,
              kring_ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_PAGE));
}

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
shoot (gpointer window, const char *name)
{
  const char *dir = g_getenv ("KRING_SHOT_DIR");
  AdwStyleManager *manager = adw_style_manager_get_default ();

  if (dir == NULL)
    return;
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *file = g_strdup_printf ("%s-%s.png", name, i == 0 ? "light" : "dark");
      g_autofree char *path = g_build_filename (dir, file, NULL);

      adw_style_manager_set_color_scheme (manager, i == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                          : ADW_COLOR_SCHEME_FORCE_DARK);
      spin (400);
      wait_until (is_drawn, window);
      kring_screenshot_save (GTK_WIDGET (window), path, &error);
      g_assert_no_error (error);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static KringRecord *
get_record (Fixture *f, const char *table, const char *id)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  KringRecord *record;

  kring_store_get_async (f->store, table, id, NULL, kring_test_store_result, &result);
  record = kring_store_get_finish (f->store, kring_test_await_borrowed (&result), &error);
  if (g_error_matches (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND))
    return NULL;
  g_assert_no_error (error);
  return record;
}

static void
on_saved (KringRecordEditor *editor, KringRecord *record, KringRecord **out)
{
  *out = g_object_ref (record);
}

static gboolean
is_set (gpointer slot)
{
  return *(gpointer *) slot != NULL;
}

/* Editor */

static void
test_new_organisation (Fixture *f, gconstpointer data)
{
  KringRecordEditor *editor = kring_record_editor_new (f->parent, f->store, "organizations",
                                                       NULL, NULL);
  g_autoptr (KringRecord) saved = NULL;
  g_autoptr (KringRecord) stored = NULL;

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  gtk_window_present (GTK_WINDOW (editor));
  wait_loaded (editor);
  g_assert_false (can_save (editor));

  /* Typed and cleared again: the name is required and says so. */
  set_text (editor, "name", "B");
  set_text (editor, "name", "");
  g_assert_true (error_shown (editor, "name"));
  g_assert_false (can_save (editor));

  set_text (editor, "name", "Buurtkamer De Schakel");
  set_text (editor, "email", "schakel@");
  set_text (editor, "website", "schakel");
  g_assert_false (error_shown (editor, "name"));
  g_assert_true (error_shown (editor, "email"));
  g_assert_true (error_shown (editor, "website"));
  g_assert_false (can_save (editor));
  shoot (editor, "editor-organisation-errors");

  set_text (editor, "email", "schakel@marendal.example");
  set_text (editor, "website", "https://schakel.example");
  g_assert_false (error_shown (editor, "email"));
  g_assert_true (can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (is_set, &saved);

  stored = get_record (f, "organizations", kring_record_get_id (saved));
  g_assert_nonnull (stored);
  g_assert_cmpstr (kring_record_get_string (stored, "name"), ==, "Buurtkamer De Schakel");
  g_assert_cmpstr (kring_record_get_string (stored, "email"), ==, "schakel@marendal.example");
  g_assert_cmpstr (kring_record_get_string (stored, "website"), ==, "https://schakel.example");
}

static KringRecord *
attribute_of_kind (GListModel *attributes, const char *kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (attributes); i++)
    {
      g_autoptr (KringRecord) attribute = g_list_model_get_item (attributes, i);

      if (g_strcmp0 (kring_record_get_string (attribute, "link_type"), kind) == 0)
        return g_steal_pointer (&attribute);
    }
  return NULL;
}

static guint
count_kind (GListModel *attributes, const char *kind)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (attributes); i++)
    {
      g_autoptr (KringRecord) attribute = g_list_model_get_item (attributes, i);

      n += g_strcmp0 (kring_record_get_string (attribute, "link_type"), kind) == 0;
    }
  return n;
}

/* Picks a lijn other than the current one; returns the number of life domains before. */
static void
change_classification (KringRecordEditor *editor)
{
  AdwComboRow *lijn = ADW_COMBO_ROW (named (editor, "lijn"));
  guint current = adw_combo_row_get_selected (lijn);
  GtkWidget *domains = named (editor, "life-domains");
  GtkWidget *check = kring_ui_test_find_widget (domains, GTK_TYPE_CHECK_BUTTON);

  g_assert_cmpuint (current, >, 0);
  adw_combo_row_set_selected (lijn, current == 1 ? 2 : 1);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

static void
test_edit_service (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) service = get_record (f, "services", SERVICE_ID);
  g_autoptr (GListModel) before = kring_test_list (f->store, "attributes", "link_id", SERVICE_ID, NULL);
  g_autoptr (KringRecord) lijn_before = attribute_of_kind (before, "lijn");
  KringRecordEditor *editor = kring_record_editor_new (f->parent, f->store, "services",
                                                       service, NULL);
  g_autoptr (KringRecord) saved = NULL;
  g_autoptr (KringRecord) stored = NULL;
  g_autoptr (GListModel) after = NULL;
  g_autoptr (KringRecord) lijn_after = NULL;

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved);
  gtk_window_present (GTK_WINDOW (editor));
  wait_loaded (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (editor, "name"))), ==,
                   kring_record_get_string (service, "name"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (editor, "minimum_age"))), ==,
                   "18");
  g_assert_true (can_save (editor));

  set_text (editor, "maximum_age", "12");
  g_assert_true (error_shown (editor, "maximum_age"));
  g_assert_false (can_save (editor));
  set_text (editor, "maximum_age", "130");
  g_assert_true (error_shown (editor, "maximum_age"));
  set_text (editor, "maximum_age", "67");
  g_assert_true (can_save (editor));
  set_text (editor, "wait_time", "Binnen een week");
  change_classification (editor);
  shoot (editor, "editor-service");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (is_set, &saved);

  stored = get_record (f, "services", SERVICE_ID);
  g_assert_cmpint (kring_record_get_int (stored, "maximum_age", -1), ==, 67);
  g_assert_cmpint (kring_record_get_int (stored, "minimum_age", -1), ==, 18);
  g_assert_cmpstr (kring_record_get_string (stored, "wait_time"), ==, "Binnen een week");
  g_assert_cmpstr (kring_record_get_string (stored, "organization_id"), ==, ORG_ID);
  after = kring_test_list (f->store, "attributes", "link_id", SERVICE_ID, NULL);
  lijn_after = attribute_of_kind (after, "lijn");
  g_assert_cmpuint (count_kind (after, "lijn"), ==, 1);
  g_assert_cmpstr (kring_record_get_string (lijn_after, "taxonomy_term_id"), !=,
                   kring_record_get_string (lijn_before, "taxonomy_term_id"));
  g_assert_cmpuint (count_kind (after, "life_domain"), !=, count_kind (before, "life_domain"));
  /* Attributes the editor does not show (target groups) stay as they were. */
  g_assert_cmpuint (count_kind (after, "target_group"), ==, count_kind (before, "target_group"));
}

/* Delete with Undo */

static void
on_changed (gpointer user_data)
{
  (*(guint *) user_data)++;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkButton *
find_labelled_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL
      && gtk_widget_get_mapped (root))
    return GTK_BUTTON (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_labelled_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
reached (gpointer data)
{
  guint *counter = data;

  return counter[0] >= counter[1];
}

static guint
count_rows (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, table, column, value, NULL);

  return g_list_model_get_n_items (rows);
}

static void
test_delete_undo (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) org = get_record (f, "organizations", ORG_ID);
  guint services = count_rows (f, "services", "organization_id", ORG_ID);
  guint contacts = count_rows (f, "contacts", "organization_id", ORG_ID);
  guint changes[2] = { 0, 1 };
  AdwMessageDialog *dialog;
  GtkButton *undo;
  g_autoptr (KringRecord) gone = NULL;
  g_autoptr (KringRecord) back = NULL;

  g_assert_cmpuint (services, >, 0);
  kring_record_delete_with_undo (f->parent, f->overlay, f->store, org, G_CALLBACK (on_changed),
                                 changes);
  spin (200);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  shoot (dialog, "delete-question");
  adw_message_dialog_response (dialog, "delete");
  wait_until (reached, changes);
  gone = get_record (f, "organizations", ORG_ID);
  g_assert_null (gone);
  g_assert_cmpuint (count_rows (f, "services", "organization_id", ORG_ID), ==, 0);
  g_assert_cmpuint (count_rows (f, "contacts", "organization_id", ORG_ID), ==, 0);

  spin (300);
  undo = find_labelled_button (GTK_WIDGET (f->overlay));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  changes[1] = 2;
  wait_until (reached, changes);
  back = get_record (f, "organizations", ORG_ID);
  g_assert_nonnull (back);
  g_assert_cmpstr (kring_record_get_string (back, "name"), ==,
                   kring_record_get_string (org, "name"));
  g_assert_cmpuint (count_rows (f, "services", "organization_id", ORG_ID), ==, services);
  g_assert_cmpuint (count_rows (f, "contacts", "organization_id", ORG_ID), ==, contacts);
}

/* Import dialog */

static gboolean
page_is (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (args[0]), args[1]) == 0;
}

static void
wait_page (KringImportDialog *dialog, const char *page)
{
  gpointer args[2] = { named (dialog, "import-stack"), (gpointer) page };

  wait_until (page_is, args);
}

/* The number on the count card at @index (new, updated, unchanged, conflict). */
static guint
card_count (KringImportDialog *dialog, guint index)
{
  GtkWidget *card = gtk_widget_get_first_child (named (dialog, "counts"));

  for (guint i = 0; i < index; i++)
    card = gtk_widget_get_next_sibling (card);
  return (guint) g_ascii_strtoull (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (
                                     card))), NULL, 10);
}

static void
on_imported (KringImportDialog *dialog, const char *summary, char **out)
{
  *out = g_strdup (summary);
}

static char *
example_path (const char *name)
{
  return g_build_filename (hsds_dir, "examples", name, NULL);
}

static void
read_example (const char *name, char **id, char **title)
{
  g_autofree char *path = example_path (name);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *object;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  object = json_node_get_object (json_parser_get_root (parser));
  *id = g_strdup (json_object_get_string_member (object, "id"));
  *title = g_strdup (json_object_get_string_member (object, "name"));
}

static void
test_import (Fixture *f, gconstpointer data)
{
  g_autofree char *path = example_path ("organization_full.json");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  g_autoptr (KringRecord) stored = NULL;
  KringImportDialog *dialog;

  read_example ("organization_full.json", &id, &name);
  g_assert_null (get_record (f, "organizations", id));
  dialog = kring_import_dialog_new (f->parent, f->store, file);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &summary);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_page (dialog, "preview");
  g_assert_cmpuint (card_count (dialog, 0), >, 0);
  g_assert_cmpuint (card_count (dialog, 1), ==, 0);
  g_assert_cmpuint (card_count (dialog, 3), ==, 0);
  g_assert_nonnull (gtk_widget_get_first_child (named (dialog, "items")));
  shoot (dialog, "import-preview");
  /* The preview wrote nothing. */
  g_assert_null (get_record (f, "organizations", id));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL);
  wait_until (is_set, &summary);
  stored = get_record (f, "organizations", id);
  g_assert_nonnull (stored);
  g_assert_cmpstr (kring_record_get_string (stored, "name"), ==, name);
}

static void
test_import_error (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "kapot.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  KringImportDialog *dialog;
  const char *description;

  g_assert_true (g_file_set_contents (path, "{\"id\": \"1\", \"name\": [1, 2}", -1, NULL));
  dialog = kring_import_dialog_new (f->parent, f->store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_page (dialog, "error");
  description = adw_status_page_get_description (ADW_STATUS_PAGE (named (dialog, "error-page")));
  g_assert_nonnull (description);
  g_assert_cmpuint (strlen (description), >, 20);
  shoot (dialog, "import-error");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int argc, char *argv[])
{
  g_autofree char *localedir = NULL;

  /* Dutch, as the users see it (when the system has the locale). */
  if (setlocale (LC_ALL, "nl_NL.UTF-8") != NULL)
    g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Pictures show pages, not a crossfade halfway. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The translations in the build tree. */
  localedir = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_assert_cmpint (argc, ==, 2);
  hsds_dir = argv[1];
  g_test_add ("/ui/editor/new-organisation", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_new_organisation, fixture_tear_down);
  g_test_add ("/ui/editor/edit-service", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_edit_service, fixture_tear_down);
  g_test_add ("/ui/editor/delete-undo", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up,
              test_delete_undo, fixture_tear_down);
  g_test_add ("/ui/import/preview-commit", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_import, fixture_tear_down);
  g_test_add ("/ui/import/error", Fixture, GINT_TO_POINTER (FALSE), fixture_set_up,
              test_import_error, fixture_tear_down);
  return g_test_run ();
}
