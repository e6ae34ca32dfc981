/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib.h>

/*
 * Schema v1: the whole domain of Kringkaart in one step.
 *
 * Directory tables follow HSDS 3.0 (table and column names as in the HSDS
 * tabular package, Dutch additions travel as attributes). Links between
 * directory records are soft: HSDS data from elsewhere, the official examples
 * included, refers to records that are not in the file, and an import must
 * keep those ids. Deleting a directory record therefore removes or detaches
 * what belongs to it through the *_ad triggers below rather than through
 * foreign keys. Team and household tables are our own data and use real
 * foreign keys.
 */

#define ENTITY "id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
#define BOOL(col, def) col " INTEGER NOT NULL DEFAULT " def " CHECK (" col " IN (0, 1))"
#define FRESHNESS "verified_on TEXT, verified_by TEXT"
#define REF(col, table, action) col " TEXT REFERENCES " table " (id) ON DELETE " action
#define IDX(table, col) "CREATE INDEX " table "_" col "_idx ON " table " (" col ");\n"
#define DATE_CHECK(col) "CHECK (" col " IS NULL OR " col " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')"

/* Removes the child rows that only belonged to the deleted parent and
 * unlinks the parent from the rows that still belong to something else. */
#define DETACH(child, col, others_null) \
  "DELETE FROM " child " WHERE " col " = OLD.id AND " others_null ";\n" \
  "UPDATE " child " SET " col " = NULL WHERE " col " = OLD.id;\n"
#define DROP_ATTRIBUTES "DELETE FROM attributes WHERE link_id = OLD.id;\n"

/* directory_fts rows get their docid recorded in directory_fts_docs, so a
 * change finds its row by primary key instead of scanning the index. */
#define FTS_DROP(ref) \
  "DELETE FROM directory_fts WHERE docid = " \
  "(SELECT docid FROM directory_fts_docs WHERE record_id = " ref ");\n" \
  "DELETE FROM directory_fts_docs WHERE record_id = " ref ";\n"
#define FTS_ADD(table, title, body) \
  "INSERT INTO directory_fts (record_table, record_id, title, body) VALUES ('" table "', NEW.id, " \
  title ", " body ");\n" \
  "INSERT INTO directory_fts_docs (record_id, docid) VALUES (NEW.id, last_insert_rowid());\n"
#define TXT(col) "coalesce(NEW." col ", '') || ' ' || "
#define TAGS \
  "coalesce((SELECT group_concat(coalesce(t.name, '') || ' ' || coalesce(a.value, ''), ' ') " \
  "FROM attributes a LEFT JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id " \
  "WHERE a.link_id = NEW.id), '')"
#define ORG_NAME \
  "coalesce((SELECT name FROM organizations WHERE id = NEW.organization_id), '') || ' ' || "
#define FTS_TRIGGERS(table, title, body) \
  "CREATE TRIGGER " table "_fts_ai AFTER INSERT ON " table " BEGIN\n" \
  FTS_DROP ("NEW.id") FTS_ADD (table, title, body) "END;\n" \
  "CREATE TRIGGER " table "_fts_au AFTER UPDATE ON " table " BEGIN\n" \
  FTS_DROP ("OLD.id") FTS_ADD (table, title, body) "END;\n"
/* A no-op update that makes the FTS triggers of the record re-read its tags. */
#define TOUCH(ref) \
  "UPDATE organizations SET updated_at = updated_at WHERE id IN (" ref ");\n" \
  "UPDATE services SET updated_at = updated_at WHERE id IN (" ref ");\n" \
  "UPDATE contacts SET updated_at = updated_at WHERE id IN (" ref ");\n"

#define DIRECTORY_TABLES \
  "CREATE TABLE organizations (" ENTITY \
  "name TEXT NOT NULL, alternate_name TEXT, description TEXT, email TEXT, website TEXT, " \
  "tax_status TEXT, tax_id TEXT, year_incorporated INTEGER, legal_status TEXT, logo TEXT, " \
  "uri TEXT, parent_organization_id TEXT, " FRESHNESS ");\n" \
  "CREATE TABLE programs (" ENTITY \
  "organization_id TEXT, name TEXT NOT NULL, alternate_name TEXT, description TEXT);\n" \
  "CREATE TABLE organization_identifiers (" ENTITY \
  "organization_id TEXT, identifier_scheme TEXT, identifier_type TEXT, identifier TEXT);\n" \
  "CREATE TABLE services (" ENTITY \
  "organization_id TEXT, program_id TEXT, name TEXT NOT NULL, alternate_name TEXT, " \
  "description TEXT, url TEXT, email TEXT, " \
  "status TEXT NOT NULL DEFAULT 'active' " \
  "CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')), " \
  "interpretation_services TEXT, application_process TEXT, fees_description TEXT, " \
  "wait_time TEXT, fees TEXT, accreditations TEXT, eligibility_description TEXT, " \
  "minimum_age INTEGER, maximum_age INTEGER, assured_date TEXT, assurer_email TEXT, " \
  "licenses TEXT, alert TEXT, last_modified TEXT, " FRESHNESS ");\n" \
  "CREATE TABLE locations (" ENTITY \
  "location_type TEXT NOT NULL DEFAULT 'physical' " \
  "CHECK (location_type IN ('physical', 'postal', 'virtual')), url TEXT, " \
  "organization_id TEXT, name TEXT, alternate_name TEXT, description TEXT, " \
  "transportation TEXT, latitude REAL, longitude REAL, external_identifier TEXT, " \
  "external_identifier_type TEXT, " \
  REF ("neighbourhood_id", "neighbourhoods", "SET NULL") ", " FRESHNESS ");\n" \
  "CREATE TABLE addresses (" ENTITY \
  "location_id TEXT, attention TEXT, address_1 TEXT NOT NULL, address_2 TEXT, " \
  "city TEXT NOT NULL, region TEXT, state_province TEXT, postal_code TEXT, " \
  "country TEXT NOT NULL DEFAULT 'NL', address_type TEXT NOT NULL DEFAULT 'physical' " \
  "CHECK (address_type IN ('physical', 'postal', 'virtual')));\n" \
  "CREATE TABLE accessibilities (" ENTITY \
  "location_id TEXT, description TEXT, details TEXT, url TEXT);\n" \
  "CREATE TABLE service_at_locations (" ENTITY \
  "service_id TEXT, location_id TEXT, description TEXT);\n" \
  "CREATE TABLE contacts (" ENTITY \
  "organization_id TEXT, service_id TEXT, service_at_location_id TEXT, location_id TEXT, " \
  "name TEXT, title TEXT, department TEXT, email TEXT, " FRESHNESS ");\n" \
  "CREATE TABLE phones (" ENTITY \
  "location_id TEXT, service_id TEXT, organization_id TEXT, contact_id TEXT, " \
  "service_at_location_id TEXT, number TEXT NOT NULL, extension INTEGER, type TEXT, " \
  "description TEXT);\n" \
  "CREATE TABLE schedules (" ENTITY \
  "service_id TEXT, location_id TEXT, service_at_location_id TEXT, valid_from TEXT, " \
  "valid_to TEXT, dtstart TEXT, timezone REAL, until TEXT, count INTEGER, wkst TEXT " \
  "CHECK (wkst IS NULL OR wkst IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')), " \
  "freq TEXT CHECK (freq IS NULL OR freq IN ('WEEKLY', 'MONTHLY')), interval INTEGER, " \
  "byday TEXT, byweekno TEXT, bymonthday TEXT, byyearday TEXT, description TEXT, " \
  "opens_at TEXT, closes_at TEXT, schedule_link TEXT, attending_type TEXT, notes TEXT);\n" \
  "CREATE TABLE service_areas (" ENTITY \
  "service_id TEXT, name TEXT, description TEXT, extent TEXT, extent_type TEXT, uri TEXT, " \
  REF ("neighbourhood_id", "neighbourhoods", "SET NULL") ");\n" \
  "CREATE TABLE languages (" ENTITY \
  "service_id TEXT, location_id TEXT, phone_id TEXT, name TEXT, code TEXT, note TEXT);\n" \
  "CREATE TABLE cost_options (" ENTITY \
  "service_id TEXT, valid_from TEXT, valid_to TEXT, option TEXT, currency TEXT, " \
  "amount REAL, amount_description TEXT);\n" \
  "CREATE TABLE required_documents (" ENTITY \
  "service_id TEXT, document TEXT, uri TEXT);\n" \
  "CREATE TABLE fundings (" ENTITY \
  "organization_id TEXT, service_id TEXT, source TEXT);\n" \
  "CREATE TABLE taxonomies (" ENTITY \
  "name TEXT NOT NULL, description TEXT, uri TEXT, version TEXT, " \
  "kind TEXT UNIQUE CHECK (kind IS NULL OR kind IN " \
  "('life_domain', 'sector', 'lijn', 'toegang', 'target_group', 'topic')));\n" \
  "CREATE TABLE taxonomy_terms (" ENTITY \
  "code TEXT, name TEXT NOT NULL, description TEXT, parent_id TEXT, taxonomy TEXT, " \
  "taxonomy_id TEXT, language TEXT, term_uri TEXT, sort_order INTEGER);\n" \
  "CREATE TABLE attributes (" ENTITY \
  "link_id TEXT NOT NULL, taxonomy_term_id TEXT, link_type TEXT, link_entity TEXT, " \
  "value TEXT);\n" \
  "CREATE TABLE metadata (" ENTITY \
  "resource_id TEXT, resource_type TEXT, last_action_date TEXT, last_action_type TEXT, " \
  "field_name TEXT, previous_value TEXT, replacement_value TEXT, updated_by TEXT);\n" \
  "CREATE TABLE meta_table_descriptions (" ENTITY \
  "name TEXT, language TEXT, character_set TEXT);\n"

#define DIRECTORY_INDEXES \
  IDX ("organizations", "parent_organization_id") \
  IDX ("programs", "organization_id") \
  IDX ("organization_identifiers", "organization_id") \
  IDX ("services", "organization_id") IDX ("services", "program_id") \
  IDX ("locations", "organization_id") IDX ("locations", "neighbourhood_id") \
  IDX ("addresses", "location_id") \
  IDX ("accessibilities", "location_id") \
  IDX ("service_at_locations", "service_id") IDX ("service_at_locations", "location_id") \
  IDX ("contacts", "organization_id") IDX ("contacts", "service_id") \
  IDX ("contacts", "service_at_location_id") IDX ("contacts", "location_id") \
  IDX ("phones", "location_id") IDX ("phones", "service_id") \
  IDX ("phones", "organization_id") IDX ("phones", "contact_id") \
  IDX ("phones", "service_at_location_id") \
  IDX ("schedules", "service_id") IDX ("schedules", "location_id") \
  IDX ("schedules", "service_at_location_id") \
  IDX ("service_areas", "service_id") IDX ("service_areas", "neighbourhood_id") \
  IDX ("languages", "service_id") IDX ("languages", "location_id") \
  IDX ("languages", "phone_id") \
  IDX ("cost_options", "service_id") \
  IDX ("required_documents", "service_id") \
  IDX ("fundings", "organization_id") IDX ("fundings", "service_id") \
  IDX ("taxonomy_terms", "parent_id") IDX ("taxonomy_terms", "taxonomy_id") \
  IDX ("attributes", "link_id") IDX ("attributes", "taxonomy_term_id") \
  IDX ("metadata", "resource_id")

#define DIRECTORY_CASCADES \
  "CREATE TRIGGER organizations_ad AFTER DELETE ON organizations BEGIN\n" \
  "DELETE FROM services WHERE organization_id = OLD.id;\n" \
  "DELETE FROM locations WHERE organization_id = OLD.id;\n" \
  "DELETE FROM programs WHERE organization_id = OLD.id;\n" \
  "DELETE FROM organization_identifiers WHERE organization_id = OLD.id;\n" \
  "UPDATE organizations SET parent_organization_id = NULL " \
  "WHERE parent_organization_id = OLD.id;\n" \
  DETACH ("contacts", "organization_id", \
          "coalesce(service_id, service_at_location_id, location_id) IS NULL") \
  DETACH ("phones", "organization_id", \
          "coalesce(location_id, service_id, contact_id, service_at_location_id) IS NULL") \
  DETACH ("fundings", "organization_id", "service_id IS NULL") \
  DROP_ATTRIBUTES FTS_DROP ("OLD.id") "END;\n" \
  "CREATE TRIGGER programs_ad AFTER DELETE ON programs BEGIN\n" \
  "UPDATE services SET program_id = NULL WHERE program_id = OLD.id;\n" \
  DROP_ATTRIBUTES "END;\n" \
  "CREATE TRIGGER services_ad AFTER DELETE ON services BEGIN\n" \
  "DELETE FROM service_at_locations WHERE service_id = OLD.id;\n" \
  "DELETE FROM service_areas WHERE service_id = OLD.id;\n" \
  "DELETE FROM cost_options WHERE service_id = OLD.id;\n" \
  "DELETE FROM required_documents WHERE service_id = OLD.id;\n" \
  DETACH ("contacts", "service_id", \
          "coalesce(organization_id, service_at_location_id, location_id) IS NULL") \
  DETACH ("phones", "service_id", \
          "coalesce(location_id, organization_id, contact_id, service_at_location_id) IS NULL") \
  DETACH ("schedules", "service_id", "coalesce(location_id, service_at_location_id) IS NULL") \
  DETACH ("languages", "service_id", "coalesce(location_id, phone_id) IS NULL") \
  DETACH ("fundings", "service_id", "organization_id IS NULL") \
  DROP_ATTRIBUTES FTS_DROP ("OLD.id") "END;\n" \
  "CREATE TRIGGER locations_ad AFTER DELETE ON locations BEGIN\n" \
  "DELETE FROM addresses WHERE location_id = OLD.id;\n" \
  "DELETE FROM accessibilities WHERE location_id = OLD.id;\n" \
  "DELETE FROM service_at_locations WHERE location_id = OLD.id;\n" \
  DETACH ("contacts", "location_id", \
          "coalesce(organization_id, service_id, service_at_location_id) IS NULL") \
  DETACH ("phones", "location_id", \
          "coalesce(service_id, organization_id, contact_id, service_at_location_id) IS NULL") \
  DETACH ("schedules", "location_id", "coalesce(service_id, service_at_location_id) IS NULL") \
  DETACH ("languages", "location_id", "coalesce(service_id, phone_id) IS NULL") \
  DROP_ATTRIBUTES "END;\n" \
  "CREATE TRIGGER service_at_locations_ad AFTER DELETE ON service_at_locations BEGIN\n" \
  DETACH ("contacts", "service_at_location_id", \
          "coalesce(organization_id, service_id, location_id) IS NULL") \
  DETACH ("phones", "service_at_location_id", \
          "coalesce(location_id, service_id, organization_id, contact_id) IS NULL") \
  DETACH ("schedules", "service_at_location_id", "coalesce(service_id, location_id) IS NULL") \
  DROP_ATTRIBUTES "END;\n" \
  "CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN\n" \
  DETACH ("phones", "contact_id", \
          "coalesce(location_id, service_id, organization_id, service_at_location_id) IS NULL") \
  DROP_ATTRIBUTES FTS_DROP ("OLD.id") "END;\n" \
  "CREATE TRIGGER phones_ad AFTER DELETE ON phones BEGIN\n" \
  DETACH ("languages", "phone_id", "coalesce(service_id, location_id) IS NULL") \
  DROP_ATTRIBUTES "END;\n" \
  "CREATE TRIGGER taxonomies_ad AFTER DELETE ON taxonomies BEGIN\n" \
  "DELETE FROM taxonomy_terms WHERE taxonomy_id = OLD.id;\n" \
  "END;\n" \
  "CREATE TRIGGER taxonomy_terms_ad AFTER DELETE ON taxonomy_terms BEGIN\n" \
  "UPDATE taxonomy_terms SET parent_id = NULL WHERE parent_id = OLD.id;\n" \
  "DELETE FROM attributes WHERE taxonomy_term_id = OLD.id;\n" \
  "END;\n"

#define ORG_BODY TXT ("alternate_name") TXT ("description") TAGS
#define SERVICE_BODY \
  TXT ("alternate_name") TXT ("description") TXT ("eligibility_description") \
  TXT ("application_process") TXT ("fees_description") TXT ("wait_time") ORG_NAME TAGS
#define CONTACT_BODY TXT ("title") TXT ("department") TXT ("email") ORG_NAME TAGS

#define DIRECTORY_SEARCH \
  "CREATE VIRTUAL TABLE directory_fts USING fts4 (record_table, record_id, title, body, " \
  "notindexed=record_table, notindexed=record_id, prefix=\"2,3\", " \
  "tokenize=unicode61 \"remove_diacritics=1\");\n" \
  "CREATE TABLE directory_fts_docs (record_id TEXT PRIMARY KEY NOT NULL, " \
  "docid INTEGER NOT NULL);\n" \
  FTS_TRIGGERS ("organizations", "NEW.name", ORG_BODY) \
  FTS_TRIGGERS ("services", "NEW.name", SERVICE_BODY) \
  FTS_TRIGGERS ("contacts", "coalesce(NEW.name, NEW.title, '')", CONTACT_BODY) \
  "CREATE TRIGGER organizations_name_au AFTER UPDATE OF name ON organizations BEGIN\n" \
  "UPDATE services SET updated_at = updated_at WHERE organization_id = NEW.id;\n" \
  "UPDATE contacts SET updated_at = updated_at WHERE organization_id = NEW.id;\n" \
  "END;\n" \
  "CREATE TRIGGER attributes_fts_ai AFTER INSERT ON attributes BEGIN\n" \
  TOUCH ("NEW.link_id") "END;\n" \
  "CREATE TRIGGER attributes_fts_au AFTER UPDATE ON attributes BEGIN\n" \
  TOUCH ("OLD.link_id") TOUCH ("NEW.link_id") "END;\n" \
  "CREATE TRIGGER attributes_fts_ad AFTER DELETE ON attributes BEGIN\n" \
  TOUCH ("OLD.link_id") "END;\n" \
  "CREATE TRIGGER taxonomy_terms_fts_au AFTER UPDATE OF name ON taxonomy_terms BEGIN\n" \
  TOUCH ("SELECT link_id FROM attributes WHERE taxonomy_term_id = NEW.id") "END;\n"

#define AREA_TABLES \
  "CREATE TABLE neighbourhoods (" ENTITY \
  "code TEXT UNIQUE, name TEXT NOT NULL, " \
  "kind TEXT NOT NULL DEFAULT 'buurt' CHECK (kind IN ('buurt', 'wijk', 'gemeente')), " \
  REF ("parent_id", "neighbourhoods", "SET NULL") ");\n" \
  "CREATE TABLE neighbourhood_figures (" ENTITY \
  "neighbourhood_id TEXT NOT NULL REFERENCES neighbourhoods (id) ON DELETE CASCADE, " \
  "year INTEGER NOT NULL, indicator TEXT NOT NULL, value REAL, source TEXT, note TEXT, " \
  "UNIQUE (neighbourhood_id, year, indicator));\n" \
  "CREATE TABLE glossary_terms (" ENTITY \
  "term TEXT NOT NULL UNIQUE COLLATE NOCASE, definition TEXT NOT NULL, see_also TEXT, " \
  "source TEXT);\n" \
  IDX ("neighbourhoods", "parent_id")

/* Ring names NULL mean the default, translated names (Kernteam, Binnenring,
 * Buitenring, Sociale kaart). */
#define TEAM_TABLES \
  "CREATE TABLE teams (" ENTITY \
  "name TEXT NOT NULL, municipality TEXT, description TEXT, " \
  REF ("neighbourhood_id", "neighbourhoods", "SET NULL") ", " \
  "ring0_name TEXT, ring1_name TEXT, ring2_name TEXT, ring3_name TEXT, " \
  "sector_mode TEXT NOT NULL DEFAULT 'life_domain' " \
  "CHECK (sector_mode IN ('life_domain', 'sector')), " \
  "stale_after_months INTEGER NOT NULL DEFAULT 12 CHECK (stale_after_months > 0), " \
  "retention_months INTEGER NOT NULL DEFAULT 24 CHECK (retention_months >= 0));\n" \
  "CREATE TABLE team_members (" ENTITY \
  "team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE, name TEXT NOT NULL, " \
  "discipline TEXT, " REF ("home_organization_id", "organizations", "SET NULL") ", " \
  "role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'coordinator', 'other')), " \
  "expertise TEXT, hours_per_week REAL, phone TEXT, email TEXT, " BOOL ("active", "1") ", " \
  "sort_order INTEGER);\n" \
  "CREATE TABLE ring_placements (" ENTITY \
  "team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE, " \
  REF ("organization_id", "organizations", "CASCADE") ", " \
  REF ("service_id", "services", "CASCADE") ", " \
  "ring INTEGER NOT NULL CHECK (ring BETWEEN 0 AND 3), " \
  REF ("sector_term_id", "taxonomy_terms", "SET NULL") ", " \
  "angle_hint REAL, order_hint INTEGER, " BOOL ("pinned", "0") ", note TEXT, " \
  "CHECK ((organization_id IS NULL) <> (service_id IS NULL)), " \
  "UNIQUE (team_id, organization_id), UNIQUE (team_id, service_id));\n" \
  "CREATE TABLE relationships (" ENTITY \
  "team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE, " \
  "organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE, " \
  BOOL ("has_agreement", "0") ", agreement_summary TEXT, agreement_on TEXT, " \
  REF ("fixed_contact_id", "contacts", "SET NULL") ", " BOOL ("knows_personally", "0") ", " \
  "trust INTEGER CHECK (trust IS NULL OR trust BETWEEN 1 AND 5), " \
  "contact_frequency TEXT CHECK (contact_frequency IS NULL OR contact_frequency IN " \
  "('weekly', 'monthly', 'quarterly', 'yearly', 'incidental', 'none')), " \
  "last_contact_on TEXT " DATE_CHECK ("last_contact_on") ", referral_route TEXT, " \
  BOOL ("reports_back", "0") ", notes TEXT, UNIQUE (team_id, organization_id));\n" \
  IDX ("teams", "neighbourhood_id") \
  IDX ("team_members", "team_id") IDX ("team_members", "home_organization_id") \
  IDX ("ring_placements", "organization_id") IDX ("ring_placements", "service_id") \
  IDX ("ring_placements", "sector_term_id") \
  IDX ("relationships", "organization_id") IDX ("relationships", "fixed_contact_id")

#define HOUSEHOLD_STATUS \
  "('aanmelding', 'vraagverheldering', 'plan', 'uitvoering', 'evaluatie', 'afgesloten')"
#define HOUSEHOLD_REF "household_id TEXT NOT NULL REFERENCES households (id) ON DELETE CASCADE, "
#define MEMBER_REF(col) REF (col, "team_members", "SET NULL") ", "

#define HOUSEHOLD_TABLES \
  "CREATE TABLE households (" ENTITY \
  "team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE, label TEXT NOT NULL, " \
  REF ("neighbourhood_id", "neighbourhoods", "SET NULL") ", " \
  "status TEXT NOT NULL DEFAULT 'aanmelding' CHECK (status IN " HOUSEHOLD_STATUS "), " \
  MEMBER_REF ("regisseur_id") "opened_on TEXT, next_evaluation_on TEXT, closed_on TEXT, " \
  "notes TEXT);\n" \
  "CREATE TABLE household_status_changes (" ENTITY HOUSEHOLD_REF \
  "status TEXT NOT NULL CHECK (status IN " HOUSEHOLD_STATUS "), changed_on TEXT NOT NULL, " \
  MEMBER_REF ("changed_by_id") "note TEXT);\n" \
  "CREATE TABLE household_members (" ENTITY HOUSEHOLD_REF \
  "name TEXT, role TEXT NOT NULL DEFAULT 'other' CHECK (role IN " \
  "('main', 'partner', 'parent', 'child', 'relative', 'other')), " \
  "birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2200), " \
  "notes TEXT);\n" \
  "CREATE TABLE network_persons (" ENTITY HOUSEHOLD_REF \
  "name TEXT NOT NULL, relation TEXT, " \
  "ring TEXT NOT NULL DEFAULT 'close' CHECK (ring IN ('close', 'wider', 'professional')), " \
  "tie TEXT NOT NULL DEFAULT 'strong' CHECK (tie IN ('strong', 'weak', 'stressful')), " \
  BOOL ("support_emotional", "0") ", " BOOL ("support_practical", "0") ", " \
  BOOL ("support_informational", "0") ", " BOOL ("support_social", "0") ", " \
  "direction TEXT CHECK (direction IS NULL OR direction IN " \
  "('to_household', 'from_household', 'mutual')), " \
  REF ("contact_id", "contacts", "SET NULL") ", " \
  REF ("organization_id", "organizations", "SET NULL") ", " \
  MEMBER_REF ("team_member_id") "notes TEXT);\n" \
  "CREATE TABLE household_professionals (" ENTITY HOUSEHOLD_REF \
  MEMBER_REF ("team_member_id") REF ("contact_id", "contacts", "SET NULL") ", " \
  REF ("organization_id", "organizations", "SET NULL") ", name TEXT, " \
  "role TEXT NOT NULL, started_on TEXT, ended_on TEXT);\n" \
  "CREATE TABLE consents (" ENTITY HOUSEHOLD_REF \
  REF ("household_member_id", "household_members", "SET NULL") ", " \
  "information TEXT NOT NULL, " REF ("organization_id", "organizations", "SET NULL") ", " \
  REF ("contact_id", "contacts", "SET NULL") ", recipient TEXT, purpose TEXT NOT NULL, " \
  "given_on TEXT NOT NULL " DATE_CHECK ("given_on") ", valid_until TEXT, withdrawn_on TEXT, " \
  "form TEXT CHECK (form IS NULL OR form IN ('written', 'verbal', 'digital')), " \
  MEMBER_REF ("recorded_by_id") "notes TEXT);\n" \
  HOUSEHOLD_PLAN_TABLES

#define HOUSEHOLD_PLAN_TABLES \
  "CREATE TABLE assessments (" ENTITY HOUSEHOLD_REF \
  "assessed_on TEXT NOT NULL " DATE_CHECK ("assessed_on") ", " MEMBER_REF ("assessed_by_id") \
  REF ("household_member_id", "household_members", "SET NULL") ", note TEXT);\n" \
  "CREATE TABLE assessment_scores (" ENTITY \
  "assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE, " \
  "domain_term_id TEXT NOT NULL REFERENCES taxonomy_terms (id), " \
  "score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5), strengths TEXT, concerns TEXT, " \
  "own_strength TEXT, UNIQUE (assessment_id, domain_term_id));\n" \
  "CREATE TABLE goals (" ENTITY HOUSEHOLD_REF \
  REF ("domain_term_id", "taxonomy_terms", "SET NULL") ", description TEXT NOT NULL, " \
  "status TEXT NOT NULL DEFAULT 'open' CHECK (status IN " \
  "('open', 'in_progress', 'achieved', 'not_achieved', 'cancelled')), " \
  "set_on TEXT, target_on TEXT, closed_on TEXT);\n" \
  "CREATE TABLE actions (" ENTITY HOUSEHOLD_REF \
  REF ("goal_id", "goals", "SET NULL") ", what TEXT NOT NULL, " \
  "actor_kind TEXT CHECK (actor_kind IS NULL OR actor_kind IN ('household_member', " \
  "'network_person', 'team_member', 'contact', 'service')), actor_id TEXT, actor_name TEXT, " \
  "due_on TEXT " DATE_CHECK ("due_on") ", status TEXT NOT NULL DEFAULT 'open' " \
  "CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')), done_on TEXT, " \
  "notes TEXT);\n" \
  "CREATE TABLE evaluations (" ENTITY HOUSEHOLD_REF \
  "kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'opschalen', 'afschalen')), " \
  "planned_on TEXT, held_on TEXT, summary TEXT, " MEMBER_REF ("led_by_id") \
  "CHECK (planned_on IS NOT NULL OR held_on IS NOT NULL));\n" \
  "CREATE TABLE deviations (" ENTITY HOUSEHOLD_REF \
  "occurred_on TEXT NOT NULL, description TEXT NOT NULL, reason TEXT NOT NULL, " \
  MEMBER_REF ("decided_by_id") "note TEXT);\n" \
  "CREATE TABLE journal_notes (" ENTITY HOUSEHOLD_REF \
  "written_on TEXT NOT NULL, " MEMBER_REF ("author_id") "author TEXT, text TEXT NOT NULL);\n"

#define HOUSEHOLD_INDEXES \
  IDX ("households", "team_id") IDX ("households", "neighbourhood_id") \
  IDX ("households", "regisseur_id") IDX ("households", "status") \
  IDX ("household_status_changes", "household_id") \
  IDX ("household_members", "household_id") \
  IDX ("network_persons", "household_id") IDX ("network_persons", "contact_id") \
  IDX ("network_persons", "organization_id") IDX ("network_persons", "team_member_id") \
  IDX ("household_professionals", "household_id") \
  IDX ("household_professionals", "team_member_id") \
  IDX ("household_professionals", "contact_id") \
  IDX ("household_professionals", "organization_id") \
  IDX ("consents", "household_id") IDX ("consents", "household_member_id") \
  IDX ("consents", "organization_id") IDX ("consents", "contact_id") \
  IDX ("assessments", "household_id") IDX ("assessment_scores", "assessment_id") \
  IDX ("assessment_scores", "domain_term_id") \
  IDX ("goals", "household_id") IDX ("goals", "domain_term_id") \
  IDX ("actions", "household_id") IDX ("actions", "goal_id") IDX ("actions", "actor_id") \
  IDX ("evaluations", "household_id") IDX ("deviations", "household_id") \
  IDX ("journal_notes", "household_id")

/* A household snapshot (kind 'household') is the ecomap of household_id;
 * a team snapshot (kind 'team') is the ecosystem map of team_id. */
#define MAP_TABLES \
  "CREATE TABLE map_snapshots (" ENTITY \
  "team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE, " \
  "kind TEXT NOT NULL DEFAULT 'team' CHECK (kind IN ('team', 'household')), " \
  REF ("household_id", "households", "CASCADE") ", " \
  "taken_on TEXT NOT NULL, title TEXT, data TEXT NOT NULL DEFAULT '{}', " \
  "CHECK ((kind = 'household') = (household_id IS NOT NULL)));\n" \
  IDX ("map_snapshots", "team_id") IDX ("map_snapshots", "household_id")

#define BOOKKEEPING_TABLES \
  "CREATE TABLE kring_tables (name TEXT PRIMARY KEY NOT NULL, " \
  "shared INTEGER NOT NULL CHECK (shared IN (0, 1)));\n" \
  "CREATE TABLE audit_log (" ENTITY \
  "at TEXT NOT NULL, actor TEXT, action TEXT NOT NULL CHECK (action IN " \
  "('view', 'create', 'update', 'delete', 'export', 'print')), " \
  "record_table TEXT NOT NULL, record_id TEXT);\n" \
  "CREATE TABLE tombstones (" ENTITY \
  "record_table TEXT NOT NULL, record_id TEXT NOT NULL, deleted_at TEXT NOT NULL);\n" \
  IDX ("audit_log", "at") \
  "CREATE INDEX audit_log_record_idx ON audit_log (record_table, record_id);\n" \
  "CREATE INDEX tombstones_record_idx ON tombstones (record_table, record_id);\n"

#define TABLE_LIST \
  "INSERT INTO kring_tables (name, shared) VALUES " \
  "('organizations', 1), ('programs', 1), ('organization_identifiers', 1), " \
  "('services', 1), ('locations', 1), ('addresses', 1), ('accessibilities', 1), " \
  "('service_at_locations', 1), ('contacts', 1), ('phones', 1), ('schedules', 1), " \
  "('service_areas', 1), ('languages', 1), ('cost_options', 1), " \
  "('required_documents', 1), ('fundings', 1), ('taxonomies', 1), " \
  "('taxonomy_terms', 1), ('attributes', 1), ('metadata', 1), " \
  "('meta_table_descriptions', 1), ('neighbourhoods', 1), " \
  "('neighbourhood_figures', 1), ('glossary_terms', 1), ('teams', 1), " \
  "('team_members', 1), ('ring_placements', 1), ('relationships', 1), " \
  "('map_snapshots', 1), ('households', 0), ('household_status_changes', 0), " \
  "('household_members', 0), ('network_persons', 0), ('household_professionals', 0), " \
  "('consents', 0), ('assessments', 0), ('assessment_scores', 0), ('goals', 0), " \
  "('actions', 0), ('evaluations', 0), ('deviations', 0), ('journal_notes', 0), " \
  "('audit_log', 0), ('tombstones', 0);\n"

extern const char kring_migration_001[];

const char kring_migration_001[] =
  AREA_TABLES
  DIRECTORY_TABLES
  DIRECTORY_INDEXES
  DIRECTORY_CASCADES
  DIRECTORY_SEARCH
  TEAM_TABLES
  HOUSEHOLD_TABLES
  HOUSEHOLD_INDEXES
  MAP_TABLES
  BOOKKEEPING_TABLES
  TABLE_LIST;
