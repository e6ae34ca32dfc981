/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include "kring-fuzz.h"

/*
 * main() for a harness built without libFuzzer: runs it once over each file
 * named, or over each file in each directory named (the seed corpus and the
 * kept regressions), so the normal test suite replays every input that ever
 * crashed an importer. A crash or abort fails the test.
 */
static guint
replay_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize size = 0;
  g_autoptr (GError) error = NULL;

  if (!g_file_get_contents (path, &data, &size, &error))
    {
      g_printerr ("%s\n", error->message);
      return 0;
    }
  /* An exact-size copy, so reading past the end is seen under ASan. */
  g_autofree guint8 *copy = g_memdup2 (data, size);
  LLVMFuzzerTestOneInput (copy, size);
  return 1;
}

static guint
replay (const char *path)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return replay_file (path);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (name[0] != '.' && !g_str_has_suffix (name, ".md"))
        n += replay_file (child);
    }
  return n;
}

int
main (int argc, char **argv)
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);
  printf ("replayed %u inputs\n", n);
  return n > 0 ? 0 : 1;
}
