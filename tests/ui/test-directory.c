/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <adwaita.h>
#include "kring-demo.h"
#include "kring-directory-export.h"
#include "kring-directory-page.h"
#include "kring-directory-row.h"
#include "kring-profile.h"
#include "kring-store-directory.h"
#include "kring-test-util.h"

/*
 * The directory page against a real, keyring-unlocked store holding the
 * example district: typing narrows the list to matching records, a facet
 * narrows it further, clearing restores it, a chosen organisation shows its
 * phone and whether it is open now, and marking it checked updates the
 * freshness line.
 */

typedef struct
{
  char               *dir;
  KringStore         *store;
  GtkWindow          *window;
  KringDirectoryPage *page;
} Fixture;

static gpointer
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->page), KRING_TYPE_DIRECTORY_PAGE, name);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  f->page = g_object_new (KRING_TYPE_DIRECTORY_PAGE, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1366, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_directory_page_set_store (f->page, NULL);
  gtk_window_destroy (f->window);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_free (f->dir);
}

/* Iterates the main loop until @done (up to 20 s). */
static void
wait_until (gboolean (*done) (Fixture *f, gconstpointer arg), Fixture *f, gconstpointer arg)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (f, arg))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static guint
count (Fixture *f)
{
  const char *text = gtk_label_get_text (child (f, "count"));

  return (guint) g_ascii_strtoull (text, NULL, 10);
}

static gboolean
count_differs (Fixture *f, gconstpointer old)
{
  return *gtk_label_get_text (child (f, "count")) != '\0' && count (f) != GPOINTER_TO_UINT (old);
}

static gboolean
count_is (Fixture *f, gconstpointer expected)
{
  return count (f) == GPOINTER_TO_UINT (expected);
}

static GHashTable *
search_hits (Fixture *f, const char *text)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) hits = NULL;
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  kring_store_search_async (f->store, text, 0, NULL, kring_test_store_result, &result);
  hits = kring_store_search_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr (KringRecord) hit = g_list_model_get_item (hits, i);
      const char *service = kring_record_get_string (hit, "service_id");

      /* A contact stands for what it belongs to. */
      if (g_str_equal (kring_record_get_table (hit), "contacts"))
        g_hash_table_add (ids, g_strdup (service != NULL
                                           ? service
                                           : kring_record_get_string (hit, "organization_id")));
      else
        g_hash_table_add (ids, g_strdup (kring_record_get_id (hit)));
    }
  return ids;
}

static void
type_and_wait (Fixture *f, const char *text)
{
  guint before = count (f);

  gtk_editable_set_text (GTK_EDITABLE (child (f, "search_entry")), text);
  wait_until (count_differs, f, GUINT_TO_POINTER (before));
}

static void
assert_rows_match (Fixture *f, const char *text)
{
  GListModel *entries = child (f, "entries");
  g_autoptr (GHashTable) hits = search_hits (f, text);

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, count (f));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (KringRecord) entry = g_list_model_get_item (entries, i);

      g_assert_true (g_hash_table_contains (hits, kring_record_get_id (entry)));
    }
}

static gboolean
loaded (Fixture *f, gconstpointer arg)
{
  return count (f) > 0;
}

/* The drop-down item of the lijn of the first service in the list. */
static guint
lijn_of_a_service (GListModel *entries, GListModel *items)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (KringRecord) entry = g_list_model_get_item (entries, i);
      const char *lijn = kring_record_get_string (entry, "lijn");

      for (guint j = 1; lijn != NULL && j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr (GtkStringObject) item = g_list_model_get_item (items, j);

          if (g_str_equal (gtk_string_object_get_string (item), lijn))
            return j;
        }
    }
  g_assert_not_reached ();
}

static void
test_search_narrows (Fixture *f, gconstpointer data)
{
  GtkDropDown *lijn;
  GListModel *entries = child (f, "entries");
  const char *chosen;
  guint all, schuld, facet;

  kring_directory_page_set_store (f->page, f->store);
  wait_until (loaded, f, NULL);
  all = count (f);

  type_and_wait (f, "schuld");
  schuld = count (f);
  g_assert_cmpuint (schuld, >, 0);
  g_assert_cmpuint (schuld, <, all);
  assert_rows_match (f, "schuld");

  /* A facet combines with the text. */
  lijn = GTK_DROP_DOWN (gtk_widget_get_template_child (child (f, "filters"),
                                                       g_type_from_name ("KringDirectoryFilters"),
                                                       "lijn"));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (lijn)), ==, 4);
  gtk_drop_down_set_selected (lijn, lijn_of_a_service (entries, gtk_drop_down_get_model (lijn)));
  chosen = gtk_string_object_get_string (gtk_drop_down_get_selected_item (lijn));
  wait_until (count_differs, f, GUINT_TO_POINTER (schuld));
  facet = count (f);
  g_assert_cmpuint (facet, >, 0);
  g_assert_cmpuint (facet, <, schuld);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (KringRecord) entry = g_list_model_get_item (entries, i);

      g_assert_nonnull (strstr (kring_record_get_string (entry, "lijn"), chosen));
    }
  assert_rows_match (f, "schuld");

  /* One click clears the filters, not the text. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "directory.clear-filters", NULL);
  wait_until (count_is, f, GUINT_TO_POINTER (schuld));
  g_assert_cmpuint (gtk_drop_down_get_selected (lijn), ==, 0);
}

static void
collect_labels (GtkWidget *widget, GString *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, text);
}

static char *
detail_text (Fixture *f)
{
  GString *text = g_string_new (NULL);

  collect_labels (child (f, "detail"), text);
  return g_string_free (text, FALSE);
}

static gboolean
detail_contains (Fixture *f, gconstpointer needle)
{
  g_autofree char *text = detail_text (f);

  return strstr (text, needle) != NULL;
}

static KringRecord *
first_row (Fixture *f, const char *table, const char *column, const char *value)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GListModel) rows = NULL;

  kring_store_list_async (f->store, table, column, value, NULL, NULL, kring_test_store_result,
                          &result);
  rows = kring_store_list_finish (f->store, kring_test_await_borrowed (&result), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  return g_list_model_get_item (rows, 0);
}

static void
select_entry (Fixture *f, const char *id)
{
  GListModel *entries = child (f, "entries");

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr (KringRecord) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (kring_record_get_id (entry), id))
        {
          gtk_single_selection_set_selected (child (f, "selection"), i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_detail (Fixture *f, gconstpointer data)
{
  g_autoptr (KringRecord) organisation = first_row (f, "organizations", "name",
                                                    "Welzijn Marendal");
  const char *id = kring_record_get_id (organisation);
  g_autoptr (KringRecord) phone = first_row (f, "phones", "organization_id", id);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = kring_directory_format_date (iso);
  g_autofree char *text = NULL;

  kring_directory_page_set_store (f->page, f->store);
  wait_until (loaded, f, NULL);
  type_and_wait (f, "Welzijn Marendal");
  select_entry (f, id);
  wait_until (detail_contains, f, kring_record_get_string (phone, "number"));
  text = detail_text (f);
  g_assert_true (strstr (text, "Open now") != NULL || strstr (text, "Closed now") != NULL
                 || strstr (text, "Nu open") != NULL || strstr (text, "Nu gesloten") != NULL);

  /* Marking it checked puts today's date in the freshness line. */
  gtk_widget_activate_action (child (f, "detail"), "detail.mark-verified", NULL);
  wait_until (detail_contains, f, today);
}

static gboolean
file_exists (Fixture *f, gconstpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static guint
count_lines (const char *text)
{
  guint lines = 0;

  for (const char *p = strstr (text, "\r\n"); p != NULL; p = strstr (p + 2, "\r\n"))
    lines++;
  return lines;
}

/* The CSV holds the whole filtered list (header + one line per match, no
 * quoting trouble in the demo's texts), and a contact exports as a vCard. */
static void
test_exports (Fixture *f, gconstpointer data)
{
  g_autofree char *csv_path = g_build_filename (f->dir, "lijst.csv", NULL);
  g_autofree char *vcf_path = g_build_filename (f->dir, "contacten.vcf", NULL);
  g_autoptr (GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr (GFile) vcf = g_file_new_for_path (vcf_path);
  g_autoptr (KringDirectoryFilter) filter = kring_directory_filter_new ();
  g_autofree char *text = NULL;
  g_autofree char *card = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) contacts = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (KringRecord) contact = NULL;

  kring_directory_page_set_store (f->page, f->store);
  wait_until (count_differs, f, GUINT_TO_POINTER (0));
  type_and_wait (f, "schuld");
  filter->text = g_strdup ("schuld");
  kring_directory_export_csv_to_file (GTK_WIDGET (f->page), f->store, filter, csv);
  wait_until (file_exists, f, csv_path);
  g_assert_true (g_file_get_contents (csv_path, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (text, ";"));
  g_assert_cmpuint (count_lines (text), >=, count (f) + 1);

  kring_store_list_async (f->store, "contacts", NULL, NULL, "name", NULL,
                          kring_test_store_result, &result);
  contacts = kring_store_list_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  contact = g_list_model_get_item (contacts, 0);
  kring_directory_export_vcard_to_file (GTK_WIDGET (f->page), f->store, "contacts",
                                        kring_record_get_id (contact), vcf);
  wait_until (file_exists, f, vcf_path);
  g_assert_true (g_file_get_contents (vcf_path, &card, NULL, &error));
  g_assert_true (g_str_has_prefix (card, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_nonnull (strstr (card, kring_record_get_string (contact, "name")));
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/ui/directory/search-narrows", Fixture, NULL, fixture_set_up, test_search_narrows,
              fixture_tear_down);
  g_test_add ("/ui/directory/exports", Fixture, NULL, fixture_set_up, test_exports,
              fixture_tear_down);
  g_test_add ("/ui/directory/detail", Fixture, NULL, fixture_set_up, test_detail,
              fixture_tear_down);
  return g_test_run ();
}
