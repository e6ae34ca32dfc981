/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * KringBarChart: horizontal bars with a label and a value each, drawn in
 * the theme's colours (so dark mode works). A bar may have a second,
 * paired value ("aanbod naast behoefte"); then both series are named in a
 * small legend. For screen readers the chart describes itself as
 * "label: value" lines.
 */

#define KRING_TYPE_BAR_CHART (kring_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (KringBarChart, kring_bar_chart, KRING, BAR_CHART, GtkWidget)

GtkWidget  *kring_bar_chart_new         (void);
void        kring_bar_chart_clear       (KringBarChart *self);
/* Adds a bar. @second: the paired value, or NAN for none. A NAN @value
 * draws no bar and shows "–". */
void        kring_bar_chart_add         (KringBarChart *self,
                                         const char    *label,
                                         double         value,
                                         double         second);
/* Names of the first and second series (legend); NULL: no legend. */
void        kring_bar_chart_set_series  (KringBarChart *self,
                                         const char    *first,
                                         const char    *second);
guint       kring_bar_chart_get_n_bars  (KringBarChart *self);
/* The text given to screen readers ("Label: 3\n…"). */
const char *kring_bar_chart_get_summary (KringBarChart *self);
/* "12", "0,5" (locale's decimal sign), "–" for NAN. */
char       *kring_bar_chart_format      (double         value);

G_END_DECLS
