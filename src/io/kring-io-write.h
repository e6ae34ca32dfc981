/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Helpers shared by the exports (HSDS, CSV, vCard).
 *
 * kring_io_write_atomic() writes @bytes to @file as a whole or not at all: a
 * local file goes through a temporary file beside it, fsync and rename; other
 * GFiles through g_file_replace_contents(). Blocking: call it from a worker
 * thread. Errors are KRING_IO_ERROR_FAILED and name the file.
 */
gboolean  kring_io_write_atomic     (GFile         *file,
                                     GBytes        *bytes,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* Writes @bytes atomically on a GTask worker thread; the task's source is
 * @source_object and its tag @source_tag. */
void      kring_io_write_async      (gpointer             source_object,
                                     gpointer             source_tag,
                                     GFile               *file,
                                     GBytes              *bytes,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);

/*
 * One list query for kring_io_fetch_async(): the rows of @table, only those
 * with @column = @value when @column is set.
 */
typedef struct
{
  const char *table;
  const char *column;
  const char *value;
} KringFetchQuery;

/* Runs every query through kring_store_list_async() (they are queued on the
 * store's worker at once) and completes when all have answered. The result is
 * a GPtrArray of GListModel of KringRecord, one per query, in order. */
void        kring_io_fetch_async    (KringStore            *store,
                                     const KringFetchQuery *queries,
                                     guint                  n_queries,
                                     GCancellable          *cancellable,
                                     GAsyncReadyCallback    callback,
                                     gpointer               user_data);
GPtrArray  *kring_io_fetch_finish   (KringStore            *store,
                                     GAsyncResult          *result,
                                     GError               **error);

G_END_DECLS
