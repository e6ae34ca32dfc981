/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * The import flow for a sociale kaart (HSDS 3.0 JSON or tabular data package):
 * choose a file (GtkFileChooserNative), preview what will be added / updated /
 * left alone / in conflict (per conflict: keep mine or take theirs), progress
 * with Cancel, and a clear error that names record and field. Emits
 * "imported" after a successful commit so pages can reload.
 */
#define KRING_TYPE_IMPORT_DIALOG (kring_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KringImportDialog, kring_import_dialog, KRING, IMPORT_DIALOG, AdwWindow)

/* @file NULL: the dialog first asks for a file. */
KringImportDialog *kring_import_dialog_new (GtkWindow  *parent,
                                            KringStore *store,
                                            GFile      *file);

G_END_DECLS
