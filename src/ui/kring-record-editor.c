/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-editor-fields.h"
#include "kring-record-editor.h"

/* Attribute kinds (taxonomies.kind and attributes.link_type) the editor sets. */
#define KIND_LIJN "lijn"
#define KIND_TOEGANG "toegang"
#define KIND_LIFE_DOMAIN "life_domain"

struct _KringRecordEditor
{
  AdwWindow parent_instance;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  AdwPreferencesPage *page;
  AdwPreferencesGroup *main_group;
  AdwPreferencesGroup *contact_group;
  AdwPreferencesGroup *referral_group;
  AdwPreferencesGroup *classification_group;

  KringStore *store;
  char *table;
  KringRecord *record;      /* as stored; NULL for a new record */
  char *parent_id;
  GPtrArray *fields;        /* of KringField */
  KringChoice *organization;
  KringChoice *status;
  KringChoice *lijn;
  KringChoice *toegang;
  KringMultiChoice *life_domains;
  GtkSwitch *verified;
  gboolean was_verified;
  GHashTable *term_kinds;   /* taxonomy term id -> kind */
  GPtrArray *attributes;    /* the service's stored attribute rows */
  KringRecord *phone;       /* the contact's stored phone, if any */
  GCancellable *cancellable;
  guint pending;            /* loads still running */
  gboolean saving;
};

G_DEFINE_FINAL_TYPE (KringRecordEditor, kring_record_editor, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const struct
{
  const char *value;
  const char *label;
} statuses[] = {
  { "active", N_("Active") },
  { "temporarily closed", N_("Temporarily closed") },
  { "inactive", N_("Inactive") },
  { "defunct", N_("Stopped") },
};

static gboolean
is_table (KringRecordEditor *self, const char *table)
{
  return g_strcmp0 (self->table, table) == 0;
}

static KringField *
find_field (KringRecordEditor *self, const char *column)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      KringField *field = self->fields->pdata[i];

      if (g_str_equal (field->spec->column, column))
        return field;
    }
  return NULL;
}

/* Validation */

static gboolean
ages_in_order (KringRecordEditor *self)
{
  KringField *min = find_field (self, "minimum_age");
  KringField *max = find_field (self, "maximum_age");
  gint64 low, high;

  if (min == NULL || max == NULL)
    return TRUE;
  if (!kring_editor_parse_age (kring_field_get_text (min), &low)
      || !kring_editor_parse_age (kring_field_get_text (max), &high))
    return TRUE;
  return low <= high;
}

/* Checks every field, shows the errors of touched ones; TRUE when all pass. */
static gboolean
validate (KringRecordEditor *self)
{
  gboolean valid = TRUE;

  for (guint i = 0; i < self->fields->len; i++)
    {
      KringField *field = self->fields->pdata[i];
      const char *error = kring_editor_field_check (field->spec, kring_field_get_text (field));

      if (error == NULL && g_str_equal (field->spec->column, "maximum_age")
          && !ages_in_order (self))
        error = _("The maximum age is lower than the minimum age.");
      kring_field_set_error (field, error);
      valid = valid && error == NULL;
    }
  return valid;
}

static void
update_save (KringRecordEditor *self)
{
  gboolean valid = validate (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 valid && self->pending == 0 && !self->saving);
}

static void
on_field_changed (KringRecordEditor *self, GtkEditable *editable)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      KringField *field = self->fields->pdata[i];

      if (GTK_EDITABLE (field->row) == editable && self->pending == 0)
        field->touched = TRUE;
    }
  update_save (self);
}

/* Building the form */

static AdwPreferencesGroup *
group_for (KringRecordEditor *self, KringFieldGroup group)
{
  switch (group)
    {
    case KRING_FIELD_GROUP_CONTACT:
      return self->contact_group;
    case KRING_FIELD_GROUP_REFERRAL:
      return self->referral_group;
    case KRING_FIELD_GROUP_MAIN:
    default:
      return self->main_group;
    }
}

static void
add_fields (KringRecordEditor *self)
{
  guint n = 0;
  const KringFieldSpec *specs = kring_editor_fields_for (self->table, &n);

  for (guint i = 0; i < n; i++)
    {
      KringField *field = kring_field_new (&specs[i], group_for (self, specs[i].group));

      g_ptr_array_add (self->fields, field);
      g_signal_connect_swapped (field->row, "changed", G_CALLBACK (on_field_changed), self);
    }
}

static void
add_verified_row (KringRecordEditor *self)
{
  GtkWidget *row = adw_action_row_new ();
  const char *on = self->record ? kring_record_get_string (self->record, "verified_on") : NULL;
  const char *by = self->record ? kring_record_get_string (self->record, "verified_by") : NULL;
  g_autofree char *subtitle = NULL;

  self->verified = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->verified), GTK_ALIGN_CENTER);
  self->was_verified = on != NULL;
  gtk_switch_set_active (self->verified, self->was_verified);
  if (on != NULL)
    subtitle = by != NULL ? g_strdup_printf (_("Checked on %s by %s"), on, by)
                          : g_strdup_printf (_("Checked on %s"), on);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Checked and up to date"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               subtitle ? subtitle : _("Not checked yet"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->verified));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->verified));
  adw_preferences_group_add (self->main_group, row);
}

static void
add_service_rows (KringRecordEditor *self)
{
  const char *status = self->record ? kring_record_get_string (self->record, "status") : NULL;

  self->organization = kring_choice_new (_("Organisation"), _("No organisation"));
  adw_preferences_group_add (self->main_group, GTK_WIDGET (self->organization->row));
  self->status = kring_choice_new (_("Status"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    kring_choice_add (self->status, statuses[i].value, _(statuses[i].label));
  kring_choice_select (self->status, status != NULL ? status : "active");
  adw_preferences_group_add (self->main_group, GTK_WIDGET (self->status->row));
  self->lijn = kring_choice_new (_("Line"), _("Not set"));
  self->toegang = kring_choice_new (_("Access"), _("Not set"));
  self->life_domains = kring_multi_choice_new (_("Life domains"));
  gtk_widget_set_name (GTK_WIDGET (self->organization->row), "organization");
  gtk_widget_set_name (GTK_WIDGET (self->lijn->row), "lijn");
  gtk_widget_set_name (GTK_WIDGET (self->toegang->row), "toegang");
  gtk_widget_set_name (GTK_WIDGET (self->life_domains->row), "life-domains");
  adw_preferences_group_add (self->classification_group, GTK_WIDGET (self->lijn->row));
  adw_preferences_group_add (self->classification_group, GTK_WIDGET (self->toegang->row));
  adw_preferences_group_add (self->classification_group, GTK_WIDGET (self->life_domains->row));
}

static void
fill_fields (KringRecordEditor *self)
{
  for (guint i = 0; i < self->fields->len && self->record != NULL; i++)
    {
      KringField *field = self->fields->pdata[i];
      const char *column = field->spec->column;
      g_autofree char *text = NULL;

      if (field->spec->kind == KRING_FIELD_PHONE)
        continue;
      if (field->spec->kind == KRING_FIELD_AGE && !kring_record_is_null (self->record, column)
          && kring_record_has (self->record, column))
        text = g_strdup_printf ("%" G_GINT64_FORMAT,
                                kring_record_get_int (self->record, column, 0));
      else
        text = g_strdup (kring_record_get_string (self->record, column));
      kring_field_set_text (field, text);
    }
}

static const char *
window_title (KringRecordEditor *self)
{
  gboolean is_new = self->record == NULL;

  if (is_table (self, "organizations"))
    return is_new ? _("New organisation") : _("Edit organisation");
  if (is_table (self, "services"))
    return is_new ? _("New service") : _("Edit service");
  return is_new ? _("New contact") : _("Edit contact");
}

/* Loading what the form offers and shows */

static void
load_done (KringRecordEditor *self)
{
  g_assert (self->pending > 0);
  if (--self->pending > 0)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), TRUE);
  update_save (self);
}

static void
load_failed (KringRecordEditor *self, GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not read everything this form needs: %s"),
                                              error->message);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static GListModel *
finish_list (GObject *source, GAsyncResult *result, KringRecordEditor **self_out,
             gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  KringRecordEditor *self = user_data;
  GListModel *list = kring_store_list_finish (KRING_STORE (source), result, &error);

  /* A closed editor has let go of its rows: nothing to fill in any more. */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_object (&list);
      g_object_unref (self);
      *self_out = NULL;
      return NULL;
    }
  *self_out = self;
  if (list == NULL)
    load_failed (self, error);
  return list;
}

static void
list (KringRecordEditor *self, const char *table, const char *column, const char *value,
      const char *order_by, GAsyncReadyCallback callback)
{
  kring_store_list_async (self->store, table, column, value, order_by, self->cancellable,
                          callback, g_object_ref (self));
}

static void
on_organizations (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringRecordEditor *self = NULL;
  g_autoptr (GListModel) orgs = finish_list (source, result, &self, user_data);
  const char *current;

  if (self == NULL)
    return;
  current = self->record ? kring_record_get_string (self->record, "organization_id")
                         : self->parent_id;
  for (guint i = 0; orgs != NULL && i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr (KringRecord) org = g_list_model_get_item (orgs, i);

      kring_choice_add (self->organization, kring_record_get_id (org),
                        kring_record_get_string (org, "name"));
    }
  kring_choice_select (self->organization, current);
  load_done (self);
  g_object_unref (self);
}

static void
on_attributes (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringRecordEditor *self = NULL;
  g_autoptr (GListModel) attributes = finish_list (source, result, &self, user_data);

  if (self == NULL)
    return;
  for (guint i = 0; attributes != NULL && i < g_list_model_get_n_items (attributes); i++)
    {
      g_autoptr (KringRecord) attribute = g_list_model_get_item (attributes, i);
      const char *term = kring_record_get_string (attribute, "taxonomy_term_id");
      const char *kind = term != NULL ? g_hash_table_lookup (self->term_kinds, term) : NULL;

      if (kind == NULL)
        continue;
      g_ptr_array_add (self->attributes, g_object_ref (attribute));
      if (g_str_equal (kind, KIND_LIJN))
        kring_choice_select (self->lijn, term);
      else if (g_str_equal (kind, KIND_TOEGANG))
        kring_choice_select (self->toegang, term);
      else
        kring_multi_choice_set (self->life_domains, term, TRUE);
    }
  load_done (self);
  g_object_unref (self);
}

static void
add_term (KringRecordEditor *self, KringRecord *term, const char *kind)
{
  const char *id = kring_record_get_id (term);
  const char *name = kring_record_get_string (term, "name");

  if (g_strcmp0 (kind, KIND_LIJN) == 0)
    kring_choice_add (self->lijn, id, name);
  else if (g_strcmp0 (kind, KIND_TOEGANG) == 0)
    kring_choice_add (self->toegang, id, name);
  else if (g_strcmp0 (kind, KIND_LIFE_DOMAIN) == 0)
    kring_multi_choice_add (self->life_domains, id, name);
  else
    return;
  g_hash_table_insert (self->term_kinds, g_strdup (id), (gpointer) g_intern_string (kind));
}

static void
on_terms (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringRecordEditor *self = NULL;
  g_autoptr (GListModel) terms = finish_list (source, result, &self, user_data);
  GHashTable *kinds;

  if (self == NULL)
    return;
  kinds = g_object_get_data (G_OBJECT (self), "taxonomy-kinds");
  for (guint i = 0; terms != NULL && i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (terms, i);
      const char *taxonomy_id = kring_record_get_string (term, "taxonomy_id");
      const char *kind = taxonomy_id ? g_hash_table_lookup (kinds, taxonomy_id) : NULL;

      add_term (self, term, kind != NULL ? kind : kring_record_get_string (term, "taxonomy"));
    }
  if (terms != NULL && self->record != NULL)
    list (self, "attributes", "link_id", kring_record_get_id (self->record), NULL, on_attributes);
  else
    load_done (self);
  g_object_unref (self);
}

static void
on_taxonomies (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringRecordEditor *self = NULL;
  g_autoptr (GListModel) taxonomies = finish_list (source, result, &self, user_data);
  GHashTable *kinds;

  if (self == NULL)
    return;
  kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; taxonomies != NULL && i < g_list_model_get_n_items (taxonomies); i++)
    {
      g_autoptr (KringRecord) taxonomy = g_list_model_get_item (taxonomies, i);
      const char *kind = kring_record_get_string (taxonomy, "kind");

      if (kind != NULL)
        g_hash_table_insert (kinds, g_strdup (kring_record_get_id (taxonomy)), g_strdup (kind));
    }
  g_object_set_data_full (G_OBJECT (self), "taxonomy-kinds", kinds,
                          (GDestroyNotify) g_hash_table_unref);
  if (taxonomies != NULL)
    list (self, "taxonomy_terms", NULL, NULL, "sort_order", on_terms);
  else
    load_done (self);
  g_object_unref (self);
}

static void
on_phones (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringRecordEditor *self = NULL;
  g_autoptr (GListModel) phones = finish_list (source, result, &self, user_data);

  if (self == NULL)
    return;
  if (phones != NULL && g_list_model_get_n_items (phones) > 0)
    {
      self->phone = g_list_model_get_item (phones, 0);
      kring_field_set_text (find_field (self, "phone"),
                            kring_record_get_string (self->phone, "number"));
    }
  load_done (self);
  g_object_unref (self);
}

static void
start_loading (KringRecordEditor *self)
{
  /* One count per chain of loads; the form stays insensitive until all are in. */
  self->pending = 1;
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
  if (is_table (self, "services"))
    {
      self->pending += 2;
      list (self, "organizations", NULL, NULL, "name", on_organizations);
      list (self, "taxonomies", NULL, NULL, NULL, on_taxonomies);
    }
  if (is_table (self, "contacts") && self->record != NULL)
    {
      self->pending++;
      list (self, "phones", "contact_id", kring_record_get_id (self->record), NULL, on_phones);
    }
  load_done (self);
}

/* Saving */

static void
set_text_column (KringRecord *record, const char *column, const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    kring_record_set_null (record, column);
  else
    kring_record_set_string (record, column, stripped);
}

static void
set_field_columns (KringRecordEditor *self, KringRecord *record)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      KringField *field = self->fields->pdata[i];
      const char *text = kring_field_get_text (field);
      gint64 age;

      if (field->spec->kind == KRING_FIELD_PHONE)
        continue;
      if (field->spec->kind == KRING_FIELD_AGE && kring_editor_parse_age (text, &age))
        kring_record_set_int (record, field->spec->column, age);
      else
        set_text_column (record, field->spec->column, text);
    }
}

static void
set_verified (KringRecordEditor *self, KringRecord *record)
{
  gboolean active = gtk_switch_get_active (self->verified);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (active == self->was_verified)
    return;
  if (active)
    {
      kring_record_set_string (record, "verified_on", today);
      kring_record_set_string (record, "verified_by", g_get_real_name ());
    }
  else
    {
      kring_record_set_null (record, "verified_on");
      kring_record_set_null (record, "verified_by");
    }
}

static KringRecord *
build_record (KringRecordEditor *self)
{
  KringRecord *record = self->record != NULL
                          ? kring_record_new_with_id (self->table,
                                                      kring_record_get_id (self->record))
                          : kring_record_new (self->table);

  set_field_columns (self, record);
  if (self->verified != NULL)
    set_verified (self, record);
  if (is_table (self, "services"))
    {
      const char *org = kring_choice_get (self->organization);

      kring_record_set_string (record, "status", kring_choice_get (self->status));
      if (org != NULL)
        kring_record_set_string (record, "organization_id", org);
      else
        kring_record_set_null (record, "organization_id");
    }
  else if (is_table (self, "contacts") && self->record == NULL && self->parent_id != NULL)
    kring_record_set_string (record, "organization_id", self->parent_id);
  return record;
}

static gboolean
term_wanted (KringRecordEditor *self, const char *term, const char *kind)
{
  if (g_str_equal (kind, KIND_LIJN))
    return g_strcmp0 (kring_choice_get (self->lijn), term) == 0;
  if (g_str_equal (kind, KIND_TOEGANG))
    return g_strcmp0 (kring_choice_get (self->toegang), term) == 0;
  return kring_multi_choice_get (self->life_domains, term);
}

static gboolean
term_stored (KringRecordEditor *self, const char *term)
{
  for (guint i = 0; i < self->attributes->len; i++)
    if (g_strcmp0 (kring_record_get_string (self->attributes->pdata[i], "taxonomy_term_id"),
                   term) == 0)
      return TRUE;
  return FALSE;
}

/* Adds rows for newly chosen terms and lists the stored ones no longer chosen. */
static void
collect_attributes (KringRecordEditor *self, const char *service_id, GPtrArray *save,
                    GPtrArray *remove)
{
  GHashTableIter iter;
  gpointer term, kind;

  for (guint i = 0; i < self->attributes->len; i++)
    {
      KringRecord *attribute = self->attributes->pdata[i];
      const char *stored = kring_record_get_string (attribute, "taxonomy_term_id");

      if (!term_wanted (self, stored, g_hash_table_lookup (self->term_kinds, stored)))
        g_ptr_array_add (remove, g_object_ref (attribute));
    }
  g_hash_table_iter_init (&iter, self->term_kinds);
  while (g_hash_table_iter_next (&iter, &term, &kind))
    if (term_wanted (self, term, kind) && !term_stored (self, term))
      {
        KringRecord *attribute = kring_record_new ("attributes");

        kring_record_set_string (attribute, "link_id", service_id);
        kring_record_set_string (attribute, "taxonomy_term_id", term);
        kring_record_set_string (attribute, "link_type", kind);
        kring_record_set_string (attribute, "link_entity", "service");
        g_ptr_array_add (save, attribute);
      }
}

static void
collect_phone (KringRecordEditor *self, const char *contact_id, GPtrArray *save,
               GPtrArray *remove)
{
  g_autofree char *number = g_strstrip (g_strdup (kring_field_get_text (find_field (self,
                                                                                    "phone"))));
  KringRecord *phone;

  if (*number == '\0')
    {
      if (self->phone != NULL)
        g_ptr_array_add (remove, g_object_ref (self->phone));
      return;
    }
  phone = self->phone != NULL ? kring_record_new_with_id ("phones",
                                                          kring_record_get_id (self->phone))
                              : kring_record_new ("phones");
  kring_record_set_string (phone, "number", number);
  kring_record_set_string (phone, "contact_id", contact_id);
  g_ptr_array_add (save, phone);
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringRecordEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  KringRecord *record = g_object_get_data (G_OBJECT (self), "saving-record");

  self->saving = FALSE;
  if (kring_store_save_and_delete_finish (KRING_STORE (source), result, &error))
    {
      g_signal_emit (self, signals[SAVED], 0, record);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  message = g_strdup_printf (_("Saving did not work, nothing was changed: %s"), error->message);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  update_save (self);
}

static void
save_activated (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KringRecordEditor *self = KRING_RECORD_EDITOR (widget);
  g_autoptr (GPtrArray) save = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) remove = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *record;

  if (self->saving || !validate (self))
    return;
  record = build_record (self);
  g_ptr_array_add (save, record);
  if (is_table (self, "services"))
    collect_attributes (self, kring_record_get_id (record), save, remove);
  if (is_table (self, "contacts"))
    collect_phone (self, kring_record_get_id (record), save, remove);
  g_object_set_data_full (G_OBJECT (self), "saving-record", g_object_ref (record),
                          g_object_unref);
  self->saving = TRUE;
  update_save (self);
  /* Writes are never dropped, so this is not tied to the window's cancellable. */
  kring_store_save_and_delete_async (self->store, save, remove, NULL, on_saved,
                                     g_object_ref (self));
}

/* Class */

static void
kring_record_editor_dispose (GObject *object)
{
  KringRecordEditor *self = KRING_RECORD_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_RECORD_EDITOR);
  G_OBJECT_CLASS (kring_record_editor_parent_class)->dispose (object);
}

static void
kring_record_editor_finalize (GObject *object)
{
  KringRecordEditor *self = KRING_RECORD_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->record);
  g_clear_object (&self->phone);
  g_free (self->table);
  g_free (self->parent_id);
  g_ptr_array_unref (self->fields);
  g_ptr_array_unref (self->attributes);
  g_hash_table_unref (self->term_kinds);
  g_clear_pointer (&self->organization, kring_choice_free);
  g_clear_pointer (&self->status, kring_choice_free);
  g_clear_pointer (&self->lijn, kring_choice_free);
  g_clear_pointer (&self->toegang, kring_choice_free);
  g_clear_pointer (&self->life_domains, kring_multi_choice_free);
  G_OBJECT_CLASS (kring_record_editor_parent_class)->finalize (object);
}

static void
kring_record_editor_class_init (KringRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_record_editor_dispose;
  object_class->finalize = kring_record_editor_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, KRING_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, KringRecordEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KringRecordEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, KringRecordEditor, page);
  gtk_widget_class_bind_template_child (widget_class, KringRecordEditor, main_group);
  gtk_widget_class_bind_template_child (widget_class, KringRecordEditor, contact_group);
  gtk_widget_class_bind_template_child (widget_class, KringRecordEditor, referral_group);
  gtk_widget_class_bind_template_child (widget_class, KringRecordEditor, classification_group);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
kring_record_editor_init (KringRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) kring_field_free);
  self->attributes = g_ptr_array_new_with_free_func (g_object_unref);
  self->term_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

static void
build_form (KringRecordEditor *self)
{
  gboolean service = is_table (self, "services");

  adw_window_title_set_title (self->window_title, window_title (self));
  if (self->record != NULL)
    adw_window_title_set_subtitle (self->window_title,
                                   kring_record_get_string (self->record, "name"));
  add_fields (self);
  if (is_table (self, "organizations"))
    add_verified_row (self);
  if (service)
    add_service_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self->referral_group), service);
  gtk_widget_set_visible (GTK_WIDGET (self->classification_group), service);
  fill_fields (self);
}

KringRecordEditor *
kring_record_editor_new (GtkWindow   *parent,
                         KringStore  *store,
                         const char  *table,
                         KringRecord *record,
                         const char  *parent_id)
{
  KringRecordEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KRING_IS_STORE (store), NULL);
  g_return_val_if_fail (g_strcmp0 (table, "organizations") == 0
                          || g_strcmp0 (table, "services") == 0
                          || g_strcmp0 (table, "contacts") == 0, NULL);
  g_return_val_if_fail (record == NULL || KRING_IS_RECORD (record), NULL);

  self = g_object_new (KRING_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->table = g_strdup (table);
  self->record = record != NULL ? kring_record_copy (record) : NULL;
  self->parent_id = g_strdup (parent_id);
  build_form (self);
  start_loading (self);
  return self;
}
