/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-demo.h"

static GDateTime *
fixed_today (void)
{
  /* The last day of a month in a leap year: month arithmetic must clamp. */
  return g_date_time_new_local (2024, 3, 31, 10, 0, 0);
}

static GPtrArray *
parse (const char *json,
       GError    **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr (GDateTime) today = fixed_today ();

  return kring_demo_parse (bytes, today, error);
}

static GPtrArray *
parse_ok (const char *json)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *records = parse (json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

#define DOC(tables) "{\"format\":\"kringkaart-demo\",\"version\":1,\"tables\":[" tables "]}"

static void
test_relative_dates (void)
{
  g_autoptr (GPtrArray) records = parse_ok (DOC (
    "{\"table\":\"actions\",\"rows\":[{\"id\":\"a1\",\"t\":\"@today\","
    "\"d1\":\"@today-90d\",\"d2\":\"@today+14d\",\"w\":\"@today+2w\","
    "\"m1\":\"@today-1m\",\"m3\":\"@today-3m\",\"y\":\"@today-2y\","
    "\"plain\":\"2023-05-01\",\"mail\":\"@gemeente\"}]}"));
  KringRecord *r;

  g_assert_cmpuint (records->len, ==, 1);
  r = records->pdata[0];
  g_assert_cmpstr (kring_record_get_string (r, "t"), ==, "2024-03-31");
  g_assert_cmpstr (kring_record_get_string (r, "d1"), ==, "2024-01-01");
  g_assert_cmpstr (kring_record_get_string (r, "d2"), ==, "2024-04-14");
  g_assert_cmpstr (kring_record_get_string (r, "w"), ==, "2024-04-14");
  g_assert_cmpstr (kring_record_get_string (r, "m1"), ==, "2024-02-29");
  g_assert_cmpstr (kring_record_get_string (r, "m3"), ==, "2023-12-31");
  g_assert_cmpstr (kring_record_get_string (r, "y"), ==, "2022-03-31");
  g_assert_cmpstr (kring_record_get_string (r, "plain"), ==, "2023-05-01");
  g_assert_cmpstr (kring_record_get_string (r, "mail"), ==, "@gemeente");
}

static void
test_types_and_order (void)
{
  g_autoptr (GPtrArray) records = parse_ok (DOC (
    "{\"table\":\"teams\",\"rows\":[{\"id\":\"t1\",\"name\":\"Wijkteam Noord\","
    "\"stale_after_months\":12,\"hours\":3.5,\"description\":null}]},"
    "{\"table\":\"relationships\",\"rows\":[{\"id\":\"r1\",\"has_agreement\":true,"
    "\"knows_personally\":false},{\"id\":\"r2\"}]},"
    "{\"table\":\"map_snapshots\",\"rows\":[{\"id\":\"m1\",\"data\":{\"nodes\":[1,2]}}]}"));
  KringRecord *team, *rel;
  GVariant *months;

  g_assert_cmpuint (records->len, ==, 4);
  team = records->pdata[0];
  g_assert_cmpstr (kring_record_get_table (team), ==, "teams");
  g_assert_cmpstr (kring_record_get_id (team), ==, "t1");
  g_assert_cmpstr (kring_record_get_string (team, "name"), ==, "Wijkteam Noord");
  months = kring_record_get_value (team, "stale_after_months");
  g_assert_true (g_variant_is_of_type (months, G_VARIANT_TYPE_INT64));
  g_assert_cmpint (g_variant_get_int64 (months), ==, 12);
  g_assert_cmpfloat (kring_record_get_double (team, "hours", 0), ==, 3.5);
  g_assert_true (kring_record_has (team, "description"));
  g_assert_true (kring_record_is_null (team, "description"));

  rel = records->pdata[1];
  g_assert_cmpstr (kring_record_get_table (rel), ==, "relationships");
  g_assert_cmpint (kring_record_get_int (rel, "has_agreement", -1), ==, 1);
  g_assert_cmpint (kring_record_get_int (rel, "knows_personally", -1), ==, 0);
  g_assert_cmpstr (kring_record_get_id (records->pdata[2]), ==, "r2");
  g_assert_false (kring_record_has (records->pdata[2], "has_agreement"));

  g_assert_cmpstr (kring_record_get_string (records->pdata[3], "data"), ==,
                   "{\"nodes\":[1,2]}");
}

static void
test_empty_tables (void)
{
  g_autoptr (GPtrArray) records = parse_ok (DOC ("{\"table\":\"teams\",\"rows\":[]}"));

  g_assert_cmpuint (records->len, ==, 0);
}

typedef struct
{
  const char *json;
  int         code;
  const char *needles[4];
} BadCase;

static const BadCase bad_cases[] = {
  { "{\"format\":", KRING_IO_ERROR_PARSE, { NULL } },
  { "[1,2]", KRING_IO_ERROR_INVALID, { NULL } },
  { "{\"format\":\"hsds\",\"version\":1,\"tables\":[]}", KRING_IO_ERROR_INVALID,
    { "kringkaart-demo", NULL } },
  { "{\"format\":\"kringkaart-demo\",\"version\":2,\"tables\":[]}", KRING_IO_ERROR_INVALID,
    { "kringkaart-demo", NULL } },
  { "{\"format\":\"kringkaart-demo\",\"version\":1}", KRING_IO_ERROR_INVALID,
    { "tables", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":[]}, 7"), KRING_IO_ERROR_INVALID, { "2", NULL } },
  { DOC ("{\"table\":{},\"rows\":[]}"), KRING_IO_ERROR_INVALID, { "1", "table", NULL } },
  { DOC ("{\"table\":\"Teams; DROP\",\"rows\":[]}"), KRING_IO_ERROR_INVALID,
    { "1", "table", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":{}}"), KRING_IO_ERROR_INVALID, { "rows", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":[{\"id\":\"t1\"},\"x\"]}"), KRING_IO_ERROR_INVALID,
    { "teams", "row 2", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":[{\"id\":\"t1\"},{\"name\":\"x\"}]}"),
    KRING_IO_ERROR_INVALID, { "teams", "row 2", "id", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":[{\"id\":7}]}"), KRING_IO_ERROR_INVALID,
    { "teams", "row 1", "id", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":[{\"id\":\"\"}]}"), KRING_IO_ERROR_INVALID,
    { "teams", "row 1", "id", NULL } },
  { DOC ("{\"table\":\"actions\",\"rows\":[{\"id\":\"a1\"},{\"id\":\"a2\","
         "\"due_on\":\"@today-5x\"}]}"), KRING_IO_ERROR_INVALID,
    { "actions", "row 2", "due_on", "@today-5x" } },
  { DOC ("{\"table\":\"actions\",\"rows\":[{\"id\":\"a1\",\"due_on\":\"@today+d\"}]}"),
    KRING_IO_ERROR_INVALID, { "actions", "row 1", "due_on", "a1" } },
  { DOC ("{\"table\":\"actions\",\"rows\":[{\"id\":\"a1\",\"due_on\":\"@today-99999d\"}]}"),
    KRING_IO_ERROR_INVALID, { "actions", "row 1", "due_on", NULL } },
  { DOC ("{\"table\":\"actions\",\"rows\":[{\"id\":\"a1\",\"due_on\":\"@todayish\"}]}"),
    KRING_IO_ERROR_INVALID, { "actions", "due_on", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":[{\"id\":\"t1\",\"bad column\":1}]}"),
    KRING_IO_ERROR_INVALID, { "teams", "row 1", "bad column", NULL } },
  { DOC ("{\"table\":\"teams\",\"rows\":[{\"id\":\"t1\"},{\"id\":\"t1\"}]}"),
    KRING_IO_ERROR_INVALID, { "teams", "row 2", "t1", NULL } },
};

static void
test_bad_input (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = parse (bad->json, &error);

  g_assert_null (records);
  g_assert_error (error, KRING_IO_ERROR, bad->code);
  for (guint i = 0; i < G_N_ELEMENTS (bad->needles) && bad->needles[i] != NULL; i++)
    if (strstr (error->message, bad->needles[i]) == NULL)
      g_error ("“%s” does not mention “%s”", error->message, bad->needles[i]);
}

static void
test_bad_bytes (void)
{
  const char garbage[] = "\xff\xfe\x00\x01garbage";
  g_autoptr (GBytes) bytes = g_bytes_new (garbage, sizeof garbage);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = kring_demo_parse (bytes, NULL, &error);

  g_assert_null (records);
  g_assert_error (error, KRING_IO_ERROR, KRING_IO_ERROR_PARSE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/demo/relative-dates", test_relative_dates);
  g_test_add_func ("/io/demo/types-and-order", test_types_and_order);
  g_test_add_func ("/io/demo/empty-tables", test_empty_tables);
  g_test_add_func ("/io/demo/bad-bytes", test_bad_bytes);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/demo/bad-input/%u", i);

      g_test_add_data_func (path, &bad_cases[i], test_bad_input);
    }
  return g_test_run ();
}
