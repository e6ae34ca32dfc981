/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include "kring-demo.h"
#include "kring-map-compare.h"
#include "kring-map-diff.h"
#include "kring-map-page.h"
#include "kring-map-panel.h"
#include "kring-map-view.h"
#include "kring-profile.h"
#include "kring-test-util.h"

/*
 * The map page against a real, keyring-unlocked store holding the example
 * district: it shows the team's members and partners, a click opens the
 * side panel, a drag to another ring is stored and Undo puts it back, two
 * versions with a move in between list that move, the relationship's
 * agreement switch is saved, and locking drops it all.
 */

typedef struct
{
  char         *dir;
  KringStore   *store;
  GtkWindow    *window;
  KringMapPage *page;
  char         *team_id;
} Fixture;

static gpointer
child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (f->page), KRING_TYPE_MAP_PAGE, name);
}

static KringMapView *
view (Fixture *f)
{
  return child (f, "view");
}

static gpointer
panel_child (Fixture *f, const char *name)
{
  return gtk_widget_get_template_child (child (f, "panel"), KRING_TYPE_MAP_PANEL, name);
}

/* Iterates the main loop until @done (up to 30 s). */
static void
wait_until (gboolean (*done) (Fixture *f, gconstpointer arg), Fixture *f, gconstpointer arg)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (f, arg))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
page_loaded (Fixture *f, gconstpointer arg)
{
  return kring_map_page_is_loaded (f->page);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) teams = NULL;
  g_autoptr (KringRecord) team = NULL;

  f->dir = kring_test_mkdtemp ();
  f->store = kring_test_profile_open (f->dir, TRUE);
  /* The page shows the first team by name. */
  teams = kring_test_list (f->store, "teams", NULL, NULL, "name");
  team = g_list_model_get_item (teams, 0);
  f->team_id = g_strdup (kring_record_get_id (team));
  f->page = g_object_new (KRING_TYPE_MAP_PAGE, NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1366, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  kring_map_page_set_store (f->page, f->store);
  wait_until (page_loaded, f, NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  kring_map_page_set_store (f->page, NULL);
  gtk_window_destroy (f->window);
  kring_test_store_close (f->store);
  g_clear_object (&f->store);
  g_free (f->team_id);
  g_free (f->dir);
}

/* The stored ring of the team's placement of organisation @id, or -1. */
static int
stored_ring (Fixture *f, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "ring_placements", "organization_id", id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_string (row, "team_id"), f->team_id) == 0)
        return (int) kring_record_get_int (row, "ring", -9);
    }
  return -1;
}

typedef struct
{
  const char *id;
  int         ring;
} Placement;

static gboolean
stored_ring_is (Fixture *f, gconstpointer arg)
{
  const Placement *p = arg;

  return stored_ring (f, p->id) == p->ring;
}

static const KringMapNode *
shown_node (Fixture *f, const char *id)
{
  const KringMapGraph *graph = kring_map_view_get_graph (view (f));
  int index = kring_map_graph_find (graph, id);

  return index >= 0 ? g_ptr_array_index (graph->nodes, index) : NULL;
}

static gboolean
shown_ring_is (Fixture *f, gconstpointer arg)
{
  const Placement *p = arg;
  const KringMapNode *node = shown_node (f, p->id);

  return node != NULL && node->ring == p->ring;
}

/* A placed organisation of the team in @ring, as the map shows it. */
static const KringMapNode *
partner_in_ring (Fixture *f, int ring)
{
  const KringMapGraph *graph = kring_map_view_get_graph (view (f));

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (graph->nodes, i);

      if (node->kind == KRING_MAP_NODE_PARTNER && node->ring == ring
          && g_strcmp0 (node->table, "organizations") == 0 && stored_ring (f, node->id) == ring)
        return node;
    }
  g_error ("No organisation is placed in ring %d", ring);
}

static void
test_shows_members_and_partners (Fixture *f, gconstpointer data)
{
  g_autoptr (GListModel) members = kring_test_list (f->store, "team_members", "team_id", f->team_id, NULL);
  g_autoptr (GListModel) placements = kring_test_list (f->store, "ring_placements", "team_id", f->team_id,
                                                 NULL);
  g_autoptr (GListModel) teams = kring_test_list (f->store, "teams", NULL, NULL, "name");
  g_autoptr (KringRecord) team = g_list_model_get_item (teams, 0);
  guint shown_members = 0;

  g_assert_cmpstr (gtk_label_get_text (child (f, "team_title")), ==,
                   kring_record_get_string (team, "name"));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);
      const KringMapNode *node = shown_node (f, kring_record_get_id (member));

      if (kring_record_get_int (member, "active", 1) == 0)
        continue;
      g_assert_nonnull (node);
      g_assert_cmpint (node->ring, ==, 0);
      g_assert_cmpstr (node->label, ==, kring_record_get_string (member, "name"));
      g_assert_nonnull (kring_map_view_get_node_widget (view (f), node->id));
      shown_members++;
    }
  g_assert_cmpuint (shown_members, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (placements), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr (KringRecord) placement = g_list_model_get_item (placements, i);
      const char *id = kring_record_get_string (placement, "organization_id");
      int ring = (int) kring_record_get_int (placement, "ring", -1);
      const KringMapNode *node = id != NULL ? shown_node (f, id) : NULL;

      if (id == NULL || ring == 0)
        continue;
      g_assert_nonnull (node);
      g_assert_cmpint (node->kind, ==, KRING_MAP_NODE_PARTNER);
      g_assert_cmpint (node->ring, ==, ring);
    }
}

static gboolean
panel_loaded (Fixture *f, gconstpointer id)
{
  KringMapPanel *panel = child (f, "panel");

  return g_strcmp0 (kring_map_panel_get_id (panel), id) == 0
         && !kring_map_panel_is_loading (panel);
}

static void
activate_node (Fixture *f, const char *id)
{
  g_signal_emit_by_name (view (f), "node-activated", id);
  wait_until (panel_loaded, f, id);
}

static char *
stored_name (Fixture *f, const char *table, const char *id)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringRecord) record = NULL;

  kring_store_get_async (f->store, table, id, NULL, kring_test_store_result, &result);
  record = kring_store_get_finish (f->store, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  return g_strdup (kring_record_get_string (record, "name"));
}

static void
test_panel_opens (Fixture *f, gconstpointer data)
{
  const KringMapNode *partner = partner_in_ring (f, 1);
  g_autofree char *id = g_strdup (partner->id);
  g_autofree char *name = stored_name (f, "organizations", id);
  GtkRevealer *side = child (f, "side");

  g_assert_false (gtk_revealer_get_reveal_child (side));
  activate_node (f, id);
  g_assert_true (gtk_revealer_get_reveal_child (side));
  g_assert_cmpstr (gtk_label_get_text (panel_child (f, "title")), ==, name);
  g_assert_cmpstr (gtk_label_get_text (panel_child (f, "ring")), ==,
                   kring_map_view_get_graph (view (f))->ring_names[1]);
  g_assert_true (gtk_widget_get_visible (panel_child (f, "relationship_group")));

  /* Escape's action closes it again and empties it. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "map.close-panel", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (side));
  g_assert_null (kring_map_panel_get_id (child (f, "panel")));
}

static void
test_move_and_undo (Fixture *f, gconstpointer data)
{
  g_autofree char *id = g_strdup (partner_in_ring (f, 1)->id);
  Placement outer = { id, 2 }, inner = { id, 1 }, out = { id, -1 };

  /* A drag to the outer ring, as the view reports it. */
  g_signal_emit_by_name (view (f), "node-moved", id, 1, 2);
  wait_until (stored_ring_is, f, &outer);
  wait_until (shown_ring_is, f, &outer);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->page)));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "map.undo", NULL);
  wait_until (stored_ring_is, f, &inner);
  wait_until (shown_ring_is, f, &inner);

  /* Delete takes it out of the rings; Undo places it back. */
  g_signal_emit_by_name (view (f), "node-removed", id);
  wait_until (stored_ring_is, f, &out);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "map.undo", NULL);
  wait_until (stored_ring_is, f, &inner);
}

static void
await_result (GObject *source, GAsyncResult *result, gpointer user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static char *
save_version (Fixture *f, const char *title)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  char *id;

  kring_map_page_save_version_async (f->page, title, NULL, await_result, &result);
  id = kring_map_page_save_version_finish (f->page, kring_test_await_borrowed (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

static gboolean
compare_loaded (Fixture *f, gconstpointer compare)
{
  return !kring_map_compare_is_loading ((KringMapCompare *) compare);
}

static const KringMapChange *
find_change (GPtrArray *changes, const char *id)
{
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      const KringMapChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->id, id) == 0)
        return change;
    }
  return NULL;
}

static void
test_versions_compare (Fixture *f, gconstpointer data)
{
  g_autofree char *id = g_strdup (partner_in_ring (f, 1)->id);
  g_autofree char *before = save_version (f, "Voor het overleg");
  g_autofree char *after = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  Placement outer = { id, 2 };
  KringMapCompare *compare;
  const KringMapChange *change;

  kring_map_page_move_node_async (f->page, id, 2, NULL, await_result, &result);
  g_assert_true (kring_map_page_move_node_finish (f->page, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
  wait_until (shown_ring_is, f, &outer);
  after = save_version (f, "Na het overleg");

  compare = KRING_MAP_COMPARE (kring_map_page_open_versions (f->page));
  g_assert_nonnull (compare);
  wait_until (compare_loaded, f, compare);
  g_assert_true (kring_map_compare_select (compare, before, after));
  change = find_change (kring_map_compare_get_changes (compare), id);
  g_assert_nonnull (change);
  g_assert_cmpint (change->kind, ==, KRING_MAP_CHANGE_MOVED);
  g_assert_cmpint (change->old_ring, ==, 1);
  g_assert_cmpint (change->new_ring, ==, 2);
  /* The same version twice: nothing changed. */
  g_assert_true (kring_map_compare_select (compare, after, after));
  g_assert_cmpuint (kring_map_compare_get_changes (compare)->len, ==, 0);
  /* The first version against the map as it is now shows the move too. */
  g_assert_true (kring_map_compare_select (compare, before, NULL));
  g_assert_nonnull (find_change (kring_map_compare_get_changes (compare), id));
  kring_map_compare_set_overlay (compare, TRUE);
  gtk_window_destroy (GTK_WINDOW (compare));
}

/* The team's stored relationship with @id: has_agreement, or -1 without one. */
static int
stored_agreement (Fixture *f, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "relationships", "organization_id", id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_string (row, "team_id"), f->team_id) == 0)
        return (int) kring_record_get_int (row, "has_agreement", 0);
    }
  return -1;
}

typedef struct
{
  const char *id;
  int         agreement;
} Agreement;

static gboolean
stored_agreement_is (Fixture *f, gconstpointer arg)
{
  const Agreement *a = arg;

  return stored_agreement (f, a->id) == a->agreement;
}

static void
toggle_agreement (Fixture *f, const char *id)
{
  GtkSwitch *toggle = panel_child (f, "agreement_switch");
  gboolean was = gtk_switch_get_active (toggle);
  Agreement expected = { id, was ? 0 : 1 };

  /* The switch shows what is stored (off without a relationship). */
  g_assert_cmpint (was, ==, stored_agreement (f, id) > 0);
  gtk_switch_set_active (toggle, !was);
  wait_until (stored_agreement_is, f, &expected);
}

/* The id of the team's relationship with organisation @id, or NULL. */
static char *
relationship_id (Fixture *f, const char *id)
{
  g_autoptr (GListModel) rows = kring_test_list (f->store, "relationships", "organization_id", id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_string (row, "team_id"), f->team_id) == 0)
        return g_strdup (kring_record_get_id (row));
    }
  return NULL;
}

/* An organisation other than @other that the team has a relationship with. */
static const char *
related_organisation (Fixture *f, const char *other)
{
  const KringMapGraph *graph = kring_map_view_get_graph (view (f));

  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (graph->nodes, i);

      if (node->kind == KRING_MAP_NODE_PARTNER && node->quality.known
          && g_strcmp0 (node->table, "organizations") == 0 && g_strcmp0 (node->id, other) != 0)
        return node->id;
    }
  g_error ("No other organisation has a relationship with the team");
}

static gboolean
shown_unknown (Fixture *f, gconstpointer id)
{
  const KringMapNode *node = shown_node (f, id);

  return node != NULL && !node->quality.known;
}

/* Deletes the team's relationship with @id and waits until the map shows none. */
static void
forget_relationship (Fixture *f, const char *id)
{
  g_autofree char *relationship = relationship_id (f, id);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (relationship);
  kring_store_delete_async (f->store, "relationships", relationship, NULL,
                            kring_test_store_result, &result);
  g_assert_true (kring_store_delete_finish (f->store, kring_test_await_borrowed (&result), &error));
  g_assert_no_error (error);
  kring_map_page_reload (f->page);
  wait_until (shown_unknown, f, id);
}

static void
test_agreement_saved (Fixture *f, gconstpointer data)
{
  g_autofree char *placed = g_strdup (partner_in_ring (f, 1)->id);
  g_autofree char *unrelated = g_strdup (related_organisation (f, placed));

  activate_node (f, placed);
  toggle_agreement (f, placed);

  /* Without a relationship, the first edit makes one. */
  forget_relationship (f, unrelated);
  g_assert_cmpint (stored_agreement (f, unrelated), ==, -1);
  activate_node (f, unrelated);
  g_assert_false (gtk_switch_get_active (panel_child (f, "agreement_switch")));
  toggle_agreement (f, unrelated);
  g_assert_cmpint (stored_agreement (f, unrelated), ==, 1);
}

static void
test_quality_filter (Fixture *f, gconstpointer data)
{
  KringMapFilters *filters = kring_map_page_get_filters (f->page);
  const KringMapGraph *graph = kring_map_view_get_graph (view (f));
  guint matched = 0, placed = 0;

  kring_map_filters_set_quality (filters, KRING_MAP_FILTER_NO_AGREEMENT, TRUE);
  g_assert_true (kring_map_filters_is_active (filters));
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (graph->nodes, i);
      gboolean match = kring_map_filters_match (filters, graph, node);

      if (node->kind == KRING_MAP_NODE_MEMBER)
        g_assert_false (match);
      if (node->kind == KRING_MAP_NODE_PARTNER && (node->ring == 1 || node->ring == 2))
        {
          g_assert_cmpint (match, ==, !node->quality.has_agreement);
          matched += match;
          placed++;
        }
    }
  g_assert_cmpuint (placed, >, matched);
  kring_map_filters_clear (filters);
  g_assert_false (kring_map_filters_is_active (filters));
}

static void
test_lock_drops_everything (Fixture *f, gconstpointer data)
{
  const KringMapNode *partner = partner_in_ring (f, 1);

  activate_node (f, partner->id);
  kring_map_page_set_store (f->page, NULL);
  g_assert_false (kring_map_page_is_loaded (f->page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f, "stack")), ==, "loading");
  g_assert_cmpuint (kring_map_view_get_graph (view (f))->nodes->len, ==, 0);
  g_assert_null (kring_map_panel_get_id (child (f, "panel")));
  g_assert_cmpstr (gtk_label_get_text (panel_child (f, "title")), ==, "");
  g_assert_cmpstr (gtk_label_get_text (child (f, "team_title")), ==, "");
}

static gboolean
team_mode_is (Fixture *f, gconstpointer mode)
{
  g_autoptr (GListModel) teams = kring_test_list (f->store, "teams", "id", f->team_id, NULL);
  g_autoptr (KringRecord) team = g_list_model_get_item (teams, 0);

  return g_strcmp0 (kring_record_get_string (team, "sector_mode"), mode) == 0;
}

/* The sector toggle is the team's choice and is kept. */
static void
test_sector_mode_saved (Fixture *f, gconstpointer data)
{
  gboolean sectors = team_mode_is (f, "sector");

  gtk_toggle_button_set_active (child (f, sectors ? "life_domain_toggle" : "sector_toggle"),
                                TRUE);
  wait_until (team_mode_is, f, sectors ? "life_domain" : "sector");
  wait_until (page_loaded, f, NULL);
  gtk_toggle_button_set_active (child (f, sectors ? "sector_toggle" : "life_domain_toggle"),
                                TRUE);
  wait_until (team_mode_is, f, sectors ? "sector" : "life_domain");
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/map-page/shows-members-and-partners", test_shows_members_and_partners);
  ADD ("/ui/map-page/panel", test_panel_opens);
  ADD ("/ui/map-page/move-undo", test_move_and_undo);
  ADD ("/ui/map-page/versions", test_versions_compare);
  ADD ("/ui/map-page/agreement", test_agreement_saved);
  ADD ("/ui/map-page/filter", test_quality_filter);
  ADD ("/ui/map-page/lock", test_lock_drops_everything);
  ADD ("/ui/map-page/sector-mode", test_sector_mode_saved);
#undef ADD
  return g_test_run ();
}
