/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-screenshot-steps.h"

G_BEGIN_DECLS

/*
 * The issue 6 pages of the example district for the screenshot run, saved
 * numbered from the part's first number (18 in the full run): the
 * Wijkanalyse page (18-analysis.png, and 19-analysis-supply.png scrolled to
 * the supply when the page is longer than the window), the team page
 * (20-team.png), who-does-what with "schulden" searched (21-team-who.png),
 * the glossary with "Toegang" (22-glossary.png), the tour's first page in
 * its own window (23-tour.png) and the wijkanalyse report as a PDF
 * (24-report.pdf; the screenshot script renders its pages to PNG).
 */
#define KRING_SCREENSHOT_ANALYSIS_COUNT 7

extern const KringShotPart kring_screenshot_analysis_part;

G_END_DECLS
