/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Import of a sociale kaart in HSDS 3.0: JSON (one organization or service
 * object, an array of them, or a paginated *_list object with "contents") or
 * a tabular data package (datapackage.json beside its CSV files).
 *
 * Two steps, so the user sees what will happen before anything is written:
 *  1. prepare: read, validate and compare with the store -> a plan of items
 *     (added / updated / unchanged / conflict). Nothing is written.
 *  2. commit: write the plan in ONE transaction. On any error or on
 *     cancellation nothing is written.
 * A conflict is a record changed both locally and in the source since the
 * last import of it; the user decides per item (keep mine / take theirs).
 * Errors are KRING_IO_ERROR; messages name the record and field (JSON path
 * such as "$.contents[3].phones[0].number" or "services.csv row 7, column
 * “name”") and say what was wrong.
 */

typedef enum
{
  KRING_IMPORT_ACTION_ADD,
  KRING_IMPORT_ACTION_UPDATE,
  KRING_IMPORT_ACTION_UNCHANGED,
  KRING_IMPORT_ACTION_CONFLICT,
} KringImportAction;

typedef enum
{
  KRING_IMPORT_RESOLUTION_TAKE_THEIRS,  /* default for add/update */
  KRING_IMPORT_RESOLUTION_KEEP_MINE,    /* default for conflicts */
} KringImportResolution;

/* One top-level record of the plan (organisation, service, location, contact,
 * taxonomy term …) with what the commit will do to it. */
#define KRING_TYPE_IMPORT_ITEM (kring_import_item_get_type ())
G_DECLARE_FINAL_TYPE (KringImportItem, kring_import_item, KRING, IMPORT_ITEM, GObject)

const char            *kring_import_item_get_table      (KringImportItem *self);
const char            *kring_import_item_get_id         (KringImportItem *self);
const char            *kring_import_item_get_title      (KringImportItem *self);
KringImportAction      kring_import_item_get_action     (KringImportItem *self);
KringImportResolution  kring_import_item_get_resolution (KringImportItem *self);
void                   kring_import_item_set_resolution (KringImportItem *self,
                                                         KringImportResolution resolution);

#define KRING_TYPE_HSDS_IMPORT (kring_hsds_import_get_type ())
G_DECLARE_FINAL_TYPE (KringHsdsImport, kring_hsds_import, KRING, HSDS_IMPORT, GObject)

KringHsdsImport *kring_hsds_import_new            (KringStore          *store,
                                                   GFile               *file);
/* 0.0 … 1.0; "progress" is notified on the main context while prepare or commit runs. */
double           kring_hsds_import_get_progress   (KringHsdsImport     *self);

void             kring_hsds_import_prepare_async  (KringHsdsImport     *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean         kring_hsds_import_prepare_finish (KringHsdsImport     *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* After a successful prepare: the plan, a GListModel of KringImportItem. */
GListModel      *kring_hsds_import_get_items      (KringHsdsImport     *self);
guint            kring_hsds_import_count          (KringHsdsImport     *self,
                                                   KringImportAction    action);

void             kring_hsds_import_commit_async   (KringHsdsImport     *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean         kring_hsds_import_commit_finish  (KringHsdsImport     *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
