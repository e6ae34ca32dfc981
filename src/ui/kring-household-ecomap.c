/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-ecomap-private.h"
#include "kring-household-view.h"
#include "kring-map-render.h"
#include "kring-map-view.h"
#include "kring-summary.h"

/*
 * The ecogram tab: the household's own network on the map widget, a side
 * panel for the chosen person, and the legend of ties. The graph comes from
 * the store (kring_store_household_ecomap_async), read again for every
 * context the view hands over, since every change gives a new context.
 */

struct _KringHouseholdEcomap
{
  AdwBin                 parent_instance;

  GtkStack              *stack;
  AdwStatusPage         *error_page;
  KringMapView          *map_view;
  GtkBox                *legend;
  GtkStack              *panel_stack;
  GtkLabel              *person_name;
  GtkLabel              *person_relation;
  GtkListBox            *person_rows;
  GtkLabel              *person_note;
  GtkWidget             *person_buttons;

  KringHouseholdContext *context;
  GCancellable          *cancellable;
  char                  *shown_household;  /* whose graph is on the map (keeps the zoom) */
};

G_DEFINE_FINAL_TYPE (KringHouseholdEcomap, kring_household_ecomap, ADW_TYPE_BIN)

/* The row behind the selected node: a network person or a professional. */
static KringRecord *
selected_record (KringHouseholdEcomap *self)
{
  const char *id = kring_map_view_get_selected (self->map_view);
  KringRecord *record;

  if (self->context == NULL || id == NULL)
    return NULL;
  record = kring_household_context_find (self->context, "network_persons", id);
  if (record == NULL)
    record = kring_household_context_find (self->context, "household_professionals", id);
  return record;
}

static gboolean
is_person (KringRecord *record)
{
  return record != NULL && g_strcmp0 (kring_record_get_table (record), "network_persons") == 0;
}

static void
update_actions (KringHouseholdEcomap *self)
{
  gboolean loaded = self->context != NULL && kring_map_view_get_graph (self->map_view) != NULL;
  gboolean person = is_person (selected_record (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ecomap.add-person", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ecomap.save-version", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ecomap.versions", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ecomap.edit-person", person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ecomap.remove-person", person);
}

/* Side panel */

static void
add_fact (KringHouseholdEcomap *self, const char *title, const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  gtk_list_box_append (self->person_rows, kring_summary_row_new (value, title));
}

static void
show_person (KringHouseholdEcomap *self, KringRecord *person)
{
  const char *contact_id = kring_record_get_string (person, "contact_id");
  g_autofree char *support = kring_ecomap_support_text (person);
  g_autofree char *contact = contact_id != NULL
    ? kring_household_context_name (self->context, "contacts", contact_id) : NULL;

  gtk_label_set_text (self->person_name, kring_record_get_string (person, "name"));
  add_fact (self, _("Ring"), kring_ecomap_ring_title (kring_record_get_string (person, "ring")));
  add_fact (self, _("Tie"), kring_ecomap_tie_title (kring_record_get_string (person, "tie")));
  add_fact (self, _("Support"), support != NULL ? support : _("None recorded"));
  add_fact (self, _("Direction of support"),
            kring_ecomap_direction_title (kring_record_get_string (person, "direction")));
  add_fact (self, _("Contact in the sociale kaart"), contact);
  add_fact (self, _("Notes"), kring_record_get_string (person, "notes"));
  gtk_widget_set_visible (self->person_buttons, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->person_note), FALSE);
}

/* Professionals are kept under "Betrokken professionals"; here they are
 * shown, not edited, and stay in their ring. */
static void
show_professional (KringHouseholdEcomap *self, const KringMapNode *node)
{
  gtk_label_set_text (self->person_name, node->label);
  add_fact (self, _("Ring"), kring_ecomap_ring_title ("professional"));
  gtk_label_set_text (self->person_note,
                      _("A professional involved with the household. Change or end the "
                        "involvement on the Overview tab; professionals stay in their ring "
                        "and cannot be moved on the ecogram."));
  gtk_widget_set_visible (GTK_WIDGET (self->person_note), TRUE);
  gtk_widget_set_visible (self->person_buttons, FALSE);
}

static const KringMapNode *
selected_node (KringHouseholdEcomap *self)
{
  const KringMapGraph *graph = kring_map_view_get_graph (self->map_view);
  const char *id = kring_map_view_get_selected (self->map_view);
  int index = graph != NULL && id != NULL ? kring_map_graph_find (graph, id) : -1;

  return index >= 0 ? g_ptr_array_index (graph->nodes, index) : NULL;
}

static void
update_panel (KringHouseholdEcomap *self)
{
  const KringMapNode *node = selected_node (self);
  KringRecord *record = selected_record (self);

  kring_summary_clear (GTK_WIDGET (self->person_rows));
  if (node == NULL || node->table == NULL)
    gtk_stack_set_visible_child_name (self->panel_stack, "none");
  else
    {
      gtk_label_set_text (self->person_relation, node->detail != NULL ? node->detail : "");
      gtk_widget_set_visible (GTK_WIDGET (self->person_relation), node->detail != NULL);
      if (is_person (record))
        show_person (self, record);
      else
        show_professional (self, node);
      gtk_stack_set_visible_child_name (self->panel_stack, "person");
    }
  update_actions (self);
}

static void
on_selection_changed (KringHouseholdEcomap *self)
{
  update_panel (self);
}

static void
on_node_activated (KringHouseholdEcomap *self, const char *id)
{
  kring_map_view_select (self->map_view, id, FALSE);
  update_panel (self);
}

/* Moving between rings */

static const char *
ring_id (int ring)
{
  const char *ids[] = { "close", "wider", "professional" };

  return ring >= 0 && ring < (int) G_N_ELEMENTS (ids) ? ids[ring] : NULL;
}

typedef struct
{
  KringHouseholdContext *context;
  KringRecord           *before;
} MoveUndo;

static void
move_undo_free (gpointer data, GClosure *closure)
{
  MoveUndo *undo = data;

  kring_household_context_unref (undo->context);
  g_object_unref (undo->before);
  g_free (undo);
}

static void
on_move_undo (AdwToast *toast, MoveUndo *undo)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, kring_record_copy (undo->before));
  kring_household_context_save (undo->context, records, NULL, NULL, NULL);
}

/* "Oma Truus staat nu bij Verder weg", with Undo (on the view, when there is one). */
static void
toast_moved (KringHouseholdEcomap *self, KringRecord *before, const char *ring)
{
  g_autofree char *title = g_strdup_printf (_("%s is now in “%s”"),
                                            kring_record_get_string (before, "name"),
                                            kring_ecomap_ring_title (ring));
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast;
  MoveUndo *undo;

  if (self->context->view == NULL || !KRING_IS_HOUSEHOLD_VIEW (self->context->view))
    return;
  /* Toast titles are markup; a name may hold an "&". */
  toast = adw_toast_new (escaped);
  undo = g_new0 (MoveUndo, 1);
  undo->context = kring_household_context_ref (self->context);
  undo->before = kring_record_copy (before);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_move_undo), undo,
                         move_undo_free, 0);
  kring_household_view_toast (KRING_HOUSEHOLD_VIEW (self->context->view), toast);
}

/* A person of the network dragged to another ring keeps it, with Undo;
 * the map widget lets no professional be dragged. */
static void
on_node_moved (KringHouseholdEcomap *self, const char *id, int old_ring, int new_ring)
{
  KringRecord *person = self->context != NULL
    ? kring_household_context_find (self->context, "network_persons", id) : NULL;
  g_autoptr (GPtrArray) records = NULL;
  KringRecord *moved;

  if (self->context == NULL)
    return;
  if (person == NULL || ring_id (new_ring) == NULL)
    {
      kring_household_context_toast (self->context,
                                     _("Professionals stay in their ring on the ecogram."));
      return;
    }
  records = g_ptr_array_new_with_free_func (g_object_unref);
  moved = kring_record_copy (person);
  kring_record_set_string (moved, "ring", ring_id (new_ring));
  g_ptr_array_add (records, moved);
  kring_household_context_save (self->context, records, NULL, NULL, NULL);
  toast_moved (self, person, ring_id (new_ring));
}

/* Delete on a person of the network removes it, with Undo. */
static void
on_node_removed (KringHouseholdEcomap *self, const char *id)
{
  KringRecord *person = self->context != NULL
    ? kring_household_context_find (self->context, "network_persons", id) : NULL;

  if (person == NULL)
    return;
  kring_map_view_select (self->map_view, NULL, FALSE);
  kring_household_context_remove (self->context, person, kring_record_get_string (person,
                                                                                  "name"));
}

/* Loading the graph */

static void
show_graph (KringHouseholdEcomap *self, KringMapGraph *graph)
{
  g_autofree char *selected = g_strdup (kring_map_view_get_selected (self->map_view));
  gboolean same = g_strcmp0 (self->shown_household, self->context->household_id) == 0;

  kring_map_view_set_graph (self->map_view, graph, same);
  g_free (self->shown_household);
  self->shown_household = g_strdup (self->context->household_id);
  if (selected != NULL && same && kring_map_graph_find (graph, selected) >= 0)
    kring_map_view_select (self->map_view, selected, FALSE);
  gtk_stack_set_visible_child_name (self->stack, graph->nodes->len > 0 ? "content" : "empty");
  update_panel (self);
}

static void
on_ecomap_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringMapGraph) graph = kring_store_household_ecomap_finish (KRING_STORE (source),
                                                                         result, &error);
  KringHouseholdEcomap *self = user_data;

  if (graph == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (graph == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  show_graph (self, graph);
}

static void
load_graph (KringHouseholdEcomap *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  if (g_strcmp0 (self->shown_household, self->context->household_id) != 0)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  kring_store_household_ecomap_async (self->context->store, self->context->household_id,
                                      self->cancellable, on_ecomap_loaded, self);
}

/* Actions */

static void
add_person_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (widget);

  if (self->context != NULL)
    kring_ecomap_person_form (self->context, NULL);
}

static void
edit_person_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (widget);
  KringRecord *person = selected_record (self);

  if (is_person (person))
    kring_ecomap_person_form (self->context, person);
}

static void
remove_person_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (widget);
  KringRecord *person = selected_record (self);

  if (!is_person (person))
    return;
  kring_map_view_select (self->map_view, NULL, FALSE);
  kring_household_context_remove (self->context, person, kring_record_get_string (person,
                                                                                  "name"));
}

static void
save_version_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (widget);
  const KringMapGraph *graph = kring_map_view_get_graph (self->map_view);

  if (self->context != NULL && graph != NULL)
    kring_ecomap_version_form (self->context, graph);
}

static void
versions_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (widget);
  const KringMapGraph *graph = kring_map_view_get_graph (self->map_view);

  if (self->context != NULL && graph != NULL)
    kring_ecomap_versions_show (self->context, graph);
}

static void
zoom_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (widget);

  if (g_str_equal (name, "ecomap.zoom-in"))
    kring_map_view_zoom_in (self->map_view);
  else if (g_str_equal (name, "ecomap.zoom-out"))
    kring_map_view_zoom_out (self->map_view);
  else
    kring_map_view_zoom_fit (self->map_view);
}

/* Legend: a sample line per tie, drawn as the map draws it. */

static void
draw_tie_sample (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  KringMapQuality quality = { .known = TRUE, .tie = GPOINTER_TO_INT (data),
                              .months_since_contact = -1 };
  KringMapPalette palette;
  KringMapTieStyle style;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    kring_map_palette_init_dark (&palette);
  else
    kring_map_palette_init_light (&palette);
  kring_map_tie_style (&quality, &palette, &style);
  cairo_set_source_rgba (cr, style.color.red, style.color.green, style.color.blue,
                         style.color.alpha);
  cairo_set_line_width (cr, MAX (style.width * 0.8, 1.5));
  if (style.dashes != NULL)
    {
      double dashes[2] = { style.dashes[0] * 1.5, style.dashes[1] * 1.5 };

      cairo_set_dash (cr, dashes, 2, 0);
    }
  cairo_move_to (cr, 0, height / 2.0);
  cairo_line_to (cr, width, height / 2.0);
  cairo_stroke (cr);
}

static void
add_legend_item (GtkBox *legend, KringMapTie tie, const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 32);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 12);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_tie_sample,
                                  GINT_TO_POINTER (tie), NULL);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (legend, box);
}

static void
build_legend (KringHouseholdEcomap *self)
{
  GtkWidget *support = gtk_label_new (_("Support: emotional, practical, informational, "
                                        "social — see the person on the right"));

  add_legend_item (self->legend, KRING_MAP_TIE_STRONG, _("Strong tie"));
  add_legend_item (self->legend, KRING_MAP_TIE_WEAK, _("Weak tie"));
  add_legend_item (self->legend, KRING_MAP_TIE_STRESSFUL, _("Stressful tie"));
  gtk_widget_add_css_class (support, "caption");
  gtk_widget_add_css_class (support, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (support), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (support, TRUE);
  gtk_label_set_xalign (GTK_LABEL (support), 1);
  gtk_box_append (self->legend, support);
}

/* Life cycle */

static void
kring_household_ecomap_dispose (GObject *object)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->context, kring_household_context_unref);
  g_clear_pointer (&self->shown_household, g_free);
  G_OBJECT_CLASS (kring_household_ecomap_parent_class)->dispose (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ecomap.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "ecomap.edit-person", NULL, edit_person_action);
  gtk_widget_class_install_action (widget_class, "ecomap.remove-person", NULL,
                                   remove_person_action);
  gtk_widget_class_install_action (widget_class, "ecomap.save-version", NULL,
                                   save_version_action);
  gtk_widget_class_install_action (widget_class, "ecomap.versions", NULL, versions_action);
  gtk_widget_class_install_action (widget_class, "ecomap.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "ecomap.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "ecomap.zoom-fit", NULL, zoom_action);
}

static void
kring_household_ecomap_class_init (KringHouseholdEcomapClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kring_household_ecomap_dispose;
  g_type_ensure (KRING_TYPE_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/"
                                               "kring-household-ecomap.ui");
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, stack);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, error_page);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, map_view);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, legend);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, person_name);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, person_relation);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, person_rows);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, person_note);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdEcomap, person_buttons);
  gtk_widget_class_bind_template_callback (widget_class, on_node_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_node_moved);
  gtk_widget_class_bind_template_callback (widget_class, on_node_removed);
  install_actions (widget_class);
}

static void
kring_household_ecomap_init (KringHouseholdEcomap *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_legend (self);
  update_actions (self);
}

GtkWidget *
kring_household_ecomap_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_ECOMAP, NULL);
}

void
kring_household_ecomap_set_context (KringHouseholdEcomap *self, KringHouseholdContext *context)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_ECOMAP (self));

  if (context != NULL)
    kring_household_context_ref (context);
  g_clear_pointer (&self->context, kring_household_context_unref);
  self->context = context;
  if (context != NULL)
    {
      load_graph (self);
      return;
    }
  g_cancellable_cancel (self->cancellable);
  kring_map_view_set_graph (self->map_view, NULL, FALSE);
  g_clear_pointer (&self->shown_household, g_free);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_panel (self);
}
