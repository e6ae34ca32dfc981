/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

/*
 * Schema v4: the full-text index keeps prefixes of three characters only.
 *
 * Since v4 a word of one or two characters is looked for in names, which
 * the directory index holds in memory (kring-store-dirindex.h), so the one-
 * and two-character prefix entries of v3 were never read again; each
 * written word cost two index entries more than it needed. The index is
 * rebuilt with the same columns and tokenizer, and every record is marked
 * for the next sync to fill it again.
 */

#define REBUILD \
  "DROP TABLE directory_fts;\n" \
  "CREATE VIRTUAL TABLE directory_fts USING fts4 (record_table, record_id, title, body, " \
  "notindexed=record_table, notindexed=record_id, prefix=\"3\", " \
  "tokenize=unicode61 \"remove_diacritics=1\");\n" \
  "DELETE FROM directory_fts_docs;\n" \
  "INSERT OR IGNORE INTO directory_fts_dirty (record_id) SELECT id FROM organizations " \
  "UNION SELECT id FROM services UNION SELECT id FROM contacts;\n" \
  "INSERT INTO directory_fts_sync (pending) VALUES (1);\n"

extern const char kring_migration_004[];

const char kring_migration_004[] = REBUILD;
