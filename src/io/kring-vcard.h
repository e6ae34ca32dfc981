/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * vCard 4.0 (RFC 6350) export of directory contacts: one card per contact
 * with FN, N, ORG (organisation; department), TITLE, EMAIL, TEL (TYPE from
 * phones.type), NOTE and UID. Text is escaped (\\ \, \; \n), lines are folded
 * at 75 octets without splitting a UTF-8 character, and end in CRLF.
 */

/* Escapes one text value: backslash, comma, semicolon and line breaks. */
char     *kring_vcard_escape       (const char   *text);
/* Folds one content line (without its CRLF) and appends CRLF. */
char     *kring_vcard_fold         (const char   *line);
/* One card. @organization and @phones (a GListModel of phones rows) may be NULL. */
char     *kring_vcard_format       (KringRecord  *contact,
                                    KringRecord  *organization,
                                    GListModel   *phones);

/* Writes the card of one contact (@table "contacts") or the cards of all
 * contacts of an organisation (@table "organizations") to @file, atomically.
 * A missing record, or an organisation without contacts, is KRING_IO_ERROR_INVALID. */
void      kring_vcard_export_async  (KringStore          *store,
                                     const char          *table,
                                     const char          *id,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean  kring_vcard_export_finish (KringStore          *store,
                                     GAsyncResult        *result,
                                     GError             **error);

G_END_DECLS
