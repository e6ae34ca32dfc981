/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-fuzz.h"

/*
 * One CSV file of the HSDS tabular data package. The table comes from the
 * file's name, so an input may start with a line naming it
 * ("organizations.csv"); without one the rest is read as services.csv.
 */
static char *
split_name (const uint8_t **data, size_t *size)
{
  const uint8_t *newline = *size > 0 ? memchr (*data, '\n', MIN (*size, 64)) : NULL;
  g_autofree char *name = NULL;

  if (newline == NULL)
    return g_strdup ("services.csv");
  name = g_strndup ((const char *) *data, (gsize) (newline - *data));
  if (!g_str_has_suffix (name, ".csv") || strchr (name, '/') != NULL
      || kring_hsds_model_for_resource (name) == NULL)
    return g_strdup ("services.csv");
  *size -= (size_t) (newline + 1 - *data);
  *data = newline + 1;
  return g_steal_pointer (&name);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *name = NULL;
  KringHsdsParsed *parsed;

  kring_fuzz_init ();
  name = split_name (&data, &size);
  file = kring_fuzz_write (name, data, size);
  parsed = kring_hsds_csv_parse (file, NULL, NULL, NULL, &error);
  kring_fuzz_check_error (parsed != NULL, error);
  if (parsed != NULL)
    kring_fuzz_check_parsed (parsed);
  g_file_delete (file, NULL, NULL);
  return 0;
}
