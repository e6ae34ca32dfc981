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

static const KringHsdsField accessibility_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "location_id", STRING, FALSE, NULL },
  { "description", STRING, FALSE, NULL },
  { "details", STRING, FALSE, NULL },
  { "url", STRING, FALSE, NULL },
  { NULL }
};

static const char *const address_address_type_values[] = { "physical", "postal", "virtual", NULL };
static const KringHsdsField address_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "location_id", STRING, FALSE, NULL },
  { "attention", STRING, FALSE, NULL },
  { "address_1", STRING, TRUE, NULL },
  { "address_2", STRING, FALSE, NULL },
  { "city", STRING, TRUE, NULL },
  { "region", STRING, FALSE, NULL },
  { "state_province", STRING, TRUE, NULL },
  { "postal_code", STRING, TRUE, NULL },
  { "country", STRING, TRUE, NULL },
  { "address_type", STRING, TRUE, address_address_type_values },
  { NULL }
};

static const KringHsdsField attribute_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "link_id", STRING, FALSE, NULL },
  { "taxonomy_term_id", STRING, FALSE, NULL },
  { "link_type", STRING, FALSE, NULL },
  { "link_entity", STRING, FALSE, NULL },
  { "value", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField contact_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "organization_id", STRING, FALSE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "service_at_location_id", STRING, FALSE, NULL },
  { "location_id", STRING, FALSE, NULL },
  { "name", STRING, FALSE, NULL },
  { "title", STRING, FALSE, NULL },
  { "department", STRING, FALSE, NULL },
  { "email", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField cost_option_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "valid_from", STRING, FALSE, NULL },
  { "valid_to", STRING, FALSE, NULL },
  { "option", STRING, FALSE, NULL },
  { "currency", STRING, FALSE, NULL },
  { "amount", NUMBER, FALSE, NULL },
  { "amount_description", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField funding_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "organization_id", STRING, FALSE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "source", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField language_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "location_id", STRING, FALSE, NULL },
  { "phone_id", STRING, FALSE, NULL },
  { "name", STRING, FALSE, NULL },
  { "code", STRING, FALSE, NULL },
  { "note", STRING, FALSE, NULL },
  { NULL }
};

static const char *const location_location_type_values[] = { "physical", "postal", "virtual", NULL };
static const KringHsdsField location_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "location_type", STRING, TRUE, location_location_type_values },
  { "url", STRING, FALSE, NULL },
  { "organization_id", STRING, FALSE, NULL },
  { "name", STRING, FALSE, NULL },
  { "alternate_name", STRING, FALSE, NULL },
  { "description", STRING, FALSE, NULL },
  { "transportation", STRING, FALSE, NULL },
  { "latitude", NUMBER, FALSE, NULL },
  { "longitude", NUMBER, FALSE, NULL },
  { "external_identifier", STRING, FALSE, NULL },
  { "external_identifier_type", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField meta_table_description_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "name", STRING, FALSE, NULL },
  { "language", STRING, FALSE, NULL },
  { "character_set", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField metadata_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "resource_id", STRING, FALSE, NULL },
  { "resource_type", STRING, FALSE, NULL },
  { "last_action_date", STRING, TRUE, NULL },
  { "last_action_type", STRING, TRUE, NULL },
  { "field_name", STRING, TRUE, NULL },
  { "previous_value", STRING, TRUE, NULL },
  { "replacement_value", STRING, TRUE, NULL },
  { "updated_by", STRING, TRUE, NULL },
  { NULL }
};

static const KringHsdsField organization_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "name", STRING, TRUE, NULL },
  { "alternate_name", STRING, FALSE, NULL },
  { "description", STRING, TRUE, NULL },
  { "email", STRING, FALSE, NULL },
  { "website", STRING, FALSE, NULL },
  { "tax_status", STRING, FALSE, NULL },
  { "tax_id", STRING, FALSE, NULL },
  { "year_incorporated", INTEGER, FALSE, NULL },
  { "legal_status", STRING, FALSE, NULL },
  { "logo", STRING, FALSE, NULL },
  { "uri", STRING, FALSE, NULL },
  { "parent_organization_id", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField organization_identifier_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "organization_id", STRING, FALSE, NULL },
  { "identifier_scheme", STRING, FALSE, NULL },
  { "identifier_type", STRING, TRUE, NULL },
  { "identifier", STRING, TRUE, NULL },
  { NULL }
};

static const KringHsdsField phone_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "location_id", STRING, FALSE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "organization_id", STRING, FALSE, NULL },
  { "contact_id", STRING, FALSE, NULL },
  { "service_at_location_id", STRING, FALSE, NULL },
  { "number", STRING, TRUE, NULL },
  { "extension", INTEGER, FALSE, NULL },
  { "type", STRING, FALSE, NULL },
  { "description", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField program_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "organization_id", STRING, FALSE, NULL },
  { "name", STRING, TRUE, NULL },
  { "alternate_name", STRING, FALSE, NULL },
  { "description", STRING, TRUE, NULL },
  { NULL }
};

static const KringHsdsField required_document_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "document", STRING, FALSE, NULL },
  { "uri", STRING, FALSE, NULL },
  { NULL }
};

static const char *const schedule_wkst_values[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU", NULL };
static const char *const schedule_freq_values[] = { "WEEKLY", "MONTHLY", NULL };
static const KringHsdsField schedule_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "location_id", STRING, FALSE, NULL },
  { "service_at_location_id", STRING, FALSE, NULL },
  { "valid_from", STRING, FALSE, NULL },
  { "valid_to", STRING, FALSE, NULL },
  { "dtstart", STRING, FALSE, NULL },
  { "timezone", NUMBER, FALSE, NULL },
  { "until", STRING, FALSE, NULL },
  { "count", INTEGER, FALSE, NULL },
  { "wkst", STRING, FALSE, schedule_wkst_values },
  { "freq", STRING, FALSE, schedule_freq_values },
  { "interval", INTEGER, FALSE, NULL },
  { "byday", STRING, FALSE, NULL },
  { "byweekno", STRING, FALSE, NULL },
  { "bymonthday", STRING, FALSE, NULL },
  { "byyearday", STRING, FALSE, NULL },
  { "description", STRING, FALSE, NULL },
  { "opens_at", STRING, FALSE, NULL },
  { "closes_at", STRING, FALSE, NULL },
  { "schedule_link", STRING, FALSE, NULL },
  { "attending_type", STRING, FALSE, NULL },
  { "notes", STRING, FALSE, NULL },
  { NULL }
};

static const char *const service_status_values[] = { "active", "inactive", "defunct", "temporarily closed", NULL };
static const KringHsdsField service_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "organization_id", STRING, FALSE, NULL },
  { "program_id", STRING, FALSE, NULL },
  { "name", STRING, TRUE, NULL },
  { "alternate_name", STRING, FALSE, NULL },
  { "description", STRING, FALSE, NULL },
  { "url", STRING, FALSE, NULL },
  { "email", STRING, FALSE, NULL },
  { "status", STRING, TRUE, service_status_values },
  { "interpretation_services", STRING, FALSE, NULL },
  { "application_process", STRING, FALSE, NULL },
  { "fees_description", STRING, FALSE, NULL },
  { "wait_time", STRING, FALSE, NULL },
  { "fees", STRING, FALSE, NULL },
  { "accreditations", STRING, FALSE, NULL },
  { "eligibility_description", STRING, FALSE, NULL },
  { "minimum_age", INTEGER, FALSE, NULL },
  { "maximum_age", INTEGER, FALSE, NULL },
  { "assured_date", STRING, FALSE, NULL },
  { "assurer_email", STRING, FALSE, NULL },
  { "licenses", STRING, FALSE, NULL },
  { "alert", STRING, FALSE, NULL },
  { "last_modified", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField service_area_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "name", STRING, FALSE, NULL },
  { "description", STRING, FALSE, NULL },
  { "extent", STRING, FALSE, NULL },
  { "extent_type", STRING, FALSE, NULL },
  { "uri", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField service_at_location_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "service_id", STRING, FALSE, NULL },
  { "location_id", STRING, FALSE, NULL },
  { "description", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField taxonomy_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "name", STRING, TRUE, NULL },
  { "description", STRING, TRUE, NULL },
  { "uri", STRING, FALSE, NULL },
  { "version", STRING, FALSE, NULL },
  { NULL }
};

static const KringHsdsField taxonomy_term_fields[] = {
  { "id", STRING, TRUE, NULL },
  { "code", STRING, FALSE, NULL },
  { "name", STRING, TRUE, NULL },
  { "description", STRING, TRUE, NULL },
  { "parent_id", STRING, FALSE, NULL },
  { "taxonomy", STRING, FALSE, NULL },
  { "language", STRING, FALSE, NULL },
  { "taxonomy_id", STRING, FALSE, NULL },
  { "term_uri", STRING, FALSE, NULL },
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
