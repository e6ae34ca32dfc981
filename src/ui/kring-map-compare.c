/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-map-compare.h"
#include "kring-map-diff.h"
#include "kring-map-view.h"
#include "kring-summary.h"

struct _KringMapCompare
{
  AdwWindow       parent_instance;

  GtkStack       *stack;
  GtkDropDown    *before_dropdown;
  GtkDropDown    *after_dropdown;
  GtkToggleButton *overlay_toggle;
  GtkStack       *views;
  GtkLabel       *before_label;
  GtkLabel       *after_label;
  KringMapView   *before_view;
  KringMapView   *after_view;
  KringMapView   *overlay_view;
  GtkLabel       *count;
  GtkListBox     *changes_list;

  KringStore     *store;
  GCancellable   *cancellable;
  char           *team_id;
  KringMapGraph  *current;
  /* Saved versions (KringRecord of map_snapshots), newest first; item i of
   * the drop-downs is version i - 1, item 0 is now. */
  GPtrArray      *versions;
  GPtrArray      *changes;
  gboolean        loading;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (KringMapCompare, kring_map_compare, ADW_TYPE_WINDOW)

/* A version that cannot be read is named where the count of changes goes. */
static void
show_problem (KringMapCompare *self, const char *message)
{
  kring_summary_clear (GTK_WIDGET (self->changes_list));
  gtk_label_set_text (self->count, message);
}

/* "Januari-overleg · 14 jan 2027 10:32", or the date alone. */
static char *
version_label (KringRecord *version)
{
  const char *taken_on = kring_record_get_string (version, "taken_on");
  const char *title = kring_record_get_string (version, "title");
  g_autoptr (GDateTime) when = taken_on != NULL ? g_date_time_new_from_iso8601 (taken_on, NULL)
                                                : NULL;
  g_autoptr (GDateTime) local = when != NULL ? g_date_time_to_local (when) : NULL;
  g_autofree char *date = local != NULL ? g_date_time_format (local, "%e %b %Y %H:%M")
                                        : g_strdup (taken_on != NULL ? taken_on : "");

  g_strstrip (date);
  if (title != NULL && *title != '\0')
    return g_strdup_printf ("%s · %s", title, date);
  return g_steal_pointer (&date);
}

/* The graph of drop-down item @item (0: now), or NULL with a message shown. */
static KringMapGraph *
graph_of (KringMapCompare *self, guint item)
{
  KringRecord *version;
  g_autoptr (GError) error = NULL;
  KringMapGraph *graph;

  if (item == 0 || item > self->versions->len)
    return kring_map_graph_copy (self->current);
  version = g_ptr_array_index (self->versions, item - 1);
  graph = kring_map_graph_from_json (kring_record_get_string (version, "data"), &error);
  if (graph == NULL)
    show_problem (self, error->message);
  return graph;
}

static const char *
change_icon (KringMapChangeKind kind)
{
  switch (kind)
    {
    case KRING_MAP_CHANGE_ADDED: return "list-add-symbolic";
    case KRING_MAP_CHANGE_REMOVED: return "list-remove-symbolic";
    case KRING_MAP_CHANGE_MOVED: return "go-next-symbolic";
    default: return "document-edit-symbolic";
    }
}

void
kring_map_compare_fill_changes (GtkListBox *list, GtkLabel *count, GPtrArray *changes)
{
  g_autofree char *text = g_strdup_printf (ngettext ("%u change", "%u changes", changes->len),
                                           changes->len);

  kring_summary_clear (GTK_WIDGET (list));
  for (guint i = 0; i < changes->len; i++)
    {
      KringMapChange *change = g_ptr_array_index (changes, i);
      GtkWidget *row = kring_summary_row_new (change->label, change->what);

      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), change_icon (change->kind));
      gtk_list_box_append (list, row);
    }
  gtk_label_set_text (count, changes->len > 0 ? text : _("No differences"));
}

static void
fill_changes (KringMapCompare *self)
{
  kring_map_compare_fill_changes (self->changes_list, self->count, self->changes);
}

static GHashTable *
changed_ids (GPtrArray *changes)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < changes->len; i++)
    g_hash_table_add (ids, ((KringMapChange *) g_ptr_array_index (changes, i))->id);
  return ids;
}

static void
show_graphs (KringMapCompare *self, KringMapGraph *before, KringMapGraph *after)
{
  g_autoptr (GHashTable) marked = NULL;

  kring_map_view_set_graph (self->before_view, before, FALSE);
  kring_map_view_set_graph (self->after_view, after, FALSE);
  kring_map_view_set_graph (self->overlay_view, after, FALSE);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->changes = kring_map_diff (before, after);
  marked = changed_ids (self->changes);
  kring_map_view_set_marked (self->before_view, marked);
  kring_map_view_set_marked (self->after_view, marked);
  kring_map_view_set_marked (self->overlay_view, marked);
  fill_changes (self);
}

static void
compare (KringMapCompare *self)
{
  guint before_item = gtk_drop_down_get_selected (self->before_dropdown);
  guint after_item = gtk_drop_down_get_selected (self->after_dropdown);
  g_autoptr (KringMapGraph) before = NULL;
  g_autoptr (KringMapGraph) after = NULL;
  GListModel *labels = gtk_drop_down_get_model (self->before_dropdown);

  if (self->filling || self->versions == NULL)
    return;
  before = graph_of (self, before_item);
  after = graph_of (self, after_item);
  if (before == NULL || after == NULL)
    return;
  gtk_label_set_text (self->before_label,
                      gtk_string_list_get_string (GTK_STRING_LIST (labels), before_item));
  gtk_label_set_text (self->after_label,
                      gtk_string_list_get_string (GTK_STRING_LIST (labels), after_item));
  show_graphs (self, before, after);
}

static void
on_selection_changed (KringMapCompare *self)
{
  compare (self);
}

static void
on_overlay_toggled (KringMapCompare *self)
{
  gtk_stack_set_visible_child_name (self->views, gtk_toggle_button_get_active (
                                                    self->overlay_toggle) ? "overlay" : "side");
}

static void
fill_versions (KringMapCompare *self, GListModel *rows)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  g_clear_pointer (&self->versions, g_ptr_array_unref);
  self->versions = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_string_list_append (labels, _("Now"));
  /* The store gives them oldest first; the newest is what people look for. */
  for (guint i = g_list_model_get_n_items (rows); i-- > 0;)
    {
      g_autoptr (KringRecord) version = g_list_model_get_item (rows, i);
      g_autofree char *label = NULL;

      if (g_strcmp0 (kring_record_get_string (version, "kind"), "team") != 0)
        continue;
      label = version_label (version);
      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->versions, g_steal_pointer (&version));
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->before_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_model (self->after_dropdown, G_LIST_MODEL (labels));
  /* By default: the newest version against the map as it is now. */
  gtk_drop_down_set_selected (self->before_dropdown, self->versions->len > 0 ? 1 : 0);
  gtk_drop_down_set_selected (self->after_dropdown, 0);
  self->filling = FALSE;
}

static void
on_versions_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringMapCompare) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) rows = kring_store_list_finish (KRING_STORE (source), result, &error);

  if (rows == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->loading = FALSE;
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  self->loading = FALSE;
  fill_versions (self, rows);
  gtk_stack_set_visible_child_name (self->stack, self->versions->len > 0 ? "content" : "empty");
  compare (self);
}

static gboolean
find_item (KringMapCompare *self, const char *id, guint *item)
{
  if (id == NULL)
    {
      *item = 0;
      return TRUE;
    }
  for (guint i = 0; self->versions != NULL && i < self->versions->len; i++)
    if (g_strcmp0 (kring_record_get_id (g_ptr_array_index (self->versions, i)), id) == 0)
      {
        *item = i + 1;
        return TRUE;
      }
  return FALSE;
}

gboolean
kring_map_compare_select (KringMapCompare *self, const char *before_id, const char *after_id)
{
  guint before, after;

  g_return_val_if_fail (KRING_IS_MAP_COMPARE (self), FALSE);

  if (!find_item (self, before_id, &before) || !find_item (self, after_id, &after))
    return FALSE;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->before_dropdown, before);
  gtk_drop_down_set_selected (self->after_dropdown, after);
  self->filling = FALSE;
  compare (self);
  return TRUE;
}

gboolean
kring_map_compare_is_loading (KringMapCompare *self)
{
  g_return_val_if_fail (KRING_IS_MAP_COMPARE (self), FALSE);

  return self->loading;
}

GPtrArray *
kring_map_compare_get_changes (KringMapCompare *self)
{
  g_return_val_if_fail (KRING_IS_MAP_COMPARE (self), NULL);

  return self->changes;
}

void
kring_map_compare_set_overlay (KringMapCompare *self, gboolean overlay)
{
  g_return_if_fail (KRING_IS_MAP_COMPARE (self));

  gtk_toggle_button_set_active (self->overlay_toggle, overlay);
}

KringMapCompare *
kring_map_compare_new (GtkWindow *parent, KringStore *store, const char *team_id,
                       const KringMapGraph *current)
{
  KringMapCompare *self;

  g_return_val_if_fail (KRING_IS_STORE (store), NULL);
  g_return_val_if_fail (team_id != NULL && current != NULL, NULL);

  self = g_object_new (KRING_TYPE_MAP_COMPARE, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->team_id = g_strdup (team_id);
  self->current = kring_map_graph_copy (current);
  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  kring_store_list_async (store, "map_snapshots", "team_id", team_id, "taken_on",
                          self->cancellable, on_versions_done, g_object_ref (self));
  return self;
}

static void
kring_map_compare_dispose (GObject *object)
{
  KringMapCompare *self = KRING_MAP_COMPARE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->current, kring_map_graph_free);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  G_OBJECT_CLASS (kring_map_compare_parent_class)->dispose (object);
}

static void
kring_map_compare_class_init (KringMapCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_map_compare_dispose;
  g_type_ensure (KRING_TYPE_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-map-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, stack);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, before_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, after_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, overlay_toggle);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, views);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, before_label);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, after_label);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, before_view);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, after_view);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, overlay_view);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, count);
  gtk_widget_class_bind_template_child (widget_class, KringMapCompare, changes_list);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_overlay_toggled);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kring_map_compare_init (KringMapCompare *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
