/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-store.h"

G_BEGIN_DECLS

/* kringkaart --export-map FILE [--team NAME]: loads @team's map (its id or
 * exact name; NULL: the first team), lays it out and writes @path as PNG,
 * SVG or PDF, without a window. Blocks, iterating the default main context. */
gboolean kring_application_export_map (KringStore  *store,
                                       const char  *path,
                                       const char  *team,
                                       GError     **error);

G_END_DECLS
