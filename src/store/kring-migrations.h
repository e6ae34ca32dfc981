/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The schema, defined once, as numbered SQL steps: step i (1-based) brings a
 * database from PRAGMA user_version i-1 to i. The store runs the missing steps
 * in one transaction and sets user_version; it never edits a released step.
 *
 * Conventions every step follows:
 * - every entity table has `id TEXT PRIMARY KEY NOT NULL` (a UUID),
 *   `created_at TEXT NOT NULL` and `updated_at TEXT NOT NULL` (ISO 8601 UTC,
 *   set by the store), and is listed in `kring_tables(name, shared)`;
 *   shared = 1 marks records shared across machines (directory, team, map):
 *   deleting one leaves a row in `tombstones(id, record_table, record_id, deleted_at, created_at, updated_at)`.
 * - child rows reference parents with ON DELETE CASCADE (deleting a household
 *   removes everything of it); enums are TEXT with CHECK constraints.
 * - `directory_fts` (FTS4) holds (record_table, record_id, title, body) for
 *   organizations, services and contacts, kept current by triggers.
 */
const char *const *kring_migrations_get (guint *n_steps);

G_END_DECLS
