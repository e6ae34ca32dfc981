/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kring-screenshot-steps.h"

G_BEGIN_DECLS

/*
 * The map page's pictures for the screenshot mode, numbered from
 * the part's first number: a partner chosen (side panel open), the map filtered to
 * partners without an agreement, and two saved versions compared side by
 * side and overlaid (one partner moved to the outer ring in between).
 */
#define KRING_SCREENSHOT_MAP_COUNT 4

extern const KringShotPart kring_screenshot_map_part;

G_END_DECLS
