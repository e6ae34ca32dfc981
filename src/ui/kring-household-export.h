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

G_END_DECLS
