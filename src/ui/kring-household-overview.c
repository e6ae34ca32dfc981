/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-overview.h"

/* STUB: being written. */

struct _KringHouseholdOverview
{
  AdwBin parent_instance;
  KringHouseholdContext *context;
};

G_DEFINE_FINAL_TYPE (KringHouseholdOverview, kring_household_overview, ADW_TYPE_BIN)

static void
kring_household_overview_dispose (GObject *object)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (object);

  g_clear_pointer (&self->context, kring_household_context_unref);
  G_OBJECT_CLASS (kring_household_overview_parent_class)->dispose (object);
}

static void
kring_household_overview_class_init (KringHouseholdOverviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kring_household_overview_dispose;
}

static void
kring_household_overview_init (KringHouseholdOverview *self)
{
}

GtkWidget *
kring_household_overview_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_OVERVIEW, NULL);
}

void
kring_household_overview_set_context (KringHouseholdOverview *self, KringHouseholdContext *context)
{
  g_clear_pointer (&self->context, kring_household_context_unref);
  if (context != NULL)
    self->context = kring_household_context_ref (context);
}
