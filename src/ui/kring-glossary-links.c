/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-glossary-links.h"

/* One list for the whole app: the glossary is one table of the open profile. */
static char **known_terms;

static int
compare_length (gconstpointer a, gconstpointer b)
{
  glong la = g_utf8_strlen (*(const char *const *) a, -1);
  glong lb = g_utf8_strlen (*(const char *const *) b, -1);

  return la == lb ? 0 : (la > lb ? -1 : 1);
}

static gboolean
is_word_char (const char *p)
{
  return *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));
}

/* "MEE", "AMW": an acronym is linked only as written, so that the Dutch
 * word "mee" does not turn into a link to MEE. */
static gboolean
is_acronym (const char *term)
{
  gboolean letters = FALSE;

  for (const char *p = term; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isupper (c);
    }
  return letters && g_utf8_strlen (term, -1) > 1;
}

/* Whether @term starts at @p (case-insensitive) and ends a word there; on a
 * match *@end is where the occurrence ends in @p. */
static gboolean
term_at (const char *p, const char *term, const char **end)
{
  glong n = g_utf8_strlen (term, -1);
  const char *q = p;
  g_autofree char *piece = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  for (glong i = 0; i < n; i++, q = g_utf8_next_char (q))
    if (*q == '\0')
      return FALSE;
  if (n == 0 || is_word_char (q))
    return FALSE;
  piece = g_strndup (p, q - p);
  *end = q;
  if (is_acronym (term))
    return g_str_equal (piece, term);
  a = g_utf8_casefold (piece, -1);
  b = g_utf8_casefold (term, -1);
  return g_str_equal (a, b);
}

static void
append_link (GString *markup, const char *term, const char *start, const char *end)
{
  g_autofree char *href = g_markup_escape_text (term, -1);
  g_autofree char *shown = g_markup_escape_text (start, end - start);

  g_string_append_printf (markup, "<a href=\"term:%s\">%s</a>", href, shown);
}

static GPtrArray *
sorted_terms (const char *const *terms, const char *skip)
{
  GPtrArray *sorted = g_ptr_array_new ();

  for (guint i = 0; terms != NULL && terms[i] != NULL; i++)
    if (*terms[i] != '\0' && (skip == NULL || g_ascii_strcasecmp (terms[i], skip) != 0))
      g_ptr_array_add (sorted, (char *) terms[i]);
  g_ptr_array_sort (sorted, compare_length);
  return sorted;
}

/* The longest term not linked yet that starts at @p, or -1. */
static int
find_term (GPtrArray *terms, gboolean *used, const char *p, const char **end)
{
  for (guint i = 0; i < terms->len; i++)
    if (!used[i] && term_at (p, g_ptr_array_index (terms, i), end))
      return (int) i;
  return -1;
}

char *
kring_glossary_links_markup (const char *text, const char *const *terms, const char *skip)
{
  g_autoptr (GPtrArray) sorted = sorted_terms (terms, skip);
  g_autofree gboolean *used = g_new0 (gboolean, sorted->len + 1);
  GString *markup = g_string_new (NULL);
  gboolean after_word = FALSE;

  g_return_val_if_fail (text != NULL, NULL);
  for (const char *p = text; *p != '\0';)
    {
      const char *end = NULL;
      const char *next = g_utf8_next_char (p);
      int found = after_word ? -1 : find_term (sorted, used, p, &end);

      if (found >= 0)
        {
          used[found] = TRUE;
          append_link (markup, g_ptr_array_index (sorted, found), p, end);
          next = end;
        }
      else
        {
          g_autofree char *piece = g_markup_escape_text (p, next - p);

          g_string_append (markup, piece);
        }
      after_word = is_word_char (g_utf8_prev_char (next));
      p = next;
    }
  return g_string_free (markup, FALSE);
}

gboolean
kring_glossary_links_activate (GtkLabel *label, const char *uri, gpointer user_data)
{
  if (!g_str_has_prefix (uri, "term:"))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (label), "win.show-term", "s", uri + strlen ("term:"));
  return TRUE;
}

void
kring_glossary_links_set_terms (const char *const *terms)
{
  g_clear_pointer (&known_terms, g_strfreev);
  known_terms = g_strdupv ((char **) terms);
}

void
kring_glossary_links_set_label (GtkLabel *label, const char *text)
{
  g_autofree char *markup = kring_glossary_links_markup (text != NULL ? text : "",
                                                         (const char *const *) known_terms,
                                                         NULL);

  /* Connected once per label, however often its text changes. */
  if (g_object_get_data (G_OBJECT (label), "kring-glossary-links") == NULL)
    {
      g_signal_connect (label, "activate-link", G_CALLBACK (kring_glossary_links_activate), NULL);
      g_object_set_data (G_OBJECT (label), "kring-glossary-links", GINT_TO_POINTER (1));
    }
  gtk_label_set_markup (label, markup);
}
