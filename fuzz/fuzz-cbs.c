/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>

#include "kring-cbs.h"
#include "kring-demo.h"
#include "kring-fuzz.h"

/*
 * A CBS "Kerncijfers wijken en buurten" CSV, read from memory as the import
 * dialog does, then turned into store rows. The text is passed with its
 * length and no terminating NUL, so reading past the end is caught.
 */
static void
check_records (GPtrArray *records)
{
  for (guint i = 0; i < records->len; i++)
    {
      KringRecord *record = records->pdata[i];

      if (kring_record_get_table (record) == NULL || kring_record_get_id (record) == NULL)
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringCbsTable) table = NULL;
  g_autoptr (GPtrArray) records = NULL;

  kring_fuzz_init ();
  table = kring_cbs_parse ("kerncijfers.csv", (const char *) data, size, &error);
  kring_fuzz_check_error (table != NULL, error);
  if (table == NULL)
    return 0;
  if (table->regions->len == 0)
    abort ();
  records = kring_cbs_to_records (table, 2024, "CBS", NULL);
  check_records (records);
  return 0;
}
