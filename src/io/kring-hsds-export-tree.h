/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include "kring-hsds-model.h"
#include "kring-record.h"

G_BEGIN_DECLS

/*
 * The directory arranged as the HSDS tree the export writes: every row gets
 * one place under its most specific parent that is part of the export (a
 * phone of a contact sits under the contact, not also under the
 * organisation), so every record appears once and an import never meets the
 * same id twice. Built and used on one thread.
 */
typedef struct _KringHsdsTree KringHsdsTree;

/* @tables: table name -> GListModel of KringRecord for every table of the HSDS
 * model plus "ring_placements" and "teams". @organization_ids: the roots, or
 * NULL for every organisation. */
KringHsdsTree *kring_hsds_tree_new      (GHashTable         *tables,
                                         const char * const *organization_ids);
void           kring_hsds_tree_free     (KringHsdsTree      *tree);
/* The organization_list document: the paging members and "contents". */
JsonNode      *kring_hsds_tree_to_json  (KringHsdsTree      *tree);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringHsdsTree, kring_hsds_tree_free)

G_END_DECLS
