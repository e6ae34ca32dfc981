/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-directory-page.h"
#include "kring-map-compare.h"
#include "kring-map-page-private.h"
#include "kring-window.h"

void
kring_map_page_undo_free (KringMapPageUndo *undo)
{
  g_free (undo->table);
  g_free (undo->id);
  g_free (undo->label);
  g_free (undo);
}

void
kring_map_page_update_actions (KringMapPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean loaded = self->loaded && self->store != NULL;
  const KringMapNode *chosen = kring_map_page_find_node (self,
                                                         kring_map_panel_get_id (self->panel));
  gboolean partner = chosen != NULL && chosen->kind == KRING_MAP_NODE_PARTNER;

  gtk_widget_action_set_enabled (widget, "map.zoom-in", loaded);
  gtk_widget_action_set_enabled (widget, "map.zoom-out", loaded);
  gtk_widget_action_set_enabled (widget, "map.zoom-fit", loaded);
  gtk_widget_action_set_enabled (widget, "map.save-version", loaded);
  gtk_widget_action_set_enabled (widget, "map.versions", loaded);
  gtk_widget_action_set_enabled (widget, "map.export", loaded);
  gtk_widget_action_set_enabled (widget, "map.print", loaded);
  gtk_widget_action_set_enabled (widget, "map.open-directory", partner);
  gtk_widget_action_set_enabled (widget, "map.remove-node", partner);
  gtk_widget_action_set_enabled (widget, "map.undo", loaded && self->undo != NULL);
}

/* Moving a partner to another ring, with Undo */

typedef struct
{
  char *table;
  char *id;
  char *label;
  int   ring;
  /* TRUE: this move is itself an Undo, so it offers none. */
  gboolean is_undo;
} MoveOp;

static void
move_op_free (MoveOp *op)
{
  g_free (op->table);
  g_free (op->id);
  g_free (op->label);
  g_free (op);
}

static AdwToast *
move_toast (KringMapPage *self, MoveOp *op, int previous)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (op->ring < 0 && previous < 0)
    title = g_strdup_printf (_("“%s” was not placed in a ring"), op->label);
  else if (op->ring < 0)
    title = g_strdup_printf (_("“%s” was taken out of the rings"), op->label);
  else
    /* TRANSLATORS: "“Huisartsenpraktijk De Linde” is now in the Outer Ring". */
    title = g_strdup_printf (_("“%s” is now in the %s"), op->label,
                             kring_map_page_ring_name (self, op->ring));
  toast = adw_toast_new (title);
  /* Undo is for the latest move only: its toast replaces any older one
   * at once instead of waiting in line behind it. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (!op->is_undo && previous != op->ring && !(op->ring < 0 && previous < 0))
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "map.undo");
    }
  return toast;
}

static void
remember_undo (KringMapPage *self, MoveOp *op, int previous)
{
  KringMapPageUndo *undo;

  g_clear_pointer (&self->undo, kring_map_page_undo_free);
  if (op->is_undo || previous == op->ring)
    return;
  undo = g_new0 (KringMapPageUndo, 1);
  undo->table = g_strdup (op->table);
  undo->id = g_strdup (op->id);
  undo->label = g_strdup (op->label);
  undo->ring = previous;
  self->undo = undo;
}

/* The move is saved whether or not the map could be re-read. */
static void
on_reloaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;

  g_task_return_boolean (task, TRUE);
}

static void
on_placed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringMapPage *self = g_task_get_source_object (task);
  MoveOp *op = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  int previous = -1;

  if (!kring_store_map_place_finish (KRING_STORE (source), result, &previous, &error))
    {
      title = g_strdup_printf (_("The move could not be saved: %s"), error->message);
      kring_map_page_toast (self, adw_toast_new (title));
      /* Put the node back where the store says it is. */
      kring_map_page_load_graph (self, TRUE, NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  toast = move_toast (self, op, previous);
  remember_undo (self, op, previous);
  kring_map_page_toast (self, toast);
  kring_map_page_update_actions (self);
  kring_map_page_load_graph (self, TRUE, on_reloaded, g_steal_pointer (&task));
}

static void
move_node (KringMapPage *self, const char *table, const char *id, const char *label, int ring,
           gboolean is_undo, GTask *task)
{
  MoveOp *op = g_new0 (MoveOp, 1);

  op->table = g_strdup (table);
  op->id = g_strdup (id);
  op->label = g_strdup (label);
  op->ring = ring;
  op->is_undo = is_undo;
  g_task_set_task_data (task, op, (GDestroyNotify) move_op_free);
  /* A write is never cancelled: the page may be gone when it lands. */
  kring_store_map_place_async (self->store, self->team_id, table, id, ring, NULL, on_placed,
                               task);
}

void
kring_map_page_move_node_async (KringMapPage *self, const char *id, int ring,
                                GCancellable *cancellable, GAsyncReadyCallback callback,
                                gpointer user_data)
{
  GTask *task;
  const KringMapNode *node;

  g_return_if_fail (KRING_IS_MAP_PAGE (self));
  g_return_if_fail (id != NULL && ring >= -1 && ring < KRING_MAP_N_RINGS);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_map_page_move_node_async);
  node = kring_map_page_find_node (self, id);
  if (self->store == NULL || node == NULL || node->kind != KRING_MAP_NODE_PARTNER)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("Only partners on the map can be moved"));
      g_object_unref (task);
      return;
    }
  move_node (self, node->table, node->id, node->label, ring, FALSE, task);
}

gboolean
kring_map_page_move_node_finish (KringMapPage *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
kring_map_page_on_node_moved (KringMapPage *self, const char *id, int old_ring, int new_ring)
{
  if (old_ring != new_ring)
    kring_map_page_move_node_async (self, id, new_ring, NULL, NULL, NULL);
}

void
kring_map_page_on_node_removed (KringMapPage *self, const char *id)
{
  kring_map_page_move_node_async (self, id, -1, NULL, NULL, NULL);
}

static void
undo_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringMapPage *self = KRING_MAP_PAGE (widget);
  g_autoptr (KringMapPageUndo) undo = g_steal_pointer (&self->undo);

  kring_map_page_update_actions (self);
  if (undo == NULL || self->store == NULL)
    return;
  move_node (self, undo->table, undo->id, undo->label, undo->ring, TRUE,
             g_task_new (self, NULL, NULL, NULL));
}

static void
remove_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringMapPage *self = KRING_MAP_PAGE (widget);
  const char *id = kring_map_panel_get_id (self->panel);

  if (id != NULL)
    kring_map_page_move_node_async (self, id, -1, NULL, NULL, NULL);
}

/* Navigation and view */

static void
open_directory_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringMapPage *self = KRING_MAP_PAGE (widget);
  const KringMapNode *node = kring_map_page_find_node (self,
                                                       kring_map_panel_get_id (self->panel));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *directory;

  if (node == NULL || node->table == NULL || !KRING_IS_WINDOW (root))
    return;
  directory = kring_window_get_view (KRING_WINDOW (root), "directory");
  kring_window_set_visible_view_name (KRING_WINDOW (root), "directory");
  if (KRING_IS_DIRECTORY_PAGE (directory))
    kring_directory_page_show_record (KRING_DIRECTORY_PAGE (directory), node->table, node->id);
}

static void
zoom_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringMapView *view = KRING_MAP_PAGE (widget)->view;

  if (g_str_equal (action, "map.zoom-in"))
    kring_map_view_zoom_in (view);
  else if (g_str_equal (action, "map.zoom-out"))
    kring_map_view_zoom_out (view);
  else
    kring_map_view_zoom_fit (view);
}

static void
focus_search_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (KRING_MAP_PAGE (widget)->search_entry));
}

static void
close_panel_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringMapPage *self = KRING_MAP_PAGE (widget);
  g_autofree char *id = g_strdup (kring_map_panel_get_id (self->panel));

  gtk_revealer_set_reveal_child (self->side, FALSE);
  /* Back to the node the panel showed, for keyboard users. */
  if (id != NULL)
    kring_map_view_select (self->view, id, TRUE);
}

static void
reload_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kring_map_page_reload (KRING_MAP_PAGE (widget));
}

static void
export_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kring_map_page_export (KRING_MAP_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
print_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kring_map_page_print (KRING_MAP_PAGE (widget));
}

/* Versions */

static void
on_version_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringMapPage *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  g_autofree char *id = kring_store_map_snapshot_finish (KRING_STORE (source), result, &error);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (id == NULL)
    {
      title = g_strdup_printf (_("The version could not be saved: %s"), error->message);
      kring_map_page_toast (self, adw_toast_new (title));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  toast = adw_toast_new (_("Version saved"));
  adw_toast_set_button_label (toast, _("_Compare"));
  adw_toast_set_action_name (toast, "map.versions");
  kring_map_page_toast (self, toast);
  g_task_return_pointer (task, g_steal_pointer (&id), g_free);
}

void
kring_map_page_save_version_async (KringMapPage *self, const char *title,
                                   GCancellable *cancellable, GAsyncReadyCallback callback,
                                   gpointer user_data)
{
  GTask *task;

  g_return_if_fail (KRING_IS_MAP_PAGE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_map_page_save_version_async);
  if (!self->loaded || self->store == NULL || self->team_id == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               _("There is no map to save"));
      g_object_unref (task);
      return;
    }
  kring_store_map_snapshot_async (self->store, self->team_id,
                                  kring_map_view_get_graph (self->view),
                                  title != NULL && *title != '\0' ? title : NULL, NULL,
                                  on_version_saved, task);
}

char *
kring_map_page_save_version_finish (KringMapPage *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_version_response (AdwMessageDialog *dialog, const char *response, KringMapPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "kring-entry");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "save"))
    kring_map_page_save_version_async (self, title, NULL, NULL, NULL);
}

static void
save_version_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Save a Version of the Map?"),
                                              _("A saved version stays as it is, so that you can later see what changed. A title helps to find it back, for example the date of a team meeting."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Title (optional)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save Version"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "kring-entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_version_response), widget, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

GtkWidget *
kring_map_page_open_versions (KringMapPage *self)
{
  GtkRoot *root;
  KringMapCompare *compare;

  g_return_val_if_fail (KRING_IS_MAP_PAGE (self), NULL);

  if (!self->loaded || self->store == NULL || self->team_id == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  compare = kring_map_compare_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                   self->team_id, kring_map_view_get_graph (self->view));
  gtk_window_present (GTK_WINDOW (compare));
  return GTK_WIDGET (compare);
}

static void
versions_activated (GtkWidget *widget, const char *action, GVariant *parameter)
{
  kring_map_page_open_versions (KRING_MAP_PAGE (widget));
}

static void
add_shortcuts (GtkWidgetClass *widget_class)
{
  const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_f, GDK_CONTROL_MASK, "map.focus-search" },
    { GDK_KEY_plus, GDK_CONTROL_MASK, "map.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "map.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "map.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "map.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "map.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "map.zoom-fit" },
    { GDK_KEY_KP_0, GDK_CONTROL_MASK, "map.zoom-fit" },
    { GDK_KEY_s, GDK_CONTROL_MASK, "map.save-version" },
    { GDK_KEY_p, GDK_CONTROL_MASK, "map.print" },
    { GDK_KEY_Escape, 0, "map.close-panel" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].mods,
                                         keys[i].action, NULL);
}

void
kring_map_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "map.zoom-fit", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "map.focus-search", NULL,
                                   focus_search_activated);
  gtk_widget_class_install_action (widget_class, "map.close-panel", NULL,
                                   close_panel_activated);
  gtk_widget_class_install_action (widget_class, "map.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "map.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "map.remove-node", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "map.open-directory", NULL,
                                   open_directory_activated);
  gtk_widget_class_install_action (widget_class, "map.save-version", NULL,
                                   save_version_activated);
  gtk_widget_class_install_action (widget_class, "map.versions", NULL, versions_activated);
  gtk_widget_class_install_action (widget_class, "map.export", "s", export_activated);
  gtk_widget_class_install_action (widget_class, "map.print", NULL, print_activated);
  add_shortcuts (widget_class);
}
