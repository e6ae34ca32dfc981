/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Who does what: for a question typed by a new colleague ("schulden",
 * "huiselijk geweld", "dementie") or a life domain, the team members,
 * partners and services of the sociale kaart that cover it, each with how
 * to reach them. Words are matched without case or accents, on prefixes
 * ("schuld" finds "schuldhulpverlening"), in a member's discipline and
 * expertise, and in an organisation's or service's name, description and
 * taxonomy terms (life domains, topics).
 */
typedef struct
{
  /* "team_members" rows plus "team_name" and "organization_name". */
  GListModel *members;
  /* "organizations" rows (id, name, description, email, website) plus
   * "phone" (first number), "ring" (the team's ring, -1 not placed) and
   * "matched" (why it matched, e.g. "Financiën · schuldhulp"). */
  GListModel *organizations;
  /* "services" rows (id, name, description, email, url, organization_id)
   * plus "organization_name", "phone" and "matched". */
  GListModel *services;
} KringWhoResult;

void kring_who_result_free (KringWhoResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringWhoResult, kring_who_result_free)

/* @query (may be NULL or empty) and @domain_term_id (a life-domain term,
 * may be NULL): with both, a hit must satisfy both. Neither: empty lists.
 * Members of @team_id only when set (NULL: every team); the organisations'
 * "ring" is the ring in @team_id. An organisation also covers what one of
 * its services covers (its "matched" then names the service). Members have
 * no life domains: they are found by the words of @query alone. A query
 * word loses a Dutch plural "-en" ("schulden" finds "schuldhulp"). */
void            kring_store_who_does_what_async  (KringStore          *self,
                                                  const char          *query,
                                                  const char          *domain_term_id,
                                                  const char          *team_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
KringWhoResult *kring_store_who_does_what_finish (KringStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* The folded, stemmed words of @query (NULL-terminated, maybe empty), and
 * whether every one of @words starts a word of @text (folded); FALSE for no
 * words. Shared with the page for highlighting and tested on their own. */
char          **kring_who_query_words  (const char *query);
gboolean        kring_who_text_matches (const char *text,
                                        char      **words);

G_END_DECLS
