/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-directory-detail.h"
#include "kring-directory-filters.h"
#include "kring-directory-export.h"
#include "kring-directory-page.h"
#include "kring-directory-row.h"
#include "kring-record-editor.h"
#include "kring-store-directory.h"

/* The list shows this many rows; the count covers every match. */
#define RESULTS_SHOWN 500
#define CHECK_SHOWN 500

struct _KringDirectoryPage
{
  AdwBin                 parent_instance;

  AdwToastOverlay       *overlay;
  GtkStack              *stack;
  GtkSearchEntry        *search_entry;
  KringDirectoryFilters *filters;
  GtkLabel              *count;
  GtkWidget             *clear_button;
  GtkStack              *views;
  GtkStack              *results_stack;
  GtkSingleSelection    *selection;
  GListStore            *entries;
  GtkSingleSelection    *check_selection;
  GListStore            *check_entries;
  KringDirectoryDetail  *detail;

  KringStore            *store;
  GCancellable          *query_cancellable;
  GCancellable          *load_cancellable;
  char                 **match_words;
  char                  *team_id;
  GListModel            *taxonomies;
  gboolean               has_records;
};

G_DEFINE_FINAL_TYPE (KringDirectoryPage, kring_directory_page, ADW_TYPE_BIN)

static void
toast (KringDirectoryPage *self, const char *title)
{
  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (title));
}

/* Rows */

static void
on_setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_list_item_set_child (item, kring_directory_row_new ());
}

static void
on_bind_entry (GtkSignalListItemFactory *factory, GtkListItem *item, KringDirectoryPage *self)
{
  kring_directory_row_set_entry (KRING_DIRECTORY_ROW (gtk_list_item_get_child (item)),
                                 gtk_list_item_get_item (item),
                                 (const char *const *) self->match_words);
}

static void
on_bind_check (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  kring_directory_row_set_stale (KRING_DIRECTORY_ROW (gtk_list_item_get_child (item)),
                                 gtk_list_item_get_item (item));
}

/* Querying */

static void
show_count (KringDirectoryPage *self, KringDirectoryResult *result)
{
  g_autofree char *text = g_strdup_printf (ngettext ("%u result", "%u results", result->total),
                                           result->total);

  gtk_label_set_text (self->count, text);
}

static void
replace_items (GListStore *store, GListModel *items)
{
  guint n = g_list_model_get_n_items (items);
  g_autofree gpointer *array = g_new0 (gpointer, n + 1);

  for (guint i = 0; i < n; i++)
    array[i] = g_list_model_get_item (items, i);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), array, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (array[i]);
}

static void
show_result (KringDirectoryPage *self, KringDirectoryResult *result, gboolean searching)
{
  g_strfreev (self->match_words);
  self->match_words = g_strdupv (result->match_words);
  g_free (self->team_id);
  self->team_id = g_strdup (result->team_id);
  replace_items (self->entries, result->entries);
  show_count (self, result);
  if (!searching)
    self->has_records = result->total > 0;
  gtk_stack_set_visible_child_name (self->stack, self->has_records || searching ? "content"
                                                                                : "empty");
  gtk_stack_set_visible_child_name (self->results_stack, result->total > 0 ? "list" : "none");
}

static void
on_query_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringDirectoryResult) answer = kring_store_directory_query_finish (
      KRING_STORE (source), result, &error);
  const char *text;

  if (answer == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, _("Searching failed"));
      return;
    }
  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  show_result (self, answer,
               *text != '\0' || kring_directory_filters_is_active (self->filters));
}

/* The search text and facets as they are on screen now. */
static KringDirectoryFilter *
current_filter (KringDirectoryPage *self)
{
  KringDirectoryFilter *filter = kring_directory_filter_new ();

  filter->text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  filter->team_id = g_strdup (self->team_id);
  filter->limit = RESULTS_SHOWN;
  kring_directory_filters_apply (self->filters, filter);
  return filter;
}

static void
run_query (KringDirectoryPage *self)
{
  g_autoptr (KringDirectoryFilter) filter = NULL;

  /* Every keystroke cancels the query before it: only the latest counts. */
  g_cancellable_cancel (self->query_cancellable);
  g_clear_object (&self->query_cancellable);
  gtk_widget_set_sensitive (self->clear_button,
                            kring_directory_filters_is_active (self->filters));
  if (self->store == NULL)
    return;
  filter = current_filter (self);
  self->query_cancellable = g_cancellable_new ();
  kring_store_directory_query_async (self->store, filter, self->query_cancellable, on_query_done,
                                     g_object_ref (self));
}

static void
on_search_changed (KringDirectoryPage *self)
{
  run_query (self);
}

static void
on_filters_changed (KringDirectoryPage *self)
{
  run_query (self);
}

static void
on_search_activate (KringDirectoryPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

/* Selection and detail */

static void
show_detail_for (KringDirectoryPage *self, KringRecord *record)
{
  const char *table = kring_record_get_table (record);
  const char *organisation = kring_record_get_string (record, "organization_id");
  gboolean is_entry = g_strcmp0 (table, "organizations") == 0
                      || g_strcmp0 (table, "services") == 0;

  if (organisation == NULL)
    return;
  /* A location or contact is shown as part of its organisation. */
  kring_directory_detail_show (self->detail, is_entry ? table : "organizations",
                               is_entry ? kring_record_get_id (record) : organisation,
                               organisation, self->team_id);
}

static void
on_selected (KringDirectoryPage *self)
{
  KringRecord *record = gtk_single_selection_get_selected_item (self->selection);

  if (record != NULL)
    show_detail_for (self, record);
}

static void
on_check_selected (KringDirectoryPage *self)
{
  KringRecord *record = gtk_single_selection_get_selected_item (self->check_selection);

  if (record != NULL)
    show_detail_for (self, record);
}

static void
on_view_changed (KringDirectoryPage *self)
{
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (self->check_selection, GTK_INVALID_LIST_POSITION);
}

/* Loading what the page needs besides the query */

static void
on_stale_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) stale = kring_store_directory_stale_finish (KRING_STORE (source), result,
                                                                     &error);
  g_autofree char *title = NULL;

  if (stale == NULL)
    return;
  replace_items (self->check_entries, stale);
  title = g_strdup_printf (_("To Check (%u)"), g_list_model_get_n_items (stale));
  g_object_set (gtk_stack_get_page (self->views, gtk_stack_get_child_by_name (self->views,
                                                                              "check")),
                "title", title, NULL);
}

static void
on_terms_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryPage) self = user_data;
  g_autoptr (GListModel) terms = kring_store_list_finish (KRING_STORE (source), result, NULL);

  if (terms != NULL && self->taxonomies != NULL)
    kring_directory_filters_set_terms (self->filters, self->taxonomies, terms);
}

static void
on_taxonomies_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryPage) self = user_data;
  GListModel *taxonomies = kring_store_list_finish (KRING_STORE (source), result, NULL);

  if (taxonomies == NULL || self->store == NULL)
    {
      g_clear_object (&taxonomies);
      return;
    }
  g_clear_object (&self->taxonomies);
  self->taxonomies = taxonomies;
  kring_store_list_async (self->store, "taxonomy_terms", NULL, NULL, "sort_order",
                          self->load_cancellable, on_terms_done, g_object_ref (self));
}

static void
on_teams_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryPage) self = user_data;
  g_autoptr (GListModel) teams = kring_store_list_finish (KRING_STORE (source), result, NULL);
  g_autoptr (KringRecord) team = NULL;
  const char *names[4];

  if (teams == NULL || g_list_model_get_n_items (teams) == 0)
    return;
  team = g_list_model_get_item (teams, 0);
  for (guint ring = 0; ring < 4; ring++)
    {
      g_autofree char *column = g_strdup_printf ("ring%u_name", ring);

      names[ring] = g_intern_string (kring_record_get_string (team, column));
    }
  kring_directory_filters_set_ring_names (self->filters, names);
}

static void
load (KringDirectoryPage *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->store == NULL)
    return;
  self->load_cancellable = g_cancellable_new ();
  kring_store_list_async (self->store, "taxonomies", NULL, NULL, NULL, self->load_cancellable,
                          on_taxonomies_done, g_object_ref (self));
  kring_store_list_async (self->store, "teams", NULL, NULL, "name", self->load_cancellable,
                          on_teams_done, g_object_ref (self));
  kring_store_directory_stale_async (self->store, self->team_id, CHECK_SHOWN,
                                     self->load_cancellable, on_stale_done, g_object_ref (self));
  run_query (self);
}

static void
on_detail_changed (KringDirectoryPage *self)
{
  /* Keep the chosen record in the detail pane while the lists catch up. */
  kring_store_directory_stale_async (self->store, self->team_id, CHECK_SHOWN,
                                     self->load_cancellable, on_stale_done, g_object_ref (self));
  run_query (self);
}

/* Actions */

static void
clear_filters (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kring_directory_filters_clear (KRING_DIRECTORY_PAGE (widget)->filters);
}

static void
clear_all (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryPage *self = KRING_DIRECTORY_PAGE (widget);

  kring_directory_filters_clear (self->filters);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
export_csv (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryPage *self = KRING_DIRECTORY_PAGE (widget);
  g_autoptr (KringDirectoryFilter) filter = NULL;

  if (self->store == NULL)
    return;
  filter = current_filter (self);
  kring_directory_export_csv (widget, self->store, filter);
}

/* @parameter: (table, id) of a contact or an organisation. */
static void
export_vcard (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryPage *self = KRING_DIRECTORY_PAGE (widget);
  const char *table, *id;

  if (self->store == NULL)
    return;
  g_variant_get (parameter, "(&s&s)", &table, &id);
  kring_directory_export_vcard (widget, self->store, table, id);
}

static void
new_organisation (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryPage *self = KRING_DIRECTORY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  KringRecordEditor *editor;

  if (self->store == NULL)
    return;
  editor = kring_record_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                    "organizations", NULL, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_detail_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
focus_search (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryPage *self = KRING_DIRECTORY_PAGE (widget);

  gtk_stack_set_visible_child_name (self->views, "results");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Showing one record from elsewhere (the global search) */

static void
on_record_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) record = kring_store_get_finish (KRING_STORE (source), result, &error);
  const char *table;

  if (record == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, _("This record no longer exists"));
      return;
    }
  table = kring_record_get_table (record);
  if (g_strcmp0 (table, "organizations") == 0)
    kring_record_set_string (record, "organization_id", kring_record_get_id (record));
  if (kring_record_get_string (record, "organization_id") == NULL)
    {
      toast (self, _("This record belongs to no organisation"));
      return;
    }
  show_detail_for (self, record);
}

void
kring_directory_page_show_record (KringDirectoryPage *self, const char *table, const char *id)
{
  g_return_if_fail (KRING_IS_DIRECTORY_PAGE (self));
  g_return_if_fail (table != NULL && id != NULL);

  if (self->store == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  kring_store_get_async (self->store, table, id, self->load_cancellable, on_record_done,
                         g_object_ref (self));
}

void
kring_directory_page_select_result (KringDirectoryPage *self, guint position)
{
  g_return_if_fail (KRING_IS_DIRECTORY_PAGE (self));

  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    gtk_single_selection_set_selected (self->selection, position);
}

void
kring_directory_page_set_store (KringDirectoryPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_DIRECTORY_PAGE (self));

  g_cancellable_cancel (self->query_cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_set_object (&self->store, store);
  g_list_store_remove_all (self->entries);
  g_list_store_remove_all (self->check_entries);
  g_clear_object (&self->taxonomies);
  g_clear_pointer (&self->team_id, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  kring_directory_filters_clear (self->filters);
  kring_directory_detail_set_store (self->detail, store);
  gtk_label_set_text (self->count, "");
  self->has_records = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "loading");
  load (self);
}

void
kring_directory_page_reload (KringDirectoryPage *self)
{
  g_return_if_fail (KRING_IS_DIRECTORY_PAGE (self));

  load (self);
}

static void
kring_directory_page_dispose (GObject *object)
{
  KringDirectoryPage *self = KRING_DIRECTORY_PAGE (object);

  g_cancellable_cancel (self->query_cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->query_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->taxonomies);
  g_clear_pointer (&self->match_words, g_strfreev);
  g_clear_pointer (&self->team_id, g_free);
  G_OBJECT_CLASS (kring_directory_page_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, overlay);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, filters);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, count);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, views);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, selection);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, entries);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, check_selection);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, check_entries);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, detail);
}

static void
bind_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_setup_row);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_check);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_check_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_changed);
}

static void
kring_directory_page_class_init (KringDirectoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_directory_page_dispose;
  g_type_ensure (KRING_TYPE_RECORD);
  g_type_ensure (KRING_TYPE_DIRECTORY_FILTERS);
  g_type_ensure (KRING_TYPE_DIRECTORY_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-directory-page.ui");
  bind_children (widget_class);
  bind_callbacks (widget_class);
  gtk_widget_class_install_action (widget_class, "directory.clear-filters", NULL, clear_filters);
  gtk_widget_class_install_action (widget_class, "directory.clear-all", NULL, clear_all);
  gtk_widget_class_install_action (widget_class, "directory.new", NULL, new_organisation);
  gtk_widget_class_install_action (widget_class, "directory.export-csv", NULL, export_csv);
  gtk_widget_class_install_action (widget_class, "directory.export-vcard", "(ss)", export_vcard);
  gtk_widget_class_install_action (widget_class, "directory.focus-search", NULL, focus_search);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "directory.focus-search", NULL);
}

static void
kring_directory_page_init (KringDirectoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->clear_button, FALSE);
}
