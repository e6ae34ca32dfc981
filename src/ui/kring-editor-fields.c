/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kring-editor-fields.h"

#define MAX_AGE 120

static const KringFieldSpec organization_fields[] = {
  { "name", N_("Name"), KRING_FIELD_TEXT, TRUE, KRING_FIELD_GROUP_MAIN },
  { "alternate_name", N_("Also known as"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_MAIN },
  { "description", N_("Description"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_MAIN },
  { "legal_status", N_("Legal status"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_MAIN },
  { "email", N_("Email"), KRING_FIELD_EMAIL, FALSE, KRING_FIELD_GROUP_CONTACT },
  { "website", N_("Website"), KRING_FIELD_URL, FALSE, KRING_FIELD_GROUP_CONTACT },
};

static const KringFieldSpec service_fields[] = {
  { "name", N_("Name"), KRING_FIELD_TEXT, TRUE, KRING_FIELD_GROUP_MAIN },
  { "description", N_("Description"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_MAIN },
  { "url", N_("Website"), KRING_FIELD_URL, FALSE, KRING_FIELD_GROUP_CONTACT },
  { "email", N_("Email"), KRING_FIELD_EMAIL, FALSE, KRING_FIELD_GROUP_CONTACT },
  { "application_process", N_("How to apply"), KRING_FIELD_TEXT, FALSE,
    KRING_FIELD_GROUP_REFERRAL },
  { "wait_time", N_("Waiting time"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_REFERRAL },
  { "fees_description", N_("Costs"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_REFERRAL },
  { "eligibility_description", N_("Who it is for"), KRING_FIELD_TEXT, FALSE,
    KRING_FIELD_GROUP_REFERRAL },
  { "minimum_age", N_("Minimum age"), KRING_FIELD_AGE, FALSE, KRING_FIELD_GROUP_REFERRAL },
  { "maximum_age", N_("Maximum age"), KRING_FIELD_AGE, FALSE, KRING_FIELD_GROUP_REFERRAL },
};

static const KringFieldSpec contact_fields[] = {
  { "name", N_("Name"), KRING_FIELD_TEXT, TRUE, KRING_FIELD_GROUP_MAIN },
  { "title", N_("Job title"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_MAIN },
  { "department", N_("Department"), KRING_FIELD_TEXT, FALSE, KRING_FIELD_GROUP_MAIN },
  { "email", N_("Email"), KRING_FIELD_EMAIL, FALSE, KRING_FIELD_GROUP_CONTACT },
  { "phone", N_("Phone"), KRING_FIELD_PHONE, FALSE, KRING_FIELD_GROUP_CONTACT },
};

const KringFieldSpec *
kring_editor_fields_for (const char *table, guint *n_fields)
{
  if (g_strcmp0 (table, "organizations") == 0)
    {
      *n_fields = G_N_ELEMENTS (organization_fields);
      return organization_fields;
    }
  if (g_strcmp0 (table, "services") == 0)
    {
      *n_fields = G_N_ELEMENTS (service_fields);
      return service_fields;
    }
  g_assert (g_strcmp0 (table, "contacts") == 0);
  *n_fields = G_N_ELEMENTS (contact_fields);
  return contact_fields;
}

/* One "@", something before it, a dot in what follows, and no spaces. */
static gboolean
looks_like_email (const char *text)
{
  const char *at = strchr (text, '@');

  return at != NULL && at != text && strchr (at + 1, '@') == NULL
         && strchr (at + 1, '.') != NULL && at[strlen (at) - 1] != '.'
         && at[1] != '.' && strpbrk (text, " \t<>,;") == NULL;
}

static gboolean
looks_like_url (const char *text)
{
  g_autoptr (GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  return uri != NULL && (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0)
         && g_uri_get_host (uri) != NULL && strchr (g_uri_get_host (uri), '.') != NULL;
}

static gboolean
looks_like_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +-()./", *p) == NULL)
        return FALSE;
    }
  return digits >= 3;
}

gboolean
kring_editor_parse_age (const char *text, gint64 *age)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (stripped, 10, 0, MAX_AGE, &value, NULL))
    return FALSE;
  *age = (gint64) value;
  return TRUE;
}

const char *
kring_editor_field_check (const KringFieldSpec *spec, const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gint64 age;

  if (*stripped == '\0')
    return spec->required ? _("Fill this in; it cannot stay empty.") : NULL;
  switch (spec->kind)
    {
    case KRING_FIELD_EMAIL:
      return looks_like_email (stripped)
               ? NULL : _("This is not an email address, such as naam@voorbeeld.nl.");
    case KRING_FIELD_URL:
      return looks_like_url (stripped)
               ? NULL : _("This is not a web address; start it with https://.");
    case KRING_FIELD_AGE:
      return kring_editor_parse_age (text, &age) ? NULL : _("Enter an age from 0 to 120 years.");
    case KRING_FIELD_PHONE:
      return looks_like_phone (text) ? NULL : _("Use digits, spaces, + and - only.");
    case KRING_FIELD_TEXT:
    default:
      return NULL;
    }
}

KringField *
kring_field_new (const KringFieldSpec *spec, AdwPreferencesGroup *group)
{
  KringField *field = g_new0 (KringField, 1);
  g_autofree char *title = spec->required ? g_strdup_printf (_("%s (required)"), _(spec->title))
                                          : g_strdup (_(spec->title));
  g_autofree char *error_name = NULL;

  field->spec = spec;
  field->row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
  gtk_widget_set_name (GTK_WIDGET (field->row), spec->column);
  if (spec->kind == KRING_FIELD_AGE)
    gtk_editable_set_width_chars (GTK_EDITABLE (field->row), 4);
  if (spec->kind == KRING_FIELD_EMAIL || spec->kind == KRING_FIELD_URL)
    adw_entry_row_set_input_purpose (field->row, spec->kind == KRING_FIELD_EMAIL
                                                   ? GTK_INPUT_PURPOSE_EMAIL
                                                   : GTK_INPUT_PURPOSE_URL);
  field->error_row = ADW_ACTION_ROW (adw_action_row_new ());
  error_name = g_strconcat (spec->column, "-error", NULL);
  gtk_widget_set_name (GTK_WIDGET (field->error_row), error_name);
  adw_action_row_set_icon_name (field->error_row, "dialog-warning-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (field->error_row), "error");
  gtk_widget_add_css_class (GTK_WIDGET (field->error_row), "kring-field-error");
  gtk_widget_set_visible (GTK_WIDGET (field->error_row), FALSE);
  adw_preferences_group_add (group, GTK_WIDGET (field->row));
  adw_preferences_group_add (group, GTK_WIDGET (field->error_row));
  return field;
}

void
kring_field_free (KringField *field)
{
  g_free (field);
}

const char *
kring_field_get_text (KringField *field)
{
  return gtk_editable_get_text (GTK_EDITABLE (field->row));
}

void
kring_field_set_text (KringField *field, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field->row), text != NULL ? text : "");
}

void
kring_field_set_error (KringField *field, const char *message)
{
  gboolean show = message != NULL && field->touched;

  if (show)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->error_row), message);
      gtk_widget_add_css_class (GTK_WIDGET (field->row), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (field->row), "error");
  gtk_widget_set_visible (GTK_WIDGET (field->error_row), show);
}

/* Choices */

KringChoice *
kring_choice_new (const char *title, const char *none_label)
{
  KringChoice *choice = g_new0 (KringChoice, 1);

  choice->labels = gtk_string_list_new (NULL);
  choice->ids = g_ptr_array_new_with_free_func (g_free);
  choice->row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice->row), title);
  adw_combo_row_set_model (choice->row, G_LIST_MODEL (choice->labels));
  if (none_label != NULL)
    kring_choice_add (choice, NULL, none_label);
  return choice;
}

void
kring_choice_free (KringChoice *choice)
{
  g_clear_object (&choice->labels);
  g_ptr_array_unref (choice->ids);
  g_free (choice);
}

void
kring_choice_add (KringChoice *choice, const char *id, const char *label)
{
  g_ptr_array_add (choice->ids, g_strdup (id));
  gtk_string_list_append (choice->labels, label);
}

void
kring_choice_select (KringChoice *choice, const char *id)
{
  for (guint i = 0; i < choice->ids->len; i++)
    if (g_strcmp0 (choice->ids->pdata[i], id) == 0)
      {
        adw_combo_row_set_selected (choice->row, i);
        return;
      }
}

const char *
kring_choice_get (KringChoice *choice)
{
  guint selected = adw_combo_row_get_selected (choice->row);

  return selected < choice->ids->len ? choice->ids->pdata[selected] : NULL;
}

/* Several choices */

static void
update_multi_subtitle (KringMultiChoice *choice)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < choice->checks->len; i++)
    if (gtk_check_button_get_active (choice->checks->pdata[i]))
      {
        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, choice->labels->pdata[i]);
      }
  adw_expander_row_set_subtitle (choice->row, names->len > 0 ? names->str : _("None chosen"));
}

KringMultiChoice *
kring_multi_choice_new (const char *title)
{
  KringMultiChoice *choice = g_new0 (KringMultiChoice, 1);

  choice->ids = g_ptr_array_new_with_free_func (g_free);
  choice->labels = g_ptr_array_new_with_free_func (g_free);
  choice->checks = g_ptr_array_new ();
  choice->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice->row), title);
  update_multi_subtitle (choice);
  return choice;
}

void
kring_multi_choice_free (KringMultiChoice *choice)
{
  g_ptr_array_unref (choice->ids);
  g_ptr_array_unref (choice->labels);
  g_ptr_array_unref (choice->checks);
  g_free (choice);
}

void
kring_multi_choice_add (KringMultiChoice *choice, const char *id, const char *label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_multi_subtitle), choice);
  adw_expander_row_add_row (choice->row, row);
  g_ptr_array_add (choice->ids, g_strdup (id));
  g_ptr_array_add (choice->labels, g_strdup (label));
  g_ptr_array_add (choice->checks, check);
}

void
kring_multi_choice_set (KringMultiChoice *choice, const char *id, gboolean active)
{
  for (guint i = 0; i < choice->ids->len; i++)
    if (g_strcmp0 (choice->ids->pdata[i], id) == 0)
      gtk_check_button_set_active (choice->checks->pdata[i], active);
}

gboolean
kring_multi_choice_get (KringMultiChoice *choice, const char *id)
{
  for (guint i = 0; i < choice->ids->len; i++)
    if (g_strcmp0 (choice->ids->pdata[i], id) == 0)
      return gtk_check_button_get_active (choice->checks->pdata[i]);
  return FALSE;
}
