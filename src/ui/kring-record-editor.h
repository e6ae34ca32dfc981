/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Editing of directory records (organisations, services, contacts) in a modal
 * window with inline validation; saving is one transaction through the store.
 * Emits "saved" (with the saved KringRecord) when the store confirmed it.
 */
#define KRING_TYPE_RECORD_EDITOR (kring_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (KringRecordEditor, kring_record_editor, KRING, RECORD_EDITOR, AdwWindow)

/* @table: "organizations", "services" or "contacts". @record NULL: create a new
 * one; @parent_id: the organisation a new service/contact belongs to (or NULL). */
KringRecordEditor *kring_record_editor_new (GtkWindow   *parent,
                                            KringStore  *store,
                                            const char  *table,
                                            KringRecord *record,
                                            const char  *parent_id);

/*
 * Asks for confirmation (AdwMessageDialog), deletes the record with everything
 * that belongs only to it, and shows a toast with "Undo" on @toast_overlay that
 * restores all of it. @on_changed (may be NULL) runs after delete and after undo.
 */
void kring_record_delete_with_undo (GtkWindow       *parent,
                                    AdwToastOverlay *toast_overlay,
                                    KringStore      *store,
                                    KringRecord     *record,
                                    GCallback        on_changed,
                                    gpointer         user_data);

G_END_DECLS
