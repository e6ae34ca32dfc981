/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-csv-export.h"
#include "kring-demo.h"
#include "kring-test-util.h"

static const KringCsvColumn columns[] = {
  { "name", "Naam" },
  { "description", "Omschrijving; kort" },
  { "minimum_age", "Vanaf leeftijd" },
  { "amount", "Bedrag" },
  { "email", "E-mail" },
};

static void
test_fields (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "", "" },
    { "Cliëntondersteuning", "Cliëntondersteuning" },
    { "Schuldhulp; budgetcoach", "\"Schuldhulp; budgetcoach\"" },
    { "Zeg \"ja\"", "\"Zeg \"\"ja\"\"\"" },
    { "regel 1\r\nregel 2", "\"regel 1\r\nregel 2\"" },
    { "regel 1\nregel 2", "\"regel 1\nregel 2\"" },
    { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { "=1+1", "'=1+1" },
    { "+31 6 12345678", "'+31 6 12345678" },
    { "-5", "'-5" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tverborgen", "'\tverborgen" },
    { "a=b", "a=b" },
    { "'al een apostrof", "'al een apostrof" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *field = kring_csv_field (cases[i].in);

      g_assert_cmpstr (field, ==, cases[i].out);
    }
}

static GListModel *
tricky_records (void)
{
  GListStore *store = g_list_store_new (KRING_TYPE_RECORD);
  g_autoptr (KringRecord) a = kring_record_new_with_id ("services", "s1");
  g_autoptr (KringRecord) b = kring_record_new_with_id ("services", "s2");

  kring_record_set_string (a, "name", "Schuldhulp \"Op orde\"");
  kring_record_set_string (a, "description", "Geldzorgen;\nbrieven en\r\nrekeningen");
  kring_record_set_int (a, "minimum_age", -3);
  kring_record_set_double (a, "amount", 12.5);
  kring_record_set_string (a, "email", "=cmd|' /C calc'!A0");
  kring_record_set_string (b, "name", "Cliëntondersteuning");
  kring_record_set_null (b, "description");
  /* 9.1 has no exact double: written as people typed it, not 9,0999… */
  kring_record_set_double (b, "amount", 9.1);
  g_list_store_append (store, a);
  g_list_store_append (store, b);
  return G_LIST_MODEL (store);
}

#define EXPECTED \
  "\xEF\xBB\xBF" \
  "Naam;\"Omschrijving; kort\";Vanaf leeftijd;Bedrag;E-mail\r\n" \
  "\"Schuldhulp \"\"Op orde\"\"\";\"Geldzorgen;\nbrieven en\r\nrekeningen\";-3;12,5;" \
  "'=cmd|' /C calc'!A0\r\n" \
  "Cliëntondersteuning;;;9,1;\r\n"

static void
test_document (void)
{
  g_autoptr (GListModel) records = tricky_records ();
  g_autoptr (GBytes) bytes = kring_csv_format (records, columns, G_N_ELEMENTS (columns));
  g_autoptr (GBytes) expected = g_bytes_new_static (EXPECTED, sizeof EXPECTED - 1);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_true (g_utf8_validate (data, (gssize) size, NULL));
  g_assert_cmpmem (data, size, EXPECTED, sizeof EXPECTED - 1);
  g_assert_true (g_bytes_equal (bytes, expected));
}

static void
test_id_column (void)
{
  static const KringCsvColumn id_columns[] = { { "id", NULL }, { "name", "Naam" } };
  g_autoptr (GListModel) records = tricky_records ();
  g_autoptr (GBytes) bytes = kring_csv_format (records, id_columns, G_N_ELEMENTS (id_columns));
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* Without a title the header is the column name. */
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "id;Naam\r\ns1;"));
  g_assert_nonnull (strstr (text, "\r\ns2;Cliëntondersteuning\r\n"));
}

static GError *
export_to (GListModel *records,
           const char *path)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  kring_csv_export_async (records, columns, G_N_ELEMENTS (columns), file, NULL,
                          kring_test_store_result, &result);
  kring_csv_export_finish (kring_test_await_borrowed (&result), &error);
  return error;
}

static void
test_export_file (void)
{
  g_autofree char *dir = kring_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "lijst.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "nergens", "lijst.csv", NULL);
  g_autoptr (GListModel) records = tricky_records ();
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_set_contents (path, "oude inhoud die langer is dan de nieuwe niet", -1, &error);
  g_assert_no_error (error);
  error = export_to (records, path);
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, EXPECTED, sizeof EXPECTED - 1);

  error = export_to (records, missing);
  g_assert_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/csv-export/fields", test_fields);
  g_test_add_func ("/io/csv-export/document", test_document);
  g_test_add_func ("/io/csv-export/id-column", test_id_column);
  g_test_add_func ("/io/csv-export/file", test_export_file);
  return g_test_run ();
}
