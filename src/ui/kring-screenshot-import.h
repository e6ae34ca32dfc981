/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-screenshot-steps.h"

G_BEGIN_DECLS

/*
 * The import dialog's pictures for the screenshot run: the preview of a
 * small HSDS file that adds two organisations and updates one of the
 * example district, then the error for a file with a wrong type in it.
 * Saved as NN-import-preview.png and NN-import-error.png, numbered from
 * the part's first number.
 */
#define KRING_SCREENSHOT_IMPORT_COUNT 2

extern const KringShotPart kring_screenshot_import_part;

G_END_DECLS
