/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include "kring-clipboard.h"
#include "kring-directory-sections.h"

static const char *const day_codes[7] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
static const char *const default_ring_names[4] = {
  N_("Kernteam"), N_("Binnenring"), N_("Buitenring"), N_("Sociale kaart"),
};

static GListModel *
rows_of (GHashTable *detail, const char *table)
{
  return g_hash_table_lookup (detail, table);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static GtkWidget *
group_new (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

static GtkWidget *
info_row (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (has_text (subtitle))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
on_copy_activated (AdwActionRow *row)
{
  const char *text = g_object_get_data (G_OBJECT (row), "kring-copy");

  if (text == NULL)
    return;
  kring_clipboard_set_text (GTK_WIDGET (row), text);
  gtk_widget_activate_action (GTK_WIDGET (row), "detail.copied", NULL);
}

/* A row whose value a click copies (phone numbers, e-mail addresses). */
static GtkWidget *
copy_row (const char *title, const char *value)
{
  GtkWidget *row = info_row (title, value);
  GtkWidget *icon = gtk_image_new_from_icon_name ("edit-copy-symbolic");

  gtk_widget_set_tooltip_text (row, _("Copy"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "kring-copy", g_strdup (value), g_free);
  g_signal_connect (row, "activated", G_CALLBACK (on_copy_activated), NULL);
  return row;
}

static void
add_tag_suffix (GtkWidget *row, const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, css_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

/* Term names of one kind linked to @link_id, joined by ", ". */
static char *
term_names (GHashTable *detail, const char *link_id, const char *kind)
{
  GListModel *attributes = rows_of (detail, "attributes");
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; attributes != NULL && i < g_list_model_get_n_items (attributes); i++)
    {
      g_autoptr (KringRecord) attribute = g_list_model_get_item (attributes, i);

      if (g_strcmp0 (kring_record_get_string (attribute, "link_id"), link_id) != 0
          || g_strcmp0 (kring_record_get_string (attribute, "kind"), kind) != 0)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, kring_record_get_string (attribute, "term_name"));
    }
  return names->len > 0 ? g_strdup (names->str) : NULL;
}

static char *
age_text (KringRecord *service)
{
  gint64 min = kring_record_get_int (service, "minimum_age", -1);
  gint64 max = kring_record_get_int (service, "maximum_age", -1);

  if (min >= 0 && max >= 0)
    return g_strdup_printf (_("%d to %d years"), (int) min, (int) max);
  if (min >= 0)
    return g_strdup_printf (_("From %d years"), (int) min);
  if (max >= 0)
    return g_strdup_printf (_("Up to %d years"), (int) max);
  return NULL;
}

static char *
service_areas (GHashTable *detail, const char *service_id)
{
  GListModel *areas = rows_of (detail, "service_areas");
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; areas != NULL && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (areas, i);
      const char *name = kring_record_get_string (area, "name");

      if (g_strcmp0 (kring_record_get_string (area, "service_id"), service_id) != 0
          || !has_text (name))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  return names->len > 0 ? g_strdup (names->str) : NULL;
}

static void
add_fact (GtkWidget *expander, const char *title, const char *value)
{
  if (has_text (value))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), info_row (title, value));
}

/* One service with how to refer to it. */
static GtkWidget *
service_row (GHashTable *detail, KringRecord *service)
{
  const char *id = kring_record_get_id (service);
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *toegang = term_names (detail, id, "toegang");
  g_autofree char *lijn = term_names (detail, id, "lijn");
  g_autofree char *domains = term_names (detail, id, "life_domain");
  g_autofree char *groups = term_names (detail, id, "target_group");
  g_autofree char *ages = age_text (service);
  g_autofree char *areas = service_areas (detail, id);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 kring_record_get_string (service, "name"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 has_text (lijn) ? lijn : "");
  add_fact (expander, _("What it offers"), kring_record_get_string (service, "description"));
  add_fact (expander, _("Toegang"), toegang);
  add_fact (expander, _("How to refer"), kring_record_get_string (service, "application_process"));
  add_fact (expander, _("Waiting time"), kring_record_get_string (service, "wait_time"));
  add_fact (expander, _("Costs"), kring_record_get_string (service, "fees_description"));
  add_fact (expander, _("For whom"), kring_record_get_string (service, "eligibility_description"));
  add_fact (expander, _("Age"), ages);
  add_fact (expander, _("Target groups"), groups);
  add_fact (expander, _("Life domains"), domains);
  add_fact (expander, _("Service area"), areas);
  return expander;
}

GtkWidget *
kring_directory_services_group (GHashTable *detail, const char *focus_id)
{
  GListModel *services = rows_of (detail, "services");
  GtkWidget *group;

  if (services == NULL || g_list_model_get_n_items (services) == 0)
    return NULL;
  group = group_new (_("Services"));
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr (KringRecord) service = g_list_model_get_item (services, i);
      GtkWidget *row = service_row (detail, service);

      if (g_strcmp0 (kring_record_get_id (service), focus_id) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/* Opening hours */

static gboolean
schedule_on_day (KringRecord *schedule, int weekday)
{
  const char *byday = kring_record_get_string (schedule, "byday");
  g_auto (GStrv) days = NULL;

  if (!has_text (byday))
    return FALSE;
  days = g_strsplit (byday, ",", -1);
  for (guint i = 0; days[i] != NULL; i++)
    if (g_str_has_suffix (g_strstrip (days[i]), day_codes[weekday - 1]))
      return TRUE;
  return FALSE;
}

gboolean
kring_directory_is_open (GListModel *schedules, const char *location_id, GDateTime *now,
                         gboolean *known)
{
  g_autofree char *time = g_date_time_format (now, "%H:%M:%S");
  int weekday = g_date_time_get_day_of_week (now);
  gboolean open = FALSE;

  *known = FALSE;
  for (guint i = 0; schedules != NULL && i < g_list_model_get_n_items (schedules); i++)
    {
      g_autoptr (KringRecord) schedule = g_list_model_get_item (schedules, i);
      const char *opens = kring_record_get_string (schedule, "opens_at");
      const char *closes = kring_record_get_string (schedule, "closes_at");

      if (g_strcmp0 (kring_record_get_string (schedule, "location_id"), location_id) != 0
          || !has_text (opens) || !has_text (closes))
        continue;
      *known = TRUE;
      if (schedule_on_day (schedule, weekday) && strcmp (opens, time) <= 0
          && strcmp (time, closes) < 0)
        open = TRUE;
    }
  return open;
}

static char *
hours_text (GListModel *schedules, const char *location_id)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; schedules != NULL && i < g_list_model_get_n_items (schedules); i++)
    {
      g_autoptr (KringRecord) schedule = g_list_model_get_item (schedules, i);
      const char *description = kring_record_get_string (schedule, "description");
      const char *opens = kring_record_get_string (schedule, "opens_at");
      const char *closes = kring_record_get_string (schedule, "closes_at");

      if (g_strcmp0 (kring_record_get_string (schedule, "location_id"), location_id) != 0)
        continue;
      if (text->len > 0)
        g_string_append (text, "\n");
      if (has_text (description))
        g_string_append (text, description);
      else if (has_text (opens) && has_text (closes))
        g_string_append_printf (text, "%s %.5s–%.5s",
                                kring_record_get_string (schedule, "byday") ?: "", opens, closes);
    }
  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static char *
address_text (GHashTable *detail, const char *location_id)
{
  GListModel *addresses = rows_of (detail, "addresses");

  for (guint i = 0; addresses != NULL && i < g_list_model_get_n_items (addresses); i++)
    {
      g_autoptr (KringRecord) address = g_list_model_get_item (addresses, i);
      const char *postal_code = kring_record_get_string (address, "postal_code");

      if (g_strcmp0 (kring_record_get_string (address, "location_id"), location_id) == 0)
        return g_strdup_printf ("%s, %s%s%s", kring_record_get_string (address, "address_1"),
                                postal_code ?: "", postal_code != NULL ? " " : "",
                                kring_record_get_string (address, "city"));
    }
  return NULL;
}

static GtkWidget *
location_row (GHashTable *detail, KringRecord *location, GDateTime *now)
{
  const char *id = kring_record_get_id (location);
  g_autofree char *address = address_text (detail, id);
  g_autofree char *hours = hours_text (rows_of (detail, "schedules"), id);
  g_autofree char *subtitle = g_strjoin ("\n", address ?: "", hours, NULL);
  const char *name = kring_record_get_string (location, "name");
  GtkWidget *row = info_row (has_text (name) ? name : address ?: _("Location"),
                             g_strstrip (subtitle));
  gboolean known = FALSE;
  gboolean open = kring_directory_is_open (rows_of (detail, "schedules"), id, now, &known);

  if (known)
    add_tag_suffix (row, open ? _("Open now") : _("Closed now"),
                    open ? "kring-open" : "kring-closed");
  return row;
}

GtkWidget *
kring_directory_locations_group (GHashTable *detail, GDateTime *now)
{
  GListModel *locations = rows_of (detail, "locations");
  GtkWidget *group;

  if (locations == NULL || g_list_model_get_n_items (locations) == 0)
    return NULL;
  group = group_new (_("Locations"));
  for (guint i = 0; i < g_list_model_get_n_items (locations); i++)
    {
      g_autoptr (KringRecord) location = g_list_model_get_item (locations, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 location_row (detail, location, now));
    }
  return group;
}

/* Phones, e-mail, website */

static void
add_phones (GtkWidget *group, GHashTable *detail)
{
  GListModel *phones = rows_of (detail, "phones");

  for (guint i = 0; phones != NULL && i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr (KringRecord) phone = g_list_model_get_item (phones, i);
      const char *description = kring_record_get_string (phone, "description");
      GtkWidget *row;

      /* A contact's own number is shown with the contact. */
      if (kring_record_get_string (phone, "contact_id") != NULL)
        continue;
      row = copy_row (has_text (description) ? description : _("Phone"),
                      kring_record_get_string (phone, "number"));
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "call-start-symbolic");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

GtkWidget *
kring_directory_reach_group (GHashTable *detail)
{
  g_autoptr (KringRecord) organisation = g_list_model_get_item (rows_of (detail, "organizations"),
                                                                0);
  const char *email = kring_record_get_string (organisation, "email");
  const char *website = kring_record_get_string (organisation, "website");
  GtkWidget *group = group_new (_("Reach"));

  add_phones (group, detail);
  if (has_text (email))
    {
      GtkWidget *row = copy_row (_("E-mail"), email);

      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "mail-unread-symbolic");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (has_text (website))
    {
      GtkWidget *row = info_row (_("Website"), website);
      GtkWidget *link = gtk_link_button_new_with_label (website, _("Open"));

      gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "web-browser-symbolic");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/* Contacts */

static const char *
fixed_contact_id (GHashTable *detail)
{
  GListModel *relationships = rows_of (detail, "relationships");
  g_autoptr (KringRecord) relationship = NULL;

  if (relationships == NULL || g_list_model_get_n_items (relationships) == 0)
    return NULL;
  relationship = g_list_model_get_item (relationships, 0);
  return g_intern_string (kring_record_get_string (relationship, "fixed_contact_id"));
}

static char *
contact_phone (GHashTable *detail, const char *contact_id)
{
  GListModel *phones = rows_of (detail, "phones");

  for (guint i = 0; phones != NULL && i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr (KringRecord) phone = g_list_model_get_item (phones, i);

      if (g_strcmp0 (kring_record_get_string (phone, "contact_id"), contact_id) == 0)
        return g_strdup (kring_record_get_string (phone, "number"));
    }
  return NULL;
}

/* A flat button that exports a contact, or all of an organisation's, as vCard. */
static GtkWidget *
vcard_button (const char *table, const char *id, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("x-office-address-book-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "directory.export-vcard");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", table, id ? id : "");
  return button;
}

/* The id of the organisation the detail pane shows, or NULL. */
static const char *
organisation_id (GHashTable *detail)
{
  GListModel *organisations = rows_of (detail, "organizations");
  g_autoptr (KringRecord) organisation = NULL;

  if (organisations == NULL || g_list_model_get_n_items (organisations) == 0)
    return NULL;
  organisation = g_list_model_get_item (organisations, 0);
  return g_intern_string (kring_record_get_id (organisation));
}

static GtkWidget *
contact_row (GHashTable *detail, KringRecord *contact, gboolean fixed)
{
  const char *name = kring_record_get_string (contact, "name");
  const char *role = kring_record_get_string (contact, "title");
  const char *email = kring_record_get_string (contact, "email");
  g_autofree char *phone = contact_phone (detail, kring_record_get_id (contact));
  g_autofree char *reach = g_strjoin (" · ", phone ?: email ?: "", phone != NULL ? email : NULL,
                                      NULL);
  g_autofree char *subtitle = g_strjoin ("\n", role ?: "", reach, NULL);
  GtkWidget *row = has_text (phone) || has_text (email) ? copy_row (name ?: role ?: "", NULL)
                                                        : info_row (name ?: role ?: "", NULL);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_strstrip (subtitle));
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "avatar-default-symbolic");
  g_object_set_data_full (G_OBJECT (row), "kring-copy", g_strdup (phone ?: email), g_free);
  if (fixed)
    add_tag_suffix (row, _("Fixed contact person"), "kring-fixed-contact");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             vcard_button ("contacts", kring_record_get_id (contact),
                                           _("Save as vCard…")));
  return row;
}

GtkWidget *
kring_directory_contacts_group (GHashTable *detail)
{
  GListModel *contacts = rows_of (detail, "contacts");
  const char *fixed = fixed_contact_id (detail);
  GtkWidget *group;

  if (contacts == NULL || g_list_model_get_n_items (contacts) == 0)
    return NULL;
  group = group_new (_("Contacts"));
  adw_preferences_group_set_header_suffix (
      ADW_PREFERENCES_GROUP (group),
      vcard_button ("organizations", organisation_id (detail),
                    _("Save all contacts as vCard…")));
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (contacts, i);
      gboolean is_fixed = g_strcmp0 (kring_record_get_id (contact), fixed) == 0;

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 contact_row (detail, contact, is_fixed));
    }
  return group;
}

/* The team's rings */

static char *
ring_name (GHashTable *detail, gint64 ring)
{
  g_autoptr (KringRecord) team = NULL;
  g_autofree char *column = g_strdup_printf ("ring%d_name", (int) ring);
  const char *name;

  if (ring < 0 || ring > 3)
    return NULL;
  if (g_list_model_get_n_items (rows_of (detail, "teams")) > 0)
    team = g_list_model_get_item (rows_of (detail, "teams"), 0);
  name = team != NULL ? kring_record_get_string (team, column) : NULL;
  return g_strdup (has_text (name) ? name : _(default_ring_names[ring]));
}

static KringRecord *
organisation_placement (GHashTable *detail)
{
  GListModel *placements = rows_of (detail, "ring_placements");

  for (guint i = 0; placements != NULL && i < g_list_model_get_n_items (placements); i++)
    {
      KringRecord *placement = g_list_model_get_item (placements, i);

      if (kring_record_get_string (placement, "organization_id") != NULL)
        return placement;
      g_object_unref (placement);
    }
  return NULL;
}

GtkWidget *
kring_directory_rings_group (GHashTable *detail)
{
  g_autoptr (KringRecord) placement = organisation_placement (detail);
  GListModel *relationships = rows_of (detail, "relationships");
  g_autoptr (KringRecord) relationship = NULL;
  g_autofree char *ring = placement != NULL
                            ? ring_name (detail, kring_record_get_int (placement, "ring", -1))
                            : NULL;
  GtkWidget *group = group_new (_("For our team"));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             info_row (_("Ring"), ring ?: _("Not in the rings")));
  if (relationships != NULL && g_list_model_get_n_items (relationships) > 0)
    relationship = g_list_model_get_item (relationships, 0);
  if (relationship == NULL)
    return group;
  if (has_text (kring_record_get_string (relationship, "referral_route")))
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               info_row (_("Referral route"),
                                         kring_record_get_string (relationship, "referral_route")));
  if (has_text (kring_record_get_string (relationship, "agreement_summary")))
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               info_row (_("Agreements"),
                                         kring_record_get_string (relationship,
                                                                  "agreement_summary")));
  return group;
}
