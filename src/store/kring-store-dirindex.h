/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-store-private.h"

G_BEGIN_DECLS

/*
 * The directory index: what the searches need of every organisation,
 * service and contact, held in memory on the worker thread. FTS4 finds the
 * documents that match what was typed; everything after that (which
 * directory entry a document stands for, whether the words hit its title,
 * its taxonomy terms, ring, age range and freshness, the facet counts and
 * the order) is counted here in C instead of in SQL over thousands of hits,
 * so a keystroke costs one doclist read and a pass over the hits.
 *
 * The index is rebuilt, inside the reading transaction, whenever a table it
 * reads has changed since it was built: an update hook on the connection
 * counts changes to those tables, a rollback hook counts every rollback.
 */

typedef enum
{
  KRING_DOC_ORGANIZATION,
  KRING_DOC_SERVICE,
  KRING_DOC_CONTACT,
} KringDocKind;

/* One FTS4 document: an organisation, a service or a contact. */
typedef struct
{
  char         *id;
  const char   *table;
  char         *title;
  guint32       names_at;   /* its folded title words in the name pool */
  guint32       names_length;
  guint64       initials;   /* kring_dir_initial() of each of those words */
  KringDocKind  kind;
  gint32        entry;      /* the entry it stands for, or -1 */
  guint32       title_rank; /* position in title order over all documents */
} KringDoc;

/* One row of the directory page: an organisation or a service. */
typedef struct
{
  guint32   doc;
  gint32    organization;   /* entry of its organisation (itself for one), or -1 */
  guint32   title_rank;     /* position in title order over all entries */
  int       minimum_age;    /* -1: none (services only) */
  int       maximum_age;
  guint32   verified_day;   /* verified_on as YYYYMMDD, 0 when never */
  char     *verified_on;
  char     *verified_by;
  guint32  *terms;          /* sorted term indices: its own, its organisation's,
                               and for an organisation its services' (in term_pool) */
  guint     n_terms;
  guint32  *services;       /* an organisation's service entries */
  guint     n_services;
} KringEntry;

typedef struct
{
  char *id;
  char *name;
  int   facet;              /* KringTermFacet, or -1 for another kind */
} KringTerm;

typedef struct _KringDirIndex
{
  GArray     *docs;         /* KringDoc */
  GArray     *entries;      /* KringEntry */
  GArray     *terms;        /* KringTerm, by name */
  GHashTable *term_index;   /* term id -> index + 1 */
  GString    *names;        /* " word word" per document, one after the other */
  GArray     *term_pool;    /* guint32: every entry's terms, one after the other, so
                               counting them walks memory in order */
  GHashTable *entry_index;  /* organisation or service id -> entry + 1 */
  gint32     *doc_by_docid; /* FTS4 docid -> doc, or -1 */
  gint64      n_docids;
  char       *ring_team;    /* the team rings were read for */
  gint8      *rings;        /* per entry: 0…3, or -1 when not placed */
  guint64     generation;
} KringDirIndex;

/* A document that matched, with its score: ten for every query word that
 * starts a word of its title, one for a word found elsewhere. */
typedef struct
{
  guint32 doc;
  guint32 score;
} KringDocHit;

/* Installs the hooks that tell the index it is out of date (at open). */
void           kring_dir_index_watch (KringStoreConn *conn);
/* Brings the full-text index and this index up to date with the database
 * and returns it (owned by @conn). Runs inside a transaction. */
KringDirIndex *kring_dir_index_get   (KringStoreConn *conn,
                                      GError        **error);
/* The rings of @team_id's placements in index->rings. */
gboolean       kring_dir_index_rings (KringStoreConn *conn,
                                      KringDirIndex  *index,
                                      const char     *team_id,
                                      GError        **error);
/* The documents matching @match (a kring_store_build_match() query), with
 * scores for @words (its folded prefixes). A word of one or two characters
 * matches the start of a word in a name only. */
GArray        *kring_dir_index_match (KringStoreConn *conn,
                                      KringDirIndex  *index,
                                      const char     *match,
                                      char          **words,
                                      GError        **error);
/* The folded prefixes of a kring_store_build_match() query ("zorg* hulp*"
 * gives "zorg", "hulp"); an empty vector for NULL. */
char         **kring_dir_match_words (const char    *match);
/* A bit for the first character of @word: one per ASCII letter and digit,
 * one shared by everything else. */
guint64        kring_dir_initial     (const char    *word);
/* "YYYY-MM-DD…" as YYYYMMDD; 0 when missing or not a date. */
guint32        kring_dir_day         (const char    *date);
void           kring_dir_index_free  (KringDirIndex  *index);

/* A hit ranked by score (higher first), then title order: the key packs
 * both so that a smaller key is a better hit. */
typedef struct
{
  guint64 key;
  guint32 item;
  guint32 score;
} KringRanked;

/* Keeps the @limit best in @heap (a GArray of KringRanked used as a
 * max-heap on the key, worst on top): picking a page out of thousands of
 * hits costs one comparison for most of them. */
void           kring_ranked_push     (GArray         *heap,
                                      guint           limit,
                                      guint32         item,
                                      guint32         score,
                                      guint32         title_rank);
/* Best first. */
void           kring_ranked_sort     (GArray         *heap);

G_END_DECLS
