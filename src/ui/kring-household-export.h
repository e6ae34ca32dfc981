/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-household-context.h"

G_BEGIN_DECLS

/*
 * "Exporteren…" for one household: the plan as a PDF letter, or the
 * evaluation moments and action due dates as an iCalendar file. The dialog
 * asks for whom it is (the household itself, the user's own calendar, or an
 * organisation or contact from the sociale kaart), offers a pseudonym, says
 * that the file is not encrypted, and — before writing anything — warns when
 * no valid consent covers that recipient (kring_consent_describe_missing()).
 * The export is written to the audit log ('export').
 */
void kring_household_export_show (KringHouseholdContext *context);

typedef enum
{
  KRING_HOUSEHOLD_EXPORT_PDF,   /* the plan as a PDF letter */
  KRING_HOUSEHOLD_EXPORT_ICS,   /* evaluations and action due dates (.ics) */
} KringHouseholdExportFormat;

typedef enum
{
  KRING_HOUSEHOLD_EXPORT_TO_HOUSEHOLD,    /* the household itself */
  KRING_HOUSEHOLD_EXPORT_TO_SELF,         /* the user's own calendar or files */
  KRING_HOUSEHOLD_EXPORT_TO_ORGANIZATION, /* recipient_id: an organizations id */
  KRING_HOUSEHOLD_EXPORT_TO_CONTACT,      /* recipient_id: a contacts id */
} KringHouseholdExportRecipient;

/* The consent warning to show before exporting for @recipient (see
 * kring_consent_describe_missing()), or NULL when a valid consent covers it
 * today, and always for the household itself and the user's own calendar. */
char    *kring_household_export_consent_warning (KringHouseholdContext         *context,
                                                 KringHouseholdExportRecipient  recipient,
                                                 const char                    *recipient_id);

/* Writes the export to @file (no dialogs; the dialog calls this after its
 * file chooser): the PDF with the household's ecomap, or the calendar,
 * with @pseudonym (NULL: the household's own label), then an audit entry
 * 'export' for the household. */
void     kring_household_export_write_async     (KringHouseholdContext         *context,
                                                 KringHouseholdExportFormat     format,
                                                 const char                    *pseudonym,
                                                 GFile                         *file,
                                                 GCancellable                  *cancellable,
                                                 GAsyncReadyCallback            callback,
                                                 gpointer                       user_data);
gboolean kring_household_export_write_finish    (GAsyncResult                  *result,
                                                 GError                       **error);

G_END_DECLS
