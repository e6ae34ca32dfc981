/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-date.h"

gboolean
kring_date_parse (const char *text,
                  GDate      *date)
{
  static const int starts[3] = { 0, 5, 8 };
  static const int lengths[3] = { 4, 2, 2 };
  int parts[3] = { 0, 0, 0 };

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 3; i++)
    for (int j = starts[i]; j < starts[i] + lengths[i]; j++)
      {
        if (!g_ascii_isdigit (text[j]))
          return FALSE;
        parts[i] = parts[i] * 10 + g_ascii_digit_value (text[j]);
      }
  if (!g_date_valid_dmy ((GDateDay) parts[2], (GDateMonth) parts[1], (GDateYear) parts[0]))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) parts[2], (GDateMonth) parts[1], (GDateYear) parts[0]);
  return TRUE;
}
