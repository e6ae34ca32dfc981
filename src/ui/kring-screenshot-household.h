/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-screenshot-steps.h"

G_BEGIN_DECLS

/*
 * One household of the example district for the screenshot run: its tabs
 * Overzicht, Leefgebieden, Plan and Ecogram, saved as
 * NN-household-<tab>.png numbered from the part's first number, and the plan as the
 * PDF letter the household gets (NN-household-plan.pdf; the screenshot
 * script renders its pages to PNG).
 */
#define KRING_SCREENSHOT_HOUSEHOLD_COUNT 5

extern const KringShotPart kring_screenshot_household_part;

G_END_DECLS
