/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-record.h"

G_BEGIN_DECLS

/* One row of the directory list: title and subtitle with the searched words
 * in bold, lijn and toegang as tags, and a mark when the record needs a check. */
#define KRING_TYPE_DIRECTORY_ROW (kring_directory_row_get_type ())
G_DECLARE_FINAL_TYPE (KringDirectoryRow, kring_directory_row, KRING, DIRECTORY_ROW, GtkWidget)

GtkWidget  *kring_directory_row_new        (void);
/* @entry: a row of a directory query; @words: the folded words to highlight. */
void        kring_directory_row_set_entry  (KringDirectoryRow  *self,
                                            KringRecord        *entry,
                                            const char *const  *words);
/* @record: a row of the "to check" list. */
void        kring_directory_row_set_stale  (KringDirectoryRow  *self,
                                            KringRecord        *record);
/* The title as shown, without markup (tests, accessibility). */
const char *kring_directory_row_get_title  (KringDirectoryRow  *self);

/* "Organisation", "Service", "Location" or "Contact" for a table name. */
const char *kring_directory_kind_name      (const char         *table);
/* A date (YYYY-MM-DD…) as "3 March 2024" in the user's language; NULL if unreadable. */
char       *kring_directory_format_date    (const char         *date);

G_END_DECLS
