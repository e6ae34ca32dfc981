/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * How HSDS 3.0 maps to the store, described once and shared by the import and
 * the export. The description is data, taken from the official schemas in
 * hsds-3.0/schema/ (one <type>.json per type):
 *
 * - Every HSDS object type (organization, service, phone …) has one table
 *   (organizations, services, phones …) and one tabular resource name, the
 *   base name of its CSV file in a data package (organizations, funding,
 *   accessibility, service_at_location …).
 * - Its scalar fields are the HSDS properties that are not arrays or objects,
 *   each with its JSON kind, whether the schema requires it (and whether it
 *   needs a value: see KringHsdsNeed) and, for enums,
 *   the allowed values. Every one of them is a column of the same name in the
 *   table (the schema v1 uses the HSDS names), so there is no second column
 *   list: a record column is an HSDS field exactly when the type lists it.
 * - Its children are the embedded arrays and objects (key -> child type).
 *   An embedded child normally points at its parent: it gets the parent's
 *   link column (an organization's is "organization_id", a contact's
 *   "contact_id" …), when the child type has that field. Attributes get
 *   link_id and link_entity (the parent's type), metadata get resource_id and
 *   resource_type. A child marked `reverse` is one the parent points at
 *   instead: service.organization sets the service's organization_id,
 *   attribute.taxonomy_term sets the attribute's taxonomy_term_id.
 */

typedef enum
{
  KRING_HSDS_STRING,
  KRING_HSDS_INTEGER,  /* "number" in the schema, an INTEGER column here */
  KRING_HSDS_NUMBER,   /* "number" in the schema, a REAL column here */
} KringHsdsKind;

/* What the schema demands of a field. A blank value ("" in JSON, an empty
 * CSV cell) is no value: the import stores NULL. */
typedef enum
{
  KRING_HSDS_OPTIONAL,
  KRING_HSDS_REQUIRED,         /* the field must be there with a value */
  /* The schema requires the member, but a directory may not know the value
   * (a Dutch address has no province, a vocabulary term no description):
   * a blank value is accepted, and the export writes NULL as "". */
  KRING_HSDS_REQUIRED_MEMBER,
} KringHsdsNeed;

typedef struct
{
  const char        *name;
  KringHsdsKind      kind;
  KringHsdsNeed      required;
  const char *const *values;   /* NULL-terminated enum values, or NULL */
} KringHsdsField;

typedef struct
{
  const char *key;       /* JSON key in the parent, e.g. "phones" */
  const char *type;      /* HSDS type of the child, e.g. "phone" */
  gboolean    array;     /* an array of objects, else one object */
  const char *reverse;   /* parent column that takes the child's id, or NULL */
} KringHsdsChild;

typedef struct
{
  const char           *type;      /* "organization" */
  const char           *table;     /* "organizations" */
  const char           *resource;  /* tabular resource / CSV base name */
  const char           *link;      /* column an embedded child gets, or NULL */
  const KringHsdsField *fields;    /* terminated by { NULL } */
  const KringHsdsChild *children;  /* terminated by { NULL } */
} KringHsdsType;

/* All types, in an order in which parents come before their children. */
const KringHsdsType  *const *kring_hsds_model_get_types (guint *n_types);
const KringHsdsType  *kring_hsds_model_lookup        (const char          *type);
const KringHsdsType  *kring_hsds_model_for_table     (const char          *table);
/* Accepts "funding", "funding.csv", "fundings" and the like. */
const KringHsdsType  *kring_hsds_model_for_resource  (const char          *resource);
const KringHsdsField *kring_hsds_type_get_field      (const KringHsdsType *type,
                                                      const char          *name);
gboolean              kring_hsds_field_allows        (const KringHsdsField *field,
                                                      const char           *value);
/* The columns of an embedded @child that point at its @parent: the id
 * column (NULL when the child cannot point at it) and, for attributes and
 * metadata, the column that names the parent's type (else NULL). */
void                  kring_hsds_model_parent_link   (const KringHsdsType *parent,
                                                      const KringHsdsType *child,
                                                      const char         **id_column,
                                                      const char         **entity_column);

G_END_DECLS
