/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kring-import-dialog.h"
#include "kring-screenshot-import.h"
#include "kring-screenshot.h"

/* The preview and the error are read on the store's worker; this leaves
 * time for that and for the dialog to draw. */
#define DIALOG_DELAY_MS 2500

/* Two new organisations (one with a service) and a newer description of
 * Welzijn Marendal from the example district. */
static const char preview_json[] =
  "[{\"id\": \"0a5cf330-1af6-5eff-9509-f8a763ffd8eb\", \"name\": \"Welzijn Marendal\", "
  "\"description\": \"Welzijnsorganisatie voor heel Marendal: algemeen maatschappelijk werk, "
  "opbouwwerk, jongerenwerk, ouderenwerk, mantelzorgondersteuning en vrijwilligerswerk.\"},"
  " {\"id\": \"6f1c2b7e-0d4a-4f43-9a55-3c1f2e8b9a01\", \"name\": \"Repair Café Marendal\", "
  "\"description\": \"Vrijwilligers repareren samen met bezoekers kapotte spullen; ook een "
  "plek om buren te ontmoeten.\", \"services\": [{\"id\": "
  "\"b0e7d0c1-5a8e-4b2f-8f64-2d9c7e1a4b10\", \"name\": \"Repareren en ontmoeten\", "
  "\"status\": \"active\", \"description\": \"Elke eerste zaterdag van de maand in "
  "buurthuis De Kring.\"}]},"
  " {\"id\": \"9c3e5a12-7b6d-4e0f-b1a2-8d4c6f2e0b37\", \"name\": \"Stichting Leergeld "
  "Marendal\", \"description\": \"Helpt kinderen van 4 tot 18 jaar uit gezinnen met een laag "
  "inkomen mee te doen: sport, schoolreisjes, een fiets of laptop.\"}]";

/* "name" must be text: the error names the record and the field. */
static const char error_json[] =
  "[{\"id\": \"2d8f4b6a-1c3e-4a5b-9d7f-0e2c4a6b8d10\", \"name\": \"Buurtkracht Marendal\", "
  "\"description\": \"Bewonersinitiatief\"},\n"
  " {\"id\": \"4e6a8c0d-2f4b-4c6d-8e0a-1b3d5f7a9c21\", \"name\": 42, "
  "\"description\": \"Taalhuis in de bibliotheek\"}]";

typedef struct
{
  char              *directory;
  char              *tmp;
  guint              index;
  KringImportDialog *dialog;
} Run;

static void
run_free (Run *run)
{
  g_autofree char *preview = g_build_filename (run->tmp, "sociale-kaart.json", NULL);
  g_autofree char *broken = g_build_filename (run->tmp, "sociale-kaart-fout.json", NULL);

  if (run->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (run->dialog));
  g_remove (preview);
  g_remove (broken);
  g_rmdir (run->tmp);
  g_free (run->tmp);
  g_free (run->directory);
  g_free (run);
}

static void
open_dialog (GTask *task, const char *name, const char *contents, GSourceFunc then)
{
  Run *run = g_task_get_task_data (task);
  KringWindow *window = g_task_get_source_object (task);
  g_autofree char *path = g_build_filename (run->tmp, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  if (!g_file_set_contents (path, contents, -1, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  run->dialog = kring_import_dialog_new (GTK_WINDOW (window), kring_window_get_store (window),
                                         file);
  gtk_window_present (GTK_WINDOW (run->dialog));
  g_timeout_add_full (G_PRIORITY_DEFAULT, DIALOG_DELAY_MS, then, g_object_ref (task),
                      g_object_unref);
}

/* Saves the open dialog as the next picture and closes it. */
static gboolean
save_dialog (GTask *task, const char *name)
{
  Run *run = g_task_get_task_data (task);
  g_autofree char *file = g_strdup_printf ("%02u-%s.png", run->index++, name);
  g_autofree char *path = g_build_filename (run->directory, file, NULL);
  GError *error = NULL;
  gboolean saved = kring_screenshot_save (GTK_WIDGET (run->dialog), path, &error);

  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&run->dialog)));
  if (!saved)
    g_task_return_error (task, error);
  return saved;
}

static gboolean
shoot_error (gpointer user_data)
{
  GTask *task = user_data;

  if (!g_task_return_error_if_cancelled (task) && save_dialog (task, "import-error"))
    g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
shoot_preview (gpointer user_data)
{
  GTask *task = user_data;

  if (!g_task_return_error_if_cancelled (task) && save_dialog (task, "import-preview"))
    open_dialog (task, "sociale-kaart-fout.json", error_json, shoot_error);
  return G_SOURCE_REMOVE;
}

void
kring_screenshot_import_async (KringWindow *window, const char *directory, guint first_index,
                               GCancellable *cancellable, GAsyncReadyCallback callback,
                               gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (window, cancellable, callback, user_data);
  GError *error = NULL;
  Run *run;

  g_task_set_source_tag (task, kring_screenshot_import_async);
  run = g_new0 (Run, 1);
  run->directory = g_strdup (directory);
  run->index = first_index;
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);
  run->tmp = g_dir_make_tmp ("kringkaart-screenshots-XXXXXX", &error);
  if (run->tmp == NULL)
    {
      run->tmp = g_strdup ("");
      g_task_return_error (task, error);
      return;
    }
  open_dialog (task, "sociale-kaart.json", preview_json, shoot_preview);
}

gboolean
kring_screenshot_import_finish (KringWindow *window, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
