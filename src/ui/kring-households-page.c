/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-editor.h"
#include "kring-households-page-private.h"
#include "kring-households-rows.h"
#include "kring-store-household.h"

G_DEFINE_FINAL_TYPE (KringHouseholdsPage, kring_households_page, ADW_TYPE_BIN)

void
kring_households_page_toast (KringHouseholdsPage *self, const char *title)
{
  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (title));
}

/* Rows */

static void
on_setup_household (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_list_item_set_child (item, kring_households_row_new ());
}

static void
on_bind_household (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  kring_households_row_set (gtk_list_item_get_child (item), gtk_list_item_get_item (item));
}

static void
on_setup_task (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  gtk_list_item_set_child (item, kring_households_task_row_new ());
  gtk_list_item_set_activatable (item, FALSE);
}

static void
on_bind_task (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  kring_households_task_row_set (gtk_list_item_get_child (item), gtk_list_item_get_item (item));
}

/* Querying */

static void
replace_items (GListStore *store, GListModel *items)
{
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;
  g_autofree gpointer *array = g_new0 (gpointer, n + 1);

  for (guint i = 0; i < n; i++)
    array[i] = g_list_model_get_item (items, i);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), array, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (array[i]);
}

static gboolean
filters_active (KringHouseholdsPage *self)
{
  return gtk_drop_down_get_selected (self->status_drop) > 0
         || gtk_drop_down_get_selected (self->regisseur_drop) > 0
         || gtk_drop_down_get_selected (self->buurt_drop) > 0
         || gtk_drop_down_get_selected (self->domain_drop) > 0
         || gtk_toggle_button_get_active (self->mine_toggle)
         || gtk_switch_get_active (self->closed_switch);
}

static const char *
selected_id (GtkDropDown *drop_down, GPtrArray *ids)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return ids != NULL && selected < ids->len ? g_ptr_array_index (ids, selected) : NULL;
}

/* The search text and filters as they are on screen now. */
static KringHouseholdFilter *
current_filter (KringHouseholdsPage *self)
{
  KringHouseholdFilter *filter = kring_household_filter_new ();
  guint status = gtk_drop_down_get_selected (self->status_drop);

  filter->text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  /* "Mine" is the user as regisseur, whatever the regisseur drop-down says. */
  filter->regisseur_id = g_strdup (gtk_toggle_button_get_active (self->mine_toggle) && self->me
                                     ? self->me
                                     : selected_id (self->regisseur_drop, self->member_ids));
  filter->neighbourhood_id = g_strdup (selected_id (self->buurt_drop, self->buurt_ids));
  filter->domain_term_id = g_strdup (selected_id (self->domain_drop, self->domain_ids));
  /* Item 0 is "all"; the others follow KringHouseholdStatus. */
  filter->status = status > 0 && status != GTK_INVALID_LIST_POSITION ? (int) status - 1 : -1;
  /* Choosing "Afgesloten" itself shows the closed ones without the switch. */
  filter->open_only = !gtk_switch_get_active (self->closed_switch)
                      && filter->status != KRING_HOUSEHOLD_AFGESLOTEN;
  return filter;
}

/* Keeps the household on the right in view while the list is redone. */
static void
reselect (KringHouseholdsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->households));

  for (guint i = 0; self->detail_id != NULL && i < n; i++)
    {
      g_autoptr (KringRecord) household = g_list_model_get_item (G_LIST_MODEL (self->households),
                                                                 i);

      if (g_strcmp0 (kring_record_get_id (household), self->detail_id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          kring_households_page_show_detail (self, household);
          return;
        }
    }
  kring_households_page_clear_detail (self);
}

/* The list behind an open household is refreshed without taking its place. */
static void
show_list (KringHouseholdsPage *self, const char *state)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "household") != 0)
    gtk_stack_set_visible_child_name (self->stack, state);
}

static void
show_households (KringHouseholdsPage *self, GListModel *households)
{
  guint n = g_list_model_get_n_items (households);
  g_autofree char *text = g_strdup_printf (ngettext ("%u household", "%u households", n), n);

  replace_items (self->households, households);
  gtk_label_set_text (self->count, text);
  gtk_stack_set_visible_child_name (self->results_stack, n > 0 ? "list" : "none");
  show_list (self, "content");
  reselect (self);
}

static void
on_query_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdsPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) households = kring_store_households_finish (KRING_STORE (source), result,
                                                                     &error);

  if (households == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->store != NULL)
        kring_households_page_toast (self, _("The households could not be read"));
      return;
    }
  if (self->store != NULL)
    show_households (self, households);
}

void
kring_households_page_run_query (KringHouseholdsPage *self)
{
  g_autoptr (KringHouseholdFilter) filter = NULL;

  /* Drop-downs being refilled change nothing the running query asked. */
  if (self->filling)
    return;
  /* Every keystroke or filter change cancels the query before it. */
  g_cancellable_cancel (self->query_cancellable);
  g_clear_object (&self->query_cancellable);
  gtk_widget_set_sensitive (self->clear_button, filters_active (self));
  if (self->store == NULL)
    return;
  filter = current_filter (self);
  self->query_cancellable = g_cancellable_new ();
  kring_store_households_async (self->store, filter, self->query_cancellable, on_query_done,
                                g_object_ref (self));
}

static void
on_search_changed (KringHouseholdsPage *self)
{
  kring_households_page_run_query (self);
}

static void
on_filter_changed (KringHouseholdsPage *self)
{
  kring_households_page_run_query (self);
}

static void
on_search_activate (KringHouseholdsPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->households)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

static void
on_selected (KringHouseholdsPage *self)
{
  KringRecord *household = gtk_single_selection_get_selected_item (self->selection);

  if (household != NULL)
    kring_households_page_show_detail (self, household);
}

static void
on_household_activated (KringHouseholdsPage *self, guint position)
{
  g_autoptr (KringRecord) household = g_list_model_get_item (G_LIST_MODEL (self->households),
                                                             position);

  if (household != NULL)
    kring_households_page_open_household (self, kring_record_get_id (household));
}

static void
on_household_closed (KringHouseholdsPage *self)
{
  kring_households_page_open_household (self, NULL);
}

/* A change in the household view shows in the list and the tasks at once. */
static void
on_household_changed (KringHouseholdsPage *self)
{
  if (self->store == NULL)
    return;
  kring_households_page_run_query (self);
  kring_households_page_load_tasks (self);
}

/* Loading the drop-downs */

/* Fills @drop_down with @all_label and the names of @records, keeping the
 * chosen id if it is still there; @ids gets the id of every item. */
void
kring_households_page_fill_drop_down (GtkDropDown *drop_down, GPtrArray *ids, const char *all_label,
                GListModel *records, const char *skip_kind)
{
  g_autofree char *chosen = g_strdup (selected_id (drop_down, ids));
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (ids, 0);
  if (all_label != NULL)
    {
      gtk_string_list_append (labels, all_label);
      g_ptr_array_add (ids, NULL);
    }
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (records, i);

      if (skip_kind != NULL && g_strcmp0 (kring_record_get_string (record, "kind"), skip_kind) == 0)
        continue;
      if (g_strcmp0 (kring_record_get_id (record), chosen) == 0)
        selected = ids->len;
      gtk_string_list_append (labels, kring_record_get_string (record, "name"));
      g_ptr_array_add (ids, g_strdup (kring_record_get_id (record)));
    }
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (drop_down, selected);
}

static void
on_domains_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdsPage) self = user_data;
  g_autoptr (GListModel) domains = kring_store_life_domains_finish (KRING_STORE (source), result,
                                                                    NULL);

  if (domains == NULL || self->store == NULL)
    return;
  self->filling = TRUE;
  kring_households_page_fill_drop_down (self->domain_drop, self->domain_ids,
                                        _("All life domains"), domains, NULL);
  self->filling = FALSE;
}

static void
on_load_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdsPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = kring_store_list_many_finish (KRING_STORE (source), result, &error);

  if (lists == NULL || self->store == NULL)
    {
      if (lists == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kring_households_page_toast (self, _("The households could not be read"));
      return;
    }
  self->filling = TRUE;
  kring_households_page_fill_drop_down (self->regisseur_drop, self->member_ids, _("All regisseurs"),
                  g_ptr_array_index (lists, 0), NULL);
  kring_households_page_fill_drop_down (self->buurt_drop, self->buurt_ids, _("All neighbourhoods"),
                                        g_ptr_array_index (lists, 1), "gemeente");
  self->filling = FALSE;
  kring_households_page_fill_members (self, g_ptr_array_index (lists, 0));
  kring_store_life_domains_async (self->store, self->load_cancellable, on_domains_done,
                                  g_object_ref (self));
  if (g_list_model_get_n_items (g_ptr_array_index (lists, 2)) == 0)
    show_list (self, "empty");
  else
    kring_households_page_run_query (self);
}

static void
load (KringHouseholdsPage *self)
{
  static const KringStoreListQuery queries[] = {
    { "team_members", NULL, NULL, "name" },
    { "neighbourhoods", NULL, NULL, "name" },
    { "households", NULL, NULL, NULL },
  };

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->store == NULL)
    return;
  self->load_cancellable = g_cancellable_new ();
  kring_store_list_many_async (self->store, queries, G_N_ELEMENTS (queries),
                               self->load_cancellable, on_load_done, g_object_ref (self));
}

/* On lock nothing of the households may stay on screen or in memory. */
static void
drop_content (KringHouseholdsPage *self)
{
  GCancellable **cancellables[] = { &self->load_cancellable, &self->query_cancellable,
                                    &self->tasks_cancellable, &self->detail_cancellable };

  for (guint i = 0; i < G_N_ELEMENTS (cancellables); i++)
    {
      g_cancellable_cancel (*cancellables[i]);
      g_clear_object (cancellables[i]);
    }
  g_clear_pointer (&self->detail_id, g_free);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  kring_households_page_fill_drop_down (self->regisseur_drop, self->member_ids,
                                        _("All regisseurs"), NULL, NULL);
  kring_households_page_fill_drop_down (self->buurt_drop, self->buurt_ids,
                                        _("All neighbourhoods"), NULL, NULL);
  kring_households_page_fill_drop_down (self->domain_drop, self->domain_ids,
                                        _("All life domains"), NULL, NULL);
  gtk_toggle_button_set_active (self->mine_toggle, FALSE);
  kring_households_page_fill_members (self, NULL);
  kring_household_view_open (self->household_view, NULL, NULL);
  self->filling = FALSE;
  replace_items (self->households, NULL);
  replace_items (self->tasks, NULL);
  gtk_label_set_text (self->count, "");
  gtk_label_set_text (self->tasks_count, "");
  kring_households_page_clear_detail (self);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

/* Actions */

static void
clear_filters (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (widget);

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->status_drop, 0);
  gtk_drop_down_set_selected (self->regisseur_drop, 0);
  gtk_drop_down_set_selected (self->buurt_drop, 0);
  gtk_drop_down_set_selected (self->domain_drop, 0);
  gtk_toggle_button_set_active (self->mine_toggle, FALSE);
  gtk_switch_set_active (self->closed_switch, FALSE);
  self->filling = FALSE;
  kring_households_page_run_query (self);
}

static void
clear_all (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (widget);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->filling = FALSE;
  clear_filters (widget, action, parameter);
}

static void
focus_search (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (widget);

  kring_households_page_open_household (self, NULL);
  gtk_stack_set_visible_child_name (self->views, "households");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_household_saved (const char *household_id, gpointer user_data)
{
  g_autoptr (KringHouseholdsPage) self = user_data;

  if (self->store == NULL)
    return;
  load (self);
  kring_households_page_open_household (self, household_id);
}

static void
new_household (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store == NULL)
    return;
  kring_household_editor_show (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                               NULL, on_household_saved, g_object_ref (self));
}

static void
open_selected (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (widget);

  if (self->detail_id != NULL)
    kring_households_page_open_household (self, self->detail_id);
}

/* Setup */

static void
fill_statuses (KringHouseholdsPage *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _("All statuses"));
  for (int status = 0; status < KRING_HOUSEHOLD_N_STATUSES; status++)
    gtk_string_list_append (labels,
                            kring_households_status_title (kring_household_status_name (status)));
  gtk_drop_down_set_model (self->status_drop, G_LIST_MODEL (labels));
}

static void
kring_households_page_dispose (GObject *object)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (object);

  if (self->store != NULL)
    drop_content (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->member_ids, g_ptr_array_unref);
  g_clear_pointer (&self->buurt_ids, g_ptr_array_unref);
  g_clear_pointer (&self->domain_ids, g_ptr_array_unref);
  g_clear_pointer (&self->me, g_free);
  g_clear_pointer (&self->task_member_ids, g_ptr_array_unref);
  g_clear_pointer (&self->detail_id, g_free);
  G_OBJECT_CLASS (kring_households_page_parent_class)->dispose (object);
}

#define BIND_CHILD(name) \
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdsPage, name)

static void
bind_children (GtkWidgetClass *widget_class)
{
  BIND_CHILD (overlay); BIND_CHILD (stack); BIND_CHILD (views);
  BIND_CHILD (search_entry); BIND_CHILD (status_drop); BIND_CHILD (regisseur_drop);
  BIND_CHILD (buurt_drop); BIND_CHILD (domain_drop); BIND_CHILD (mine_toggle);
  BIND_CHILD (household_view); BIND_CHILD (closed_switch); BIND_CHILD (count);
  BIND_CHILD (clear_button); BIND_CHILD (results_stack); BIND_CHILD (selection);
  BIND_CHILD (households); BIND_CHILD (detail_stack); BIND_CHILD (detail_title);
  BIND_CHILD (detail_subtitle); BIND_CHILD (detail_status); BIND_CHILD (status_menu);
  BIND_CHILD (history_list); BIND_CHILD (member_drop); BIND_CHILD (tasks_count);
  BIND_CHILD (tasks_stack); BIND_CHILD (tasks);
}

static void
kring_households_page_class_init (KringHouseholdsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_households_page_dispose;
  g_type_ensure (KRING_TYPE_RECORD);
  g_type_ensure (KRING_TYPE_HOUSEHOLD_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-households-page.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_household);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_household);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_task);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_task);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_household_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_household_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_household_changed);
  gtk_widget_class_install_action (widget_class, "households.new", NULL, new_household);
  gtk_widget_class_install_action (widget_class, "households.open", NULL, open_selected);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "households.new", NULL);
  gtk_widget_class_install_action (widget_class, "households.clear-filters", NULL, clear_filters);
  gtk_widget_class_install_action (widget_class, "households.clear-all", NULL, clear_all);
  gtk_widget_class_install_action (widget_class, "households.focus-search", NULL, focus_search);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "households.focus-search", NULL);
  kring_households_page_detail_class_init (widget_class);
}

static void
kring_households_page_init (KringHouseholdsPage *self)
{
  self->member_ids = g_ptr_array_new_with_free_func (g_free);
  self->buurt_ids = g_ptr_array_new_with_free_func (g_free);
  self->domain_ids = g_ptr_array_new_with_free_func (g_free);
  self->task_member_ids = g_ptr_array_new_with_free_func (g_free);
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_statuses (self);
  self->filling = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

void
kring_households_page_set_store (KringHouseholdsPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_HOUSEHOLDS_PAGE (self));
  g_return_if_fail (store == NULL || KRING_IS_STORE (store));

  drop_content (self);
  g_set_object (&self->store, store);
  load (self);
}

void
kring_households_page_reload (KringHouseholdsPage *self)
{
  g_return_if_fail (KRING_IS_HOUSEHOLDS_PAGE (self));

  load (self);
}

KringHouseholdView *
kring_households_page_get_household_view (KringHouseholdsPage *self)
{
  g_return_val_if_fail (KRING_IS_HOUSEHOLDS_PAGE (self), NULL);
  return self->household_view;
}
