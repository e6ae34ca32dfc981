/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-household-export.h"

/* STUB: being written. */
void
kring_household_export_show (KringHouseholdContext *context)
{
}
