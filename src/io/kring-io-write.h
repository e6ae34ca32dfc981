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

G_END_DECLS
