/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-map-panel-private.h"
#include "kring-summary.h"

/*
 * The team's relationship with the partner in the panel: every change is
 * saved at once, as one column of the relationships row (made when the team
 * had none), so two people editing different qualities do not overwrite
 * each other.
 */

/* relationships.contact_frequency, in the order of the frequency combo row
 * after its first item ("unknown"). */
static const char *const frequencies[] = {
  "weekly", "monthly", "quarterly", "yearly", "incidental", "none",
};

static GVariant *
null_value (void)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_VARIANT, NULL);
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringMapPanel) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  if (kring_store_save_finish (KRING_STORE (source), result, &error))
    {
      g_signal_emit_by_name (self, "changed");
      return;
    }
  title = g_strdup_printf (_("The relationship could not be saved: %s"), error->message);
  kring_map_panel_toast (self, title);
}

/* Saves @value (floating) as @column of the relationship. */
static void
save_value (KringMapPanel *self, const char *column, GVariant *value)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *record;

  g_variant_ref_sink (value);
  if (self->filling || self->store == NULL || self->relationship == NULL)
    {
      g_variant_unref (value);
      return;
    }
  record = kring_record_new_with_id ("relationships", kring_record_get_id (self->relationship));
  /* The keys go with every change: the first one creates the row. */
  kring_record_set_string (record, "team_id", self->team_id);
  kring_record_set_string (record, "organization_id", self->organization_id);
  kring_record_set_value (record, column, g_variant_ref (value));
  kring_record_set_value (self->relationship, column, value);
  g_ptr_array_add (records, record);
  kring_store_save_async (self->store, records, NULL, on_saved, g_object_ref (self));
}

static void
save_flag (KringMapPanel *self, const char *column, GtkSwitch *toggle)
{
  save_value (self, column, g_variant_new_int64 (gtk_switch_get_active (toggle) ? 1 : 0));
}

static void
on_agreement_changed (KringMapPanel *self)
{
  save_flag (self, "has_agreement", self->agreement_switch);
}

static void
on_knows_changed (KringMapPanel *self)
{
  save_flag (self, "knows_personally", self->knows_switch);
}

static void
on_reports_changed (KringMapPanel *self)
{
  save_flag (self, "reports_back", self->reports_switch);
}

static void
on_summary_apply (KringMapPanel *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
      GTK_EDITABLE (self->agreement_summary))));

  save_value (self, "agreement_summary", *text != '\0' ? g_variant_new_string (text)
                                                       : null_value ());
}

static void
on_fixed_contact_changed (KringMapPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->fixed_contact_row);

  if (self->contact_ids == NULL)
    return;
  if (selected == 0 || selected > self->contact_ids->len)
    save_value (self, "fixed_contact_id", null_value ());
  else
    save_value (self, "fixed_contact_id",
                g_variant_new_string (g_ptr_array_index (self->contact_ids, selected - 1)));
}

static void
on_trust_changed (KringMapPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->trust_row);

  save_value (self, "trust", selected >= 1 && selected <= 5 ? g_variant_new_int64 (selected)
                                                            : null_value ());
}

static void
on_frequency_changed (KringMapPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->frequency_row);

  save_value (self, "contact_frequency",
              selected >= 1 && selected <= G_N_ELEMENTS (frequencies)
                ? g_variant_new_string (frequencies[selected - 1]) : null_value ());
}

static void
show_last_contact (KringMapPanel *self, const char *iso)
{
  g_autofree char *date = kring_summary_format_date (iso);

  gtk_menu_button_set_label (self->last_contact_button, date != NULL ? date : _("Not recorded"));
}

static void
on_day_selected (KringMapPanel *self)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (self->last_contact_calendar);
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");

  if (self->filling)
    return;
  show_last_contact (self, iso);
  gtk_menu_button_popdown (self->last_contact_button);
  save_value (self, "last_contact_on", g_variant_new_string (iso));
}

static void
fill_contacts (KringMapPanel *self, KringRecord *relationship, GListModel *contacts)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  const char *fixed = kring_record_get_string (relationship, "fixed_contact_id");
  guint selected = 0;

  g_clear_pointer (&self->contact_ids, g_ptr_array_unref);
  self->contact_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (names, _("Nobody chosen"));
  for (guint i = 0; contacts != NULL && i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (contacts, i);
      const char *name = kring_record_get_string (contact, "name");

      gtk_string_list_append (names, name != NULL ? name
                                                  : kring_record_get_string (contact, "title"));
      g_ptr_array_add (self->contact_ids, g_strdup (kring_record_get_id (contact)));
      if (g_strcmp0 (kring_record_get_id (contact), fixed) == 0)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->fixed_contact_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->fixed_contact_row, selected);
}

static guint
frequency_index (const char *frequency)
{
  for (guint i = 0; frequency != NULL && i < G_N_ELEMENTS (frequencies); i++)
    if (g_str_equal (frequencies[i], frequency))
      return i + 1;
  return 0;
}

static void
fill_calendar (KringMapPanel *self, const char *iso)
{
  g_autoptr (GDateTime) day = kring_summary_parse_date (iso);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  gtk_calendar_select_day (self->last_contact_calendar, day != NULL ? day : now);
  show_last_contact (self, iso);
}

void
kring_map_panel_fill_relationship (KringMapPanel *self, KringRecord *relationship,
                                   GListModel *contacts)
{
  const char *summary;
  KringRecord *shown;

  g_clear_object (&self->relationship);
  if (relationship != NULL)
    self->relationship = kring_record_copy (relationship);
  else
    self->relationship = kring_record_new ("relationships");
  shown = self->relationship;
  summary = kring_record_get_string (shown, "agreement_summary");
  self->filling = TRUE;
  gtk_switch_set_active (self->agreement_switch,
                         kring_record_get_int (shown, "has_agreement", 0) != 0);
  gtk_editable_set_text (GTK_EDITABLE (self->agreement_summary), summary != NULL ? summary : "");
  fill_contacts (self, shown, contacts);
  gtk_switch_set_active (self->knows_switch,
                         kring_record_get_int (shown, "knows_personally", 0) != 0);
  adw_combo_row_set_selected (self->trust_row,
                              (guint) CLAMP (kring_record_get_int (shown, "trust", 0), 0, 5));
  adw_combo_row_set_selected (self->frequency_row,
                              frequency_index (kring_record_get_string (shown,
                                                                        "contact_frequency")));
  fill_calendar (self, kring_record_get_string (shown, "last_contact_on"));
  gtk_switch_set_active (self->reports_switch,
                         kring_record_get_int (shown, "reports_back", 0) != 0);
  self->filling = FALSE;
}

void
kring_map_panel_clear_relationship (KringMapPanel *self)
{
  self->filling = TRUE;
  g_clear_object (&self->relationship);
  g_clear_pointer (&self->contact_ids, g_ptr_array_unref);
  gtk_editable_set_text (GTK_EDITABLE (self->agreement_summary), "");
  adw_combo_row_set_model (self->fixed_contact_row, NULL);
  gtk_switch_set_active (self->agreement_switch, FALSE);
  gtk_switch_set_active (self->knows_switch, FALSE);
  gtk_switch_set_active (self->reports_switch, FALSE);
  self->filling = FALSE;
}

void
kring_map_panel_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_agreement_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_knows_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reports_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_summary_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_fixed_contact_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_trust_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_frequency_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
}

void
kring_map_panel_init_edit (KringMapPanel *self)
{
  static const char *const trust[] = {
    N_("Unknown"), N_("1 – very low"), N_("2 – low"), N_("3 – reasonable"), N_("4 – good"),
    N_("5 – very good"),
  };
  static const char *const frequency[] = {
    N_("Unknown"), N_("Weekly"), N_("Monthly"), N_("Quarterly"), N_("Yearly"),
    N_("Now and then"), N_("No contact"),
  };
  g_autoptr (GtkStringList) trust_list = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) frequency_list = gtk_string_list_new (NULL);

  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (trust); i++)
    gtk_string_list_append (trust_list, _(trust[i]));
  for (guint i = 0; i < G_N_ELEMENTS (frequency); i++)
    gtk_string_list_append (frequency_list, _(frequency[i]));
  adw_combo_row_set_model (self->trust_row, G_LIST_MODEL (trust_list));
  adw_combo_row_set_model (self->frequency_row, G_LIST_MODEL (frequency_list));
  self->filling = FALSE;
}
