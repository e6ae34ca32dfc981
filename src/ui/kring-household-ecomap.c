/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-ecomap.h"

/* STUB: being written. */

struct _KringHouseholdEcomap
{
  AdwBin parent_instance;
  KringHouseholdContext *context;
};

G_DEFINE_FINAL_TYPE (KringHouseholdEcomap, kring_household_ecomap, ADW_TYPE_BIN)

static void
kring_household_ecomap_dispose (GObject *object)
{
  KringHouseholdEcomap *self = KRING_HOUSEHOLD_ECOMAP (object);

  g_clear_pointer (&self->context, kring_household_context_unref);
  G_OBJECT_CLASS (kring_household_ecomap_parent_class)->dispose (object);
}

static void
kring_household_ecomap_class_init (KringHouseholdEcomapClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kring_household_ecomap_dispose;
}

static void
kring_household_ecomap_init (KringHouseholdEcomap *self)
{
}

GtkWidget *
kring_household_ecomap_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_ECOMAP, NULL);
}

void
kring_household_ecomap_set_context (KringHouseholdEcomap *self, KringHouseholdContext *context)
{
  g_clear_pointer (&self->context, kring_household_context_unref);
  if (context != NULL)
    self->context = kring_household_context_ref (context);
}
