/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * A short guided tour for a new colleague: a few pages (the ecosystem map,
 * the sociale kaart, a household's plan, the wijkanalyse, who-does-what),
 * each with what it is for in plain Dutch and a button that shows it in the
 * main window with the example district. Shown once on the first start
 * with the example district (GSettings "tour-shown"), and from the menu
 * (win.tour).
 */
#define KRING_TYPE_TOUR (kring_tour_get_type ())
G_DECLARE_FINAL_TYPE (KringTour, kring_tour, KRING, TOUR, AdwWindow)

/* A modal window over @parent (the KringWindow whose pages it shows). */
KringTour *kring_tour_new          (GtkWindow *parent);
/* The page shown (from 0), and how many there are. */
guint      kring_tour_get_page     (KringTour *self);
guint      kring_tour_get_n_pages  (KringTour *self);

/* The first-start hook: presents the tour over @parent unless it was shown
 * before (GSettings "tour-shown", set here) or @parent is inhibited.
 * Returns whether it presented it. */
gboolean   kring_tour_present_once (GtkWindow *parent);
/* Keeps kring_tour_present_once() from showing the tour over @parent: a
 * screenshot run shoots the pages, not a tour in front of them. */
void       kring_tour_inhibit      (GtkWindow *parent);

G_END_DECLS
