/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-record.h"
#include "kring-hsds-model.h"
#include "kring-hsds-import.h"

G_BEGIN_DECLS

/*
 * Internals of the HSDS import, shared by its source files.
 *
 * A reader (JSON or tabular) turns the source into a KringHsdsParsed: every
 * record once (an id met twice is merged; the same field with two different
 * values is an error), and the units of the plan: one per top-level record
 * (an organization with everything embedded in it, one CSV row …), each
 * holding the indices of its records.
 */

/* Files larger than this are refused before they are read. */
#define KRING_HSDS_MAX_FILE_SIZE (64 * 1024 * 1024)

typedef struct
{
  char   *table;
  char   *id;
  char   *title;
  GArray *records;  /* guint indices into KringHsdsParsed.records, sorted, unique */
} KringHsdsUnit;

typedef struct
{
  GPtrArray  *records;  /* KringRecord */
  GPtrArray  *paths;    /* char *: where each record was first met */
  GHashTable *index;    /* "table\037id" -> index + 1 */
  GPtrArray  *units;    /* KringHsdsUnit */
  GHashTable *unit_index; /* "table\037id" -> KringHsdsUnit */
} KringHsdsParsed;

/* Reports how far a reader got, 0 … 1; called on the reader's thread. */
typedef void (*KringHsdsTick) (double fraction, gpointer data);

KringHsdsParsed *kring_hsds_parsed_new      (void);
void             kring_hsds_parsed_free     (KringHsdsParsed *parsed);
/* The unit for a top-level record; the same record twice gives the same unit. */
KringHsdsUnit   *kring_hsds_parsed_unit     (KringHsdsParsed *parsed,
                                             const char      *table,
                                             const char      *id,
                                             const char      *title);
/* Adds @record (transfer full) to @unit, merging it with an earlier record of
 * the same table and id; @path names it in errors. */
gboolean         kring_hsds_parsed_add      (KringHsdsParsed *parsed,
                                             KringHsdsUnit   *unit,
                                             KringRecord     *record,
                                             const char      *path,
                                             GError         **error);
/* Folds Kringkaart's own attributes back (freshness into columns, the ring
 * left out), sorts the units' record lists and drops repeats. */
void             kring_hsds_parsed_finish   (KringHsdsParsed *parsed);
/* The columns of @type that are not HSDS fields but travel as attributes
 * and are folded back into it (verified_on, verified_by); NULL-terminated. */
const char *const *kring_hsds_folded_columns (const KringHsdsType *type);

/* A readable title for a record: its name, title, number … or its id. */
char            *kring_hsds_record_title    (KringRecord     *record);
/* A column value as canonical text, for comparing and hashing; NULL for NULL. */
char            *kring_hsds_value_text      (GVariant        *value);
/* Text from a JSON string or a CSV cell as the value a field takes; blank
 * text is no value (a NULL @value). */
gboolean         kring_hsds_value_parse     (const KringHsdsField *field,
                                             const char      *text,
                                             GVariant       **value,
                                             GError         **error);
/* Checks that every required field of @type is set in @record; @where names it. */
gboolean         kring_hsds_check_required  (const KringHsdsType *type,
                                             KringRecord     *record,
                                             const char      *where,
                                             gboolean         json,
                                             GError         **error);

/* Refuses files that are too large, before reading them; then reads the
 * whole file and checks that it is UTF-8 text. */
char            *kring_hsds_read_text       (GFile           *file,
                                             gsize           *length,
                                             GCancellable    *cancellable,
                                             GError         **error);

/* kring-hsds-json.c: HSDS JSON; also the tabular package as one JSON object
 * keyed by CSV file name (examples/tabular.json). */
KringHsdsParsed *kring_hsds_json_parse      (GFile           *file,
                                             GCancellable    *cancellable,
                                             KringHsdsTick    tick,
                                             gpointer         tick_data,
                                             GError         **error);

/* kring-hsds-csv.c: the tabular data package. @file is a datapackage.json,
 * a directory holding one or CSV files, or one CSV file. */
KringHsdsParsed *kring_hsds_csv_parse       (GFile           *file,
                                             GCancellable    *cancellable,
                                             KringHsdsTick    tick,
                                             gpointer         tick_data,
                                             GError         **error);

/* kring-hsds-import-item.c: an item of the plan and what the commit needs of it. */
KringImportItem *kring_import_item_new      (KringHsdsUnit   *unit,
                                             KringImportAction action,
                                             const char      *source_hash,
                                             const char      *local_hash,
                                             const char      *state_id);
KringHsdsUnit   *kring_import_item_get_unit (KringImportItem *self);
const char      *kring_import_item_get_source_hash (KringImportItem *self);
const char      *kring_import_item_get_local_hash  (KringImportItem *self);
const char      *kring_import_item_get_state_id    (KringImportItem *self);

/* kring-hsds-import-plan.c: compares the source with the store. @stored is
 * parallel to parsed->records (the stored KringRecord or NULL), @states the
 * import_state rows. Returns the plan, a GPtrArray of KringImportItem. */
GPtrArray       *kring_hsds_plan            (KringHsdsParsed *parsed,
                                             GPtrArray       *stored,
                                             GListModel      *states);
/* The records the commit writes for @items, parents first, and the
 * import_state rows that go with them. */
GPtrArray       *kring_hsds_plan_records    (KringHsdsParsed *parsed,
                                             GListModel      *items);

G_END_DECLS
