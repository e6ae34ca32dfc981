/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>

#include "test-hsds-export-util.h"

/* Runs tests/io/validate-hsds.py on @path; the HSDS directory must exist. */
static void
assert_valid_hsds (const char *path)
{
  const char *python = g_getenv ("KRING_PYTHON");
  const char *script = g_getenv ("KRING_HSDS_VALIDATOR");
  const char *hsds = g_getenv ("KRING_HSDS_DIR");
  g_autofree char *schema = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = -1;

  g_assert_nonnull (python);
  g_assert_nonnull (script);
  g_assert_nonnull (hsds);
  schema = g_build_filename (hsds, "schema", "compiled", "organization_list.json", NULL);
  if (!g_file_test (schema, G_FILE_TEST_IS_REGULAR))
    g_error ("The official HSDS 3.0 schema is missing: %s", schema);
  {
    const char *argv[] = { python, script, hsds, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                  &error);
  }
  g_assert_no_error (error);
  g_test_message ("validator: %s%s", out, err);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

static JsonObject *
parse_export (JsonParser *parser,
              const char *path)
{
  g_autoptr (GError) error = NULL;

  json_parser_load_from_mapped_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
find_by_id (JsonArray  *array,
            const char *id)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return object;
    }
  return NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_array_member (object, name)
                                               : NULL;
}

static JsonObject *
attribute_of_type (JsonObject *object,
                   const char *link_type)
{
  JsonArray *attributes = array_member (object, "attributes");

  for (guint i = 0; attributes != NULL && i < json_array_get_length (attributes); i++)
    {
      JsonObject *attribute = json_array_get_object_element (attributes, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (attribute, "link_type", NULL),
                     link_type) == 0)
        return attribute;
    }
  return NULL;
}

static guint
count_services (JsonArray *contents)
{
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (contents); i++)
    {
      JsonArray *services = array_member (json_array_get_object_element (contents, i),
                                          "services");

      n += services ? json_array_get_length (services) : 0;
    }
  return n;
}

static void
test_demo_validates (ExportFixture *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "sociale-kaart.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GListModel) organizations = NULL;
  g_autoptr (GListModel) services = NULL;
  JsonObject *root;
  JsonArray *contents;

  export_test_load_demo (fixture->store);
  error = export_test_hsds (fixture->store, NULL, path, NULL);
  g_assert_no_error (error);
  assert_valid_hsds (path);

  organizations = export_test_list (fixture->store, "organizations");
  services = export_test_list (fixture->store, "services");
  root = parse_export (parser, path);
  contents = json_object_get_array_member (root, "contents");
  g_assert_cmpint (json_object_get_int_member (root, "total_items"), ==,
                   g_list_model_get_n_items (organizations));
  g_assert_cmpuint (json_array_get_length (contents), ==,
                    g_list_model_get_n_items (organizations));
  g_assert_cmpuint (count_services (contents), ==, g_list_model_get_n_items (services));
}

/* The Dutch additions: lijn and toegang as attributes with their taxonomy
 * term and taxonomy, freshness and the team's ring as extra attributes. */
static void
test_dutch_additions (ExportFixture *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "sociale-kaart.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GListModel) services = NULL;
  g_autoptr (KringRecord) service = NULL;
  JsonObject *root, *organization, *exported, *lijn, *term, *verified, *ring;
  const char *organization_id;

  export_test_load_demo (fixture->store);
  error = export_test_hsds (fixture->store, NULL, path, NULL);
  g_assert_no_error (error);
  root = parse_export (parser, path);
  services = export_test_list (fixture->store, "services");
  service = g_list_model_get_item (services, 0);
  organization_id = kring_record_get_string (service, "organization_id");
  organization = find_by_id (json_object_get_array_member (root, "contents"), organization_id);
  g_assert_nonnull (organization);
  exported = find_by_id (array_member (organization, "services"), kring_record_get_id (service));
  g_assert_nonnull (exported);
  g_assert_cmpstr (json_object_get_string_member (exported, "name"), ==,
                   kring_record_get_string (service, "name"));

  lijn = attribute_of_type (exported, "lijn");
  g_assert_nonnull (lijn);
  g_assert_cmpstr (json_object_get_string_member (lijn, "link_id"), ==,
                   kring_record_get_id (service));
  term = json_object_get_object_member (lijn, "taxonomy_term");
  g_assert_nonnull (term);
  g_assert_cmpstr (json_object_get_string_member (term, "id"), ==,
                   json_object_get_string_member (lijn, "taxonomy_term_id"));
  g_assert_true (json_object_has_member (term, "taxonomy_detail"));
  g_assert_nonnull (attribute_of_type (exported, "toegang"));
  g_assert_nonnull (attribute_of_type (exported, "life_domain"));

  verified = attribute_of_type (exported, KRING_HSDS_LINK_TYPE_VERIFIED_ON);
  g_assert_nonnull (verified);
  g_assert_cmpstr (json_object_get_string_member (verified, "value"), ==,
                   kring_record_get_string (service, "verified_on"));
  g_assert_cmpstr (json_object_get_string_member (
                     attribute_of_type (exported, KRING_HSDS_LINK_TYPE_VERIFIED_BY), "value"),
                   ==, kring_record_get_string (service, "verified_by"));

  ring = attribute_of_type (organization, KRING_HSDS_LINK_TYPE_RING);
  g_assert_nonnull (ring);
  g_assert_true (g_strv_contains ((const char *[]) { "0", "1", "2", "3", NULL },
                                  json_object_get_string_member (ring, "value")));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ring,
                                                                                "taxonomy_term"),
                                                  "taxonomy"), ==, KRING_HSDS_TAXONOMY_RING);
}

static void
test_selection (ExportFixture *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "selectie.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GListModel) organizations = NULL;
  g_autoptr (KringRecord) chosen = NULL;
  const char *ids[] = { NULL, "00000000-0000-4000-8000-000000000000", NULL };
  JsonArray *contents;

  export_test_load_demo (fixture->store);
  organizations = export_test_list (fixture->store, "organizations");
  chosen = g_list_model_get_item (organizations, 3);
  ids[0] = kring_record_get_id (chosen);
  error = export_test_hsds (fixture->store, ids, path, NULL);
  g_assert_no_error (error);
  assert_valid_hsds (path);
  contents = json_object_get_array_member (parse_export (parser, path), "contents");
  /* The unknown id is left out, not an error. */
  g_assert_cmpuint (json_array_get_length (contents), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (contents, 0),
                                                  "name"), ==,
                   kring_record_get_string (chosen, "name"));
}

static void
test_empty_directory (ExportFixture *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "leeg.json", NULL);
  g_autoptr (GError) error = export_test_hsds (fixture->store, NULL, path, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_assert_no_error (error);
  assert_valid_hsds (path);
  root = parse_export (parser, path);
  g_assert_true (json_object_get_boolean_member (root, "empty"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "contents")), ==, 0);
}

/* A failed or cancelled export leaves the old file as it was, and no
 * temporary file behind. */
static void
test_atomic (ExportFixture *fixture,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "oud.json", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "bestaat-niet", "x.json", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autofree char *contents = NULL;
  guint n_files = 0;

  export_test_load_demo (fixture->store);
  g_file_set_contents (path, "oude inhoud", -1, &error);
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  error = export_test_hsds (fixture->store, NULL, path, cancellable);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "oude inhoud");

  error = export_test_hsds (fixture->store, NULL, missing, NULL);
  g_assert_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  error = export_test_hsds (fixture->store, NULL, path, NULL);
  g_assert_no_error (error);
  assert_valid_hsds (path);
  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    if (g_str_has_prefix (name, "oud.json"))
      n_files++;
  /* The export and no temporary file beside it. */
  g_assert_false (kring_test_file_contains (path, "oude inhoud"));
  g_assert_cmpuint (n_files, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/io/hsds-export/demo-validates", ExportFixture, NULL, export_fixture_set_up,
              test_demo_validates, export_fixture_tear_down);
  g_test_add ("/io/hsds-export/dutch-additions", ExportFixture, NULL, export_fixture_set_up,
              test_dutch_additions, export_fixture_tear_down);
  g_test_add ("/io/hsds-export/selection", ExportFixture, NULL, export_fixture_set_up,
              test_selection, export_fixture_tear_down);
  g_test_add ("/io/hsds-export/empty", ExportFixture, NULL, export_fixture_set_up,
              test_empty_directory, export_fixture_tear_down);
  g_test_add ("/io/hsds-export/atomic", ExportFixture, NULL, export_fixture_set_up,
              test_atomic, export_fixture_tear_down);
  return g_test_run ();
}
