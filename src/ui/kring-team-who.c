/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-store-team.h"
#include "kring-summary.h"
#include "kring-team-common.h"
#include "kring-team-who.h"

/* The questions new colleagues ask most, as chips: search words for the
 * Dutch texts of the sociale kaart, so not translated. */
static const char *const topics[] = {
  "schulden", "huiselijk geweld", "dementie", "eenzaamheid", "wonen", "werk",
};

struct _KringTeamWho
{
  GtkBox        parent_instance;

  KringStore   *store;
  KringRecord  *team;
  GListModel   *domains;
  GCancellable *cancellable;

  GtkSearchEntry *entry;
  GtkDropDown    *domain;
  GtkStack       *stack;
  GtkBox         *results;
};

G_DEFINE_FINAL_TYPE (KringTeamWho, kring_team_who, GTK_TYPE_BOX)

static void search (KringTeamWho *self);

/* --- result rows --- */

static const char *
ring_name (KringTeamWho *self, gint64 ring)
{
  static const char *const defaults[] = {
    N_("Kernteam"), N_("Inner ring"), N_("Outer ring"), N_("Sociale kaart"),
  };
  g_autofree char *column = NULL;
  const char *custom;

  if (ring < 0 || ring > 3)
    return _("Not on the team's map");
  column = g_strdup_printf ("ring%d_name", (int) ring);
  custom = self->team != NULL ? kring_record_get_string (self->team, column) : NULL;
  return custom != NULL && *custom ? custom : _(defaults[ring]);
}

static void
append_link (GtkBox *box, const char *scheme, const char *value)
{
  GtkWidget *link = kring_team_link_new (scheme, value);

  if (link != NULL)
    gtk_box_append (box, link);
}

static GtkWidget *
map_button (const char *id)
{
  GtkWidget *button = gtk_button_new_with_label (_("Show on Map"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-on-map");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
  return button;
}

/* A row: @title, @subtitle, @detail, the links, and a map button for @map_id. */
static GtkWidget *
result_row (const char *title, const char *subtitle, const char *detail, GtkWidget *links,
            const char *map_id)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  g_object_set (row, "margin-start", 12, "margin-end", 12, "margin-top", 8, "margin-bottom", 8,
                NULL);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), kring_team_label_new (title, "heading"));
  if (subtitle != NULL && *subtitle)
    gtk_box_append (GTK_BOX (text), kring_team_label_new (subtitle, "dim-label"));
  if (detail != NULL && *detail)
    gtk_box_append (GTK_BOX (text), kring_team_label_new (detail, "caption"));
  if (gtk_widget_get_first_child (links) != NULL)
    gtk_box_append (GTK_BOX (text), links);
  else
    {
      g_object_ref_sink (links);
      g_object_unref (links);
    }
  gtk_box_append (GTK_BOX (row), text);
  if (map_id != NULL)
    gtk_box_append (GTK_BOX (row), map_button (map_id));
  return row;
}

static GtkWidget *
links_box (KringRecord *row, const char *web_column)
{
  GtkWidget *links = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  append_link (GTK_BOX (links), "tel", kring_record_get_string (row, "phone"));
  append_link (GTK_BOX (links), "mailto", kring_record_get_string (row, "email"));
  if (web_column != NULL)
    append_link (GTK_BOX (links), NULL, kring_record_get_string (row, web_column));
  return links;
}

static GtkWidget *
member_row (KringTeamWho *self, KringRecord *member)
{
  const char *parts[] = {
    kring_record_get_string (member, "discipline"),
    kring_record_get_string (member, "organization_name"),
    kring_record_get_string (member, "team_name"),
  };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
  const char *expertise = kring_record_get_string (member, "expertise");
  g_autofree char *ask = expertise ? g_strdup_printf (_("Ask me about %s"), expertise) : NULL;

  return result_row (kring_record_get_string (member, "name"), subtitle, ask,
                     links_box (member, NULL), kring_record_get_id (member));
}

static GtkWidget *
organization_row (KringTeamWho *self, KringRecord *org)
{
  const char *matched = kring_record_get_string (org, "matched");
  const char *ring = ring_name (self, kring_record_get_int (org, "ring", -1));
  g_autofree char *subtitle = matched != NULL ? g_strdup_printf ("%s · %s", ring, matched)
                                              : g_strdup (ring);

  return result_row (kring_record_get_string (org, "name"), subtitle,
                     kring_record_get_string (org, "description"), links_box (org, "website"),
                     kring_record_get_id (org));
}

static GtkWidget *
service_row (KringTeamWho *self, KringRecord *service)
{
  const char *org = kring_record_get_string (service, "organization_name");
  g_autofree char *subtitle = org != NULL ? g_strdup_printf (_("Offered by %s"), org) : NULL;

  return result_row (kring_record_get_string (service, "name"), subtitle,
                     kring_record_get_string (service, "description"),
                     links_box (service, "url"), NULL);
}

typedef GtkWidget *(*RowFunc) (KringTeamWho *self, KringRecord *row);

/* A short word finds thousands in a large sociale kaart: a group shows
 * this many rows at first, and "Show more" adds as many again. */
#define WHO_ROWS_AT_ONCE 50

typedef struct
{
  KringTeamWho *self;
  GListModel   *rows;
  RowFunc       make;
  GtkListBox   *list;
  GtkWidget    *more;  /* the "Show more" row, last in the list */
  guint         shown;
} WhoGroup;

static void
who_group_free (WhoGroup *group)
{
  g_object_unref (group->rows);
  g_free (group);
}

/* Shows the next WHO_ROWS_AT_ONCE rows, before the "Show more" row; that
 * row says how many are left, and goes when none are. */
static void
show_more (WhoGroup *group)
{
  guint n = g_list_model_get_n_items (group->rows);
  guint end = MIN (n, group->shown + WHO_ROWS_AT_ONCE);
  g_autofree char *label = NULL;

  for (; group->shown < end; group->shown++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (group->rows, group->shown);

      gtk_list_box_insert (group->list, group->make (group->self, row),
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (group->more)));
    }
  label = g_strdup_printf (ngettext ("Show More (%u more)", "Show More (%u more)",
                                     n - group->shown), n - group->shown);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group->more), label);
  gtk_widget_set_visible (group->more, group->shown < n);
}

static GtkWidget *
more_row (void)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, "who-more");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("pan-down-symbolic"));
  return row;
}

static void
add_group (KringTeamWho *self, const char *title, GListModel *rows, RowFunc make)
{
  guint n = g_list_model_get_n_items (rows);
  g_autofree char *heading = g_strdup_printf ("%s (%u)", title, n);
  GtkWidget *widget;
  WhoGroup *group;

  if (n == 0)
    return;
  group = g_new0 (WhoGroup, 1);
  group->self = self;
  group->rows = g_object_ref (rows);
  group->make = make;
  group->list = GTK_LIST_BOX (gtk_list_box_new ());
  group->more = more_row ();
  gtk_list_box_set_selection_mode (group->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (group->list), "boxed-list");
  gtk_list_box_append (group->list, group->more);
  g_signal_connect_swapped (group->more, "activated", G_CALLBACK (show_more), group);
  g_object_set_data_full (G_OBJECT (group->list), "kring-who-group", group,
                          (GDestroyNotify) who_group_free);
  show_more (group);
  widget = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), heading);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), GTK_WIDGET (group->list));
  gtk_box_append (self->results, widget);
}

static void
clear_results (KringTeamWho *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_box_remove (self->results, child);
}

static void
show_result (KringTeamWho *self, KringWhoResult *result)
{
  clear_results (self);
  add_group (self, _("Team members"), result->members, member_row);
  add_group (self, _("Partners"), result->organizations, organization_row);
  add_group (self, _("Services"), result->services, service_row);
  gtk_stack_set_visible_child_name (self->stack,
                                    gtk_widget_get_first_child (GTK_WIDGET (self->results))
                                    ? "results" : "none");
}

/* --- searching --- */

static void
on_result (GObject *source, GAsyncResult *res, gpointer user_data)
{
  g_autoptr (KringTeamWho) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringWhoResult) result = kring_store_who_does_what_finish (KRING_STORE (source), res,
                                                                        &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store == NULL)
    return;
  if (result == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not search: %s"), error->message);

      kring_team_toast (GTK_WIDGET (self), text);
      return;
    }
  show_result (self, result);
}

static const char *
chosen_domain (KringTeamWho *self)
{
  guint position = gtk_drop_down_get_selected (self->domain);
  g_autoptr (KringRecord) term = NULL;

  if (self->domains == NULL || position == 0 || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  term = g_list_model_get_item (self->domains, position - 1);
  return term != NULL ? kring_record_get_id (term) : NULL;
}

static void
search (KringTeamWho *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  const char *domain = chosen_domain (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL || (*text == '\0' && domain == NULL))
    {
      clear_results (self);
      gtk_stack_set_visible_child_name (self->stack, "start");
      return;
    }
  self->cancellable = g_cancellable_new ();
  kring_store_who_does_what_async (self->store, text, domain,
                                   self->team ? kring_record_get_id (self->team) : NULL,
                                   self->cancellable, on_result, g_object_ref (self));
}

/* --- chips and domains --- */

static void
on_topic_clicked (GtkButton *button, KringTeamWho *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), gtk_button_get_label (button));
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
}

static GtkWidget *
topic_chips (KringTeamWho *self)
{
  GtkWidget *box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 8);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_widget_set_hexpand (box, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      GtkWidget *chip = gtk_button_new_with_label (topics[i]);

      gtk_widget_add_css_class (chip, "pill");
      gtk_widget_add_css_class (chip, "small");
      g_signal_connect (chip, "clicked", G_CALLBACK (on_topic_clicked), self);
      gtk_flow_box_append (GTK_FLOW_BOX (box), chip);
    }
  return box;
}

static void
fill_domains (KringTeamWho *self)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("All life domains"));
  for (guint i = 0; self->domains != NULL && i < g_list_model_get_n_items (self->domains); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (self->domains, i);

      gtk_string_list_append (names, kring_record_get_string (term, "name"));
    }
  gtk_drop_down_set_model (self->domain, G_LIST_MODEL (names));
  g_object_unref (names);
}

void
kring_team_who_set_data (KringTeamWho *self, KringStore *store, KringRecord *team,
                         GListModel *domains)
{
  g_return_if_fail (KRING_IS_TEAM_WHO (self));

  g_set_object (&self->store, store);
  g_set_object (&self->team, team);
  g_set_object (&self->domains, domains);
  g_signal_handlers_block_by_func (self->domain, search, self);
  fill_domains (self);
  g_signal_handlers_unblock_by_func (self->domain, search, self);
  if (store == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  search (self);
}

void
kring_team_who_focus_search (KringTeamWho *self)
{
  g_return_if_fail (KRING_IS_TEAM_WHO (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* --- construction --- */

static void
kring_team_who_dispose (GObject *object)
{
  KringTeamWho *self = KRING_TEAM_WHO (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->team);
  g_clear_object (&self->domains);
  G_OBJECT_CLASS (kring_team_who_parent_class)->dispose (object);
}

static void
kring_team_who_class_init (KringTeamWhoClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kring_team_who_dispose;
}

static GtkWidget *
search_bar (KringTeamWho *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text",
                _("Type a question, e.g. debts or dementia"), "hexpand", TRUE, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Who does what?"), -1);
  self->domain = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->domain), _("Life domain"));
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (search), self);
  g_signal_connect_swapped (self->domain, "notify::selected", G_CALLBACK (search), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->domain));
  return bar;
}

static GtkWidget *
status_page (const char *icon, const char *title, const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_add_css_class (page, "compact");
  return page;
}

static void
kring_team_who_init (KringTeamWho *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_box_append (GTK_BOX (self), search_bar (self));
  gtk_box_append (GTK_BOX (self), topic_chips (self));
  self->stack = GTK_STACK (gtk_stack_new ());
  self->results = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_stack_add_named (self->stack,
                       status_page ("system-search-symbolic", _("Who Does What?"),
                                    _("Type what a resident needs help with, or pick a topic or "
                                      "life domain: you see which colleagues, partners and "
                                      "services cover it, and how to reach them.")), "start");
  gtk_stack_add_named (self->stack,
                       status_page ("edit-find-symbolic", _("Nobody Found"),
                                    _("Try a shorter word (\"schuld\" instead of "
                                      "\"schuldhulpverlening\"), a life domain, or ask the "
                                      "coordinator who knows the partners.")), "none");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->results), "results");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
}

GtkWidget *
kring_team_who_new (void)
{
  return g_object_new (KRING_TYPE_TEAM_WHO, NULL);
}
