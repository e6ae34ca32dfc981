/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-view.h"
#include "kring-households-page-private.h"
#include "kring-households-rows.h"
#include "kring-store-household.h"
#include "kring-summary.h"

/*
 * The right-hand side of the households view (the chosen household, its
 * status history and "Status wijzigen"), opening a household over the whole
 * page, and the "Mijn taken" view, whose "Ik ben" choice is remembered as
 * the user's team member for "Mine" and for the household forms.
 */

/* The status history */

static GtkWidget *
history_row (KringRecord *change)
{
  const char *status = kring_record_get_string (change, "status");
  g_autofree char *day = kring_households_format_day (kring_record_get_string (change,
                                                                               "changed_on"));
  const char *parts[] = { day, kring_record_get_string (change, "note") };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));

  return kring_summary_row_new (kring_households_status_title (status), subtitle);
}

static void
on_history_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdsPage) self = user_data;
  g_autoptr (GListModel) changes = kring_store_list_finish (KRING_STORE (source), result, NULL);

  if (changes == NULL || self->store == NULL)
    return;
  kring_summary_clear (GTK_WIDGET (self->history_list));
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (KringRecord) change = g_list_model_get_item (changes, i);

      gtk_list_box_append (self->history_list, history_row (change));
    }
  if (g_list_model_get_n_items (changes) == 0)
    gtk_list_box_append (self->history_list,
                         kring_summary_row_new (_("No steps recorded yet"), NULL));
}

void
kring_households_page_show_detail (KringHouseholdsPage *self, KringRecord *household)
{
  const char *status = kring_record_get_string (household, "status");
  const char *regisseur = kring_record_get_string (household, "regisseur_name");
  g_autofree char *lead = regisseur != NULL ? g_strdup_printf (_("Regisseur %s"), regisseur)
                                            : g_strdup (_("No regisseur yet"));
  const char *parts[] = { kring_record_get_string (household, "neighbourhood_name"), lead };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));

  g_free (self->detail_id);
  self->detail_id = g_strdup (kring_record_get_id (household));
  gtk_label_set_text (self->detail_title, kring_record_get_string (household, "label"));
  gtk_label_set_text (self->detail_subtitle, subtitle);
  kring_households_set_status_pill (self->detail_status, status);
  kring_households_fill_status_menu (self->status_menu, status, "households.set-status");
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  g_cancellable_cancel (self->detail_cancellable);
  g_clear_object (&self->detail_cancellable);
  self->detail_cancellable = g_cancellable_new ();
  kring_store_list_async (self->store, "household_status_changes", "household_id",
                          self->detail_id, "changed_on", self->detail_cancellable,
                          on_history_done, g_object_ref (self));
}

void
kring_households_page_clear_detail (KringHouseholdsPage *self)
{
  g_cancellable_cancel (self->detail_cancellable);
  g_clear_object (&self->detail_cancellable);
  g_clear_pointer (&self->detail_id, g_free);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_label_set_text (self->detail_title, "");
  gtk_label_set_text (self->detail_subtitle, "");
  gtk_label_set_text (self->detail_status, "");
  g_menu_remove_all (self->status_menu);
  kring_summary_clear (GTK_WIDGET (self->history_list));
  gtk_stack_set_visible_child_name (self->detail_stack, "none");
}

/* Changing the status */

static void
on_status_set (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdsPage) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_household_set_status_finish (KRING_STORE (source), result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The status could not be changed: %s"),
                                               error->message);

      if (self->store != NULL)
        kring_households_page_toast (self, text);
      return;
    }
  if (self->store == NULL)
    return;
  kring_households_page_toast (self, _("Status changed"));
  /* The household may now fall outside the filters; then the side clears. */
  kring_households_page_run_query (self);
  kring_households_page_load_tasks (self);
}

static void
set_status (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdsPage *self = KRING_HOUSEHOLDS_PAGE (widget);
  int status = kring_household_status_parse (g_variant_get_string (parameter, NULL));

  if (self->store == NULL || self->detail_id == NULL || status < 0)
    return;
  /* A write is never cancelled, so no cancellable. */
  kring_store_household_set_status_async (self->store, self->detail_id, status, NULL, NULL,
                                          kring_household_view_actor_name (), NULL, on_status_set,
                                          g_object_ref (self));
}

/* Mijn taken */

/* Opening a household */

void
kring_households_page_open_household (KringHouseholdsPage *self, const char *household_id)
{
  gboolean open = household_id != NULL && self->store != NULL;

  g_return_if_fail (KRING_IS_HOUSEHOLDS_PAGE (self));
  kring_household_view_open (self->household_view, open ? self->store : NULL, household_id);
  gtk_stack_set_visible_child_name (self->stack, open ? "household" : "content");
  if (!open && g_list_model_get_n_items (G_LIST_MODEL (self->households)) == 0
      && self->store != NULL)
    kring_households_page_reload (self);
}

/* Who the user is */

static void
remember_me (KringHouseholdsPage *self, const char *member_id)
{
  g_free (self->me);
  self->me = g_strdup (member_id);
  gtk_widget_set_sensitive (GTK_WIDGET (self->mine_toggle), self->me != NULL);
  kring_household_view_set_current_member (member_id);
}

static void
select_me (KringHouseholdsPage *self)
{
  g_autofree char *me = kring_household_view_current_member ();

  for (guint i = 0; me != NULL && i < self->task_member_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->task_member_ids, i), me) == 0)
      {
        gtk_drop_down_set_selected (self->member_drop, i);
        g_free (self->me);
        self->me = g_steal_pointer (&me);
        break;
      }
  gtk_widget_set_sensitive (GTK_WIDGET (self->mine_toggle), self->me != NULL);
}

void
kring_households_page_fill_members (KringHouseholdsPage *self, GListModel *members)
{
  gboolean filling = self->filling;

  self->filling = TRUE;
  kring_households_page_fill_drop_down (self->member_drop, self->task_member_ids, NULL,
                                        members, NULL);
  g_clear_pointer (&self->me, g_free);
  select_me (self);
  self->filling = filling;
  kring_households_page_load_tasks (self);
}

static void
on_tasks_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdsPage) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) tasks = kring_store_tasks_finish (KRING_STORE (source), result, &error);
  guint n, overdue = 0;
  g_autofree char *text = NULL;

  if (tasks == NULL || self->store == NULL)
    {
      if (tasks == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kring_households_page_toast (self, _("The tasks could not be read"));
      return;
    }
  n = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) task = g_list_model_get_item (tasks, i);

      overdue += kring_record_get_int (task, "overdue", 0) != 0;
    }
  g_list_store_remove_all (self->tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) task = g_list_model_get_item (tasks, i);

      g_list_store_append (self->tasks, task);
    }
  text = g_strdup_printf (ngettext ("%u open action, %u overdue", "%u open actions, %u overdue",
                                    n), n, overdue);
  gtk_label_set_text (self->tasks_count, text);
  gtk_stack_set_visible_child_name (self->tasks_stack, n > 0 ? "list" : "none");
}

void
kring_households_page_load_tasks (KringHouseholdsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->member_drop);

  g_cancellable_cancel (self->tasks_cancellable);
  g_clear_object (&self->tasks_cancellable);
  if (self->store == NULL || self->filling || selected >= self->task_member_ids->len)
    {
      g_list_store_remove_all (self->tasks);
      gtk_label_set_text (self->tasks_count, "");
      gtk_stack_set_visible_child_name (self->tasks_stack, "none");
      return;
    }
  self->tasks_cancellable = g_cancellable_new ();
  kring_store_tasks_async (self->store, g_ptr_array_index (self->task_member_ids, selected),
                           self->tasks_cancellable, on_tasks_done, g_object_ref (self));
}

/* Choosing oneself in "Mijn taken" is remembered: it is who the user is. */
static void
on_member_changed (KringHouseholdsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->member_drop);

  if (!self->filling && selected < self->task_member_ids->len)
    remember_me (self, g_ptr_array_index (self->task_member_ids, selected));
  kring_households_page_load_tasks (self);
}

void
kring_households_page_detail_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_member_changed);
  gtk_widget_class_install_action (widget_class, "households.set-status", "s", set_status);
}
