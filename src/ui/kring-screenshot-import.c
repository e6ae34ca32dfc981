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
  char              *tmp;
  KringImportDialog *dialog;
} Import;

static void
import_clear (Import *import)
{
  g_autofree char *preview = NULL;
  g_autofree char *broken = NULL;

  if (import->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (import->dialog));
  if (import->tmp == NULL)
    return;
  preview = g_build_filename (import->tmp, "sociale-kaart.json", NULL);
  broken = g_build_filename (import->tmp, "sociale-kaart-fout.json", NULL);
  g_remove (preview);
  g_remove (broken);
  g_rmdir (import->tmp);
  g_free (import->tmp);
}

static void
open_dialog (KringShotRun *run, const char *name, const char *contents)
{
  Import *import = kring_shot_run_data (run);
  KringWindow *window = kring_shot_run_window (run);
  g_autofree char *path = g_build_filename (import->tmp, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  if (!g_file_set_contents (path, contents, -1, &error))
    {
      kring_shot_run_fail (run, error);
      return;
    }
  import->dialog = kring_import_dialog_new (GTK_WINDOW (window), kring_window_get_store (window),
                                            file);
  gtk_window_present (GTK_WINDOW (import->dialog));
  kring_shot_run_next (run, DIALOG_DELAY_MS);
}

/* Saves the open dialog as the next picture and closes it. */
static gboolean
save_dialog (KringShotRun *run, const char *name)
{
  Import *import = kring_shot_run_data (run);
  gboolean saved = kring_shot_run_save (run, GTK_WIDGET (import->dialog), name);

  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&import->dialog)));
  return saved;
}

static void
open_preview (KringShotRun *run)
{
  Import *import = kring_shot_run_data (run);
  GError *error = NULL;

  import->tmp = g_dir_make_tmp ("kringkaart-screenshots-XXXXXX", &error);
  if (import->tmp == NULL)
    kring_shot_run_fail (run, error);
  else
    open_dialog (run, "sociale-kaart.json", preview_json);
}

static void
shoot_preview (KringShotRun *run)
{
  if (save_dialog (run, "import-preview"))
    open_dialog (run, "sociale-kaart-fout.json", error_json);
}

static void
shoot_error (KringShotRun *run)
{
  if (save_dialog (run, "import-error"))
    kring_shot_run_next (run, 0);
}

static const KringShotStep steps[] = { open_preview, shoot_preview, shoot_error };

const KringShotPart kring_screenshot_import_part =
  KRING_SHOT_PART (steps, KRING_SCREENSHOT_IMPORT_COUNT, Import, import_clear);
