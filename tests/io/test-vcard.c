/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-vcard.h"
#include "test-hsds-export-util.h"

static void
test_escape (void)
{
  g_autofree char *a = kring_vcard_escape ("Zorg, welzijn; en \\ meer");
  g_autofree char *b = kring_vcard_escape ("regel 1\r\nregel 2\nregel 3\rregel 4");

  g_assert_cmpstr (a, ==, "Zorg\\, welzijn\\; en \\\\ meer");
  g_assert_cmpstr (b, ==, "regel 1\\nregel 2\\nregel 3\\nregel 4");
}

/* Removes the CRLF + space of every fold and the final CRLF. */
static char *
unfold (const char *text)
{
  g_autoptr (GString) out = g_string_new (text);

  g_string_replace (out, "\r\n ", "", 0);
  g_assert_true (g_str_has_suffix (out->str, "\r\n"));
  g_string_truncate (out, out->len - 2);
  return g_strdup (out->str);
}

static void
assert_folded (const char *folded)
{
  g_auto (GStrv) lines = g_strsplit (folded, "\r\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
      if (i > 0)
        g_assert_cmpint (lines[i][0], ==, ' ');
    }
}

static void
test_fold (void)
{
  const char *line = "NOTE:Cliëntondersteuning bij één loket: Wmo\\, Jeugdwet en Participatiewet "
                     "— privé-gesprekken in het Nederlands\\, Türkçe of عربي\\, "
                     "ook ’s avonds na overleg met de coördinator; ëëëëëëëëëëëëëëëëëëëëëëëëëë";
  g_autofree char *folded = kring_vcard_fold (line);
  g_autofree char *back = unfold (folded);
  g_autofree char *short_line = kring_vcard_fold ("FN:Anouk de Vries");

  g_assert_cmpuint (strlen (line), >, 150);
  assert_folded (folded);
  g_assert_cmpstr (back, ==, line);
  g_assert_nonnull (strstr (folded, "\r\n "));
  g_assert_cmpstr (short_line, ==, "FN:Anouk de Vries\r\n");
}

/* A line of two-octet characters: 75 octets hold 37 of them, so a fold never
 * falls inside one. */
static void
test_fold_multibyte (void)
{
  g_autoptr (GString) line = g_string_new ("NOTE:");
  g_autofree char *folded = NULL;
  g_autofree char *back = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (line, "é");
  folded = kring_vcard_fold (line->str);
  assert_folded (folded);
  back = unfold (folded);
  g_assert_cmpstr (back, ==, line->str);
}

static void
test_format (void)
{
  g_autoptr (KringRecord) contact = kring_record_new_with_id ("contacts",
                                                              "9e23cce4-04a4-5f80-95ac-c88bc5600f55");
  g_autoptr (KringRecord) organization = kring_record_new_with_id ("organizations", "o1");
  g_autoptr (KringRecord) phone = kring_record_new_with_id ("phones", "p1");
  g_autoptr (KringRecord) fax = kring_record_new_with_id ("phones", "p2");
  g_autoptr (GListStore) phones = g_list_store_new (KRING_TYPE_RECORD);
  g_autofree char *card = NULL;

  kring_record_set_string (contact, "name", "Anouk de Vries");
  kring_record_set_string (contact, "title", "Teamleider, maatschappelijk werk");
  kring_record_set_string (contact, "department", "Wijkteams");
  kring_record_set_string (contact, "email", "anouk@example.nl");
  kring_record_set_string (contact, "verified_on", "2024-05-01");
  kring_record_set_string (contact, "verified_by", "Fatma Yıldız");
  kring_record_set_string (organization, "name", "Welzijn; Marendal");
  kring_record_set_string (phone, "number", "0123-81 72 02");
  kring_record_set_string (phone, "type", "cell");
  kring_record_set_string (phone, "description", "Mobiel, ook via WhatsApp");
  kring_record_set_string (fax, "number", "0123-81 72 03");
  kring_record_set_string (fax, "type", "telefax");
  kring_record_set_int (fax, "extension", 12);
  g_list_store_append (phones, phone);
  g_list_store_append (phones, fax);
  card = kring_vcard_format (contact, organization, G_LIST_MODEL (phones));
  g_assert_cmpstr (card, ==,
                   "BEGIN:VCARD\r\n"
                   "VERSION:4.0\r\n"
                   "KIND:individual\r\n"
                   "FN:Anouk de Vries\r\n"
                   "N:de Vries;Anouk;;;\r\n"
                   "ORG:Welzijn\\; Marendal;Wijkteams\r\n"
                   "TITLE:Teamleider\\, maatschappelijk werk\r\n"
                   "EMAIL:anouk@example.nl\r\n"
                   "TEL;VALUE=text;TYPE=cell:0123-81 72 02\r\n"
                   "TEL;VALUE=text:0123-81 72 03 ext. 12\r\n"
                   "NOTE:Mobiel\\, ook via WhatsApp: 0123-81 72 02\\nVerified on 2024-05-01 by Fa\r\n"
                   " tma Yıldız\r\n"
                   "UID:urn:uuid:9e23cce4-04a4-5f80-95ac-c88bc5600f55\r\n"
                   "END:VCARD\r\n");
}

static GError *
export_vcard (KringStore *store,
              const char *table,
              const char *id,
              const char *path)
{
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *error = NULL;

  kring_vcard_export_async (store, table, id, file, NULL, kring_test_store_result, &result);
  kring_vcard_export_finish (store, kring_test_await_borrowed (&result), &error);
  return error;
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_export (ExportFixture *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "contacten.vcf", NULL);
  g_autoptr (GListModel) contacts = NULL;
  g_autoptr (KringRecord) contact = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  const char *organization_id;
  guint expected = 0;

  export_test_load_demo (fixture->store);
  contacts = export_test_list (fixture->store, "contacts");
  contact = g_list_model_get_item (contacts, 0);
  organization_id = kring_record_get_string (contact, "organization_id");
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KringRecord) other = g_list_model_get_item (contacts, i);

      expected += g_strcmp0 (kring_record_get_string (other, "organization_id"),
                             organization_id) == 0;
    }

  error = export_vcard (fixture->store, "organizations", organization_id, path);
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_occurrences (text, "BEGIN:VCARD\r\nVERSION:4.0\r\n"), ==, expected);
  g_assert_cmpuint (count_occurrences (text, "END:VCARD\r\n"), ==, expected);
  g_assert_nonnull (strstr (text, "TEL;VALUE=text;TYPE="));
  g_clear_pointer (&text, g_free);

  error = export_vcard (fixture->store, "contacts", kring_record_get_id (contact), path);
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_occurrences (text, "BEGIN:VCARD"), ==, 1);
  g_assert_nonnull (strstr (text, kring_record_get_id (contact)));

  error = export_vcard (fixture->store, "contacts", "geen-contact", path);
  g_assert_error (error, KRING_IO_ERROR, KRING_IO_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/vcard/escape", test_escape);
  g_test_add_func ("/io/vcard/fold", test_fold);
  g_test_add_func ("/io/vcard/fold-multibyte", test_fold_multibyte);
  g_test_add_func ("/io/vcard/format", test_format);
  g_test_add ("/io/vcard/export", ExportFixture, NULL, export_fixture_set_up, test_export,
              export_fixture_tear_down);
  return g_test_run ();
}
