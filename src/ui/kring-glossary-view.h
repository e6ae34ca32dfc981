/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * "Begrippenlijst": the glossary as a searchable list. Each term opens to
 * its definition, in which other terms are links, its related terms
 * ("see_also") as links, and "Bewerken"/"Verwijderen". The actions
 * "glossary.add", "glossary.edit" (s: term id) and "glossary.remove" (s)
 * do what the buttons do.
 */
#define KRING_TYPE_GLOSSARY_VIEW (kring_glossary_view_get_type ())
G_DECLARE_FINAL_TYPE (KringGlossaryView, kring_glossary_view, KRING, GLOSSARY_VIEW, GtkBox)

GtkWidget *kring_glossary_view_new          (void);
/* @terms: the glossary_terms rows by term. NULL store: clears all. */
void       kring_glossary_view_set_data     (KringGlossaryView *self,
                                             KringStore        *store,
                                             GListModel        *terms);
/* Looks @term up: puts it in the search, opens its entry and scrolls to
 * it; TRUE when the glossary has it. */
gboolean   kring_glossary_view_show_term    (KringGlossaryView *self,
                                             const char        *term);
void       kring_glossary_view_focus_search (KringGlossaryView *self);
/* For tests: the row of @term (an AdwExpanderRow), or NULL when the
 * search hides it. */
GtkWidget *kring_glossary_view_get_row      (KringGlossaryView *self,
                                             const char        *term);

G_END_DECLS
