/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-store.h"

G_BEGIN_DECLS

/* kringkaart --report FILE.pdf [--team NAME]: loads @team's wijkanalyse
 * (its id or exact name; NULL: the first team) and writes it to @path as
 * the multi-page PDF report, without a window. Blocks, iterating the
 * default main context. */
gboolean kring_application_report (KringStore  *store,
                                   const char  *path,
                                   const char  *team,
                                   GError     **error);

G_END_DECLS
