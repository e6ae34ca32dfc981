/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include "kring-form-dialog.h"
#include "kring-store-directory.h"
#include "kring-team-common.h"
#include "kring-team-members.h"

struct _KringTeamMembers
{
  GtkBox       parent_instance;

  KringStore  *store;
  char        *team_id;
  GListModel  *members;
  GListModel  *organizations;

  GtkLabel    *heading;
  GtkFlowBox  *cards;
};

G_DEFINE_FINAL_TYPE (KringTeamMembers, kring_team_members, GTK_TYPE_BOX)

static KringRecord *
find_row (GListModel *rows, const char *id)
{
  for (guint i = 0; rows != NULL && id != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_id (row), id) == 0)
        return g_steal_pointer (&row);
    }
  return NULL;
}

/* "32" or "32,5": the Dutch write a decimal comma. */
static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", hours));
  char *dot = strchr (text, '.');

  if (dot != NULL && dot[1] == '0')
    *dot = '\0';
  else if (dot != NULL)
    *dot = ',';
  return g_steal_pointer (&text);
}

static gboolean
parse_hours (const char *text, double *hours)
{
  g_autofree char *copy = g_strdup (text);
  char *end = NULL;

  g_strdelimit (copy, ",", '.');
  *hours = g_ascii_strtod (copy, &end);
  return end != copy && *g_strstrip (end) == '\0' && *hours >= 0 && *hours <= 80;
}

/* --- cards --- */

/* Wrapping labels with a modest natural width, so that the flow box puts
 * three cards side by side on a laptop. */
static void
add_line (GtkBox *box, const char *text, const char *css_class)
{
  GtkWidget *label;

  if (text == NULL || *text == '\0')
    return;
  label = kring_team_label_new (text, css_class);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_box_append (box, label);
}

static GtkWidget *
card_button (const char *label, const char *action, const char *id)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
  return button;
}

static void
add_buttons (GtkBox *card, KringRecord *member)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_set_valign (buttons, GTK_ALIGN_END);
  gtk_widget_set_vexpand (buttons, TRUE);
  gtk_box_append (GTK_BOX (buttons),
                  card_button (_("Edit"), "members.edit", kring_record_get_id (member)));
  gtk_box_append (GTK_BOX (buttons),
                  card_button (_("Remove"), "members.remove", kring_record_get_id (member)));
  gtk_box_append (card, buttons);
}

static void
add_contact (GtkBox *card, KringRecord *member)
{
  GtkWidget *phone = kring_team_link_new ("tel", kring_record_get_string (member, "phone"));
  GtkWidget *email = kring_team_link_new ("mailto", kring_record_get_string (member, "email"));

  /* A modest natural width, as add_line() does; long addresses ellipsize. */
  if (phone != NULL)
    gtk_box_append (card, phone);
  if (email != NULL)
    {
      gtk_label_set_max_width_chars (GTK_LABEL (email), 30);
      gtk_widget_set_tooltip_text (email, kring_record_get_string (member, "email"));
      gtk_box_append (card, email);
    }
}

/* The coordinator role, unless the discipline says so already
 * ("Teamcoördinator"). */
static gboolean
is_coordinator_elsewhere (KringRecord *member)
{
  const char *discipline = kring_record_get_string (member, "discipline");
  g_autofree char *folded = kring_directory_fold (discipline != NULL ? discipline : "");

  return g_strcmp0 (kring_record_get_string (member, "role"), "coordinator") == 0
         && strstr (folded, "coordinator") == NULL;
}

static GtkWidget *
member_card (KringTeamMembers *self, KringRecord *member)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autoptr (KringRecord) home = find_row (self->organizations,
                                           kring_record_get_string (member, "home_organization_id"));
  const char *expertise = kring_record_get_string (member, "expertise");
  double hours = kring_record_get_double (member, "hours_per_week", -1);
  g_autofree char *ask = expertise != NULL ? g_strdup_printf (_("Ask me about %s"), expertise) : NULL;
  g_autofree char *hours_text = NULL;

  gtk_widget_add_css_class (card, "card");
  add_line (GTK_BOX (card), kring_record_get_string (member, "name"), "title-4");
  if (is_coordinator_elsewhere (member))
    add_line (GTK_BOX (card), _("Coordinator"), "accent");
  add_line (GTK_BOX (card), kring_record_get_string (member, "discipline"), "heading");
  add_line (GTK_BOX (card), home != NULL ? kring_record_get_string (home, "name") : NULL,
            "dim-label");
  if (hours >= 0)
    {
      g_autofree char *number = format_hours (hours);

      hours_text = g_strdup_printf (_("%s hours a week"), number);
      add_line (GTK_BOX (card), hours_text, "dim-label");
    }
  add_line (GTK_BOX (card), ask, NULL);
  add_contact (GTK_BOX (card), member);
  add_buttons (GTK_BOX (card), member);
  for (GtkWidget *c = gtk_widget_get_first_child (card); c; c = gtk_widget_get_next_sibling (c))
    g_object_set (c, "margin-start", 14, "margin-end", 14, NULL);
  gtk_widget_set_margin_top (gtk_widget_get_first_child (card), 12);
  gtk_widget_set_margin_bottom (gtk_widget_get_last_child (card), 8);
  return card;
}

static void
fill (KringTeamMembers *self)
{
  guint shown = 0;
  g_autofree char *heading = NULL;

  while (gtk_widget_get_first_child (GTK_WIDGET (self->cards)) != NULL)
    gtk_flow_box_remove (self->cards, gtk_widget_get_first_child (GTK_WIDGET (self->cards)));
  for (guint i = 0; self->members != NULL && i < g_list_model_get_n_items (self->members); i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (self->members, i);

      if (g_strcmp0 (kring_record_get_string (member, "team_id"), self->team_id) != 0)
        continue;
      gtk_flow_box_append (self->cards, member_card (self, member));
      shown++;
    }
  heading = self->store == NULL ? g_strdup ("")
            : g_strdup_printf (ngettext ("%u team member", "%u team members", shown), shown);
  gtk_label_set_text (self->heading, heading);
}

void
kring_team_members_set_data (KringTeamMembers *self, KringStore *store, const char *team_id,
                             GListModel *members, GListModel *organizations)
{
  g_return_if_fail (KRING_IS_TEAM_MEMBERS (self));

  g_set_object (&self->store, store);
  g_free (self->team_id);
  self->team_id = store != NULL ? g_strdup (team_id) : NULL;
  g_set_object (&self->members, members);
  g_set_object (&self->organizations, organizations);
  fill (self);
}

/* --- the form --- */

static char *
check_hours (KringFormDialog *dialog, gpointer user_data)
{
  const char *text = kring_form_dialog_get (dialog, "_hours");
  double hours;

  if (text == NULL || parse_hours (text, &hours))
    return NULL;
  return g_strdup (_("Hours a week: a number between 0 and 80, e.g. 32 or 28,5."));
}

static void
on_member_save (KringFormDialog *dialog, gpointer user_data)
{
  KringTeamMembers *self = user_data;
  const char *id = g_object_get_data (G_OBJECT (dialog), "member-id");
  g_autofree char *new_id = id == NULL ? kring_uuid_new () : NULL;
  g_autoptr (KringRecord) record = kring_record_new_with_id ("team_members", id ? id : new_id);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  /* The dialog's value lives only until its next get: copy it. */
  g_autofree char *hours_text = g_strdup (kring_form_dialog_get (dialog, "_hours"));
  double hours;

  kring_form_dialog_fill_record (dialog, record);
  if (hours_text != NULL && parse_hours (hours_text, &hours))
    kring_record_set_double (record, "hours_per_week", hours);
  else
    kring_record_set_null (record, "hours_per_week");
  if (id == NULL)
    kring_record_set_string (record, "team_id", self->team_id);
  g_ptr_array_add (records, g_steal_pointer (&record));
  kring_team_save (GTK_WIDGET (self), self->store, records, dialog);
}

static void
add_home_choice (KringTeamMembers *self, KringFormDialog *dialog, KringRecord *member)
{
  guint n = self->organizations != NULL ? g_list_model_get_n_items (self->organizations) : 0;
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) org = g_list_model_get_item (self->organizations, i);

      g_ptr_array_add (ids, g_strdup (kring_record_get_id (org)));
      g_ptr_array_add (labels, g_strdup (kring_record_get_string (org, "name")));
    }
  kring_form_dialog_add_choice (dialog, "home_organization_id", _("Home organisation"),
                                (const char *const *) ids->pdata,
                                (const char *const *) labels->pdata, n,
                                member ? kring_record_get_string (member, "home_organization_id")
                                       : NULL, _("None"));
}

static void
add_role_choice (KringFormDialog *dialog, KringRecord *member)
{
  static const char *const roles[] = { "member", "coordinator", "other" };
  const char *labels[] = { _("Team member"), _("Coordinator"), _("Other") };

  kring_form_dialog_add_choice (dialog, "role", _("Role"), roles, labels, G_N_ELEMENTS (roles),
                                member ? kring_record_get_string (member, "role") : NULL, NULL);
}

#define VALUE(column) (member != NULL ? kring_record_get_string (member, column) : NULL)

static void
open_form (KringTeamMembers *self, KringRecord *member)
{
  KringFormDialog *dialog;
  double hours = member != NULL ? kring_record_get_double (member, "hours_per_week", -1) : -1;
  g_autofree char *hours_text = hours >= 0 ? format_hours (hours) : NULL;

  dialog = kring_form_dialog_new (kring_team_window (GTK_WIDGET (self)),
                                  member ? _("Edit Team Member") : _("Add Team Member"), NULL);
  kring_form_dialog_add_text (dialog, "name", _("Name"), VALUE ("name"), TRUE);
  kring_form_dialog_add_text (dialog, "discipline", _("Discipline (e.g. Wmo-consulent)"),
                              VALUE ("discipline"), FALSE);
  add_home_choice (self, dialog, member);
  add_role_choice (dialog, member);
  kring_form_dialog_add_text (dialog, "_hours", _("Hours a week"), hours_text, FALSE);
  kring_form_dialog_add_long_text (dialog, "expertise", _("Ask me about (expertise)"),
                                   VALUE ("expertise"), FALSE);
  kring_form_dialog_add_group (dialog, _("Contact"), NULL);
  kring_form_dialog_add_text (dialog, "phone", _("Phone"), VALUE ("phone"), FALSE);
  kring_form_dialog_add_text (dialog, "email", _("E-mail"), VALUE ("email"), FALSE);
  kring_form_dialog_set_check (dialog, check_hours, NULL);
  if (member != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "member-id",
                            g_strdup (kring_record_get_id (member)), g_free);
  g_signal_connect_object (dialog, "save", G_CALLBACK (on_member_save), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- actions --- */

static void
add_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringTeamMembers *self = KRING_TEAM_MEMBERS (widget);

  if (self->store == NULL || self->team_id == NULL)
    kring_team_toast (widget, _("Choose a team first."));
  else
    open_form (self, NULL);
}

static void
edit_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringTeamMembers *self = KRING_TEAM_MEMBERS (widget);
  g_autoptr (KringRecord) member = find_row (self->members, g_variant_get_string (param, NULL));

  if (member == NULL)
    kring_team_toast (widget, _("This team member no longer exists."));
  else
    open_form (self, member);
}

static void
remove_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringTeamMembers *self = KRING_TEAM_MEMBERS (widget);
  g_autoptr (KringRecord) member = find_row (self->members, g_variant_get_string (param, NULL));
  g_autofree char *message = NULL;

  if (member == NULL || self->store == NULL)
    {
      kring_team_toast (widget, _("This team member no longer exists."));
      return;
    }
  message = g_strdup_printf (_("%s removed from the team"), kring_record_get_string (member, "name"));
  kring_team_remove (widget, self->store, "team_members", kring_record_get_id (member), message);
}

static void
kring_team_members_dispose (GObject *object)
{
  KringTeamMembers *self = KRING_TEAM_MEMBERS (object);

  g_clear_object (&self->store);
  g_clear_object (&self->members);
  g_clear_object (&self->organizations);
  g_clear_pointer (&self->team_id, g_free);
  G_OBJECT_CLASS (kring_team_members_parent_class)->dispose (object);
}

static void
kring_team_members_class_init (KringTeamMembersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_team_members_dispose;
  kring_team_add_signals (object_class);
  gtk_widget_class_install_action (widget_class, "members.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "members.edit", "s", edit_activated);
  gtk_widget_class_install_action (widget_class, "members.remove", "s", remove_activated);
}

static void
kring_team_members_init (KringTeamMembers *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *add = gtk_button_new_with_label (_("Add Team Member"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->heading = GTK_LABEL (kring_team_label_new ("", "title-4"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->heading), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "members.add");
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (bar), add);
  self->cards = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->cards, GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (self->cards, TRUE);
  gtk_flow_box_set_min_children_per_line (self->cards, 2);
  gtk_flow_box_set_max_children_per_line (self->cards, 3);
  gtk_flow_box_set_column_spacing (self->cards, 12);
  gtk_flow_box_set_row_spacing (self->cards, 12);
  gtk_box_append (GTK_BOX (self), bar);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->cards));
}

GtkWidget *
kring_team_members_new (void)
{
  return g_object_new (KRING_TYPE_TEAM_MEMBERS, NULL);
}
