/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-record-editor.h"

/*
 * Deleting a directory record: ask first, delete it with everything that
 * goes with it in one transaction, and keep what was removed so that "Undo"
 * on the toast can write all of it back in one batch.
 */

typedef void (*KringChangedFunc) (gpointer user_data);

typedef struct
{
  KringStore *store;
  AdwToastOverlay *overlay;
  KringRecord *record;
  KringChangedFunc on_changed;
  gpointer user_data;
  GPtrArray *removed;  /* rows as they were before the delete */
} DeleteOp;

static void
delete_op_clear (gpointer data)
{
  DeleteOp *op = data;

  g_clear_object (&op->store);
  g_clear_object (&op->overlay);
  g_clear_object (&op->record);
  g_clear_pointer (&op->removed, g_ptr_array_unref);
}

static void
delete_op_unref (DeleteOp *op)
{
  g_rc_box_release_full (op, delete_op_clear);
}

static void
delete_op_closure_unref (gpointer data, GClosure *closure)
{
  delete_op_unref (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DeleteOp, delete_op_unref)

static const char *
record_name (KringRecord *record)
{
  const char *name = kring_record_get_string (record, "name");

  if (name == NULL || *name == '\0')
    name = kring_record_get_string (record, "title");
  return name != NULL ? name : _("Without a name");
}

static void
changed (DeleteOp *op)
{
  if (op->on_changed != NULL)
    op->on_changed (op->user_data);
}

static void
toast (DeleteOp *op, const char *title)
{
  adw_toast_overlay_add_toast (op->overlay, adw_toast_new (title));
}

static void
on_restored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (DeleteOp) op = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (kring_store_save_finish (KRING_STORE (source), result, &error))
    message = g_strdup_printf (_("“%s” is back"), record_name (op->record));
  else
    message = g_strdup_printf (_("“%s” could not be restored: %s"), record_name (op->record),
                               error->message);
  toast (op, message);
  changed (op);
}

static void
on_undo (AdwToast *undo_toast, DeleteOp *op)
{
  if (op->removed == NULL)
    return;
  kring_store_save_async (op->store, op->removed, NULL, on_restored, g_rc_box_acquire (op));
  /* Undo works once; the toast may be clicked only once anyway. */
  g_clear_pointer (&op->removed, g_ptr_array_unref);
}

static void
on_deleted (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (DeleteOp) op = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *done;

  op->removed = kring_store_delete_subtree_finish (KRING_STORE (source), result, &error);
  if (op->removed == NULL)
    {
      message = g_strdup_printf (_("“%s” could not be deleted: %s"), record_name (op->record),
                                 error->message);
      toast (op, message);
      return;
    }
  message = g_strdup_printf (_("“%s” deleted"), record_name (op->record));
  done = adw_toast_new (message);
  adw_toast_set_button_label (done, _("_Undo"));
  adw_toast_set_priority (done, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (done, "button-clicked", G_CALLBACK (on_undo), g_rc_box_acquire (op),
                         delete_op_closure_unref, 0);
  adw_toast_overlay_add_toast (op->overlay, done);
  changed (op);
}

static const char *
heading_for (const char *table)
{
  if (g_strcmp0 (table, "organizations") == 0)
    return _("Delete organisation?");
  if (g_strcmp0 (table, "services") == 0)
    return _("Delete service?");
  return _("Delete contact?");
}

static char *
body_for (KringRecord *record)
{
  const char *table = kring_record_get_table (record);
  const char *name = record_name (record);

  if (g_strcmp0 (table, "organizations") == 0)
    return g_strdup_printf (_("“%s” goes together with its services, locations, contacts, "
                              "phone numbers and its place on the map. You can undo this "
                              "right afterwards."), name);
  if (g_strcmp0 (table, "services") == 0)
    return g_strdup_printf (_("“%s” goes together with its opening hours, costs, service "
                              "areas and its place on the map. You can undo this right "
                              "afterwards."), name);
  return g_strdup_printf (_("“%s” goes together with the phone numbers that belong only to "
                            "this contact. You can undo this right afterwards."), name);
}

static void
on_response (AdwMessageDialog *dialog, const char *response, DeleteOp *op)
{
  if (g_strcmp0 (response, "delete") != 0)
    return;
  kring_store_delete_subtree_async (op->store, kring_record_get_table (op->record),
                                    kring_record_get_id (op->record), NULL, on_deleted,
                                    g_rc_box_acquire (op));
}

void
kring_record_delete_with_undo (GtkWindow       *parent,
                               AdwToastOverlay *toast_overlay,
                               KringStore      *store,
                               KringRecord     *record,
                               GCallback        on_changed,
                               gpointer         user_data)
{
  g_autoptr (DeleteOp) op = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toast_overlay));
  g_return_if_fail (KRING_IS_STORE (store));
  g_return_if_fail (KRING_IS_RECORD (record));

  op = g_rc_box_new0 (DeleteOp);
  op->store = g_object_ref (store);
  op->overlay = g_object_ref (toast_overlay);
  op->record = kring_record_copy (record);
  op->on_changed = (KringChangedFunc) (void (*) (void)) on_changed;
  op->user_data = user_data;
  body = body_for (record);
  dialog = adw_message_dialog_new (parent, heading_for (kring_record_get_table (record)), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response), g_rc_box_acquire (op),
                         delete_op_closure_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
