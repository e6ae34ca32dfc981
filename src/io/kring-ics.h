/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-record.h"

G_BEGIN_DECLS

/*
 * iCalendar (RFC 5545) export of one household's plan dates for the user's
 * own calendar app: one all-day VEVENT per planned evaluation that has not
 * been held yet and per open (or in-progress) action with a due date.
 *
 * Case data is special-category data, so the event text holds only the
 * household's label (or @pseudonym, when not NULL), the evaluation's kind and
 * the action's "what" — never notes, summaries, journal text, domain scores,
 * actors or member names. Rows whose household_id names another household,
 * and dates that are not valid calendar dates, are left out.
 *
 * Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
 * character; text is escaped (\\ \; \, \n). UIDs are "<record id>@kringkaart"
 * so a re-import updates events instead of duplicating them.
 */

/* The whole calendar; @now (any time zone) becomes DTSTAMP in UTC. */
char     *kring_ics_build          (KringRecord   *household,
                                    GListModel    *evaluations,
                                    GListModel    *actions,
                                    const char    *pseudonym,
                                    GDateTime     *now);

/* Builds the calendar and writes it to @file atomically. Blocking. */
gboolean  kring_ics_write          (KringRecord   *household,
                                    GListModel    *evaluations,
                                    GListModel    *actions,
                                    const char    *pseudonym,
                                    GDateTime     *now,
                                    GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* Builds the calendar on the caller's thread (a KringRecord is not
 * thread-safe) and writes it atomically on a worker thread. */
void      kring_ics_export_async   (KringRecord          *household,
                                    GListModel           *evaluations,
                                    GListModel           *actions,
                                    const char           *pseudonym,
                                    GDateTime            *now,
                                    GFile                *file,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean  kring_ics_export_finish  (GAsyncResult         *result,
                                    GError              **error);

G_END_DECLS
