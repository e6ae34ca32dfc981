/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-plan.h"

/* STUB: being written. */

struct _KringHouseholdPlanTab
{
  AdwBin parent_instance;
  KringHouseholdContext *context;
};

G_DEFINE_FINAL_TYPE (KringHouseholdPlanTab, kring_household_plan_tab, ADW_TYPE_BIN)

static void
kring_household_plan_tab_dispose (GObject *object)
{
  KringHouseholdPlanTab *self = KRING_HOUSEHOLD_PLAN_TAB (object);

  g_clear_pointer (&self->context, kring_household_context_unref);
  G_OBJECT_CLASS (kring_household_plan_tab_parent_class)->dispose (object);
}

static void
kring_household_plan_tab_class_init (KringHouseholdPlanTabClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kring_household_plan_tab_dispose;
}

static void
kring_household_plan_tab_init (KringHouseholdPlanTab *self)
{
}

GtkWidget *
kring_household_plan_tab_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_PLAN_TAB, NULL);
}

void
kring_household_plan_tab_set_context (KringHouseholdPlanTab *self, KringHouseholdContext *context)
{
  g_clear_pointer (&self->context, kring_household_context_unref);
  if (context != NULL)
    self->context = kring_household_context_ref (context);
}
