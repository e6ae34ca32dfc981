/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdint.h>
#include <gio/gio.h>
#include "kring-hsds-import-private.h"

G_BEGIN_DECLS

/*
 * Shared by the fuzz harnesses (libFuzzer) and by the replay driver that
 * runs the same harnesses over fixed inputs in the normal test suite.
 */

/* The libFuzzer entry point every harness defines. */
int    LLVMFuzzerTestOneInput (const uint8_t *data,
                               size_t         size);

/* Makes criticals and warnings fatal (a g_return_if_fail is a bug the
 * fuzzer should report) and keeps the log quiet otherwise. Idempotent. */
void   kring_fuzz_init        (void);
/* Writes @size bytes to @name inside a private temporary directory made on
 * first use and removed at exit; the importers that read a GFile get one. */
GFile *kring_fuzz_write       (const char    *name,
                               const uint8_t *data,
                               size_t         size);
/* Aborts unless exactly one of @ok and @error holds, and the error is an
 * import error with a message: importers must never fail silently. */
void   kring_fuzz_check_error (gboolean       ok,
                               const GError  *error);
/* Aborts when @parsed breaks its own invariants (a unit pointing past the
 * records, a record without table or id), then frees it. */
void   kring_fuzz_check_parsed (KringHsdsParsed *parsed);

G_END_DECLS
