/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include "kring-test-util.h"

/* PLACEHOLDER: the helper writing the overview tab replaces this file. */
int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  return g_test_run ();
}
