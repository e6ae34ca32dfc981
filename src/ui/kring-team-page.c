/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-glossary-links.h"
#include "kring-glossary-view.h"
#include "kring-summary.h"
#include "kring-team-common.h"
#include "kring-team-members.h"
#include "kring-team-page.h"
#include "kring-team-who.h"

/*
 * The team page for new colleagues: who is in the team ("Teamleden"), who
 * covers a question ("Wie doet wat?") and what the jargon means
 * ("Begrippenlijst"). The page loads the tables once; the three sections
 * show them and report saves ("changed") and removals ("removed", with the
 * rows for Undo) back here.
 */

struct _KringTeamPage
{
  AdwBin             parent_instance;

  KringSummary      *summary;
  KringStore        *store;
  char              *team_id;       /* the team chosen */
  char              *pending_term;  /* show_term before the glossary was loaded */
  GListModel        *teams;
  GListModel        *members_list;
  GListModel        *organizations;
  GListModel        *domains;
  GPtrArray         *undo_rows;     /* the rows of the last removal */

  GtkStack          *stack;
  AdwToastOverlay   *toasts;
  GtkDropDown       *team_choice;
  AdwViewStack      *views;
  KringTeamMembers  *members;
  KringTeamWho      *who;
  KringGlossaryView *glossary;
};

G_DEFINE_FINAL_TYPE (KringTeamPage, kring_team_page, ADW_TYPE_BIN)

static const KringSummaryQuery queries[] = {
  { "teams", "name" },
  { "team_members", "sort_order" },
  { "organizations", "name" },
  { "glossary_terms", "term" },
  { "taxonomies", NULL },
  { "taxonomy_terms", "sort_order" },
};

static KringRecord *
chosen_team (KringTeamPage *self)
{
  guint position = gtk_drop_down_get_selected (self->team_choice);

  if (self->teams == NULL || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (self->teams, position);
}

/* The members and the who-does-what follow the team chosen. */
static void
show_team (KringTeamPage *self)
{
  g_autoptr (KringRecord) team = chosen_team (self);

  g_free (self->team_id);
  self->team_id = team != NULL ? g_strdup (kring_record_get_id (team)) : NULL;
  kring_team_members_set_data (self->members, self->store, self->team_id, self->members_list,
                               self->organizations);
  kring_team_who_set_data (self->who, self->store, team, self->domains);
}

static void
fill_team_choice (KringTeamPage *self)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (self->teams);
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) team = g_list_model_get_item (self->teams, i);

      gtk_string_list_append (names, kring_record_get_string (team, "name"));
      if (g_strcmp0 (kring_record_get_id (team), self->team_id) == 0)
        selected = i;
    }
  g_signal_handlers_block_by_func (self->team_choice, show_team, self);
  gtk_drop_down_set_model (self->team_choice, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->team_choice, selected);
  g_signal_handlers_unblock_by_func (self->team_choice, show_team, self);
  gtk_widget_set_visible (GTK_WIDGET (self->team_choice), n > 1);
  g_object_unref (names);
}

static GListModel *
life_domains (KringSummaryData *data)
{
  GListModel *terms = kring_summary_data_list (data, "taxonomy_terms");
  GListStore *domains = g_list_store_new (KRING_TYPE_RECORD);

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (terms, i);

      if (kring_summary_data_term_is (data, term, "life_domain"))
        g_list_store_append (domains, term);
    }
  return G_LIST_MODEL (domains);
}

/* Every term, so that texts elsewhere in the app can link them. */
static void
publish_terms (GListModel *terms)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (terms, i);

      g_ptr_array_add (names, (char *) kring_record_get_string (term, "term"));
    }
  g_ptr_array_add (names, NULL);
  kring_glossary_links_set_terms ((const char *const *) names->pdata);
}

static gboolean
kring_team_page_fill (gpointer page, KringSummaryData *data)
{
  KringTeamPage *self = page;
  GListModel *terms = kring_summary_data_list (data, "glossary_terms");

  g_set_object (&self->teams, kring_summary_data_list (data, "teams"));
  if (g_list_model_get_n_items (self->teams) == 0 && g_list_model_get_n_items (terms) == 0)
    return FALSE;
  g_set_object (&self->members_list, kring_summary_data_list (data, "team_members"));
  g_set_object (&self->organizations, kring_summary_data_list (data, "organizations"));
  g_clear_object (&self->domains);
  self->domains = life_domains (data);
  fill_team_choice (self);
  show_team (self);
  kring_glossary_view_set_data (self->glossary, self->store, terms);
  publish_terms (terms);
  if (self->pending_term != NULL)
    {
      g_autofree char *term = g_steal_pointer (&self->pending_term);

      kring_glossary_view_show_term (self->glossary, term);
    }
  return TRUE;
}

/* Before a refill the sections keep what the user typed; on lock (no
 * store) everything goes. */
static void
kring_team_page_clear (gpointer page)
{
  KringTeamPage *self = page;

  if (self->store != NULL)
    return;
  g_clear_object (&self->teams);
  g_clear_object (&self->members_list);
  g_clear_object (&self->organizations);
  g_clear_object (&self->domains);
  g_clear_pointer (&self->undo_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pending_term, g_free);
  kring_team_members_set_data (self->members, NULL, NULL, NULL, NULL);
  kring_team_who_set_data (self->who, NULL, NULL, NULL);
  kring_glossary_view_set_data (self->glossary, NULL, NULL);
  gtk_drop_down_set_model (self->team_choice, NULL);
  kring_glossary_links_set_terms (NULL);
}

/* --- changes and Undo --- */

static void
on_changed (KringTeamPage *self)
{
  kring_summary_reload (self->summary);
}

static void
on_removed (KringTeamPage *self, GPtrArray *rows, const char *message)
{
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (title);

  g_clear_pointer (&self->undo_rows, g_ptr_array_unref);
  self->undo_rows = g_ptr_array_ref (rows);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_action_name (toast, "team.undo");
  adw_toast_overlay_add_toast (self->toasts, toast);
  kring_summary_reload (self->summary);
}

static void
on_restored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringTeamPage) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_save_finish (KRING_STORE (source), result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Could not undo: %s"), error->message);

      kring_team_toast (GTK_WIDGET (self->glossary), text);
    }
  if (self->store != NULL)
    kring_summary_reload (self->summary);
}

static void
undo_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringTeamPage *self = KRING_TEAM_PAGE (widget);
  g_autoptr (GPtrArray) rows = g_steal_pointer (&self->undo_rows);

  if (rows == NULL || self->store == NULL)
    return;
  kring_store_save_async (self->store, rows, NULL, on_restored, g_object_ref (self));
}

/* Ctrl+F: the search of the section shown (the members have none, so the
 * who-does-what). */
static gboolean
focus_search (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  KringTeamPage *self = KRING_TEAM_PAGE (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->views), "glossary") == 0)
    kring_glossary_view_focus_search (self->glossary);
  else
    {
      adw_view_stack_set_visible_child_name (self->views, "who");
      kring_team_who_focus_search (self->who);
    }
  return TRUE;
}

/* --- the type --- */

static void
kring_team_page_dispose (GObject *object)
{
  KringTeamPage *self = KRING_TEAM_PAGE (object);

  g_clear_pointer (&self->summary, kring_summary_free);
  g_clear_object (&self->store);
  g_clear_object (&self->teams);
  g_clear_object (&self->members_list);
  g_clear_object (&self->organizations);
  g_clear_object (&self->domains);
  g_clear_pointer (&self->undo_rows, g_ptr_array_unref);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->pending_term, g_free);
  G_OBJECT_CLASS (kring_team_page_parent_class)->dispose (object);
}

static void
kring_team_page_class_init (KringTeamPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_team_page_dispose;
  g_type_ensure (KRING_TYPE_TEAM_MEMBERS);
  g_type_ensure (KRING_TYPE_TEAM_WHO);
  g_type_ensure (KRING_TYPE_GLOSSARY_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-team-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, team_choice);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, views);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, members);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, who);
  gtk_widget_class_bind_template_child (widget_class, KringTeamPage, glossary);
  gtk_widget_class_install_action (widget_class, "team.undo", NULL, undo_activated);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search, NULL);
}

static void
kring_team_page_init (KringTeamPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->summary = kring_summary_new (self, self->stack, queries, G_N_ELEMENTS (queries),
                                     kring_team_page_fill, kring_team_page_clear);
  g_signal_connect_swapped (self->team_choice, "notify::selected", G_CALLBACK (show_team), self);
  g_signal_connect_swapped (self->members, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->glossary, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->members, "removed", G_CALLBACK (on_removed), self);
  g_signal_connect_swapped (self->glossary, "removed", G_CALLBACK (on_removed), self);
}

void
kring_team_page_set_store (KringTeamPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_TEAM_PAGE (self));

  g_set_object (&self->store, store);
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
  g_return_if_fail (term != NULL);

  adw_view_stack_set_visible_child_name (self->views, "glossary");
  if (self->store == NULL
      || g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "content") != 0)
    {
      g_free (self->pending_term);
      self->pending_term = g_strdup (term);
      return;
    }
  kring_glossary_view_show_term (self->glossary, term);
}
