/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-migrations.h"

/*
 * Each step lives in its own file (kring-migration-NNN.c) as one SQL string;
 * a released step is never edited, a new one is appended here.
 */
extern const char kring_migration_001[];
extern const char kring_migration_002[];
extern const char kring_migration_003[];
extern const char kring_migration_004[];
extern const char kring_migration_005[];

static const char *const steps[] = {
  kring_migration_001,
  kring_migration_002,
  kring_migration_003,
  kring_migration_004,
  kring_migration_005,
};

const char *const *
kring_migrations_get (guint *n_steps)
{
  g_return_val_if_fail (n_steps != NULL, NULL);

  *n_steps = G_N_ELEMENTS (steps);
  return steps;
}
