/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

/*
 * Schema v2: bookkeeping for HSDS imports. One row per top-level record an
 * import wrote (an organization with what is embedded in it, a CSV row …):
 * the hash of its content in the source and of what the store held right
 * after the import. The next import compares both with the new source and
 * the store, so it can tell an update from a conflict (a record changed
 * locally and in the source since the last import). The rows are local
 * knowledge of this machine, not shared.
 */
const char kring_migration_002[] =
  "CREATE TABLE import_state (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, "
  "updated_at TEXT NOT NULL, record_table TEXT NOT NULL, record_id TEXT NOT NULL, "
  "source_hash TEXT NOT NULL, local_hash TEXT NOT NULL, imported_at TEXT NOT NULL, "
  "UNIQUE (record_table, record_id));\n"
  "INSERT INTO kring_tables (name, shared) VALUES ('import_state', 0);\n";
