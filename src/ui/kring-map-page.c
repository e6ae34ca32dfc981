/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include "kring-map-page-private.h"

G_DEFINE_FINAL_TYPE (KringMapPage, kring_map_page, ADW_TYPE_BIN)

void
kring_map_page_toast (KringMapPage *self, AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->overlay, toast);
}

static const KringMapGraph *
shown_graph (KringMapPage *self)
{
  return self->loaded ? kring_map_view_get_graph (self->view) : NULL;
}

const KringMapNode *
kring_map_page_find_node (KringMapPage *self, const char *id)
{
  const KringMapGraph *graph = shown_graph (self);
  int index = graph != NULL && id != NULL ? kring_map_graph_find (graph, id) : -1;

  return index >= 0 ? g_ptr_array_index (graph->nodes, index) : NULL;
}

const char *
kring_map_page_ring_name (KringMapPage *self, int ring)
{
  const KringMapGraph *graph = kring_map_view_get_graph (self->view);

  if (graph == NULL || ring < 0 || ring >= KRING_MAP_N_RINGS)
    return _("Social Map");
  return graph->ring_names[ring];
}

/* Search and filters */

static gboolean
contains_key (const char *text, const char *key)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (normal, -1);
  return strstr (folded, key) != NULL;
}

static gboolean
node_matches (const KringMapNode *node, gpointer user_data)
{
  KringMapPage *self = user_data;
  const KringMapGraph *graph = kring_map_view_get_graph (self->view);

  if (self->search_key != NULL && !contains_key (node->label, self->search_key)
      && !contains_key (node->detail, self->search_key))
    return FALSE;
  return graph == NULL || kring_map_filters_match (self->filters, graph, node);
}

static void
apply_filter (KringMapPage *self)
{
  gboolean active = kring_map_filters_is_active (self->filters);

  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "kring-filter-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "kring-filter-active");
  if (self->search_key == NULL && !active)
    kring_map_view_set_filter (self->view, NULL, NULL, NULL);
  else
    kring_map_view_set_filter (self->view, node_matches, self, NULL);
}

static void
on_search_changed (KringMapPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  g_clear_pointer (&self->search_key, g_free);
  if (normal != NULL && *normal != '\0')
    self->search_key = g_utf8_casefold (normal, -1);
  apply_filter (self);
}

static void
on_filters_changed (KringMapPage *self)
{
  apply_filter (self);
}

/* The side panel */

static void
on_node_activated (KringMapPage *self, const char *id)
{
  const KringMapNode *node = kring_map_page_find_node (self, id);

  if (node == NULL || node->kind == KRING_MAP_NODE_CLUSTER)
    return;
  kring_map_panel_show (self->panel, self->team_id, node, kring_map_page_ring_name (self,
                                                                                    node->ring));
  gtk_revealer_set_reveal_child (self->side, TRUE);
  kring_map_page_update_actions (self);
}

static void
on_panel_changed (KringMapPage *self)
{
  /* A changed quality changes how the tie is drawn and what the filters match. */
  kring_map_page_load_graph (self, TRUE, NULL, NULL);
}

static void
on_side_revealed (KringMapPage *self)
{
  if (!gtk_revealer_get_reveal_child (self->side))
    kring_map_panel_clear (self->panel);
  kring_map_page_update_actions (self);
}

/* The panel follows the node after a reload: its ring may have changed, or
 * it may be gone altogether. */
static void
refresh_panel (KringMapPage *self)
{
  const char *id = kring_map_panel_get_id (self->panel);
  const KringMapNode *node = kring_map_page_find_node (self, id);

  if (id == NULL)
    return;
  if (node == NULL)
    {
      gtk_revealer_set_reveal_child (self->side, FALSE);
      return;
    }
  kring_map_panel_set_ring_name (self->panel, kring_map_page_ring_name (self, node->ring));
}

/* Loading */

static void
show_error (KringMapPage *self, const GError *error)
{
  g_autofree char *description = g_strdup_printf (_("Kringkaart could not read the map: %s"),
                                                  error->message);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
on_graph_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringMapPage *self = g_task_get_source_object (task);
  gboolean keep_view = GPOINTER_TO_INT (g_task_get_task_data (task));
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = kring_store_map_load_finish (KRING_STORE (source), result,
                                                                NULL, &error);

  if (g_task_return_error_if_cancelled (task))
    return;
  if (graph == NULL)
    {
      show_error (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  kring_map_view_set_graph (self->view, graph, keep_view && self->loaded);
  self->loaded = TRUE;
  gtk_label_set_text (self->team_title, graph->title);
  kring_map_filters_set_graph (self->filters, graph, self->mode == KRING_MAP_SECTORS_SECTOR);
  apply_filter (self);
  refresh_panel (self);
  gtk_stack_set_visible_child_name (self->stack, "content");
  kring_map_page_update_actions (self);
  g_task_return_boolean (task, TRUE);
}

void
kring_map_page_load_graph (KringMapPage *self, gboolean keep_view, GAsyncReadyCallback done,
                           gpointer user_data)
{
  GTask *task = g_task_new (self, self->cancellable, done, user_data);

  g_task_set_task_data (task, GINT_TO_POINTER (keep_view), NULL);
  if (self->store == NULL || self->team_id == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               _("There is no map to show"));
      g_object_unref (task);
      return;
    }
  kring_store_map_load_async (self->store, self->team_id, self->mode, FALSE, self->cancellable,
                              on_graph_done, task);
}

/* Teams */

static KringRecord *
team_at (KringMapPage *self, guint position)
{
  if (self->teams == NULL || position >= g_list_model_get_n_items (self->teams))
    return NULL;
  return g_list_model_get_item (self->teams, position);
}

static void
use_team (KringMapPage *self, KringRecord *team)
{
  gboolean sectors = g_strcmp0 (kring_record_get_string (team, "sector_mode"), "sector") == 0;

  g_free (self->team_id);
  self->team_id = g_strdup (kring_record_get_id (team));
  gtk_label_set_text (self->team_title, kring_record_get_string (team, "name"));
  self->switching = TRUE;
  gtk_toggle_button_set_active (sectors ? self->sector_toggle : self->life_domain_toggle, TRUE);
  self->switching = FALSE;
  self->mode = sectors ? KRING_MAP_SECTORS_SECTOR : KRING_MAP_SECTORS_LIFE_DOMAIN;
}

static void
on_team_selected (KringMapPage *self)
{
  g_autoptr (KringRecord) team = team_at (self, gtk_drop_down_get_selected (self->team_dropdown));

  if (self->switching || team == NULL
      || g_strcmp0 (kring_record_get_id (team), self->team_id) == 0)
    return;
  gtk_revealer_set_reveal_child (self->side, FALSE);
  use_team (self, team);
  kring_map_page_load_graph (self, FALSE, NULL, NULL);
}

static void
on_mode_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  /* The map already shows the choice; only the next start would forget it. */
  if (!kring_store_save_finish (KRING_STORE (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not keep the team's sector choice: %s", error->message);
}

/* The choice of sectors is the team's (teams.sector_mode): the next start,
 * the export and the command line draw the map the same way. */
static void
save_mode (KringMapPage *self, KringMapSectorMode mode)
{
  g_autoptr (KringRecord) team = team_at (self, gtk_drop_down_get_selected (self->team_dropdown));
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  if (team == NULL || self->store == NULL
      || g_strcmp0 (kring_record_get_id (team), self->team_id) != 0)
    return;
  /* The record in the team list is updated too, so switching back keeps it. */
  kring_record_set_string (team, "sector_mode",
                           mode == KRING_MAP_SECTORS_SECTOR ? "sector" : "life_domain");
  g_ptr_array_add (records, kring_record_copy (team));
  kring_store_save_async (self->store, records, NULL, on_mode_saved, NULL);
}

static void
on_mode_toggled (KringMapPage *self)
{
  KringMapSectorMode mode = gtk_toggle_button_get_active (self->sector_toggle)
                              ? KRING_MAP_SECTORS_SECTOR : KRING_MAP_SECTORS_LIFE_DOMAIN;

  if (self->switching || mode == self->mode)
    return;
  self->mode = mode;
  save_mode (self, mode);
  kring_map_page_load_graph (self, TRUE, NULL, NULL);
}

/* Fills the team switcher and picks the team shown before, or the first. */
static KringRecord *
fill_teams (KringMapPage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (self->teams), chosen = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) team = g_list_model_get_item (self->teams, i);

      gtk_string_list_append (names, kring_record_get_string (team, "name"));
      if (g_strcmp0 (kring_record_get_id (team), self->team_id) == 0)
        chosen = i;
    }
  self->switching = TRUE;
  gtk_drop_down_set_model (self->team_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->team_dropdown, chosen);
  self->switching = FALSE;
  /* One team needs no switcher: its name is the title. */
  gtk_widget_set_visible (GTK_WIDGET (self->team_dropdown), n > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->team_title), n <= 1);
  return team_at (self, chosen);
}

static void
on_teams_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringMapPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  GListModel *teams = kring_store_list_finish (KRING_STORE (source), result, &error);
  g_autoptr (KringRecord) team = NULL;

  if (g_task_return_error_if_cancelled (task))
    {
      g_clear_object (&teams);
      return;
    }
  if (teams == NULL)
    {
      show_error (self, error);
      g_task_return_boolean (task, FALSE);
      return;
    }
  g_clear_object (&self->teams);
  self->teams = teams;
  team = fill_teams (self);
  g_task_return_boolean (task, team != NULL);
  if (team == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (g_strcmp0 (kring_record_get_id (team), self->team_id) != 0)
    use_team (self, team);
  kring_map_page_load_graph (self, GPOINTER_TO_INT (g_task_get_task_data (task)), NULL, NULL);
}

static void
load (KringMapPage *self, gboolean keep_view)
{
  GTask *task;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, NULL, NULL);
  g_task_set_task_data (task, GINT_TO_POINTER (keep_view), NULL);
  kring_store_list_async (self->store, "teams", NULL, NULL, "name", self->cancellable,
                          on_teams_done, task);
}

/* Drops the graph, the panel and every name the page showed (on lock). */
static void
clear (KringMapPage *self)
{
  g_autoptr (KringMapGraph) empty = kring_map_graph_new ("", NULL);

  self->loaded = FALSE;
  gtk_revealer_set_reveal_child (self->side, FALSE);
  kring_map_panel_clear (self->panel);
  kring_map_view_set_graph (self->view, empty, FALSE);
  kring_map_filters_set_graph (self->filters, empty, FALSE);
  kring_map_filters_clear (self->filters);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_label_set_text (self->team_title, "");
  self->switching = TRUE;
  gtk_drop_down_set_model (self->team_dropdown, NULL);
  self->switching = FALSE;
  g_clear_object (&self->teams);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->undo, kring_map_page_undo_free);
}

void
kring_map_page_set_store (KringMapPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_MAP_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear (self);
  g_set_object (&self->store, store);
  kring_map_panel_set_store (self->panel, store);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  kring_map_page_update_actions (self);
  load (self, FALSE);
}

void
kring_map_page_reload (KringMapPage *self)
{
  g_return_if_fail (KRING_IS_MAP_PAGE (self));

  load (self, TRUE);
}

gboolean
kring_map_page_is_loaded (KringMapPage *self)
{
  g_return_val_if_fail (KRING_IS_MAP_PAGE (self), FALSE);

  return self->loaded && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack),
                                    "content") == 0;
}

void
kring_map_page_show_node (KringMapPage *self, const char *id)
{
  g_return_if_fail (KRING_IS_MAP_PAGE (self));

  kring_map_view_select (self->view, id, FALSE);
  on_node_activated (self, id);
}

KringMapFilters *
kring_map_page_get_filters (KringMapPage *self)
{
  g_return_val_if_fail (KRING_IS_MAP_PAGE (self), NULL);

  return self->filters;
}

KringMapView *
kring_map_page_get_view (KringMapPage *self)
{
  g_return_val_if_fail (KRING_IS_MAP_PAGE (self), NULL);

  return self->view;
}

static void
kring_map_page_dispose (GObject *object)
{
  KringMapPage *self = KRING_MAP_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->view != NULL)
    kring_map_view_set_filter (self->view, NULL, NULL, NULL);
  g_clear_object (&self->store);
  g_clear_object (&self->teams);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->undo, kring_map_page_undo_free);
  G_OBJECT_CLASS (kring_map_page_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, overlay);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, team_title);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, team_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, life_domain_toggle);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, sector_toggle);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, filters);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, legend_area);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, side);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, view);
  gtk_widget_class_bind_template_child (widget_class, KringMapPage, panel);
}

static void
bind_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_node_activated);
  gtk_widget_class_bind_template_callback (widget_class, kring_map_page_on_node_moved);
  gtk_widget_class_bind_template_callback (widget_class, kring_map_page_on_node_removed);
  gtk_widget_class_bind_template_callback (widget_class, on_panel_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_side_revealed);
  gtk_widget_class_bind_template_callback (widget_class, on_team_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled);
}

static void
kring_map_page_class_init (KringMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_map_page_dispose;
  g_type_ensure (KRING_TYPE_MAP_VIEW);
  g_type_ensure (KRING_TYPE_MAP_PANEL);
  g_type_ensure (KRING_TYPE_MAP_FILTERS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-map-page.ui");
  bind_children (widget_class);
  bind_callbacks (widget_class);
  kring_map_page_class_init_actions (widget_class);
}

static void
kring_map_page_init (KringMapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kring_map_page_init_legend (self);
  kring_map_page_update_actions (self);
}
