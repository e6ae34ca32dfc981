/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Glossary terms looked up from any text in the app: a text becomes Pango
 * markup in which the first whole-word, case-insensitive occurrence of each
 * glossary term is a link "term:<Term>" (acronyms such as "MEE" only as
 * written); activating it runs the window
 * action "win.show-term" with the term, which opens the begrippenlijst.
 */

/* @text as escaped markup with links for @terms (longest first, each term
 * linked once); @skip (may be NULL) is never linked, e.g. the term whose
 * own definition this is. */
char    *kring_glossary_links_markup    (const char         *text,
                                         const char *const  *terms,
                                         const char         *skip);
/* A GtkLabel::activate-link handler: "term:" links run win.show-term,
 * other links are left to GTK (TRUE when handled). */
gboolean kring_glossary_links_activate  (GtkLabel           *label,
                                         const char         *uri,
                                         gpointer            user_data);

/* The terms the app knows, set by the team page whenever it loads the
 * glossary (NULL on lock), so that other pages can link terms without
 * loading the glossary themselves. */
void     kring_glossary_links_set_terms (const char *const  *terms);
/* Shows @text (may be NULL) in @label with links for the known terms. */
void     kring_glossary_links_set_label (GtkLabel           *label,
                                         const char         *text);

G_END_DECLS
