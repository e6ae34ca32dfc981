/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads the calendar date at the start of a stored date ("YYYY-MM-DD",
 * optionally followed by a time). The store only checks the pattern, so
 * "2025-02-30" is possible and is refused here. */
gboolean  kring_date_parse  (const char *text,
                             GDate      *date);

G_END_DECLS
