/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>
#include "kring-store-directory.h"

G_BEGIN_DECLS

/*
 * Exports from the sociale kaart, each after a save dialog, with a toast that
 * says where the file went or what went wrong:
 * - the current filtered list (every matching row, not only those shown) as a
 *   CSV file for Dutch spreadsheets;
 * - one contact ("contacts") or all contacts of an organisation
 *   ("organizations") as a vCard 4.0 file.
 * @widget is any widget in the window the dialog belongs to.
 */
void  kring_directory_export_csv   (GtkWidget                  *widget,
                                    KringStore                 *store,
                                    const KringDirectoryFilter *filter);
void  kring_directory_export_vcard (GtkWidget                  *widget,
                                    KringStore                 *store,
                                    const char                 *table,
                                    const char                 *id);

/* The same, to @file without asking (used after the dialog, and by tests). */
void  kring_directory_export_csv_to_file   (GtkWidget                  *widget,
                                            KringStore                 *store,
                                            const KringDirectoryFilter *filter,
                                            GFile                      *file);
void  kring_directory_export_vcard_to_file (GtkWidget                  *widget,
                                            KringStore                 *store,
                                            const char                 *table,
                                            const char                 *id,
                                            GFile                      *file);

G_END_DECLS
