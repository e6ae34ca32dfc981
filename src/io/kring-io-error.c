/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <glib/gi18n.h>

#include "kring-demo.h"

G_DEFINE_QUARK (kring-io-error-quark, kring_io_error)

/* json-glib says "<data>:12:7: Parse error: …"; people read "line 12,
 * character 7" better than a parser's notation. */
char *
kring_io_describe_json_error (const GError *error)
{
  unsigned int line = 0, column = 0;
  int consumed = 0;
  const char *rest;

  if (sscanf (error->message, "<data>:%u:%u: %n", &line, &column, &consumed) < 2
      || consumed == 0)
    return g_strdup (error->message);
  rest = error->message + consumed;
  return g_strdup_printf (_("line %u, character %u: %s"), line, column, rest);
}
