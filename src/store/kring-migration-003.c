/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

/*
 * Schema v3: a full-text index that is cheap to keep up to date and to query.
 *
 * Up to v2 every change of a record or of one of its attributes deleted the
 * record's FTS4 row and inserted it again at once. An FTS4 delete of a row
 * that is not newer than the last one written forces the pending terms out
 * to a new segment, so importing a service with three attributes wrote
 * three tiny segments and merged them again. Now a change only notes the
 * record in directory_fts_dirty; the rows are rebuilt together, in docid
 * order, whenever a thousand records are waiting and before every search
 * (INSERT INTO directory_fts_sync does it). A record keeps no stale text
 * visible: every reader of directory_fts syncs first.
 *
 * directory_fts_docs maps each FTS4 docid to its record, to the record's
 * table and to the directory entry it stands for (a contact stands for its
 * service or else its organisation), so a search reads the hits' docids
 * only and never the FTS content of rows it does not show. The prefix index
 * also covers one-letter prefixes: the first keystroke reads one doclist
 * instead of merging those of every word with that initial.
 */

#define DIRTY(ref) \
  "INSERT INTO directory_fts_dirty (record_id) SELECT " ref " WHERE " ref " IS NOT NULL " \
  "AND NOT EXISTS (SELECT 1 FROM directory_fts_dirty WHERE record_id = " ref ");\n"
#define DIRTY_SELECT(select) \
  "INSERT INTO directory_fts_dirty (record_id) SELECT id FROM (" select ") AS x " \
  "WHERE NOT EXISTS (SELECT 1 FROM directory_fts_dirty WHERE record_id = x.id);\n"

#define DROP_OLD \
  "DROP TRIGGER organizations_fts_ai; DROP TRIGGER organizations_fts_au;\n" \
  "DROP TRIGGER services_fts_ai; DROP TRIGGER services_fts_au;\n" \
  "DROP TRIGGER contacts_fts_ai; DROP TRIGGER contacts_fts_au;\n" \
  "DROP TRIGGER organizations_name_au;\n" \
  "DROP TRIGGER attributes_fts_ai; DROP TRIGGER attributes_fts_au;\n" \
  "DROP TRIGGER attributes_fts_ad; DROP TRIGGER taxonomy_terms_fts_au;\n" \
  "DROP TABLE directory_fts; DROP TABLE directory_fts_docs;\n"

/* The *_ad triggers of v1 still drop a deleted record's row through
 * directory_fts_docs (record_id, docid). */
#define TABLES \
  "CREATE VIRTUAL TABLE directory_fts USING fts4 (record_table, record_id, title, body, " \
  "notindexed=record_table, notindexed=record_id, prefix=\"1,2,3\", " \
  "tokenize=unicode61 \"remove_diacritics=1\");\n" \
  "CREATE TABLE directory_fts_docs (docid INTEGER PRIMARY KEY, " \
  "record_id TEXT NOT NULL UNIQUE, record_table TEXT NOT NULL, entry_id TEXT);\n" \
  "CREATE TABLE directory_fts_dirty (record_id TEXT PRIMARY KEY NOT NULL);\n" \
  "CREATE VIEW directory_fts_sync AS SELECT 0 AS pending;\n"

#define TXT(col) "coalesce(" col ", '') || ' ' || "
#define TAGS(ref) \
  "coalesce((SELECT group_concat(coalesce(t.name, '') || ' ' || coalesce(a.value, ''), ' ') " \
  "FROM attributes a LEFT JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id " \
  "WHERE a.link_id = " ref "), '')"
#define ORG_NAME(ref) \
  "coalesce((SELECT name FROM organizations WHERE id = " ref "), '') || ' ' || "

#define ORG_BODY TXT ("r.alternate_name") TXT ("r.description") TAGS ("r.id")
#define SERVICE_BODY \
  TXT ("r.alternate_name") TXT ("r.description") TXT ("r.eligibility_description") \
  TXT ("r.application_process") TXT ("r.fees_description") TXT ("r.wait_time") \
  ORG_NAME ("r.organization_id") TAGS ("r.id")
#define CONTACT_BODY \
  TXT ("r.title") TXT ("r.department") TXT ("r.email") ORG_NAME ("r.organization_id") \
  TAGS ("r.id")

/* Docids are handed out in the order of the three tables, so the rows go
 * into directory_fts in ascending docid order. CROSS JOIN: from the few
 * waiting records to the many indexed ones. */
#define ADD_DOCS(table, entry) \
  "INSERT OR IGNORE INTO directory_fts_docs (record_id, record_table, entry_id) " \
  "SELECT r.id, '" table "', " entry " FROM directory_fts_dirty d " \
  "JOIN " table " r ON r.id = d.record_id ORDER BY d.rowid;\n"
#define ADD_ROWS(table, title, body) \
  "INSERT INTO directory_fts (docid, record_table, record_id, title, body) " \
  "SELECT f.docid, '" table "', r.id, " title ", " body " FROM directory_fts_dirty d " \
  "CROSS JOIN directory_fts_docs f ON f.record_id = d.record_id AND f.record_table = '" table "' " \
  "JOIN " table " r ON r.id = d.record_id ORDER BY f.docid;\n"

#define SYNC \
  "CREATE TRIGGER directory_fts_sync_ii INSTEAD OF INSERT ON directory_fts_sync BEGIN\n" \
  "DELETE FROM directory_fts WHERE docid IN (SELECT f.docid FROM directory_fts_dirty d " \
  "CROSS JOIN directory_fts_docs f ON f.record_id = d.record_id);\n" \
  "DELETE FROM directory_fts_docs WHERE record_id IN " \
  "(SELECT record_id FROM directory_fts_dirty);\n" \
  ADD_DOCS ("organizations", "r.id") \
  ADD_DOCS ("services", "r.id") \
  ADD_DOCS ("contacts", "coalesce(r.service_id, r.organization_id)") \
  ADD_ROWS ("organizations", "r.name", ORG_BODY) \
  ADD_ROWS ("services", "r.name", SERVICE_BODY) \
  ADD_ROWS ("contacts", "coalesce(r.name, r.title, '')", CONTACT_BODY) \
  "DELETE FROM directory_fts_dirty;\n" \
  "END;\n" \
  "CREATE TRIGGER directory_fts_dirty_ai AFTER INSERT ON directory_fts_dirty " \
  "WHEN NEW.rowid >= 1000 BEGIN\n" \
  "INSERT INTO directory_fts_sync (pending) VALUES (1);\n" \
  "END;\n"

#define MARK(table) \
  "CREATE TRIGGER " table "_fts_ai AFTER INSERT ON " table " BEGIN\n" \
  DIRTY ("NEW.id") "END;\n" \
  "CREATE TRIGGER " table "_fts_au AFTER UPDATE ON " table " BEGIN\n" \
  DIRTY ("OLD.id") DIRTY ("NEW.id") "END;\n"

#define MARKS \
  MARK ("organizations") MARK ("services") MARK ("contacts") \
  "CREATE TRIGGER organizations_name_au AFTER UPDATE OF name ON organizations BEGIN\n" \
  DIRTY_SELECT ("SELECT id FROM services WHERE organization_id = NEW.id") \
  DIRTY_SELECT ("SELECT id FROM contacts WHERE organization_id = NEW.id") \
  "END;\n" \
  "CREATE TRIGGER attributes_fts_ai AFTER INSERT ON attributes BEGIN\n" \
  DIRTY ("NEW.link_id") "END;\n" \
  "CREATE TRIGGER attributes_fts_au AFTER UPDATE ON attributes BEGIN\n" \
  DIRTY ("OLD.link_id") DIRTY ("NEW.link_id") "END;\n" \
  "CREATE TRIGGER attributes_fts_ad AFTER DELETE ON attributes BEGIN\n" \
  DIRTY ("OLD.link_id") "END;\n" \
  "CREATE TRIGGER taxonomy_terms_fts_au AFTER UPDATE OF name ON taxonomy_terms BEGIN\n" \
  DIRTY_SELECT ("SELECT link_id AS id FROM attributes WHERE taxonomy_term_id = NEW.id") \
  "END;\n"

/* Facet counts and filters read a record's terms, or a term's records,
 * from the index alone; these replace the one-column indexes of v1. */
#define INDEXES \
  "DROP INDEX attributes_link_id_idx; DROP INDEX attributes_taxonomy_term_id_idx;\n" \
  "CREATE INDEX attributes_link_term_idx ON attributes (link_id, taxonomy_term_id);\n" \
  "CREATE INDEX attributes_term_link_idx ON attributes (taxonomy_term_id, link_id);\n"

#define REBUILD \
  DIRTY_SELECT ("SELECT id FROM organizations UNION SELECT id FROM services " \
                "UNION SELECT id FROM contacts") \
  "INSERT INTO directory_fts_sync (pending) VALUES (1);\n"

extern const char kring_migration_003[];

const char kring_migration_003[] =
  DROP_OLD
  TABLES
  SYNC
  MARKS
  INDEXES
  REBUILD;
