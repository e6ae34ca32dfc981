/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

/*
 * Schema v5: the wijkanalyse's notes. "Figures go with stories": each chart
 * or table of a team's wijkanalyse (chart: figures, supply, health, demand,
 * need, general) may carry one note, shown under it on the page and printed
 * with it in the report. Shared team data, like the map; never about a
 * household.
 */

extern const char kring_migration_005[];

const char kring_migration_005[] =
  "CREATE TABLE analysis_notes (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, "
  "updated_at TEXT NOT NULL, "
  "team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE, "
  "chart TEXT NOT NULL CHECK (chart IN ('figures', 'supply', 'health', 'demand', 'need', "
  "'general')), note TEXT, UNIQUE (team_id, chart));\n"
  "CREATE INDEX analysis_notes_team_id_idx ON analysis_notes (team_id);\n"
  "INSERT INTO kring_tables (name, shared) VALUES ('analysis_notes', 1);\n";
