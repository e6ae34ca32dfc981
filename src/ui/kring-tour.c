/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-tour.h"

/* STUB: replaced by the tour helper. */

struct _KringTour
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (KringTour, kring_tour, ADW_TYPE_WINDOW)

static void
kring_tour_class_init (KringTourClass *klass)
{
}

static void
kring_tour_init (KringTour *self)
{
}

KringTour *
kring_tour_new (GtkWindow *parent)
{
  return g_object_new (KRING_TYPE_TOUR, "transient-for", parent, "modal", TRUE, NULL);
}
