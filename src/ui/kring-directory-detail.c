/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-directory-detail.h"
#include "kring-glossary-links.h"
#include "kring-directory-row.h"
#include "kring-directory-sections.h"
#include "kring-record-editor.h"
#include "kring-store-directory.h"

struct _KringDirectoryDetail
{
  AdwBin        parent_instance;

  GtkStack     *stack;
  GtkScrolledWindow *scroller;
  GtkLabel     *kind;
  GtkLabel     *title;
  GtkLabel     *description;
  GtkBox       *freshness_box;
  GtkImage     *freshness_icon;
  GtkLabel     *freshness;
  GtkBox       *groups;

  KringStore   *store;
  GCancellable *cancellable;
  GHashTable   *detail;
  char         *table;
  char         *id;
  char         *organization_id;
  char         *team_id;
};

G_DEFINE_FINAL_TYPE (KringDirectoryDetail, kring_directory_detail, ADW_TYPE_BIN)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
toast (KringDirectoryDetail *self, const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

/* The record in focus: the organisation or one of its services. */
static KringRecord *
focus_record (KringDirectoryDetail *self)
{
  GListModel *rows;

  if (self->detail == NULL)
    return NULL;
  rows = g_hash_table_lookup (self->detail, self->table);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      KringRecord *record = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_id (record), self->id) == 0)
        return record;
      g_object_unref (record);
    }
  return NULL;
}

static int
stale_months (KringDirectoryDetail *self)
{
  GListModel *teams = g_hash_table_lookup (self->detail, "teams");
  g_autoptr (KringRecord) team = NULL;

  if (teams == NULL || g_list_model_get_n_items (teams) == 0)
    return KRING_DEFAULT_STALE_MONTHS;
  team = g_list_model_get_item (teams, 0);
  return (int) kring_record_get_int (team, "stale_after_months", KRING_DEFAULT_STALE_MONTHS);
}

static char *
freshness_text (KringRecord *record)
{
  g_autofree char *date = kring_directory_format_date (kring_record_get_string (record,
                                                                                "verified_on"));
  const char *by = kring_record_get_string (record, "verified_by");

  if (date == NULL)
    return g_strdup (_("Never checked"));
  if (by == NULL || *by == '\0')
    return g_strdup_printf (_("Checked on %s"), date);
  /* TRANSLATORS: "Checked on 3 March 2024 by Fatma Yıldız". */
  return g_strdup_printf (_("Checked on %s by %s"), date, by);
}

static void
fill_freshness (KringDirectoryDetail *self, KringRecord *record)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = freshness_text (record);
  gboolean stale = kring_directory_is_stale (kring_record_get_string (record, "verified_on"),
                                             stale_months (self), now);

  gtk_label_set_text (self->freshness, text);
  gtk_image_set_from_icon_name (self->freshness_icon, stale ? "alarm-symbolic"
                                                            : "emblem-ok-symbolic");
  if (stale)
    gtk_widget_add_css_class (GTK_WIDGET (self->freshness_box), "kring-stale");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->freshness_box), "kring-stale");
}

static void
fill_header (KringDirectoryDetail *self, KringRecord *focus, KringRecord *organisation)
{
  const char *description = kring_record_get_string (focus, "description");
  gboolean is_service = g_strcmp0 (self->table, "services") == 0;
  g_autofree char *kind = is_service
      ? g_strdup_printf (_("Service of %s"), kring_record_get_string (organisation, "name"))
      : g_strdup (_("Organisation"));

  gtk_label_set_text (self->kind, kind);
  gtk_label_set_text (self->title, kring_record_get_string (focus, "name"));
  kring_glossary_links_set_label (self->description, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description), description != NULL);
  fill_freshness (self, focus);
}

static void
clear_groups (KringDirectoryDetail *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
}

static void
add_group (KringDirectoryDetail *self, GtkWidget *group)
{
  if (group != NULL)
    gtk_box_append (self->groups, group);
}

static void
fill (KringDirectoryDetail *self)
{
  g_autoptr (KringRecord) focus = focus_record (self);
  g_autoptr (KringRecord) organisation = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GListModel *organisations = g_hash_table_lookup (self->detail, "organizations");

  clear_groups (self);
  if (focus == NULL || g_list_model_get_n_items (organisations) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  organisation = g_list_model_get_item (organisations, 0);
  fill_header (self, focus, organisation);
  add_group (self, kring_directory_reach_group (self->detail));
  add_group (self, kring_directory_locations_group (self->detail, now));
  add_group (self, kring_directory_services_group (self->detail, self->id));
  add_group (self, kring_directory_contacts_group (self->detail));
  add_group (self, kring_directory_rings_group (self->detail));
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
on_detail_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryDetail) self = user_data;
  g_autoptr (GError) error = NULL;
  GHashTable *detail = kring_store_directory_detail_finish (KRING_STORE (source), result, &error);

  if (detail == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, _("The details could not be read"));
      return;
    }
  g_clear_pointer (&self->detail, g_hash_table_unref);
  self->detail = detail;
  fill (self);
}

static void
load (KringDirectoryDetail *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL || self->organization_id == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  kring_store_directory_detail_async (self->store, self->organization_id, self->team_id,
                                      self->cancellable, on_detail_done, g_object_ref (self));
}

void
kring_directory_detail_show (KringDirectoryDetail *self, const char *table, const char *id,
                             const char *organization_id, const char *team_id)
{
  g_return_if_fail (KRING_IS_DIRECTORY_DETAIL (self));
  g_return_if_fail (table != NULL && id != NULL && organization_id != NULL);

  g_free (self->table);
  self->table = g_strdup (table);
  g_free (self->id);
  self->id = g_strdup (id);
  g_free (self->organization_id);
  self->organization_id = g_strdup (organization_id);
  g_free (self->team_id);
  self->team_id = g_strdup (team_id);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  load (self);
}

void
kring_directory_detail_clear (KringDirectoryDetail *self)
{
  g_return_if_fail (KRING_IS_DIRECTORY_DETAIL (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->detail, g_hash_table_unref);
  g_clear_pointer (&self->table, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->organization_id, g_free);
  clear_groups (self);
  gtk_label_set_text (self->title, "");
  gtk_label_set_text (self->description, "");
  gtk_label_set_text (self->freshness, "");
  gtk_stack_set_visible_child_name (self->stack, "none");
}

const char *
kring_directory_detail_get_id (KringDirectoryDetail *self)
{
  g_return_val_if_fail (KRING_IS_DIRECTORY_DETAIL (self), NULL);
  return self->id;
}

void
kring_directory_detail_set_store (KringDirectoryDetail *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_DIRECTORY_DETAIL (self));

  kring_directory_detail_clear (self);
  g_set_object (&self->store, store);
}

/* Actions */

static void
changed (KringDirectoryDetail *self)
{
  load (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_verified (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringDirectoryDetail) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_mark_verified_finish (KRING_STORE (source), result, &error))
    {
      toast (self, _("Marking as checked failed"));
      return;
    }
  toast (self, _("Marked as checked"));
  changed (self);
}

static void
mark_verified (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryDetail *self = KRING_DIRECTORY_DETAIL (widget);
  const char *name = g_get_real_name ();

  if (self->store == NULL || self->id == NULL)
    return;
  if (name == NULL || *name == '\0' || g_strcmp0 (name, "Unknown") == 0)
    name = g_get_user_name ();
  kring_store_mark_verified_async (self->store, self->table, self->id, name, NULL, on_verified,
                                   g_object_ref (self));
}

static void
copied (GtkWidget *widget, const char *action, GVariant *parameter)
{
  toast (KRING_DIRECTORY_DETAIL (widget), _("Copied"));
}

static void
open_editor (KringDirectoryDetail *self, const char *table, KringRecord *record,
             const char *parent_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  KringRecordEditor *editor;

  if (self->store == NULL)
    return;
  editor = kring_record_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                    table, record, parent_id);
  g_signal_connect_object (editor, "saved", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryDetail *self = KRING_DIRECTORY_DETAIL (widget);
  g_autoptr (KringRecord) focus = focus_record (self);

  if (focus != NULL)
    open_editor (self, self->table, focus, NULL);
}

static void
new_child (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryDetail *self = KRING_DIRECTORY_DETAIL (widget);

  if (self->organization_id != NULL)
    open_editor (self, g_str_equal (action, "detail.new-service") ? "services" : "contacts",
                 NULL, self->organization_id);
}

static void
on_deleted (gpointer user_data)
{
  KringDirectoryDetail *self = user_data;

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
delete (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringDirectoryDetail *self = KRING_DIRECTORY_DETAIL (widget);
  g_autoptr (KringRecord) focus = focus_record (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (focus == NULL || self->store == NULL || overlay == NULL)
    return;
  kring_record_delete_with_undo (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 ADW_TOAST_OVERLAY (overlay), self->store, focus,
                                 G_CALLBACK (on_deleted), self);
}

static void
kring_directory_detail_dispose (GObject *object)
{
  KringDirectoryDetail *self = KRING_DIRECTORY_DETAIL (object);

  kring_directory_detail_clear (self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->team_id, g_free);
  G_OBJECT_CLASS (kring_directory_detail_parent_class)->dispose (object);
}

static void
kring_directory_detail_class_init (KringDirectoryDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_directory_detail_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/nl/kringkaart/Kringkaart/kring-directory-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, kind);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, title);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, description);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, freshness_box);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, freshness_icon);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, freshness);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryDetail, groups);
  gtk_widget_class_install_action (widget_class, "detail.mark-verified", NULL, mark_verified);
  gtk_widget_class_install_action (widget_class, "detail.copied", NULL, copied);
  gtk_widget_class_install_action (widget_class, "detail.edit", NULL, edit);
  gtk_widget_class_install_action (widget_class, "detail.new-service", NULL, new_child);
  gtk_widget_class_install_action (widget_class, "detail.new-contact", NULL, new_child);
  gtk_widget_class_install_action (widget_class, "detail.delete", NULL, delete);
}

static void
kring_directory_detail_init (KringDirectoryDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
