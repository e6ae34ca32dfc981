/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-fuzz.h"

/*
 * The HSDS JSON reader: bytes -> KringHsdsParsed, the model the import
 * plan is made from, without a store. A JSON object with "resources" is a
 * datapackage.json and goes on to the tabular reader, as in the app.
 */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  KringHsdsParsed *parsed;

  kring_fuzz_init ();
  file = kring_fuzz_write ("import.json", data, size);
  parsed = kring_hsds_json_parse (file, NULL, NULL, NULL, &error);
  kring_fuzz_check_error (parsed != NULL, error);
  if (parsed != NULL)
    kring_fuzz_check_parsed (parsed);
  return 0;
}
