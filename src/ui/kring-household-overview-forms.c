/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-overview-private.h"

/*
 * The Overzicht tab's forms and row actions: members, professionals ("wie
 * doet wat") and consents are added and edited in the shared
 * KringFormDialog, saved through the context (one transaction with an audit
 * entry) and removed through it with Undo. Ending a professional and
 * withdrawing a consent are edits of one date, so they can be undone by the
 * menu item that takes their place ("Intrekking ongedaan maken") or by
 * editing the date away.
 */

/* What one open form needs after ::save: the context it was opened on and
 * the id of the record it edits (a new UUID for a new one). */
typedef struct
{
  KringHouseholdContext *context;
  char                  *id;
  gboolean               is_new;
} FormData;

static void
form_data_free (gpointer data)
{
  FormData *form = data;

  g_clear_pointer (&form->context, kring_household_context_unref);
  g_free (form->id);
  g_free (form);
}

static char *
today_iso (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Opens a form for @id of @table (NULL: a new one); the caller adds the
 * fields and connects ::save with the returned FormData. */
static KringFormDialog *
form_new (KringHouseholdOverview *self, const char *title, const char *id, FormData **data)
{
  KringFormDialog *dialog = kring_form_dialog_new (kring_household_context_window (self->context),
                                                   title, NULL);
  FormData *form = g_new0 (FormData, 1);

  form->context = kring_household_context_ref (self->context);
  form->is_new = id == NULL;
  form->id = id != NULL ? g_strdup (id) : kring_uuid_new ();
  g_object_set_data_full (G_OBJECT (dialog), "kring-overview-form", form, form_data_free);
  *data = form;
  return dialog;
}

static void
form_done (gpointer user_data, const GError *error)
{
  g_autoptr (KringFormDialog) dialog = user_data;

  kring_form_dialog_done (dialog, error);
}

/* A record of the household's @table with the form's columns filled in;
 * columns the form does not show keep their stored value. */
static KringRecord *
form_record (KringFormDialog *dialog, FormData *form, const char *table)
{
  KringRecord *record = kring_record_new_with_id (table, form->id);

  kring_record_set_string (record, "household_id", form->context->household_id);
  kring_form_dialog_fill_record (dialog, record);
  return record;
}

static void
form_save (KringFormDialog *dialog, FormData *form, KringRecord *record)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, record);
  kring_household_context_save (form->context, records, NULL, form_done, g_object_ref (dialog));
}

static void
form_show (KringFormDialog *dialog)
{
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A row of the plan the action names, or a toast saying it is gone. */
static KringRecord *
find_or_toast (KringHouseholdOverview *self, const char *table, GVariant *parameter)
{
  KringRecord *record;

  if (self->context == NULL)
    return NULL;
  record = kring_household_context_find (self->context, table,
                                         g_variant_get_string (parameter, NULL));
  if (record == NULL)
    kring_household_context_toast (self->context, _("This item no longer exists"));
  return record;
}

/* One date column of a stored row changed (ending, withdrawing and back). */
typedef struct
{
  KringHouseholdContext *context;
  char                  *message;
} DateChange;

static void
date_change_done (gpointer user_data, const GError *error)
{
  DateChange *change = user_data;

  if (error == NULL)
    kring_household_context_toast (change->context, change->message);
  kring_household_context_unref (change->context);
  g_free (change->message);
  g_free (change);
}

static void
set_date (KringHouseholdOverview *self, KringRecord *row, const char *column, gboolean today,
          const char *message)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *record = kring_record_new_with_id (kring_record_get_table (row),
                                                  kring_record_get_id (row));
  DateChange *change = g_new0 (DateChange, 1);
  g_autofree char *day = today_iso ();

  kring_record_set_string (record, "household_id", self->context->household_id);
  if (today)
    kring_record_set_string (record, column, day);
  else
    kring_record_set_null (record, column);
  g_ptr_array_add (records, record);
  change->context = kring_household_context_ref (self->context);
  change->message = g_strdup (message);
  kring_household_context_save (self->context, records, NULL, date_change_done, change);
}

/* g_strv_builder_take() is newer than the GLib we build against. */
static void
builder_take (GStrvBuilder *builder, char *text)
{
  g_strv_builder_add (builder, text != NULL ? text : "");
  g_free (text);
}

/* Gezinsleden */

static const char *const member_roles[] = { "main", "partner", "parent", "child", "relative",
                                            "other" };

static void
on_member_save (KringFormDialog *dialog, FormData *form)
{
  form_save (dialog, form, form_record (dialog, form, "household_members"));
}

/* The first member is usually the main resident; later ones often children. */
static const char *
default_role (KringHouseholdOverview *self)
{
  GListModel *members = kring_household_context_rows (self->context, "household_members");

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);

      if (g_strcmp0 (kring_record_get_string (member, "role"), "main") == 0)
        return "child";
    }
  return "main";
}

static void
open_member_form (KringHouseholdOverview *self, KringRecord *member)
{
  FormData *form;
  KringFormDialog *dialog = form_new (self, member == NULL ? _("Add household member")
                                                           : _("Edit household member"),
                                      member != NULL ? kring_record_get_id (member) : NULL,
                                      &form);
  const char *labels[G_N_ELEMENTS (member_roles)];
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < G_N_ELEMENTS (member_roles); i++)
    labels[i] = kring_overview_role_title (member_roles[i]);
  kring_form_dialog_add_group (dialog, NULL, NULL);
  kring_form_dialog_add_text (dialog, "name", _("Name"),
                              member ? kring_record_get_string (member, "name") : NULL, FALSE);
  kring_form_dialog_add_note (dialog, _("A first name or a description is enough, such as "
                                        "“Son A.”."), FALSE);
  kring_form_dialog_add_group (dialog, NULL, NULL);
  kring_form_dialog_add_choice (dialog, "role", _("Role in the household"), member_roles, labels,
                                G_N_ELEMENTS (member_roles),
                                member ? kring_record_get_string (member, "role")
                                       : default_role (self), NULL);
  kring_form_dialog_add_number (dialog, "birth_year", _("Year of birth"),
                                member ? kring_record_get_int (member, "birth_year", 0) : 0,
                                1900, g_date_time_get_year (now), FALSE);
  kring_form_dialog_add_long_text (dialog, "notes", _("Notes"),
                                   member ? kring_record_get_string (member, "notes") : NULL,
                                   FALSE);
  g_signal_connect (dialog, "save", G_CALLBACK (on_member_save), form);
  form_show (dialog);
}

static void
add_member (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);

  if (self->context != NULL)
    open_member_form (self, NULL);
}

static void
edit_member (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *member = find_or_toast (self, "household_members", parameter);

  if (member != NULL)
    open_member_form (self, member);
}

static void
remove_member (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *member = find_or_toast (self, "household_members", parameter);
  g_autofree char *name = NULL;

  if (member == NULL)
    return;
  name = kring_household_context_name (self->context, "household_members",
                                       kring_record_get_id (member));
  kring_household_context_remove (self->context, member, name);
}

/* Betrokken professionals */

/* Team members and sociale kaart contacts in one list: "team_member:<id>"
 * and "contact:<id>". @keep_label (may be NULL) adds "keep:" for a stored
 * row that names neither (only a name or organisation). */
static void
professional_choices (KringHouseholdOverview *self, const char *keep_label, GStrv *ids,
                      GStrv *labels)
{
  g_autoptr (GStrvBuilder) id_list = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) label_list = g_strv_builder_new ();
  GListModel *members = self->context->team_members;
  GListModel *contacts = self->context->contacts;

  if (keep_label != NULL)
    {
      g_strv_builder_add (id_list, "keep:");
      g_strv_builder_add (label_list, keep_label);
    }
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);
      const char *discipline = kring_record_get_string (member, "discipline");

      builder_take (id_list, g_strconcat ("team_member:", kring_record_get_id (member),
                                                 NULL));
      builder_take (label_list,
                           g_strdup_printf (_("%s (district team, %s)"),
                                            kring_record_get_string (member, "name"),
                                            discipline != NULL ? discipline : _("member")));
    }
  for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (contacts, i);
      const char *id = kring_record_get_id (contact);

      builder_take (id_list, g_strconcat ("contact:", id, NULL));
      builder_take (label_list, kring_household_context_row_name ("contacts", contact));
    }
  *ids = g_strv_builder_end (id_list);
  *labels = g_strv_builder_end (label_list);
}

static char *
check_period (KringFormDialog *dialog, gpointer user_data)
{
  const char *started = kring_form_dialog_get (dialog, "started_on");
  const char *ended = kring_form_dialog_get (dialog, "ended_on");

  if (started != NULL && ended != NULL && strcmp (ended, started) < 0)
    return g_strdup (_("The end date lies before the start date."));
  return NULL;
}

/* Splits the chosen "kind:id" into the record's columns, with the person's
 * name stored along so the row still reads well if the person goes. */
static void
set_professional_person (FormData *form, KringRecord *record, const char *who)
{
  KringHouseholdContext *context = form->context;
  g_autofree char *name = NULL;

  if (who == NULL || g_str_has_prefix (who, "keep:"))
    return;
  kring_record_set_null (record, "team_member_id");
  kring_record_set_null (record, "contact_id");
  kring_record_set_null (record, "organization_id");
  if (g_str_has_prefix (who, "team_member:"))
    {
      KringRecord *member = kring_household_context_find (context, "team_members", who + 12);

      kring_record_set_string (record, "team_member_id", who + 12);
      name = g_strdup (member != NULL ? kring_record_get_string (member, "name") : NULL);
    }
  else if (g_str_has_prefix (who, "contact:"))
    {
      KringRecord *contact = kring_household_context_find (context, "contacts", who + 8);
      const char *organization = contact ? kring_record_get_string (contact, "organization_id")
                                         : NULL;

      kring_record_set_string (record, "contact_id", who + 8);
      if (organization != NULL)
        kring_record_set_string (record, "organization_id", organization);
      name = g_strdup (contact != NULL ? kring_record_get_string (contact, "name") : NULL);
    }
  if (name != NULL)
    kring_record_set_string (record, "name", name);
}

static void
on_professional_save (KringFormDialog *dialog, FormData *form)
{
  KringRecord *record = form_record (dialog, form, "household_professionals");

  set_professional_person (form, record, kring_form_dialog_get (dialog, "_who"));
  form_save (dialog, form, record);
}

static char *
professional_selected (KringRecord *professional)
{
  const char *member, *contact;

  if (professional == NULL)
    return NULL;
  member = kring_record_get_string (professional, "team_member_id");
  contact = kring_record_get_string (professional, "contact_id");
  if (member != NULL)
    return g_strconcat ("team_member:", member, NULL);
  if (contact != NULL)
    return g_strconcat ("contact:", contact, NULL);
  return g_strdup ("keep:");
}

static void
open_professional_form (KringHouseholdOverview *self, KringRecord *professional)
{
  FormData *form;
  KringFormDialog *dialog = form_new (self, professional == NULL ? _("Add professional")
                                                                 : _("Edit professional"),
                                      professional ? kring_record_get_id (professional) : NULL,
                                      &form);
  g_autofree char *selected = professional_selected (professional);
  g_autofree char *today = today_iso ();
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) labels = NULL;
  const char *keep = NULL;

  if (g_strcmp0 (selected, "keep:") == 0)
    {
      keep = kring_record_get_string (professional, "name");
      keep = keep != NULL ? keep : _("Unknown");
    }
  professional_choices (self, keep, &ids, &labels);
  kring_form_dialog_add_group (dialog, NULL, NULL);
  kring_form_dialog_add_choice (dialog, "_who", _("Who"), (const char *const *) ids,
                                (const char *const *) labels, g_strv_length (ids), selected,
                                NULL);
  kring_form_dialog_add_note (dialog, _("Someone of the district team or a contact from the "
                                        "sociale kaart. Type to search."), FALSE);
  kring_form_dialog_add_text (dialog, "role", _("Role"),
                              professional ? kring_record_get_string (professional, "role") : NULL,
                              TRUE);
  kring_form_dialog_add_note (dialog, _("What this person does for the household, such as "
                                        "“Debt counselling” or “Family coach”."), FALSE);
  kring_form_dialog_add_date (dialog, "started_on", _("Since"),
                              professional ? kring_record_get_string (professional, "started_on")
                                           : today, FALSE);
  kring_form_dialog_add_date (dialog, "ended_on", _("Until"),
                              professional ? kring_record_get_string (professional, "ended_on")
                                           : NULL, FALSE);
  kring_form_dialog_set_check (dialog, check_period, NULL);
  g_signal_connect (dialog, "save", G_CALLBACK (on_professional_save), form);
  form_show (dialog);
}

static void
add_professional (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);

  if (self->context != NULL)
    open_professional_form (self, NULL);
}

static void
edit_professional (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *professional = find_or_toast (self, "household_professionals", parameter);

  if (professional != NULL)
    open_professional_form (self, professional);
}

static void
end_professional (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *professional = find_or_toast (self, "household_professionals", parameter);

  if (professional != NULL)
    set_date (self, professional, "ended_on", TRUE,
              _("Involvement ended today. Edit the row to change the date."));
}

static void
remove_professional (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *professional = find_or_toast (self, "household_professionals", parameter);
  const char *name;

  if (professional == NULL)
    return;
  name = kring_record_get_string (professional, "name");
  kring_household_context_remove (self->context, professional,
                                  name != NULL ? name : _("Professional"));
}

/* Toestemmingen */

/* The sociale kaart as recipients: "organization:<id>" and "contact:<id>". */
static void
recipient_choices (KringHouseholdOverview *self, GStrv *ids, GStrv *labels)
{
  g_autoptr (GStrvBuilder) id_list = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) label_list = g_strv_builder_new ();
  GListModel *organizations = self->context->organizations;
  GListModel *contacts = self->context->contacts;

  for (guint i = 0; organizations && i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr (KringRecord) organization = g_list_model_get_item (organizations, i);

      builder_take (id_list, g_strconcat ("organization:",
                                                 kring_record_get_id (organization), NULL));
      builder_take (label_list,
                           g_strdup_printf (_("%s (organisation)"),
                                            kring_record_get_string (organization, "name")));
    }
  for (guint i = 0; contacts && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (contacts, i);
      const char *id = kring_record_get_id (contact);

      builder_take (id_list, g_strconcat ("contact:", id, NULL));
      builder_take (label_list, kring_household_context_row_name ("contacts", contact));
    }
  *ids = g_strv_builder_end (id_list);
  *labels = g_strv_builder_end (label_list);
}

static void
member_choices (KringHouseholdOverview *self, GStrv *ids, GStrv *labels)
{
  g_autoptr (GStrvBuilder) id_list = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) label_list = g_strv_builder_new ();
  GListModel *members = kring_household_context_rows (self->context, "household_members");

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);
      const char *id = kring_record_get_id (member);

      g_strv_builder_add (id_list, id);
      builder_take (label_list, kring_household_context_name (self->context,
                                                                     "household_members", id));
    }
  *ids = g_strv_builder_end (id_list);
  *labels = g_strv_builder_end (label_list);
}

static char *
check_consent (KringFormDialog *dialog, gpointer user_data)
{
  const char *given = kring_form_dialog_get (dialog, "given_on");
  const char *until = kring_form_dialog_get (dialog, "valid_until");
  /* Only an existing consent's form has "Ingetrokken op". */
  const char *withdrawn = kring_form_dialog_get_widget (dialog, "withdrawn_on") != NULL
                            ? kring_form_dialog_get (dialog, "withdrawn_on") : NULL;

  if (given != NULL && until != NULL && strcmp (until, given) < 0)
    return g_strdup (_("“Valid until” lies before the day the consent was given."));
  if (given != NULL && withdrawn != NULL && strcmp (withdrawn, given) < 0)
    return g_strdup (_("“Withdrawn on” lies before the day the consent was given."));
  if (kring_form_dialog_get (dialog, "_recipient") == NULL
      && kring_form_dialog_get (dialog, "recipient") == NULL)
    return g_strdup (_("Choose who receives the information, or type it in."));
  return NULL;
}

static void
set_consent_recipient (FormData *form, KringRecord *record, const char *chosen)
{
  g_autofree char *name = NULL;

  kring_record_set_null (record, "organization_id");
  kring_record_set_null (record, "contact_id");
  if (chosen == NULL)
    return;
  if (g_str_has_prefix (chosen, "organization:"))
    {
      kring_record_set_string (record, "organization_id", chosen + 13);
      name = kring_household_context_name (form->context, "organizations", chosen + 13);
    }
  else if (g_str_has_prefix (chosen, "contact:"))
    {
      KringRecord *contact = kring_household_context_find (form->context, "contacts", chosen + 8);
      const char *organization = contact ? kring_record_get_string (contact, "organization_id")
                                         : NULL;

      kring_record_set_string (record, "contact_id", chosen + 8);
      if (organization != NULL)
        kring_record_set_string (record, "organization_id", organization);
      name = kring_household_context_name (form->context, "contacts", chosen + 8);
    }
  /* The free text keeps the recipient readable even if the card entry goes. */
  if (kring_record_get_string (record, "recipient") == NULL && name != NULL && *name != '\0')
    kring_record_set_string (record, "recipient", name);
}

static void
on_consent_save (KringFormDialog *dialog, FormData *form)
{
  KringRecord *record = form_record (dialog, form, "consents");

  set_consent_recipient (form, record, kring_form_dialog_get (dialog, "_recipient"));
  if (form->is_new && form->context->current_member_id != NULL)
    kring_record_set_string (record, "recorded_by_id", form->context->current_member_id);
  form_save (dialog, form, record);
}

static char *
consent_selected (KringRecord *consent)
{
  const char *contact = consent ? kring_record_get_string (consent, "contact_id") : NULL;
  const char *organization = consent ? kring_record_get_string (consent, "organization_id")
                                     : NULL;

  if (contact != NULL)
    return g_strconcat ("contact:", contact, NULL);
  if (organization != NULL)
    return g_strconcat ("organization:", organization, NULL);
  return NULL;
}

#define CONSENT_VALUE(column) (consent != NULL ? kring_record_get_string (consent, column) : NULL)

static void
add_consent_recipient_fields (KringHouseholdOverview *self, KringFormDialog *dialog,
                              KringRecord *consent)
{
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) labels = NULL;
  g_autofree char *selected = consent_selected (consent);

  recipient_choices (self, &ids, &labels);
  kring_form_dialog_add_choice (dialog, "_recipient", _("Shared with"),
                                (const char *const *) ids, (const char *const *) labels,
                                g_strv_length (ids), selected, _("Someone else (type below)"));
  kring_form_dialog_add_text (dialog, "recipient", _("Recipient in your own words"),
                              selected == NULL ? CONSENT_VALUE ("recipient") : NULL, FALSE);
  kring_form_dialog_add_note (dialog, _("An organisation or contact from the sociale kaart, or "
                                        "someone else in your own words."), FALSE);
}

static void
add_consent_given_fields (KringHouseholdOverview *self, KringFormDialog *dialog,
                          KringRecord *consent)
{
  static const char *const forms[] = { "written", "verbal", "digital" };
  const char *form_labels[G_N_ELEMENTS (forms)];
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) labels = NULL;
  g_autofree char *today = today_iso ();

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    form_labels[i] = kring_overview_form_title (forms[i]);
  member_choices (self, &ids, &labels);
  kring_form_dialog_add_date (dialog, "given_on", _("Given on"),
                              consent ? CONSENT_VALUE ("given_on") : today, TRUE);
  kring_form_dialog_add_date (dialog, "valid_until", _("Valid until"),
                              CONSENT_VALUE ("valid_until"), FALSE);
  kring_form_dialog_add_choice (dialog, "form", _("Form"), forms, form_labels,
                                G_N_ELEMENTS (forms), CONSENT_VALUE ("form"), _("Not recorded"));
  kring_form_dialog_add_choice (dialog, "household_member_id", _("Given by"),
                                (const char *const *) ids, (const char *const *) labels,
                                g_strv_length (ids), CONSENT_VALUE ("household_member_id"),
                                _("Not recorded"));
  if (consent != NULL)
    kring_form_dialog_add_date (dialog, "withdrawn_on", _("Withdrawn on"),
                                CONSENT_VALUE ("withdrawn_on"), FALSE);
}

static void
open_consent_form (KringHouseholdOverview *self, KringRecord *consent)
{
  FormData *form;
  KringFormDialog *dialog = form_new (self, consent == NULL ? _("Record consent")
                                                            : _("Edit consent"),
                                      consent ? kring_record_get_id (consent) : NULL, &form);

  kring_form_dialog_add_group (dialog, _("What and why"), NULL);
  kring_form_dialog_add_text (dialog, "information", _("Information"),
                              CONSENT_VALUE ("information"), TRUE);
  kring_form_dialog_add_text (dialog, "purpose", _("Purpose"), CONSENT_VALUE ("purpose"), TRUE);
  kring_form_dialog_add_group (dialog, _("With whom"), NULL);
  add_consent_recipient_fields (self, dialog, consent);
  kring_form_dialog_add_group (dialog, _("Given"), NULL);
  add_consent_given_fields (self, dialog, consent);
  kring_form_dialog_add_long_text (dialog, "notes", _("Notes"), CONSENT_VALUE ("notes"), FALSE);
  kring_form_dialog_set_check (dialog, check_consent, NULL);
  g_signal_connect (dialog, "save", G_CALLBACK (on_consent_save), form);
  form_show (dialog);
}

#undef CONSENT_VALUE

static void
add_consent (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);

  if (self->context != NULL)
    open_consent_form (self, NULL);
}

static void
edit_consent (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *consent = find_or_toast (self, "consents", parameter);

  if (consent != NULL)
    open_consent_form (self, consent);
}

static void
withdraw_consent (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *consent = find_or_toast (self, "consents", parameter);

  if (consent != NULL)
    set_date (self, consent, "withdrawn_on", TRUE,
              _("Consent withdrawn as of today. “Undo withdrawal” in its menu takes it back."));
}

static void
restore_consent (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *consent = find_or_toast (self, "consents", parameter);

  if (consent != NULL)
    set_date (self, consent, "withdrawn_on", FALSE, _("Withdrawal undone"));
}

static void
remove_consent (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  KringRecord *consent = find_or_toast (self, "consents", parameter);

  if (consent != NULL)
    kring_household_context_remove (self->context, consent, _("Consent"));
}

void
kring_overview_install_actions (GtkWidgetClass *widget_class)
{
  static const struct
  {
    const char                  *name;
    const char                  *type;
    GtkWidgetActionActivateFunc  activate;
  } actions[] = {
    { "overview.add-member", NULL, add_member },
    { "overview.edit-member", "s", edit_member },
    { "overview.remove-member", "s", remove_member },
    { "overview.add-professional", NULL, add_professional },
    { "overview.edit-professional", "s", edit_professional },
    { "overview.end-professional", "s", end_professional },
    { "overview.remove-professional", "s", remove_professional },
    { "overview.add-consent", NULL, add_consent },
    { "overview.edit-consent", "s", edit_consent },
    { "overview.withdraw-consent", "s", withdraw_consent },
    { "overview.restore-consent", "s", restore_consent },
    { "overview.remove-consent", "s", remove_consent },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].type,
                                     actions[i].activate);
}
