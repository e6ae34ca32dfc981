/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "kring-demo.h"
#include "kring-fuzz.h"

static char *fuzz_dir;

static void
remove_dir (void)
{
  g_autoptr (GDir) dir = g_dir_open (fuzz_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fuzz_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fuzz_dir);
}

/* Thousands of inputs a second each log their refusal otherwise. */
static void
quiet_log (const char *domain, GLogLevelFlags level, const char *message, gpointer data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    g_log_default_handler (domain, level, message, data);
}

void
kring_fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_default_handler (quiet_log, NULL);
  fuzz_dir = g_dir_make_tmp ("kring-fuzz-XXXXXX", NULL);
  if (fuzz_dir == NULL)
    abort ();
  atexit (remove_dir);
}

GFile *
kring_fuzz_write (const char *name, const uint8_t *data, size_t size)
{
  g_autofree char *path = g_build_filename (fuzz_dir, name, NULL);
  FILE *out = fopen (path, "wb");

  if (out == NULL || (size > 0 && fwrite (data, 1, size, out) != size) || fclose (out) != 0)
    abort ();
  return g_file_new_for_path (path);
}

void
kring_fuzz_check_error (gboolean ok, const GError *error)
{
  if (ok != (error == NULL))
    abort ();
  if (error != NULL
      && (error->domain != KRING_IO_ERROR || error->message == NULL || *error->message == '\0'))
    abort ();
}

void
kring_fuzz_check_parsed (KringHsdsParsed *parsed)
{
  for (guint i = 0; i < parsed->records->len; i++)
    {
      KringRecord *record = parsed->records->pdata[i];

      if (kring_record_get_table (record) == NULL || kring_record_get_id (record) == NULL)
        abort ();
    }
  for (guint i = 0; i < parsed->units->len; i++)
    {
      KringHsdsUnit *unit = parsed->units->pdata[i];

      for (guint j = 0; j < unit->records->len; j++)
        if (g_array_index (unit->records, guint, j) >= parsed->records->len)
          abort ();
    }
  kring_hsds_parsed_free (parsed);
}
