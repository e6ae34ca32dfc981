/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-household-editor.h"

/* STUB: being written. */
void
kring_household_editor_show (GtkWindow *parent, KringStore *store, KringRecord *household,
                             KringHouseholdSaved on_saved, gpointer user_data)
{
}
