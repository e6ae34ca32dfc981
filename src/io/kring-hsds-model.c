/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "kring-hsds-model.h"

/*
 * The HSDS 3.0 model as data. Field lists, required fields and enum values
 * are those of hsds-3.0/schema/<type>.json; the embedded children are those
 * of the compiled schemas and the official examples.
 */

#define STRING KRING_HSDS_STRING
#define INTEGER KRING_HSDS_INTEGER
#define NUMBER KRING_HSDS_NUMBER
#define OPTIONAL KRING_HSDS_OPTIONAL
#define REQUIRED KRING_HSDS_REQUIRED
#define MEMBER KRING_HSDS_REQUIRED_MEMBER

static const KringHsdsField accessibility_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "location_id", STRING, OPTIONAL, NULL },
  { "description", STRING, OPTIONAL, NULL },
  { "details", STRING, OPTIONAL, NULL },
  { "url", STRING, OPTIONAL, NULL },
  { NULL }
};

static const char *const address_address_type_values[] = { "physical", "postal", "virtual", NULL };
static const KringHsdsField address_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "location_id", STRING, OPTIONAL, NULL },
  { "attention", STRING, OPTIONAL, NULL },
  { "address_1", STRING, REQUIRED, NULL },
  { "address_2", STRING, OPTIONAL, NULL },
  { "city", STRING, REQUIRED, NULL },
  { "region", STRING, OPTIONAL, NULL },
  { "state_province", STRING, MEMBER, NULL },
  { "postal_code", STRING, MEMBER, NULL },
  { "country", STRING, REQUIRED, NULL },
  { "address_type", STRING, REQUIRED, address_address_type_values },
  { NULL }
};

static const KringHsdsField attribute_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "link_id", STRING, OPTIONAL, NULL },
  { "taxonomy_term_id", STRING, OPTIONAL, NULL },
  { "link_type", STRING, OPTIONAL, NULL },
  { "link_entity", STRING, OPTIONAL, NULL },
  { "value", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField contact_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "organization_id", STRING, OPTIONAL, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "service_at_location_id", STRING, OPTIONAL, NULL },
  { "location_id", STRING, OPTIONAL, NULL },
  { "name", STRING, OPTIONAL, NULL },
  { "title", STRING, OPTIONAL, NULL },
  { "department", STRING, OPTIONAL, NULL },
  { "email", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField cost_option_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "valid_from", STRING, OPTIONAL, NULL },
  { "valid_to", STRING, OPTIONAL, NULL },
  { "option", STRING, OPTIONAL, NULL },
  { "currency", STRING, OPTIONAL, NULL },
  { "amount", NUMBER, OPTIONAL, NULL },
  { "amount_description", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField funding_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "organization_id", STRING, OPTIONAL, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "source", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField language_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "location_id", STRING, OPTIONAL, NULL },
  { "phone_id", STRING, OPTIONAL, NULL },
  { "name", STRING, OPTIONAL, NULL },
  { "code", STRING, OPTIONAL, NULL },
  { "note", STRING, OPTIONAL, NULL },
  { NULL }
};

static const char *const location_location_type_values[] = { "physical", "postal", "virtual", NULL };
static const KringHsdsField location_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "location_type", STRING, REQUIRED, location_location_type_values },
  { "url", STRING, OPTIONAL, NULL },
  { "organization_id", STRING, OPTIONAL, NULL },
  { "name", STRING, OPTIONAL, NULL },
  { "alternate_name", STRING, OPTIONAL, NULL },
  { "description", STRING, OPTIONAL, NULL },
  { "transportation", STRING, OPTIONAL, NULL },
  { "latitude", NUMBER, OPTIONAL, NULL },
  { "longitude", NUMBER, OPTIONAL, NULL },
  { "external_identifier", STRING, OPTIONAL, NULL },
  { "external_identifier_type", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField meta_table_description_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "name", STRING, OPTIONAL, NULL },
  { "language", STRING, OPTIONAL, NULL },
  { "character_set", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField metadata_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "resource_id", STRING, OPTIONAL, NULL },
  { "resource_type", STRING, OPTIONAL, NULL },
  { "last_action_date", STRING, MEMBER, NULL },
  { "last_action_type", STRING, MEMBER, NULL },
  { "field_name", STRING, MEMBER, NULL },
  { "previous_value", STRING, MEMBER, NULL },
  { "replacement_value", STRING, MEMBER, NULL },
  { "updated_by", STRING, MEMBER, NULL },
  { NULL }
};

static const KringHsdsField organization_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "name", STRING, REQUIRED, NULL },
  { "alternate_name", STRING, OPTIONAL, NULL },
  { "description", STRING, MEMBER, NULL },
  { "email", STRING, OPTIONAL, NULL },
  { "website", STRING, OPTIONAL, NULL },
  { "tax_status", STRING, OPTIONAL, NULL },
  { "tax_id", STRING, OPTIONAL, NULL },
  { "year_incorporated", INTEGER, OPTIONAL, NULL },
  { "legal_status", STRING, OPTIONAL, NULL },
  { "logo", STRING, OPTIONAL, NULL },
  { "uri", STRING, OPTIONAL, NULL },
  { "parent_organization_id", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField organization_identifier_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "organization_id", STRING, OPTIONAL, NULL },
  { "identifier_scheme", STRING, OPTIONAL, NULL },
  { "identifier_type", STRING, MEMBER, NULL },
  { "identifier", STRING, MEMBER, NULL },
  { NULL }
};

static const KringHsdsField phone_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "location_id", STRING, OPTIONAL, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "organization_id", STRING, OPTIONAL, NULL },
  { "contact_id", STRING, OPTIONAL, NULL },
  { "service_at_location_id", STRING, OPTIONAL, NULL },
  { "number", STRING, REQUIRED, NULL },
  { "extension", INTEGER, OPTIONAL, NULL },
  { "type", STRING, OPTIONAL, NULL },
  { "description", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField program_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "organization_id", STRING, OPTIONAL, NULL },
  { "name", STRING, REQUIRED, NULL },
  { "alternate_name", STRING, OPTIONAL, NULL },
  { "description", STRING, MEMBER, NULL },
  { NULL }
};

static const KringHsdsField required_document_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "document", STRING, OPTIONAL, NULL },
  { "uri", STRING, OPTIONAL, NULL },
  { NULL }
};

static const char *const schedule_wkst_values[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU", NULL };
static const char *const schedule_freq_values[] = { "WEEKLY", "MONTHLY", NULL };
static const KringHsdsField schedule_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "location_id", STRING, OPTIONAL, NULL },
  { "service_at_location_id", STRING, OPTIONAL, NULL },
  { "valid_from", STRING, OPTIONAL, NULL },
  { "valid_to", STRING, OPTIONAL, NULL },
  { "dtstart", STRING, OPTIONAL, NULL },
  { "timezone", NUMBER, OPTIONAL, NULL },
  { "until", STRING, OPTIONAL, NULL },
  { "count", INTEGER, OPTIONAL, NULL },
  { "wkst", STRING, OPTIONAL, schedule_wkst_values },
  { "freq", STRING, OPTIONAL, schedule_freq_values },
  { "interval", INTEGER, OPTIONAL, NULL },
  { "byday", STRING, OPTIONAL, NULL },
  { "byweekno", STRING, OPTIONAL, NULL },
  { "bymonthday", STRING, OPTIONAL, NULL },
  { "byyearday", STRING, OPTIONAL, NULL },
  { "description", STRING, OPTIONAL, NULL },
  { "opens_at", STRING, OPTIONAL, NULL },
  { "closes_at", STRING, OPTIONAL, NULL },
  { "schedule_link", STRING, OPTIONAL, NULL },
  { "attending_type", STRING, OPTIONAL, NULL },
  { "notes", STRING, OPTIONAL, NULL },
  { NULL }
};

static const char *const service_status_values[] = { "active", "inactive", "defunct", "temporarily closed", NULL };
static const KringHsdsField service_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "organization_id", STRING, OPTIONAL, NULL },
  { "program_id", STRING, OPTIONAL, NULL },
  { "name", STRING, REQUIRED, NULL },
  { "alternate_name", STRING, OPTIONAL, NULL },
  { "description", STRING, OPTIONAL, NULL },
  { "url", STRING, OPTIONAL, NULL },
  { "email", STRING, OPTIONAL, NULL },
  { "status", STRING, REQUIRED, service_status_values },
  { "interpretation_services", STRING, OPTIONAL, NULL },
  { "application_process", STRING, OPTIONAL, NULL },
  { "fees_description", STRING, OPTIONAL, NULL },
  { "wait_time", STRING, OPTIONAL, NULL },
  { "fees", STRING, OPTIONAL, NULL },
  { "accreditations", STRING, OPTIONAL, NULL },
  { "eligibility_description", STRING, OPTIONAL, NULL },
  { "minimum_age", INTEGER, OPTIONAL, NULL },
  { "maximum_age", INTEGER, OPTIONAL, NULL },
  { "assured_date", STRING, OPTIONAL, NULL },
  { "assurer_email", STRING, OPTIONAL, NULL },
  { "licenses", STRING, OPTIONAL, NULL },
  { "alert", STRING, OPTIONAL, NULL },
  { "last_modified", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField service_area_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "name", STRING, OPTIONAL, NULL },
  { "description", STRING, OPTIONAL, NULL },
  { "extent", STRING, OPTIONAL, NULL },
  { "extent_type", STRING, OPTIONAL, NULL },
  { "uri", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField service_at_location_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "service_id", STRING, OPTIONAL, NULL },
  { "location_id", STRING, OPTIONAL, NULL },
  { "description", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField taxonomy_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "name", STRING, REQUIRED, NULL },
  { "description", STRING, MEMBER, NULL },
  { "uri", STRING, OPTIONAL, NULL },
  { "version", STRING, OPTIONAL, NULL },
  { NULL }
};

static const KringHsdsField taxonomy_term_fields[] = {
  { "id", STRING, REQUIRED, NULL },
  { "code", STRING, OPTIONAL, NULL },
  { "name", STRING, REQUIRED, NULL },
  { "description", STRING, MEMBER, NULL },
  { "parent_id", STRING, OPTIONAL, NULL },
  { "taxonomy", STRING, OPTIONAL, NULL },
  { "language", STRING, OPTIONAL, NULL },
  { "taxonomy_id", STRING, OPTIONAL, NULL },
  { "term_uri", STRING, OPTIONAL, NULL },
  { NULL }
};

#define ATTRIBUTES { "attributes", "attribute", TRUE, NULL }, { "metadata", "metadata", TRUE, NULL }
#define END { NULL }

static const KringHsdsChild plain_children[] = { ATTRIBUTES, END };
static const KringHsdsChild metadata_children[] = { { "metadata", "metadata", TRUE, NULL }, END };
static const KringHsdsChild no_children[] = { END };

static const KringHsdsChild organization_children[] = {
  { "funding", "funding", TRUE, NULL }, { "contacts", "contact", TRUE, NULL },
  { "phones", "phone", TRUE, NULL }, { "locations", "location", TRUE, NULL },
  { "programs", "program", TRUE, NULL },
  { "organization_identifiers", "organization_identifier", TRUE, NULL },
  { "services", "service", TRUE, NULL }, ATTRIBUTES, END
};

static const KringHsdsChild service_children[] = {
  { "organization", "organization", FALSE, "organization_id" },
  { "program", "program", FALSE, "program_id" },
  { "phones", "phone", TRUE, NULL }, { "schedules", "schedule", TRUE, NULL },
  { "service_areas", "service_area", TRUE, NULL },
  { "service_at_locations", "service_at_location", TRUE, NULL },
  { "languages", "language", TRUE, NULL }, { "funding", "funding", TRUE, NULL },
  { "cost_options", "cost_option", TRUE, NULL },
  { "required_documents", "required_document", TRUE, NULL },
  { "contacts", "contact", TRUE, NULL }, ATTRIBUTES, END
};

static const KringHsdsChild location_children[] = {
  { "languages", "language", TRUE, NULL }, { "addresses", "address", TRUE, NULL },
  { "contacts", "contact", TRUE, NULL }, { "accessibility", "accessibility", TRUE, NULL },
  { "phones", "phone", TRUE, NULL }, { "schedules", "schedule", TRUE, NULL }, ATTRIBUTES, END
};

static const KringHsdsChild service_at_location_children[] = {
  { "service", "service", FALSE, "service_id" }, { "location", "location", FALSE, "location_id" },
  { "contacts", "contact", TRUE, NULL }, { "phones", "phone", TRUE, NULL },
  { "schedules", "schedule", TRUE, NULL }, ATTRIBUTES, END
};

static const KringHsdsChild contact_children[] = { { "phones", "phone", TRUE, NULL }, ATTRIBUTES, END };
static const KringHsdsChild phone_children[] = { { "languages", "language", TRUE, NULL }, ATTRIBUTES, END };

static const KringHsdsChild attribute_children[] = {
  { "taxonomy_term", "taxonomy_term", FALSE, "taxonomy_term_id" },
  { "metadata", "metadata", TRUE, NULL }, END
};

static const KringHsdsChild taxonomy_term_children[] = {
  { "taxonomy_detail", "taxonomy", FALSE, "taxonomy_id" },
  { "metadata", "metadata", TRUE, NULL }, END
};

#define TYPE(name, table, resource, link, children) \
  { #name, table, resource, link, name##_fields, children }

/* Parents before children, so a tabular import writes them in this order. */
static const KringHsdsType types[] = {
  TYPE (taxonomy, "taxonomies", "taxonomies", "taxonomy_id", metadata_children),
  TYPE (taxonomy_term, "taxonomy_terms", "taxonomy_terms", NULL, taxonomy_term_children),
  TYPE (organization, "organizations", "organizations", "organization_id", organization_children),
  TYPE (program, "programs", "programs", "program_id", plain_children),
  TYPE (organization_identifier, "organization_identifiers", "organization_identifiers", NULL,
        plain_children),
  TYPE (service, "services", "services", "service_id", service_children),
  TYPE (location, "locations", "locations", "location_id", location_children),
  TYPE (address, "addresses", "addresses", NULL, plain_children),
  TYPE (accessibility, "accessibilities", "accessibility", NULL, plain_children),
  TYPE (service_at_location, "service_at_locations", "service_at_location",
        "service_at_location_id", service_at_location_children),
  TYPE (contact, "contacts", "contacts", "contact_id", contact_children),
  TYPE (phone, "phones", "phones", "phone_id", phone_children),
  TYPE (schedule, "schedules", "schedules", NULL, plain_children),
  TYPE (service_area, "service_areas", "service_areas", NULL, plain_children),
  TYPE (language, "languages", "languages", NULL, plain_children),
  TYPE (cost_option, "cost_options", "cost_options", NULL, plain_children),
  TYPE (required_document, "required_documents", "required_documents", NULL, plain_children),
  TYPE (funding, "fundings", "funding", NULL, plain_children),
  TYPE (meta_table_description, "meta_table_descriptions", "meta_table_descriptions", NULL,
        plain_children),
  TYPE (attribute, "attributes", "attributes", NULL, attribute_children),
  TYPE (metadata, "metadata", "metadata", NULL, no_children),
};

static const KringHsdsType *type_pointers[G_N_ELEMENTS (types)];

const KringHsdsType *const *
kring_hsds_model_get_types (guint *n_types)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (types); i++)
        type_pointers[i] = &types[i];
      g_once_init_leave (&initialized, 1);
    }
  if (n_types != NULL)
    *n_types = G_N_ELEMENTS (types);
  return type_pointers;
}

const KringHsdsType *
kring_hsds_model_lookup (const char *type)
{
  g_return_val_if_fail (type != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (types[i].type, type))
      return &types[i];
  return NULL;
}

const KringHsdsType *
kring_hsds_model_for_table (const char *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (types[i].table, table))
      return &types[i];
  return NULL;
}

const KringHsdsType *
kring_hsds_model_for_resource (const char *resource)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (resource != NULL, NULL);

  name = g_ascii_strdown (resource, -1);
  if (g_str_has_suffix (name, ".csv"))
    name[strlen (name) - 4] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (types[i].resource, name) || g_str_equal (types[i].table, name)
        || g_str_equal (types[i].type, name))
      return &types[i];
  return NULL;
}

const KringHsdsField *
kring_hsds_type_get_field (const KringHsdsType *type, const char *name)
{
  g_return_val_if_fail (type != NULL && name != NULL, NULL);

  for (const KringHsdsField *field = type->fields; field->name != NULL; field++)
    if (g_str_equal (field->name, name))
      return field;
  return NULL;
}

gboolean
kring_hsds_field_allows (const KringHsdsField *field, const char *value)
{
  g_return_val_if_fail (field != NULL && value != NULL, FALSE);

  return field->values == NULL || g_strv_contains ((const char *const *) field->values, value);
}

void
kring_hsds_model_parent_link (const KringHsdsType  *parent,
                              const KringHsdsType  *child,
                              const char          **id_column,
                              const char          **entity_column)
{
  g_return_if_fail (parent != NULL && child != NULL && id_column != NULL);

  if (entity_column != NULL)
    *entity_column = NULL;
  *id_column = NULL;
  if (g_str_equal (child->type, "attribute"))
    {
      *id_column = "link_id";
      if (entity_column != NULL)
        *entity_column = "link_entity";
    }
  else if (g_str_equal (child->type, "metadata"))
    {
      *id_column = "resource_id";
      if (entity_column != NULL)
        *entity_column = "resource_type";
    }
  else if (parent->link != NULL && kring_hsds_type_get_field (child, parent->link) != NULL)
    {
      *id_column = parent->link;
    }
}
