/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <glib/gi18n.h>

#include "kring-store-household.h"
#include "kring-store-directory.h"
#include "kring-store-private.h"

/*
 * The household's ecomap: the household at the centre, its network persons
 * in the close and wider network, and the professionals around it. Two
 * statements whatever the size of the network: the household, and every
 * person and professional in one UNION.
 */

enum { RING_CLOSE, RING_WIDER, RING_PROFESSIONALS, RING_ORGANIZATIONS };

#define SECTOR_FAMILY "family"
#define SECTOR_NEIGHBOURHOOD "neighbourhood"
#define SECTOR_SCHOOL_WORK "school_work"
#define SECTOR_CARE "care"

#define LABEL_SQL "SELECT label FROM main.households WHERE id = ?1"

/* A professional's label is the contact's or team member's name before
 * the free-text name; an organisation alone names the node last. Ended
 * involvements are history and stay off the map. */
#define PEOPLE_SQL \
  "SELECT 'network_persons', p.id, p.name, p.relation, p.ring, p.tie, " \
  "p.contact_id IS NOT NULL OR p.organization_id IS NOT NULL " \
  "OR p.team_member_id IS NOT NULL, 0 FROM main.network_persons p WHERE p.household_id = ?1 " \
  "UNION ALL SELECT 'household_professionals', hp.id, coalesce(c.name, m.name, hp.name, o.name), " \
  "CASE WHEN o.name IS NULL OR o.name = coalesce(c.name, m.name, hp.name, o.name) THEN hp.role " \
  "ELSE hp.role || ' (' || o.name || ')' END, 'professional', 'strong', 1, " \
  "c.name IS NULL AND m.name IS NULL AND hp.name IS NULL " \
  "FROM main.household_professionals hp LEFT JOIN main.contacts c ON c.id = hp.contact_id " \
  "LEFT JOIN main.team_members m ON m.id = hp.team_member_id " \
  "LEFT JOIN main.organizations o ON o.id = hp.organization_id " \
  "WHERE hp.household_id = ?1 AND (hp.ended_on IS NULL OR hp.ended_on >= ?2)"

enum { COL_TABLE, COL_ID, COL_NAME, COL_RELATION, COL_RING, COL_TIE, COL_FORMAL, COL_ORG_ONLY };

static int
ring_from_text (const char *ring)
{
  if (g_strcmp0 (ring, "wider") == 0)
    return RING_WIDER;
  if (g_strcmp0 (ring, "professional") == 0)
    return RING_PROFESSIONALS;
  return RING_CLOSE;
}

static KringMapTie
tie_from_text (const char *tie)
{
  if (g_strcmp0 (tie, "weak") == 0)
    return KRING_MAP_TIE_WEAK;
  if (g_strcmp0 (tie, "stressful") == 0)
    return KRING_MAP_TIE_STRESSFUL;
  return KRING_MAP_TIE_STRONG;
}

/* Word stems of relations as people write them, in Dutch and English. */
static const struct
{
  const char *sector;
  const char *stems[24];
} relation_words[] = {
  { SECTOR_FAMILY, { "moeder", "vader", "ouder", "zus", "broer", "oma", "opa", "tante", "oom",
                     "neef", "nicht", "vriend", "partner", "familie", "zoon", "dochter", "kind",
                     "schoon", "mother", "father", "sister", "brother", "friend", "family" } },
  { SECTOR_NEIGHBOURHOOD, { "buur", "neighbour", "neighbor", "kerk", "moskee", "church",
                            "vereniging", "club", "wijk", "straat" } },
  { SECTOR_SCHOOL_WORK, { "school", "leraar", "leerkracht", "juf", "meester", "mentor", "werk",
                          "collega", "baas", "stage", "opleiding", "teacher", "colleague",
                          "employer", "work" } },
  { SECTOR_CARE, { "arts", "zorg", "hulp", "verpleeg", "therapeut", "coach", "begeleid",
                   "consulent", "maatschappelijk", "doctor", "nurse", "care", "social" } },
};

/* The sector of a network person: by the words of the relation; anyone
 * linked to the sociale kaart or the team is care and welfare. */
static const char *
sector_of_person (const char *relation, gboolean formal, int ring)
{
  g_autofree char *folded = NULL;

  if (formal || ring >= RING_PROFESSIONALS)
    return SECTOR_CARE;
  if (relation == NULL)
    return NULL;
  folded = kring_directory_fold (relation);
  for (guint i = 0; i < G_N_ELEMENTS (relation_words); i++)
    for (guint j = 0; j < G_N_ELEMENTS (relation_words[i].stems); j++)
      if (relation_words[i].stems[j] != NULL && strstr (folded, relation_words[i].stems[j]))
        return relation_words[i].sector;
  return NULL;
}

static KringMapGraph *
ecomap_graph_new (const char *label)
{
  const char *ring_names[KRING_MAP_N_RINGS] = {
    _("Close network"), _("Wider network"), _("Professionals"), _("Organisations"),
  };
  KringMapGraph *graph = kring_map_graph_new (label, ring_names);

  kring_map_graph_add_sector (graph, SECTOR_FAMILY, _("Family and friends"));
  kring_map_graph_add_sector (graph, SECTOR_NEIGHBOURHOOD, _("Neighbourhood"));
  kring_map_graph_add_sector (graph, SECTOR_SCHOOL_WORK, _("School and work"));
  kring_map_graph_add_sector (graph, SECTOR_CARE, _("Care and welfare"));
  return graph;
}

static void
add_person_row (KringMapGraph *graph, sqlite3_stmt *stmt)
{
  const char *relation = (const char *) sqlite3_column_text (stmt, COL_RELATION);
  const char *table = (const char *) sqlite3_column_text (stmt, COL_TABLE);
  gboolean org_only = sqlite3_column_int (stmt, COL_ORG_ONLY);
  /* An organisation without a person in it stands further off than the
   * professionals the household knows by name. */
  int ring = org_only ? RING_ORGANIZATIONS
                      : ring_from_text ((const char *) sqlite3_column_text (stmt, COL_RING));
  gboolean professional = g_str_equal (table, "household_professionals");
  KringMapNode *node;

  node = kring_map_graph_add_node (graph, org_only ? KRING_MAP_NODE_PARTNER : KRING_MAP_NODE_MEMBER,
                                   table, (const char *) sqlite3_column_text (stmt, COL_ID),
                                   (const char *) sqlite3_column_text (stmt, COL_NAME),
                                   sector_of_person (professional ? NULL : relation,
                                                     sqlite3_column_int (stmt, COL_FORMAL), ring),
                                   ring);
  node->detail = g_strdup (relation);
  node->lijn = -1;
  node->quality.known = TRUE;
  node->quality.months_since_contact = -1;
  node->quality.tie = tie_from_text ((const char *) sqlite3_column_text (stmt, COL_TIE));
}

static gboolean
read_label (KringStoreConn *conn, const char *id, char **label, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, LABEL_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *label = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
                 _("There is no household “%s”; it may have been deleted."), id);
  else if (rc != SQLITE_ROW)
    kring_sql_set_error (error, conn->db, rc);
  return rc == SQLITE_ROW;
}

static gboolean
ecomap_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  g_autofree char *today = kring_store_today ();
  g_autofree char *label = NULL;
  g_autoptr (KringMapGraph) graph = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!read_label (conn, data, &label, error))
    return FALSE;
  if ((stmt = kring_conn_statement (conn, PEOPLE_SQL, error)) == NULL)
    return FALSE;
  graph = ecomap_graph_new (label);
  kring_sql_bind_text (stmt, 1, data);
  kring_sql_bind_text (stmt, 2, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_person_row (graph, stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  *result = g_steal_pointer (&graph);
  return TRUE;
}

void
kring_store_household_ecomap_async (KringStore          *self,
                                    const char          *household_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (KRING_IS_STORE (self));
  g_return_if_fail (household_id != NULL);

  kring_store_push_job (self, kring_store_household_ecomap_async, cancellable, callback,
                        user_data, KRING_STORE_JOB_READ, ecomap_job, g_strdup (household_id),
                        g_free, (GDestroyNotify) kring_map_graph_free);
}

KringMapGraph *
kring_store_household_ecomap_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                        == kring_store_household_ecomap_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
