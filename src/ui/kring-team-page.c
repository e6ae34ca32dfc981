/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-team-page.h"
#include "kring-summary.h"

/* How many glossary terms the summary shows; the full, searchable glossary
 * comes with the who-does-what page. */
#define GLOSSARY_SHOWN 8

struct _KringTeamPage
{
  AdwBin               parent_instance;

  KringSummary        *summary;

  GtkStack            *stack;
  GtkBox              *figures;
  GtkBox              *teams_box;
  AdwPreferencesGroup *glossary_group;
  GtkListBox          *glossary_list;
};

G_DEFINE_FINAL_TYPE (KringTeamPage, kring_team_page, ADW_TYPE_BIN)

static const KringSummaryQuery queries[] = {
  { "teams", "name" },
  { "team_members", "sort_order" },
  { "organizations", "name" },
  { "glossary_terms", "term" },
};

static GtkWidget *
kring_team_page_member_row (KringRecord *member, KringSummaryData *data)
{
  KringRecord *home = kring_summary_data_find (data, "organizations",
                                               kring_record_get_string (member, "home_organization_id"));
  const char *parts[] = {
    kring_record_get_string (member, "discipline"),
    home != NULL ? kring_record_get_string (home, "name") : NULL,
  };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (member, "name"), subtitle);

  if (g_strcmp0 (kring_record_get_string (member, "role"), "coordinator") == 0)
    kring_summary_row_add_tag (row, _("Coordinator"), "kring-tag");
  return row;
}

static guint
kring_team_page_add_members (GtkListBox *list, KringRecord *team, KringSummaryData *data)
{
  GListModel *members = kring_summary_data_list (data, "team_members");
  guint n = g_list_model_get_n_items (members);
  guint added = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);

      if (g_strcmp0 (kring_record_get_string (member, "team_id"), kring_record_get_id (team)) != 0)
        continue;
      gtk_list_box_append (list, kring_team_page_member_row (member, data));
      added++;
    }
  return added;
}

static GtkWidget *
kring_team_page_team_group (KringRecord *team, KringSummaryData *data)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();
  guint n_members;
  g_autofree char *description = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  n_members = kring_team_page_add_members (GTK_LIST_BOX (list), team, data);
  description = g_strdup_printf (ngettext ("Kernteam of %u member: disciplines and home organisations",
                                           "Kernteam of %u members: disciplines and home organisations",
                                           n_members), n_members);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   kring_record_get_string (team, "name"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (n_members == 0)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         kring_summary_row_new (_("No members yet"), NULL));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return group;
}

static void
kring_team_page_fill_glossary (KringTeamPage *self, KringSummaryData *data)
{
  GListModel *terms = kring_summary_data_list (data, "glossary_terms");
  guint n = g_list_model_get_n_items (terms);
  g_autofree char *description = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->glossary_group), n > 0);
  description = g_strdup_printf (ngettext ("%u term, from the jargon of the district",
                                           "%u terms, from the jargon of the district", n), n);
  adw_preferences_group_set_description (self->glossary_group, description);
  for (guint i = 0; i < MIN (n, GLOSSARY_SHOWN); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (terms, i);
      GtkWidget *row = kring_summary_row_new (kring_record_get_string (term, "term"),
                                              kring_record_get_string (term, "definition"));

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_append (self->glossary_list, row);
    }
}

static gboolean
kring_team_page_fill (gpointer page, KringSummaryData *data)
{
  KringTeamPage *self = page;
  GListModel *teams = kring_summary_data_list (data, "teams");
  guint n_teams = g_list_model_get_n_items (teams);

  if (n_teams == 0 && kring_summary_data_count (data, "glossary_terms") == 0)
    return FALSE;

  /* Dutch and English share the n != 1 plural rule, so two contexts suffice. */
  kring_summary_add_figure (self->figures, n_teams,
                            n_teams == 1 ? C_("figure", "Team") : C_("figure", "Teams"));
  kring_summary_add_figure (self->figures, kring_summary_data_count (data, "team_members"),
                            _("Team members"));
  kring_summary_add_figure (self->figures, kring_summary_data_count (data, "glossary_terms"),
                            _("Glossary terms"));
  for (guint i = 0; i < n_teams; i++)
    {
      g_autoptr (KringRecord) team = g_list_model_get_item (teams, i);

      gtk_box_append (self->teams_box, kring_team_page_team_group (team, data));
    }
  kring_team_page_fill_glossary (self, data);
  return TRUE;
}

static void
kring_team_page_clear (gpointer page)
{
  KringTeamPage *self = page;

  kring_summary_clear (GTK_WIDGET (self->figures));
  kring_summary_clear (GTK_WIDGET (self->teams_box));
  kring_summary_clear (GTK_WIDGET (self->glossary_list));
  adw_preferences_group_set_description (self->glossary_group, NULL);
}

static void
kring_team_page_dispose (GObject *object)
{
  KringTeamPage *self = KRING_TEAM_PAGE (object);

  g_clear_pointer (&self->summary, kring_summary_free);
  G_OBJECT_CLASS (kring_team_page_parent_class)->dispose (object);
}

static void
kring_team_page_class_init (KringTeamPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_team_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-team-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, figures);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, teams_box);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, glossary_group);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, glossary_list);
}

static void
kring_team_page_init (KringTeamPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->summary = kring_summary_new (self, self->stack, queries, G_N_ELEMENTS (queries),
                                     kring_team_page_fill, kring_team_page_clear);
}

void
kring_team_page_set_store (KringTeamPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_TEAM_PAGE (self));

  kring_summary_set_store (self->summary, store);
}

void
kring_team_page_reload (KringTeamPage *self)
{
  g_return_if_fail (KRING_IS_TEAM_PAGE (self));

  kring_summary_reload (self->summary);
}

void
kring_team_page_show_term (KringTeamPage *self, const char *term)
{
  g_return_if_fail (KRING_IS_TEAM_PAGE (self));
  /* STUB: replaced by the team helper. */
}
