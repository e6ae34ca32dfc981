/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-clipboard.h"
#include "kring-map-panel-private.h"
#include "kring-store-directory.h"
#include "kring-summary.h"

G_DEFINE_FINAL_TYPE (KringMapPanel, kring_map_panel, ADW_TYPE_BIN)

void
kring_map_panel_toast (KringMapPanel *self, const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Rows */

static void
on_copy_activated (KringMapPanel *self, AdwActionRow *row)
{
  const char *text = g_object_get_data (G_OBJECT (row), "kring-copy");
  g_autofree char *title = NULL;

  if (text == NULL)
    return;
  kring_clipboard_set_text (GTK_WIDGET (row), text);
  title = g_strdup_printf (_("Copied “%s”"), text);
  kring_map_panel_toast (self, title);
}

/* A row whose value a click copies (@copy, or the subtitle when NULL). */
static GtkWidget *
copy_row (KringMapPanel *self, const char *title, const char *subtitle, const char *copy)
{
  GtkWidget *row = kring_summary_row_new (title, subtitle);

  if (copy == NULL)
    copy = subtitle;
  if (!has_text (copy))
    return row;
  gtk_widget_set_tooltip_text (row, _("Copy"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("edit-copy-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "kring-copy", g_strdup (copy), g_free);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_copy_activated), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static void
add_reach (KringMapPanel *self, const char *title, const char *value)
{
  if (!has_text (value))
    return;
  gtk_list_box_append (self->reach_list, copy_row (self, title, value, NULL));
  gtk_widget_set_visible (self->reach_box, TRUE);
}

static void
set_header (KringMapPanel *self, const char *kind, const char *title, const char *subtitle)
{
  gtk_label_set_text (self->kind, kind);
  gtk_label_set_text (self->title, title != NULL ? title : "");
  gtk_label_set_text (self->subtitle, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), has_text (subtitle));
}

static void
clear_content (KringMapPanel *self)
{
  set_header (self, "", "", NULL);
  gtk_label_set_text (self->ring, "");
  kring_summary_clear (GTK_WIDGET (self->contacts_list));
  kring_summary_clear (GTK_WIDGET (self->reach_list));
  gtk_widget_set_visible (self->contacts_box, FALSE);
  gtk_widget_set_visible (self->reach_box, FALSE);
  gtk_widget_set_visible (self->relationship_group, FALSE);
  gtk_widget_set_visible (self->partner_buttons, FALSE);
  kring_map_panel_clear_relationship (self);
}

/* Partners: an organisation or one of its services */

static KringRecord *
first_row (GHashTable *detail, const char *table)
{
  GListModel *rows = g_hash_table_lookup (detail, table);

  if (rows == NULL || g_list_model_get_n_items (rows) == 0)
    return NULL;
  return g_list_model_get_item (rows, 0);
}

static KringRecord *
find_row (GHashTable *detail, const char *table, const char *id)
{
  GListModel *rows = g_hash_table_lookup (detail, table);

  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_id (row), id) == 0)
        return g_steal_pointer (&row);
    }
  return NULL;
}

/* The first phone number of @column = @id in the detail, or NULL. */
static const char *
phone_of (GHashTable *detail, const char *column, const char *id)
{
  GListModel *phones = g_hash_table_lookup (detail, "phones");

  for (guint i = 0; phones != NULL && i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr (KringRecord) phone = g_list_model_get_item (phones, i);

      if (g_strcmp0 (kring_record_get_string (phone, column), id) == 0)
        return g_intern_string (kring_record_get_string (phone, "number"));
    }
  return NULL;
}

static GtkWidget *
contact_row (KringMapPanel *self, GHashTable *detail, KringRecord *contact, gboolean fixed)
{
  const char *name = kring_record_get_string (contact, "name");
  const char *role = kring_record_get_string (contact, "title");
  const char *phone = phone_of (detail, "contact_id", kring_record_get_id (contact));
  const char *email = kring_record_get_string (contact, "email");
  const char *first[] = { fixed ? _("Fixed contact person") : NULL, role, phone };
  g_autofree char *line = kring_summary_join_parts (first, G_N_ELEMENTS (first));
  g_autofree char *subtitle = g_strjoin ("\n", line != NULL ? line : "",
                                         email != NULL ? email : "", NULL);
  GtkWidget *row = copy_row (self, has_text (name) ? name : role, g_strstrip (subtitle),
                             has_text (phone) ? phone : email);

  /* The vaste contactpersoon is who to call: marked, not just listed first. */
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), fixed ? "starred-symbolic"
                                                            : "avatar-default-symbolic");
  if (fixed)
    gtk_widget_add_css_class (row, "kring-fixed-contact-row");
  return row;
}

static void
fill_contacts (KringMapPanel *self, GHashTable *detail, KringRecord *relationship)
{
  GListModel *contacts = g_hash_table_lookup (detail, "contacts");
  const char *fixed = relationship != NULL
                        ? kring_record_get_string (relationship, "fixed_contact_id") : NULL;

  for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (contacts, i);
      gboolean is_fixed = g_strcmp0 (kring_record_get_id (contact), fixed) == 0;

      /* The fixed contact person comes first: that is who to call. */
      if (is_fixed)
        gtk_list_box_prepend (self->contacts_list, contact_row (self, detail, contact, TRUE));
      else
        gtk_list_box_append (self->contacts_list, contact_row (self, detail, contact, FALSE));
      gtk_widget_set_visible (self->contacts_box, TRUE);
    }
}

static void
fill_partner_header (KringMapPanel *self, GHashTable *detail, KringRecord *organisation)
{
  g_autoptr (KringRecord) service = NULL;
  g_autofree char *kind = NULL;

  if (g_strcmp0 (self->table, "services") == 0)
    service = find_row (detail, "services", self->id);
  if (service != NULL)
    {
      kind = g_strdup_printf (_("Service of %s"), kring_record_get_string (organisation, "name"));
      set_header (self, kind, kring_record_get_string (service, "name"),
                  kring_record_get_string (service, "description"));
      return;
    }
  set_header (self, _("Organisation"), kring_record_get_string (organisation, "name"),
              kring_record_get_string (organisation, "description"));
}

static void
fill_partner (KringMapPanel *self, GHashTable *detail)
{
  g_autoptr (KringRecord) organisation = first_row (detail, "organizations");
  g_autoptr (KringRecord) relationship = first_row (detail, "relationships");

  if (organisation == NULL)
    {
      kring_map_panel_toast (self, _("This organisation no longer exists"));
      return;
    }
  fill_partner_header (self, detail, organisation);
  fill_contacts (self, detail, relationship);
  add_reach (self, _("Phone"), phone_of (detail, "organization_id", self->organization_id));
  add_reach (self, _("E-mail"), kring_record_get_string (organisation, "email"));
  add_reach (self, _("Website"), kring_record_get_string (organisation, "website"));
  kring_map_panel_fill_relationship (self, relationship, g_hash_table_lookup (detail,
                                                                             "contacts"));
  gtk_widget_set_visible (self->relationship_group, TRUE);
  gtk_widget_set_visible (self->partner_buttons, TRUE);
}

static void
on_detail_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringMapPanel) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) detail = kring_store_directory_detail_finish (KRING_STORE (source),
                                                                      result, &error);

  if (detail == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kring_map_panel_toast (self, _("The details could not be read"));
      return;
    }
  self->loading = FALSE;
  fill_partner (self, detail);
}

static void
load_detail (KringMapPanel *self, const char *organization_id)
{
  g_free (self->organization_id);
  self->organization_id = g_strdup (organization_id);
  if (organization_id == NULL)
    {
      self->loading = FALSE;
      return;
    }
  kring_store_directory_detail_async (self->store, organization_id, self->team_id,
                                      self->cancellable, on_detail_done, g_object_ref (self));
}

/* Team members */

static void
on_home_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringMapPanel) self = user_data;
  g_autoptr (KringRecord) home = kring_store_get_finish (KRING_STORE (source), result, NULL);

  self->loading = FALSE;
  if (home != NULL)
    gtk_list_box_prepend (self->reach_list,
                          kring_summary_row_new (_("Organisation"),
                                                 kring_record_get_string (home, "name")));
}

static void
fill_member (KringMapPanel *self, KringRecord *member)
{
  const char *home = kring_record_get_string (member, "home_organization_id");
  const char *discipline = kring_record_get_string (member, "discipline");

  set_header (self, _("Team member"), kring_record_get_string (member, "name"), discipline);
  if (has_text (discipline))
    gtk_list_box_append (self->reach_list, kring_summary_row_new (_("Discipline"), discipline));
  add_reach (self, _("Phone"), kring_record_get_string (member, "phone"));
  add_reach (self, _("E-mail"), kring_record_get_string (member, "email"));
  gtk_widget_set_visible (self->reach_box, TRUE);
  g_free (self->organization_id);
  self->organization_id = g_strdup (home);
  if (home == NULL)
    {
      self->loading = FALSE;
      return;
    }
  kring_store_get_async (self->store, "organizations", home, self->cancellable, on_home_done,
                         g_object_ref (self));
}

/* A member, or a service: a service's relationship is the team's
 * relationship with its organisation. */
static void
on_record_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringMapPanel) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) record = kring_store_get_finish (KRING_STORE (source), result, &error);

  if (record == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kring_map_panel_toast (self, _("The details could not be read"));
      return;
    }
  if (g_str_equal (kring_record_get_table (record), "team_members"))
    fill_member (self, record);
  else
    load_detail (self, kring_record_get_string (record, "organization_id"));
}

static void
cancel (KringMapPanel *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->loading = FALSE;
}

void
kring_map_panel_show (KringMapPanel *self, const char *team_id, const KringMapNode *node,
                      const char *ring_name)
{
  g_return_if_fail (KRING_IS_MAP_PANEL (self));
  g_return_if_fail (node != NULL);

  kring_map_panel_clear (self);
  if (self->store == NULL || node->table == NULL)
    return;
  self->team_id = g_strdup (team_id);
  self->id = g_strdup (node->id);
  self->table = g_strdup (node->table);
  set_header (self, "", node->label, node->detail);
  gtk_label_set_text (self->ring, ring_name != NULL ? ring_name : "");
  self->cancellable = g_cancellable_new ();
  self->loading = TRUE;
  if (g_str_equal (node->table, "organizations"))
    load_detail (self, node->id);
  else
    kring_store_get_async (self->store, node->table, node->id, self->cancellable,
                           on_record_done, g_object_ref (self));
  gtk_stack_set_visible_child_name (self->stack, "node");
}

void
kring_map_panel_set_ring_name (KringMapPanel *self, const char *ring_name)
{
  g_return_if_fail (KRING_IS_MAP_PANEL (self));

  gtk_label_set_text (self->ring, ring_name != NULL ? ring_name : "");
}

void
kring_map_panel_clear (KringMapPanel *self)
{
  g_return_if_fail (KRING_IS_MAP_PANEL (self));

  cancel (self);
  clear_content (self);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->table, g_free);
  g_clear_pointer (&self->organization_id, g_free);
  gtk_stack_set_visible_child_name (self->stack, "none");
}

void
kring_map_panel_set_store (KringMapPanel *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_MAP_PANEL (self));

  kring_map_panel_clear (self);
  g_set_object (&self->store, store);
}

const char *
kring_map_panel_get_id (KringMapPanel *self)
{
  g_return_val_if_fail (KRING_IS_MAP_PANEL (self), NULL);

  return self->id;
}

const char *
kring_map_panel_get_organization_id (KringMapPanel *self)
{
  g_return_val_if_fail (KRING_IS_MAP_PANEL (self), NULL);

  return self->organization_id;
}

gboolean
kring_map_panel_is_loading (KringMapPanel *self)
{
  g_return_val_if_fail (KRING_IS_MAP_PANEL (self), FALSE);

  return self->loading;
}

static void
kring_map_panel_dispose (GObject *object)
{
  KringMapPanel *self = KRING_MAP_PANEL (object);

  cancel (self);
  g_clear_object (&self->store);
  g_clear_object (&self->relationship);
  g_clear_pointer (&self->contact_ids, g_ptr_array_unref);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->table, g_free);
  g_clear_pointer (&self->organization_id, g_free);
  G_OBJECT_CLASS (kring_map_panel_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, kind);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, title);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, subtitle);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, ring);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, contacts_box);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, contacts_list);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, reach_box);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, reach_list);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, relationship_group);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, agreement_switch);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, agreement_summary);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, fixed_contact_row);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, knows_switch);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, trust_row);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, last_contact_button);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, last_contact_calendar);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, reports_switch);
  gtk_widget_class_bind_template_child (widget_class, KringMapPanel, partner_buttons);
}

static void
kring_map_panel_class_init (KringMapPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_map_panel_dispose;
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-map-panel.ui");
  bind_children (widget_class);
  kring_map_panel_class_init_edit (widget_class);
}

static void
kring_map_panel_init (KringMapPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kring_map_panel_init_edit (self);
  kring_map_panel_clear (self);
}
