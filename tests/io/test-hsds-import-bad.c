/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kring-demo.h"
#include "kring-test-util.h"
#include "test-hsds-import-util.h"

/*
 * Every class of bad input gets a KRING_IO_ERROR whose message names where
 * (JSON path or CSV row and column) and what was wrong, and leaves the
 * database exactly as it was. The store starts with a valid import, so
 * "unchanged" covers rows that a bad import would update.
 */

typedef struct
{
  const char *name;
  const char *contents;
  int         code;
  const char *message;  /* a part of the message it must hold */
} BadCase;

#define ORG "\"id\": \"org-1\", \"name\": \"Wijkpunt\", \"description\": \"Inloop\""

static const BadCase cases[] = {
  { "malformed.json", "{\"id\": \"org-1\", \"name\": ", KRING_IO_ERROR_PARSE,
    "not valid JSON: line 1, character" },
  { "wrong-type.json",
    "{\"contents\": [{" ORG "}, {" ORG ", \"phones\": [{\"id\": \"p\", \"number\": 5}]}]}",
    KRING_IO_ERROR_INVALID, "$.contents[1].phones[0].number: expected text, found a number" },
  { "wrong-array.json", "{" ORG ", \"phones\": {\"id\": \"p\"}}", KRING_IO_ERROR_INVALID,
    "$.phones: expected a list, found an object" },
  { "missing.json",
    "[{" ORG ", \"services\": [{\"id\": \"s\", \"status\": \"active\"}]}]",
    KRING_IO_ERROR_INVALID, "$[0].services[0].name: this required field of the HSDS service is missing" },
  { "blank.json",
    "[{" ORG ", \"services\": [{\"id\": \"s\", \"name\": \"\", \"status\": \"active\"}]}]",
    KRING_IO_ERROR_INVALID, "$[0].services[0].name: this required field of the HSDS service is empty" },
  { "missing-id.json", "{\"name\": \"x\", \"description\": \"y\"}", KRING_IO_ERROR_INVALID,
    "$.id: this required field" },
  { "duplicate.json",
    "[{" ORG "}, {\"id\": \"org-1\", \"name\": \"Ander\", \"description\": \"Inloop\"}]",
    KRING_IO_ERROR_INVALID, "$[1]: the id “org-1” is used twice with different content" },
  { "enum.json",
    "{" ORG ", \"services\": [{\"id\": \"s\", \"name\": \"n\", \"status\": \"open\"}]}",
    KRING_IO_ERROR_INVALID, "$.services[0].status: “open” is not an allowed value" },
  { "enum-freq.json",
    "{\"id\": \"l\", \"location_type\": \"physical\", \"schedules\": [{\"id\": \"x\", "
    "\"freq\": \"DAILY\"}]}",
    KRING_IO_ERROR_INVALID, "$.schedules[0].freq: “DAILY” is not an allowed value" },
  { "huge-number.json",
    "{" ORG ", \"year_incorporated\": 1e400}", KRING_IO_ERROR_INVALID, "$.year_incorporated" },
  { "big-integer.json",
    "{" ORG ", \"year_incorporated\": 123456789012345678901234567890}", KRING_IO_ERROR_INVALID,
    "$.year_incorporated" },
  { "latin1.json", "{" ORG ", \"alternate_name\": \"Cli\xebntondersteuning\"}",
    KRING_IO_ERROR_PARSE, "line 1: the text is not UTF-8" },
  { "not-hsds.json", "42", KRING_IO_ERROR_INVALID, "$: expected an HSDS object" },
  { "organizations.csv", "id,name,description\no1,\"open quote,x\n", KRING_IO_ERROR_PARSE,
    "organizations.csv row 2: a quoted field is not closed" },
  { "programs.csv", "id,name,description\np1,Een,\"Twee\"drie\n", KRING_IO_ERROR_PARSE,
    "programs.csv row 2: a quoted field goes on after its closing quote" },
  { "unknown.csv", "id\nx\n", KRING_IO_ERROR_INVALID, "“unknown.csv” is not the name of an HSDS" },
};

/* A store that already holds an import of the same organisation. */
static void
seed (ImportFixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "seed.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (KringHsdsImport) import = NULL;

  g_file_set_contents (path, "{" ORG ", \"phones\": [{\"id\": \"p\", \"number\": \"010\"}]}", -1,
                       &error);
  g_assert_no_error (error);
  import = import_run (fixture->store, path);
}

static void
assert_refused (ImportFixture *fixture, const char *path, int code, const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringHsdsImport) import = NULL;
  guint before = 0, after = 0;
  g_autofree char *fingerprint = store_fingerprint (fixture->store, &before);
  g_autofree char *again = NULL;

  import = import_prepare (fixture->store, path, &error);
  g_assert_null (import);
  g_assert_error (error, KRING_IO_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  again = store_fingerprint (fixture->store, &after);
  g_assert_cmpuint (before, ==, after);
  g_assert_cmpstr (fingerprint, ==, again);
}

static void
test_bad_case (ImportFixture *fixture, gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *path = g_build_filename (fixture->dir, bad->name, NULL);
  g_autoptr (GError) error = NULL;

  seed (fixture);
  g_file_set_contents (path, bad->contents, -1, &error);
  g_assert_no_error (error);
  assert_refused (fixture, path, bad->code, bad->message);
}

static void
test_binary (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "garbage.json", NULL);
  g_autoptr (GError) error = NULL;
  char bytes[4096];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (char) ((i * 7919u + 13u) % 256u);
  seed (fixture);
  g_file_set_contents (path, bytes, sizeof bytes, &error);
  g_assert_no_error (error);
  assert_refused (fixture, path, KRING_IO_ERROR_PARSE, "binary data");
}

/* A sparse 100 MB file: refused by its size before it is read. */
static void
test_too_large (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.json", NULL);
  g_autoptr (GError) error = NULL;
  int fd;

  seed (fixture);
  g_file_set_contents (path, "{\"contents\": [", -1, &error);
  g_assert_no_error (error);
  fd = open (path, O_WRONLY);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 100 * 1024 * 1024), ==, 0);
  close (fd);
  assert_refused (fixture, path, KRING_IO_ERROR_INVALID, "too large to import");
}

static void
test_csv_missing_required (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "package", NULL);
  g_autofree char *csv = g_build_filename (dir, "services.csv", NULL);
  g_autoptr (GError) error = NULL;

  seed (fixture);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_file_set_contents (csv, "id,name,status\ns1,Spreekuur,active\ns2,,active\n", -1, &error);
  g_assert_no_error (error);
  assert_refused (fixture, dir, KRING_IO_ERROR_INVALID,
                  "services.csv row 3, column “name”: this required field of the HSDS service is empty");
}

static void
test_csv_enum (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *csv = g_build_filename (fixture->dir, "locations.csv", NULL);
  g_autoptr (GError) error = NULL;

  seed (fixture);
  g_file_set_contents (csv, "id,location_type\r\nl1,\"physical\"\r\nl2,home\r\n", -1, &error);
  g_assert_no_error (error);
  assert_refused (fixture, csv, KRING_IO_ERROR_INVALID,
                  "locations.csv row 3, column “location_type”: “home” is not an allowed value");
}

static void
cancel_soon (GObject *object, GParamSpec *pspec, gpointer data)
{
  KringHsdsImport *import = KRING_HSDS_IMPORT (object);

  if (kring_hsds_import_get_progress (import) > 0.0 && kring_hsds_import_get_progress (import) < 1.0)
    g_cancellable_cancel (data);
}

static char *
write_many (ImportFixture *fixture, guint n)
{
  g_autoptr (GString) json = g_string_new ("[");
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (fixture->dir, "many.json", NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"many-%u\", \"name\": \"Organisatie %u\", "
                            "\"description\": \"Beschrijving\"}", i ? ", " : "", i, i);
  g_string_append (json, "]");
  g_file_set_contents (path, json->str, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Cancelled during the commit: the transaction rolls back, nothing is written. */
static void
test_cancel_commit (ImportFixture *fixture, gconstpointer data)
{
  g_autofree char *path = write_many (fixture, 20000);
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (KringHsdsImport) import = NULL;
  guint before = 0, after = 0;
  g_autofree char *fingerprint = NULL;
  g_autofree char *again = NULL;

  seed (fixture);
  fingerprint = store_fingerprint (fixture->store, &before);
  import = import_prepare (fixture->store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD), ==, 20000);
  g_signal_connect (import, "notify::progress", G_CALLBACK (cancel_soon), cancellable);
  import_commit (import, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  again = store_fingerprint (fixture->store, &after);
  g_assert_cmpuint (before, ==, after);
  g_assert_cmpstr (fingerprint, ==, again);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hsds-import/bad/%s", cases[i].name);

      g_test_add (name, ImportFixture, &cases[i], import_fixture_set_up, test_bad_case,
                  import_fixture_tear_down);
    }
#define ADD(path, func) \
  g_test_add (path, ImportFixture, NULL, import_fixture_set_up, func, import_fixture_tear_down)
  ADD ("/hsds-import/bad/binary", test_binary);
  ADD ("/hsds-import/bad/too-large", test_too_large);
  ADD ("/hsds-import/bad/csv-missing-required", test_csv_missing_required);
  ADD ("/hsds-import/bad/csv-enum", test_csv_enum);
  ADD ("/hsds-import/cancel/commit", test_cancel_commit);
#undef ADD
  return g_test_run ();
}
