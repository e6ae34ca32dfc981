/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Adding and editing a household: label or pseudonym, team, buurt,
 * regisseur, opened on, next evaluation, notes. A new household starts in
 * status aanmelding with that first step in its status history. Saved
 * through kring_store_household_save_async() (audit 'create' or 'update').
 * @on_saved (may be NULL) gets the household's id after a successful save.
 */
typedef void (*KringHouseholdSaved) (const char *household_id,
                                     gpointer    user_data);

/* @household NULL: a new household. */
void kring_household_editor_show (GtkWindow           *parent,
                                  KringStore          *store,
                                  KringRecord         *household,
                                  KringHouseholdSaved  on_saved,
                                  gpointer             user_data);

G_END_DECLS
