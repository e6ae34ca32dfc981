/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-domains.h"

/* STUB: being written. */

struct _KringHouseholdDomains
{
  AdwBin parent_instance;
  KringHouseholdContext *context;
};

G_DEFINE_FINAL_TYPE (KringHouseholdDomains, kring_household_domains, ADW_TYPE_BIN)

static void
kring_household_domains_dispose (GObject *object)
{
  KringHouseholdDomains *self = KRING_HOUSEHOLD_DOMAINS (object);

  g_clear_pointer (&self->context, kring_household_context_unref);
  G_OBJECT_CLASS (kring_household_domains_parent_class)->dispose (object);
}

static void
kring_household_domains_class_init (KringHouseholdDomainsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kring_household_domains_dispose;
}

static void
kring_household_domains_init (KringHouseholdDomains *self)
{
}

GtkWidget *
kring_household_domains_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_DOMAINS, NULL);
}

void
kring_household_domains_set_context (KringHouseholdDomains *self, KringHouseholdContext *context)
{
  g_clear_pointer (&self->context, kring_household_context_unref);
  if (context != NULL)
    self->context = kring_household_context_ref (context);
}
