/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>

#include "kring-test-util.h"

/*
 * Runs the built kringkaart binary the way the screenshot script does and
 * checks that it wrote one picture per page, at the window's size, of the
 * import dialog's preview and error, of one household's tabs, of the
 * wijkanalyse, the team page and the tour, the locked window, the
 * recovery-key and backup dialogs, the plan letter and the wijkanalyse
 * report as PDFs, and exited with status 0.
 */

static const char *const pages[] = {
  "01-map", "02-directory", "03-households", "04-analysis", "05-team", "06-directory-detail",
  "07-map-selected", "08-map-filtered", "09-map-compare", "10-map-compare-overlay",
  "13-household-overview", "14-household-domains", "15-household-plan", "16-household-ecomap",
  /* 19-analysis-supply only when the page is longer than the window. */
  "18-analysis", "20-team", "21-team-who", "22-glossary", "25-lock",
};
/* Dialogs and the tour: their own size. */
static const char *const dialogs[] = { "11-import-preview", "12-import-error", "23-tour",
                                        "26-recovery-key", "27-backup",
                                        "28-preferences-retention", "29-change-key" };

static GdkTexture *
load_shot (const char *shots, const char *page)
{
  g_autofree char *name = g_strconcat (page, ".png", NULL);
  g_autofree char *path = g_build_filename (shots, name, NULL);
  g_autoptr (GError) error = NULL;
  GdkTexture *texture = gdk_texture_new_from_filename (path, &error);

  g_assert_no_error (error);
  return texture;
}

/* The plan letter is a PDF (the script renders it to PNG). */
static void
assert_pdf (const char *shots, const char *name)
{
  g_autofree char *path = g_build_filename (shots, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr (GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

/* One screenshot run of the built binary in its own profile. */
typedef struct
{
  GSubprocess *process;
  char        *data_dir;
  char        *shots;
} Run;

static void
run_start (Run *run, const char *scheme)
{
  g_autofree char *binary = g_build_filename (g_getenv ("KRING_BUILD_ROOT"), "src",
                                              "kringkaart", NULL);
  g_autoptr (GError) error = NULL;

  run->data_dir = kring_test_mkdtemp ();
  run->shots = g_build_filename (run->data_dir, "shots", NULL);
  run->process = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, binary, "--data-dir",
                                   run->data_dir, "--demo", "--screenshots", run->shots,
                                   "--color-scheme", scheme, NULL);
  g_assert_no_error (error);
}

/* Waits for @run to exit with status 0 and checks what it wrote. */
static void
run_check (Run *run, int *width, int *height)
{
  g_autoptr (GError) error = NULL;

  g_subprocess_wait_check (run->process, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (GdkTexture) texture = load_shot (run->shots, pages[i]);

      *width = gdk_texture_get_width (texture);
      *height = gdk_texture_get_height (texture);
    }
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    {
      g_autoptr (GdkTexture) texture = load_shot (run->shots, dialogs[i]);

      g_assert_cmpint (gdk_texture_get_width (texture), >, 300);
      g_assert_cmpint (gdk_texture_get_height (texture), >, 200);
    }
  assert_pdf (run->shots, "17-household-plan.pdf");
  assert_pdf (run->shots, "24-report.pdf");
  g_clear_object (&run->process);
  g_free (run->data_dir);
  g_free (run->shots);
}

/* Both colour schemes at once, each app in its own profile (a --data-dir
 * run is non-unique): most of a run is waiting for pages to settle, so two
 * side by side take little longer than one. */
static void
test_screenshots (void)
{
  Run light = { 0 }, dark = { 0 };
  int width = 0, height = 0;

  run_start (&light, "light");
  run_start (&dark, "dark");
  /* The window asks for 1366×768; its frame may take a few pixels of that. */
  run_check (&light, &width, &height);
  g_assert_cmpint (width, >=, 1340);
  g_assert_cmpint (width, <=, 1366);
  g_assert_cmpint (height, >=, 740);
  g_assert_cmpint (height, <=, 768);
  width = height = 0;
  run_check (&dark, &width, &height);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/screenshots/light-and-dark", test_screenshots);
  return g_test_run ();
}
