/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * KringRecord is one row of one table: the table name, its UUID id and a set
 * of column values. The store maps it to SQL generically (the schema itself is
 * defined once, in the store's migrations), so every table round-trips through
 * the same code path. A column that is absent is left untouched on save; a
 * column set to NULL is written as SQL NULL.
 */
#define KRING_TYPE_RECORD (kring_record_get_type ())
G_DECLARE_FINAL_TYPE (KringRecord, kring_record, KRING, RECORD, GObject)

KringRecord  *kring_record_new            (const char  *table);
KringRecord  *kring_record_new_with_id    (const char  *table,
                                           const char  *id);
KringRecord  *kring_record_copy           (KringRecord *self);

const char   *kring_record_get_table      (KringRecord *self);
const char   *kring_record_get_id         (KringRecord *self);

void          kring_record_set_string     (KringRecord *self,
                                           const char  *column,
                                           const char  *value);
void          kring_record_set_int        (KringRecord *self,
                                           const char  *column,
                                           gint64       value);
void          kring_record_set_double     (KringRecord *self,
                                           const char  *column,
                                           double       value);
void          kring_record_set_null       (KringRecord *self,
                                           const char  *column);
/* Takes a floating or full reference; types "s", "x", "d" or "mv" (NULL). */
void          kring_record_set_value      (KringRecord *self,
                                           const char  *column,
                                           GVariant    *value);

gboolean      kring_record_has            (KringRecord *self,
                                           const char  *column);
gboolean      kring_record_is_null        (KringRecord *self,
                                           const char  *column);
/* Returns NULL for absent or NULL columns; ints and doubles are not converted. */
const char   *kring_record_get_string     (KringRecord *self,
                                           const char  *column);
gint64        kring_record_get_int        (KringRecord *self,
                                           const char  *column,
                                           gint64       fallback);
double        kring_record_get_double     (KringRecord *self,
                                           const char  *column,
                                           double       fallback);
GVariant     *kring_record_get_value      (KringRecord *self,
                                           const char  *column);
/* Column names in a stable (sorted) order; free the array, not the strings. */
GPtrArray    *kring_record_get_columns    (KringRecord *self);
gboolean      kring_record_equal          (KringRecord *a,
                                           KringRecord *b);

char         *kring_uuid_new              (void);
char         *kring_now_iso8601           (void);

G_END_DECLS
