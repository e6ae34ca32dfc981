/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <glib/gi18n.h>

#include "kring-store-map.h"
#include "kring-store-map-private.h"

/*
 * The ecosystem map's queries. Loading a map costs a fixed number of
 * statements whatever the size of the directory: the team, the vocabulary
 * (sectors and life domains), the taxonomy terms of every record, the team
 * members, and the nodes of the rings in one UNION. The terms are gathered
 * per record in C, so a node's sector, life domains and lijn come without a
 * query per node.
 */

#define TEAM_SQL \
  "SELECT id, name, ring0_name, ring1_name, ring2_name, ring3_name, sector_mode " \
  "FROM main.teams WHERE ?1 IS NULL OR id = ?1 OR name = ?1 " \
  "ORDER BY id = ?1 DESC, name, id LIMIT 1"

#define TERM_JOIN \
  "JOIN main.taxonomy_terms t ON t.id = a.taxonomy_term_id " \
  "JOIN main.taxonomies x ON x.id = t.taxonomy_id "

#define VOCABULARY_SQL \
  "SELECT x.kind, t.id, t.name FROM main.taxonomy_terms t " \
  "JOIN main.taxonomies x ON x.id = t.taxonomy_id " \
  "WHERE x.kind IN ('life_domain', 'sector') ORDER BY x.kind, t.name, t.id"

/* Every record's own terms (via 0); an organisation also gets the life
 * domains and lijn of its services (via 1), a placed service the terms of
 * its organisation (via 2). Own terms come first, then by name. */
#define ATTRIBUTES_SQL \
  "SELECT link, kind, term, via FROM (" \
  "SELECT a.link_id AS link, x.kind AS kind, t.id AS term, t.name AS name, 0 AS via " \
  "FROM main.attributes a " TERM_JOIN \
  "WHERE x.kind IN ('life_domain', 'sector', 'lijn') " \
  "UNION ALL SELECT s.organization_id, x.kind, t.id, t.name, 1 FROM main.services s " \
  "JOIN main.attributes a ON a.link_id = s.id " TERM_JOIN \
  "WHERE s.organization_id IS NOT NULL AND x.kind IN ('life_domain', 'lijn') " \
  "UNION ALL SELECT p.service_id, x.kind, t.id, t.name, 2 FROM main.ring_placements p " \
  "JOIN main.services s ON s.id = p.service_id " \
  "JOIN main.attributes a ON a.link_id = s.organization_id " TERM_JOIN \
  "WHERE p.team_id = ?1 AND x.kind IN ('life_domain', 'sector', 'lijn')) " \
  "ORDER BY via, name, term"

#define MEMBERS_SQL \
  "SELECT m.id, m.name, m.discipline, o.name, m.home_organization_id " \
  "FROM main.team_members m LEFT JOIN main.organizations o ON o.id = m.home_organization_id " \
  "WHERE m.team_id = ?1 AND m.active = 1 " \
  "ORDER BY m.sort_order IS NULL, m.sort_order, m.name, m.id"

#define QUALITY \
  "r.id IS NOT NULL AS known, r.has_agreement, r.fixed_contact_id IS NOT NULL, " \
  "r.knows_personally, r.reports_back, r.trust, r.contact_frequency, r.last_contact_on"

/* An organisation in the kernteam ring that team members come from is
 * shown through those members (their detail names it), not twice. */
#define NOT_A_HOME \
  "NOT (p.ring = 0 AND EXISTS (SELECT 1 FROM main.team_members m WHERE m.team_id = ?1 " \
  "AND m.active = 1 AND m.home_organization_id = o.id))"

/* Placed organisations and services, then every organisation the team has
 * not placed (the rest of the sociale kaart). A service's tie is the team's
 * relationship with its organisation. */
#define NODES_SQL \
  "SELECT * FROM (" \
  "SELECT 'organizations' AS tbl, o.id AS id, o.name AS name, NULL AS detail, p.ring AS ring, " \
  "p.sector_term_id AS sector, " QUALITY ", 0 AS grp, p.order_hint AS hint " \
  "FROM main.ring_placements p JOIN main.organizations o ON o.id = p.organization_id " \
  "LEFT JOIN main.relationships r ON r.team_id = p.team_id AND r.organization_id = o.id " \
  "WHERE p.team_id = ?1 AND " NOT_A_HOME " " \
  "UNION ALL SELECT 'services', s.id, s.name, so.name, p.ring, p.sector_term_id, " QUALITY \
  ", 0, p.order_hint FROM main.ring_placements p JOIN main.services s ON s.id = p.service_id " \
  "LEFT JOIN main.organizations so ON so.id = s.organization_id " \
  "LEFT JOIN main.relationships r ON r.team_id = p.team_id " \
  "AND r.organization_id = s.organization_id WHERE p.team_id = ?1 " \
  "UNION ALL SELECT 'organizations', o.id, o.name, NULL, 3, NULL, " QUALITY ", 1, NULL " \
  "FROM main.organizations o LEFT JOIN main.relationships r ON r.team_id = ?1 " \
  "AND r.organization_id = o.id WHERE NOT EXISTS (SELECT 1 FROM main.ring_placements p " \
  "WHERE p.team_id = ?1 AND p.organization_id = o.id)) " \
  "ORDER BY grp, ring, hint IS NULL, hint, name COLLATE NOCASE, id"

/* Columns of NODES_SQL. */
enum
{
  NODE_TABLE, NODE_ID, NODE_NAME, NODE_DETAIL, NODE_RING, NODE_SECTOR,
  NODE_KNOWN, NODE_AGREEMENT, NODE_FIXED_CONTACT, NODE_KNOWS, NODE_REPORTS_BACK,
  NODE_TRUST, NODE_FREQUENCY, NODE_LAST_CONTACT,
};

typedef struct
{
  char               *team;
  KringMapSectorMode  mode;
  gboolean            use_team_mode;
} LoadJob;

typedef struct
{
  KringMapGraph *graph;
  char          *team_id;
} LoadResult;

/* What the taxonomy says about one record. */
typedef struct
{
  guint32     life_domains;
  const char *life_domain;   /* first life domain term id; owned by the vocabulary */
  const char *sector;        /* first sector term id; owned by the vocabulary */
  int         lijn_via;      /* the via of the lijn terms counted, -1 none yet */
  guint       lijn_votes[3];
} RecordTerms;

/* The load job's working state on the worker. */
typedef struct
{
  KringStoreConn *conn;
  KringStoreMapTeam            team;
  KringMapGraph  *graph;
  GHashTable     *domain_bits;  /* life domain term id -> bit + 1 */
  GHashTable     *term_ids;     /* interned term ids (sector and life domain) */
  GHashTable     *records;      /* record id -> RecordTerms */
} Loader;

void
kring_store_map_team_clear (KringStoreMapTeam *team)
{
  g_clear_pointer (&team->id, g_free);
  g_clear_pointer (&team->name, g_free);
  for (guint i = 0; i < KRING_MAP_N_RINGS; i++)
    g_clear_pointer (&team->ring_names[i], g_free);
}

static void
load_job_free (LoadJob *job)
{
  g_free (job->team);
  g_free (job);
}

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->graph, kring_map_graph_free);
  g_free (result->team_id);
  g_free (result);
}

static void
loader_clear (Loader *loader)
{
  kring_store_map_team_clear (&loader->team);
  g_clear_pointer (&loader->graph, kring_map_graph_free);
  g_clear_pointer (&loader->domain_bits, g_hash_table_unref);
  g_clear_pointer (&loader->term_ids, g_hash_table_unref);
  g_clear_pointer (&loader->records, g_hash_table_unref);
}

/* --- small helpers --- */

static const char *
column_text (sqlite3_stmt *stmt, int column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gboolean
kring_store_map_rows_done (KringStoreConn *conn, sqlite3_stmt *stmt, int rc, GError **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  kring_sql_set_error (error, conn->db, rc);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* The lijn of a term name: "Nulde lijn", "0e lijn", "eerstelijns", "Second line" … */
static int
lijn_from_name (const char *name)
{
  static const struct { const char *prefix; int lijn; } words[] = {
    { "nul", 0 }, { "zero", 0 }, { "eerst", 1 }, { "first", 1 }, { "primary", 1 },
    { "tweed", 2 }, { "second", 2 },
  };
  g_autofree char *lower = NULL;
  const char *p;

  if (name == NULL)
    return -1;
  lower = g_utf8_strdown (name, -1);
  p = g_strchug (lower);
  if (g_ascii_isdigit (*p))
    return *p <= '2' && !g_ascii_isdigit (p[1]) ? *p - '0' : -1;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (p, words[i].prefix))
      return words[i].lijn;
  return -1;
}

static KringMapFrequency
frequency_from_text (const char *text)
{
  static const char *const names[] = {
    [KRING_MAP_FREQUENCY_WEEKLY] = "weekly",       [KRING_MAP_FREQUENCY_MONTHLY] = "monthly",
    [KRING_MAP_FREQUENCY_QUARTERLY] = "quarterly", [KRING_MAP_FREQUENCY_YEARLY] = "yearly",
    [KRING_MAP_FREQUENCY_INCIDENTAL] = "incidental", [KRING_MAP_FREQUENCY_NONE] = "none",
  };

  for (guint i = KRING_MAP_FREQUENCY_WEEKLY; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      return (KringMapFrequency) i;
  return KRING_MAP_FREQUENCY_UNKNOWN;
}

/* Whole months from @date (YYYY-MM-DD…) to @today; a month counts once its
 * day of the month is reached. -1 when there is no readable date. */
static int
months_since (const char *date, GDateTime *today)
{
  int year, month, day, months;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3
      || month < 1 || month > 12 || day < 1 || day > 31)
    return -1;
  months = (g_date_time_get_year (today) - year) * 12 + g_date_time_get_month (today) - month;
  if (g_date_time_get_day_of_month (today) < day)
    months--;
  return MAX (months, 0);
}

/* --- the team --- */

static void
read_team_row (sqlite3_stmt *stmt, KringStoreMapTeam *team)
{
  team->id = g_strdup (column_text (stmt, 0));
  team->name = g_strdup (column_text (stmt, 1));
  for (guint i = 0; i < KRING_MAP_N_RINGS; i++)
    if (!is_blank (column_text (stmt, 2 + (int) i)))
      team->ring_names[i] = g_strdup (column_text (stmt, 2 + (int) i));
  team->mode = g_strcmp0 (column_text (stmt, 6), "sector") == 0 ? KRING_MAP_SECTORS_SECTOR
                                                                  : KRING_MAP_SECTORS_LIFE_DOMAIN;
}

gboolean
kring_store_map_team_resolve (KringStoreConn *conn, const char *wanted, KringStoreMapTeam *team, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, TEAM_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, wanted);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    read_team_row (stmt, team);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      kring_sql_set_error (error, conn->db, rc);
      return FALSE;
    }
  if (rc == SQLITE_DONE && wanted != NULL)
    g_set_error (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
                 _("There is no team “%s”; it may have been deleted or renamed."), wanted);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, KRING_STORE_ERROR, KRING_STORE_ERROR_NOT_FOUND,
                         _("There is no team yet. Add a team first."));
  return rc == SQLITE_ROW;
}

/* --- the vocabulary and the terms of every record --- */

static const char *
intern_term (Loader *loader, const char *id)
{
  const char *interned = g_hash_table_lookup (loader->term_ids, id);

  if (interned == NULL)
    {
      interned = g_strdup (id);
      g_hash_table_add (loader->term_ids, (char *) interned);
    }
  return interned;
}

static void
add_vocabulary_row (Loader *loader, KringMapSectorMode mode, sqlite3_stmt *stmt)
{
  gboolean domain = g_str_equal (column_text (stmt, 0), "life_domain");
  const char *id = intern_term (loader, column_text (stmt, 1));
  const char *name = column_text (stmt, 2);
  GPtrArray *names = loader->graph->life_domain_names;

  /* The bits of a guint32 name at most 32 life domains; more get no bit. */
  if (domain && names->len < 32)
    {
      g_ptr_array_add (names, g_strdup (name));
      g_hash_table_insert (loader->domain_bits, (char *) id, GUINT_TO_POINTER (names->len));
    }
  if (domain == (mode == KRING_MAP_SECTORS_LIFE_DOMAIN))
    kring_map_graph_add_sector (loader->graph, id, name);
}

static gboolean
read_vocabulary (Loader *loader, KringMapSectorMode mode, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (loader->conn, VOCABULARY_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_vocabulary_row (loader, mode, stmt);
  return kring_store_map_rows_done (loader->conn, stmt, rc, error);
}

static RecordTerms *
record_terms (Loader *loader, const char *id)
{
  RecordTerms *terms = g_hash_table_lookup (loader->records, id);

  if (terms == NULL)
    {
      terms = g_new0 (RecordTerms, 1);
      terms->lijn_via = -1;
      g_hash_table_insert (loader->records, g_strdup (id), terms);
    }
  return terms;
}

static void
add_life_domain (Loader *loader, RecordTerms *terms, const char *term, int via)
{
  guint bit = GPOINTER_TO_UINT (g_hash_table_lookup (loader->domain_bits, term));

  /* A service does not take the life domains of its organisation; it only
   * falls back on them for its sector. */
  if (bit > 0 && via != 2)
    terms->life_domains |= 1u << (bit - 1);
  if (terms->life_domain == NULL && g_hash_table_contains (loader->term_ids, term))
    terms->life_domain = g_hash_table_lookup (loader->term_ids, term);
}

/* The lijn of a record is that of its own terms or else of the terms it
 * inherits: the one most of them name. On a tie the higher line wins: an
 * organisation that offers specialised help as often as it offers easy
 * access is where the team goes for the specialised help. */
static void
add_lijn (RecordTerms *terms, const char *name, int via)
{
  int lijn = lijn_from_name (name);

  if (lijn < 0 || (terms->lijn_via >= 0 && terms->lijn_via != via))
    return;
  terms->lijn_via = via;
  terms->lijn_votes[lijn]++;
}

static void
add_attribute_row (Loader *loader, sqlite3_stmt *stmt, GHashTable *term_names)
{
  RecordTerms *terms = record_terms (loader, column_text (stmt, 0));
  const char *kind = column_text (stmt, 1);
  const char *term = column_text (stmt, 2);
  int via = sqlite3_column_int (stmt, 3);

  if (g_str_equal (kind, "life_domain"))
    add_life_domain (loader, terms, term, via);
  else if (g_str_equal (kind, "sector") && terms->sector == NULL
           && g_hash_table_contains (loader->term_ids, term))
    terms->sector = g_hash_table_lookup (loader->term_ids, term);
  else if (g_str_equal (kind, "lijn"))
    add_lijn (terms, g_hash_table_lookup (term_names, term), via);
}

/* Lijn term names are looked up here rather than joined into every
 * attribute row: there are only a handful of them. */
#define LIJN_NAMES_SQL \
  "SELECT t.id, t.name FROM main.taxonomy_terms t " \
  "JOIN main.taxonomies x ON x.id = t.taxonomy_id WHERE x.kind = 'lijn'"

static GHashTable *
read_lijn_names (KringStoreConn *conn, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (conn, LIJN_NAMES_SQL, error);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (names, g_strdup (column_text (stmt, 0)),
                         g_strdup (column_text (stmt, 1)));
  return kring_store_map_rows_done (conn, stmt, rc, error) ? g_steal_pointer (&names) : NULL;
}

static gboolean
read_attributes (Loader *loader, GError **error)
{
  g_autoptr (GHashTable) lijn_names = read_lijn_names (loader->conn, error);
  sqlite3_stmt *stmt;
  int rc;

  if (lijn_names == NULL)
    return FALSE;
  if ((stmt = kring_conn_statement (loader->conn, ATTRIBUTES_SQL, error)) == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, loader->team.id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_attribute_row (loader, stmt, lijn_names);
  return kring_store_map_rows_done (loader->conn, stmt, rc, error);
}

static int
terms_lijn (const RecordTerms *terms)
{
  int best = -1;

  for (int i = 0; i < 3; i++)
    if (terms->lijn_votes[i] > 0 && (best < 0 || terms->lijn_votes[i] >= terms->lijn_votes[best]))
      best = i;
  return best;
}

/* The sector a record sits in: its first term of the kind the sectors are
 * made of, if that term is one of the graph's sectors. */
static const char *
terms_sector (Loader *loader, const RecordTerms *terms, KringMapSectorMode mode)
{
  const char *sector;

  if (terms == NULL)
    return NULL;
  sector = mode == KRING_MAP_SECTORS_SECTOR ? terms->sector : terms->life_domain;
  return kring_map_graph_sector_index (loader->graph, sector) >= 0 ? sector : NULL;
}

/* --- the nodes --- */

static char *
member_detail (const char *discipline, const char *organisation)
{
  if (is_blank (discipline) || is_blank (organisation))
    return g_strdup (!is_blank (discipline) ? discipline : organisation);
  return g_strdup_printf ("%s (%s)", discipline, organisation);
}

static void
add_member_row (Loader *loader, KringMapSectorMode mode, sqlite3_stmt *stmt)
{
  const char *home = column_text (stmt, 4);
  RecordTerms *terms = home != NULL ? g_hash_table_lookup (loader->records, home) : NULL;
  KringMapNode *node;

  node = kring_map_graph_add_node (loader->graph, KRING_MAP_NODE_MEMBER, "team_members",
                                   column_text (stmt, 0), column_text (stmt, 1),
                                   terms_sector (loader, terms, mode), 0);
  node->detail = member_detail (column_text (stmt, 2), column_text (stmt, 3));
  /* A member brings the life domains of the organisation they come from:
   * that is what the kernteam covers (the supply matrix's ring 0). */
  node->life_domains = terms != NULL ? terms->life_domains : 0;
  node->quality.months_since_contact = -1;
  node->lijn = -1;
}

static gboolean
read_members (Loader *loader, KringMapSectorMode mode, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (loader->conn, MEMBERS_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, loader->team.id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_member_row (loader, mode, stmt);
  return kring_store_map_rows_done (loader->conn, stmt, rc, error);
}

static void
read_quality (sqlite3_stmt *stmt, GDateTime *today, KringMapQuality *quality)
{
  quality->known = sqlite3_column_int (stmt, NODE_KNOWN) != 0;
  quality->has_agreement = sqlite3_column_int (stmt, NODE_AGREEMENT) != 0;
  quality->has_fixed_contact = quality->known && sqlite3_column_int (stmt, NODE_FIXED_CONTACT);
  quality->knows_personally = sqlite3_column_int (stmt, NODE_KNOWS) != 0;
  quality->reports_back = sqlite3_column_int (stmt, NODE_REPORTS_BACK) != 0;
  quality->trust = CLAMP (sqlite3_column_int (stmt, NODE_TRUST), 0, 5);
  quality->frequency = frequency_from_text (column_text (stmt, NODE_FREQUENCY));
  quality->months_since_contact = months_since (column_text (stmt, NODE_LAST_CONTACT), today);
  quality->tie = KRING_MAP_TIE_NONE;
}

/* A placement's own sector term (a team's choice) comes before the
 * record's terms when the sectors are sectors. */
static const char *
node_sector (Loader *loader, KringMapSectorMode mode, sqlite3_stmt *stmt,
             const RecordTerms *terms)
{
  const char *placed = column_text (stmt, NODE_SECTOR);

  if (mode == KRING_MAP_SECTORS_SECTOR && placed != NULL
      && kring_map_graph_sector_index (loader->graph, placed) >= 0)
    return g_hash_table_lookup (loader->term_ids, placed);
  return terms_sector (loader, terms, mode);
}

static void
add_partner_row (Loader *loader, KringMapSectorMode mode, sqlite3_stmt *stmt, GDateTime *today)
{
  const char *id = column_text (stmt, NODE_ID);
  RecordTerms *terms = g_hash_table_lookup (loader->records, id);
  KringMapNode *node;

  node = kring_map_graph_add_node (loader->graph, KRING_MAP_NODE_PARTNER,
                                   column_text (stmt, NODE_TABLE), id,
                                   column_text (stmt, NODE_NAME),
                                   node_sector (loader, mode, stmt, terms),
                                   sqlite3_column_int (stmt, NODE_RING));
  if (column_text (stmt, NODE_DETAIL) != NULL)
    node->detail = g_strdup (column_text (stmt, NODE_DETAIL));
  node->life_domains = terms != NULL ? terms->life_domains : 0;
  node->lijn = terms != NULL ? terms_lijn (terms) : -1;
  read_quality (stmt, today, &node->quality);
}

static gboolean
read_partners (Loader *loader, KringMapSectorMode mode, GError **error)
{
  sqlite3_stmt *stmt = kring_conn_statement (loader->conn, NODES_SQL, error);
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  int rc;

  if (stmt == NULL)
    return FALSE;
  kring_sql_bind_text (stmt, 1, loader->team.id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_partner_row (loader, mode, stmt, today);
  return kring_store_map_rows_done (loader->conn, stmt, rc, error);
}

static gboolean
load_job (KringStoreConn *conn, gpointer data, gpointer *result, GError **error)
{
  LoadJob *job = data;
  Loader loader = { .conn = conn };
  KringMapSectorMode mode;
  LoadResult *answer;
  gboolean ok;

  if (!kring_store_map_team_resolve (conn, job->team, &loader.team, error))
    return FALSE;
  mode = job->use_team_mode ? loader.team.mode : job->mode;
  loader.graph = kring_map_graph_new (loader.team.name,
                                      (const char *const *) loader.team.ring_names);
  loader.domain_bits = g_hash_table_new (g_str_hash, g_str_equal);
  loader.term_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader.records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ok = read_vocabulary (&loader, mode, error) && read_attributes (&loader, error)
       && read_members (&loader, mode, error) && read_partners (&loader, mode, error);
  if (ok)
    {
      answer = g_new0 (LoadResult, 1);
      answer->graph = g_steal_pointer (&loader.graph);
      answer->team_id = g_steal_pointer (&loader.team.id);
      *result = answer;
    }
  loader_clear (&loader);
  return ok;
}

void
kring_store_map_load_async (KringStore          *self,
                            const char          *team_id,
                            KringMapSectorMode   mode,
                            gboolean             use_team_mode,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (KRING_IS_STORE (self));

  job = g_new0 (LoadJob, 1);
  job->team = g_strdup (team_id);
  job->mode = mode;
  job->use_team_mode = use_team_mode;
  kring_store_push_job (self, kring_store_map_load_async, cancellable, callback, user_data,
                        KRING_STORE_JOB_READ, load_job, job, (GDestroyNotify) load_job_free,
                        (GDestroyNotify) load_result_free);
}

KringMapGraph *
kring_store_map_load_finish (KringStore    *self,
                             GAsyncResult  *result,
                             char         **team_id_out,
                             GError       **error)
{
  LoadResult *answer;
  KringMapGraph *graph;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_store_map_load_async,
                        NULL);
  answer = g_task_propagate_pointer (G_TASK (result), error);
  if (answer == NULL)
    return NULL;
  graph = g_steal_pointer (&answer->graph);
  if (team_id_out != NULL)
    *team_id_out = g_steal_pointer (&answer->team_id);
  load_result_free (answer);
  return graph;
}
