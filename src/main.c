/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kring-application.h"

static void
setup_i18n (void)
{
  /* KRING_LOCALEDIR lets the app find its translations in a build tree. */
  const char *localedir = g_getenv ("KRING_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int argc, char *argv[])
{
  g_autoptr (KringApplication) app = NULL;
  int status;

  setup_i18n ();
  app = kring_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);
  return status != 0 ? status : kring_application_get_exit_status (app);
}
