/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-record.h"

static void
test_record_values (void)
{
  g_autoptr (KringRecord) record = kring_record_new ("organizations");
  g_autoptr (KringRecord) copy = NULL;
  g_autoptr (GPtrArray) columns = NULL;

  g_assert_true (g_uuid_string_is_valid (kring_record_get_id (record)));
  kring_record_set_string (record, "name", "Buurtteam Noord");
  kring_record_set_int (record, "lijn", 1);
  kring_record_set_double (record, "latitude", 52.1);
  kring_record_set_string (record, "email", NULL);

  g_assert_cmpstr (kring_record_get_string (record, "name"), ==, "Buurtteam Noord");
  g_assert_cmpint (kring_record_get_int (record, "lijn", -1), ==, 1);
  g_assert_cmpint (kring_record_get_int (record, "name", -1), ==, -1);
  g_assert_cmpfloat (kring_record_get_double (record, "latitude", 0), ==, 52.1);
  g_assert_true (kring_record_is_null (record, "email"));
  g_assert_true (kring_record_has (record, "email"));
  g_assert_false (kring_record_has (record, "url"));
  g_assert_null (kring_record_get_string (record, "email"));

  columns = kring_record_get_columns (record);
  g_assert_cmpuint (columns->len, ==, 4);
  g_assert_cmpstr (columns->pdata[0], ==, "email");
  g_assert_cmpstr (columns->pdata[3], ==, "name");

  copy = kring_record_copy (record);
  g_assert_true (kring_record_equal (record, copy));
  kring_record_set_string (copy, "name", "Anders");
  g_assert_false (kring_record_equal (record, copy));
}

static void
test_record_ids_unique (void)
{
  g_autoptr (KringRecord) a = kring_record_new ("teams");
  g_autoptr (KringRecord) b = kring_record_new ("teams");

  g_assert_cmpstr (kring_record_get_id (a), !=, kring_record_get_id (b));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/record/values", test_record_values);
  g_test_add_func ("/core/record/ids-unique", test_record_ids_unique);
  return g_test_run ();
}
