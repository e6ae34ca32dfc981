/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-record.h"
#include "kring-key.h"
#include "kring-store-error.h"

G_BEGIN_DECLS

/*
 * KringStore owns one SQLCipher connection on its own worker thread. Every
 * call is _async/_finish; each job runs in one transaction on the worker and
 * its result is delivered on the caller's thread-default main context.
 * Writes are never dropped on cancellation; reads may be.
 */
#define KRING_TYPE_STORE (kring_store_get_type ())
G_DECLARE_FINAL_TYPE (KringStore, kring_store, KRING, STORE, GObject)

/* The schema version this build writes (PRAGMA user_version). */
int           kring_store_schema_version   (void);
/* PRAGMA application_id of every Kringkaart database. */
#define KRING_STORE_APPLICATION_ID 0x4b524b4b /* "KRKK" */

KringStore   *kring_store_new              (const char          *path);
const char   *kring_store_get_path         (KringStore          *self);
gboolean      kring_store_is_open          (KringStore          *self);

/* Opens (create = TRUE: creates a new, empty database; the file must not exist)
 * and verifies the key at once, then migrates to the latest schema. */
void          kring_store_open_async       (KringStore          *self,
                                            const KringKey      *key,
                                            gboolean             create,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      kring_store_open_finish      (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);
void          kring_store_close_async      (KringStore          *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      kring_store_close_finish     (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Inserts or updates every record (matched by id) in one transaction; sets
 * created_at/updated_at. Absent columns keep their stored value. */
void          kring_store_save_async       (KringStore          *self,
                                            GPtrArray           *records,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      kring_store_save_finish      (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Deletes one record (and what cascades from it); shared records leave a tombstone. */
void          kring_store_delete_async     (KringStore          *self,
                                            const char          *table,
                                            const char          *id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      kring_store_delete_finish    (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

void          kring_store_get_async        (KringStore          *self,
                                            const char          *table,
                                            const char          *id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
KringRecord  *kring_store_get_finish       (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Rows of @table, optionally only those where @column = @value, ordered by
 * @order_by (a column name; NULL: by rowid). Returns a GListModel of KringRecord. */
void          kring_store_list_async       (KringStore          *self,
                                            const char          *table,
                                            const char          *column,
                                            const char          *value,
                                            const char          *order_by,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GListModel   *kring_store_list_finish      (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* One list of kring_store_list_many_async(): the same arguments as
 * kring_store_list_async(); the strings are copied. */
typedef struct
{
  const char *table;
  const char *column;
  const char *value;
  const char *order_by;
} KringStoreListQuery;

/* Several lists read in one transaction, so together they are one consistent
 * snapshot. Returns a GPtrArray of GListModel (of KringRecord), one per query,
 * in the order of @queries. */
void          kring_store_list_many_async  (KringStore               *self,
                                            const KringStoreListQuery *queries,
                                            guint                     n_queries,
                                            GCancellable             *cancellable,
                                            GAsyncReadyCallback       callback,
                                            gpointer                  user_data);
GPtrArray    *kring_store_list_many_finish (KringStore               *self,
                                            GAsyncResult             *result,
                                            GError                  **error);

/* Number of rows in every table: table name (char*) -> count (GINT_TO_POINTER). */
void          kring_store_count_async      (KringStore          *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GHashTable   *kring_store_count_finish     (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Full-text prefix search (FTS4) over organisations, services and contacts.
 * Returns a GListModel of KringRecord (organizations/services/contacts rows), best first. */
void          kring_store_search_async     (KringStore          *self,
                                            const char          *text,
                                            guint                limit,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GListModel   *kring_store_search_finish    (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Appends an audit-log entry (actor, action "view"/"create"/"update"/"delete", table, id). */
void          kring_store_audit_async      (KringStore          *self,
                                            const char          *actor,
                                            const char          *action,
                                            const char          *table,
                                            const char          *record_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      kring_store_audit_finish     (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Deletes a record with everything its delete removes or detaches (services,
 * locations, contacts, phones, attributes, ring placements …) in one
 * transaction. Returns every row it removed or changed, as it was before
 * (KringRecord), parents first: saving them again with kring_store_save_async
 * restores all of it and takes the tombstones away (Undo). */
void          kring_store_delete_subtree_async  (KringStore          *self,
                                                 const char          *table,
                                                 const char          *id,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GPtrArray    *kring_store_delete_subtree_finish (KringStore          *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* Saves @records and deletes @removals (KringRecord; only table and id count;
 * may be NULL) in one transaction: an edit that also drops rows, such as a
 * life domain taken off a service. A removal that is already gone is fine. */
void          kring_store_save_and_delete_async  (KringStore          *self,
                                                  GPtrArray           *records,
                                                  GPtrArray           *removals,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean      kring_store_save_and_delete_finish (KringStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* --- bulk jobs for imports (kring-store-import.c) --- */

/* Reads the rows named by @keys (KringRecord; only table and id count) in one
 * read transaction. Returns a GPtrArray as long as @keys holding the stored
 * KringRecord, or NULL where there is no such row. */
void          kring_store_get_many_async   (KringStore          *self,
                                            GPtrArray           *keys,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GPtrArray    *kring_store_get_many_finish  (KringStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Called on the caller's thread-default main context with the number of
 * records written so far. */
typedef void (*KringStoreProgressFunc) (guint    done,
                                        guint    total,
                                        gpointer user_data);

/* Writes @records as kring_store_save_async does (matched by id; absent
 * columns keep their value), in ONE transaction, reusing its prepared
 * statements across records: the path for tens of thousands of rows.
 * Unlike other writes it honours @cancellable: it checks it between records
 * and, once cancelled, rolls everything back and fails with
 * G_IO_ERROR_CANCELLED, so nothing is written. The worker only reads
 * @records (no copy is made): leave them unchanged until the callback.
 * @progress_data must stay alive until then too. */
void          kring_store_import_async     (KringStore             *self,
                                            GPtrArray              *records,
                                            GCancellable           *cancellable,
                                            KringStoreProgressFunc  progress,
                                            gpointer                progress_data,
                                            GAsyncReadyCallback     callback,
                                            gpointer                user_data);
gboolean      kring_store_import_finish    (KringStore             *self,
                                            GAsyncResult           *result,
                                            GError                **error);

G_END_DECLS
