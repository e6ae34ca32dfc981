/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-store-team.h"
#include "kring-store-private.h"

/* STUB: replaced by the team helper. */

void
kring_who_result_free (KringWhoResult *result)
{
  if (result == NULL)
    return;
  g_clear_object (&result->members);
  g_clear_object (&result->organizations);
  g_clear_object (&result->services);
  g_free (result);
}

void
kring_store_who_does_what_async (KringStore *self, const char *query, const char *domain_term_id,
                                 const char *team_id, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, kring_store_who_does_what_async);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not yet");
}

KringWhoResult *
kring_store_who_does_what_finish (KringStore *self, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
