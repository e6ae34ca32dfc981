/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
#include "kring-form-dialog.h"

/*
 * One form for every household record. The fields are rows of boxed lists
 * (AdwPreferencesGroup) in a scrolled page; each knows its column, how to
 * read its widget and what makes it wrong. Validation runs on every change,
 * but a field shows its error only after the user touched it, so a fresh
 * form is not a wall of red.
 */

typedef enum
{
  FIELD_TEXT,
  FIELD_LONG_TEXT,
  FIELD_DATE,
  FIELD_NUMBER,
  FIELD_CHOICE,
  FIELD_SWITCH,
} FieldKind;

typedef struct
{
  char      *column;
  FieldKind  kind;
  gboolean   required;
  gint64     min, max;
  GtkWidget *row;        /* the row in the group */
  GtkWidget *widget;     /* GtkEditable, GtkTextView, GtkDropDown or GtkSwitch */
  GtkWidget *error_row;  /* shown under the row while the field is wrong */
  GPtrArray *ids;        /* a choice's ids (NULL entries mean "none") */
  gboolean   touched;
  char      *value;      /* the last value kring_form_dialog_get() returned */
} Field;

struct _KringFormDialog
{
  AdwWindow             parent_instance;

  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *group;
  GtkWidget            *save_button;
  GtkWidget            *spinner;
  GtkLabel             *message;
  GPtrArray            *fields;
  KringFormCheck        check;
  gpointer              check_data;
  gboolean              busy;
  char                 *error;  /* the store's last error, until the next change */
};

G_DEFINE_FINAL_TYPE (KringFormDialog, kring_form_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_SAVE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
field_free (Field *field)
{
  g_free (field->column);
  g_clear_pointer (&field->ids, g_ptr_array_unref);
  g_free (field->value);
  g_free (field);
}

/* --- dates as people write them --- */

static gboolean
split_date (const char *text, int *a, int *b, int *c)
{
  char sep1, sep2, end;

  if (sscanf (text, "%d%c%d%c%d%c", a, &sep1, b, &sep2, c, &end) != 5)
    return FALSE;
  return sep1 == sep2 && strchr ("-/.", sep1) != NULL;
}

char *
kring_form_date_parse (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  int a, b, c, day, month, year;

  if (!split_date (trimmed, &a, &b, &c))
    return NULL;
  if (a > 31)
    year = a, month = b, day = c;   /* 2026-02-03 */
  else
    day = a, month = b, year = c;   /* 3-2-2026 */
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

char *
kring_form_date_format (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d-%d-%d", day, month, year);
}

/* --- reading and checking a field --- */

static char *
text_view_text (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the user typed, trimmed; NULL when nothing. */
static char *
field_text (Field *field)
{
  g_autofree char *text = field->kind == FIELD_LONG_TEXT
                            ? text_view_text (field->widget)
                            : g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));

  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static gboolean
parse_number (const char *text, gint64 *number)
{
  char *end = NULL;

  errno = 0;
  *number = g_ascii_strtoll (text, &end, 10);
  return errno == 0 && end != text && *end == '\0';
}

/* The value to store; an invalid entry gives NULL as well (see field_error). */
static char *
field_value (Field *field)
{
  g_autofree char *text = NULL;
  gint64 number;
  guint selected;

  switch (field->kind)
    {
    case FIELD_CHOICE:
      selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->widget));
      return selected < field->ids->len ? g_strdup (field->ids->pdata[selected]) : NULL;
    case FIELD_SWITCH:
      return g_strdup (gtk_switch_get_active (GTK_SWITCH (field->widget)) ? "1" : "0");
    case FIELD_DATE:
      text = field_text (field);
      return text != NULL ? kring_form_date_parse (text) : NULL;
    case FIELD_NUMBER:
      text = field_text (field);
      if (text == NULL || !parse_number (text, &number))
        return NULL;
      return g_strdup_printf ("%" G_GINT64_FORMAT, number);
    case FIELD_TEXT:
    case FIELD_LONG_TEXT:
    default:
      return field_text (field);
    }
}

/* What is wrong with the field (translated), or NULL. */
static char *
field_error (Field *field)
{
  g_autofree char *text = NULL;
  gint64 number;

  if (field->kind == FIELD_CHOICE || field->kind == FIELD_SWITCH)
    return NULL;
  text = field_text (field);
  if (text == NULL)
    return field->required ? g_strdup (_("Fill this in.")) : NULL;
  if (field->kind == FIELD_DATE)
    {
      g_autofree char *iso = kring_form_date_parse (text);

      return iso == NULL ? g_strdup (_("This is not a date; write it as day-month-year, "
                                       "for example 3-2-2026."))
                         : NULL;
    }
  if (field->kind == FIELD_NUMBER && (!parse_number (text, &number) || number < field->min
                                      || number > field->max))
    {
      g_autofree char *min = g_strdup_printf ("%" G_GINT64_FORMAT, field->min);
      g_autofree char *max = g_strdup_printf ("%" G_GINT64_FORMAT, field->max);

      /* TRANSLATORS: "Fill in a whole number from 1900 to 2026." */
      return g_strdup_printf (_("Fill in a whole number from %s to %s."), min, max);
    }
  return NULL;
}

static void
field_show_error (Field *field, const char *message)
{
  gboolean show = message != NULL && field->touched;

  if (show)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->error_row), message);
  if (show)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");
  gtk_widget_set_visible (field->error_row, show);
}

/* --- the whole form --- */

static Field *
find_field (KringFormDialog *self, const char *column)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = self->fields->pdata[i];

      if (g_str_equal (field->column, column))
        return field;
    }
  return NULL;
}

/* Checks every field and the form's own rule; returns whether all is well. */
static gboolean
validate (KringFormDialog *self)
{
  gboolean valid = TRUE;
  g_autofree char *problem = NULL;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = self->fields->pdata[i];
      g_autofree char *error = field_error (field);

      field_show_error (field, error);
      valid = valid && error == NULL;
    }
  if (valid && self->check != NULL)
    problem = self->check (self, self->check_data);
  if (problem == NULL && self->error != NULL)
    problem = g_strdup (self->error);
  gtk_label_set_text (self->message, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), problem != NULL);
  valid = valid && (problem == NULL || self->error != NULL);
  gtk_widget_set_sensitive (self->save_button, valid && !self->busy);
  return valid;
}

/* Connected swapped, so the field comes first whatever the signal passes. */
static void
on_field_changed (Field *field)
{
  GtkRoot *root = gtk_widget_get_root (field->widget);
  KringFormDialog *self = KRING_IS_FORM_DIALOG (root) ? KRING_FORM_DIALOG (root) : NULL;

  if (self == NULL)
    return;
  field->touched = TRUE;
  g_clear_pointer (&self->error, g_free);
  validate (self);
}

static void
set_busy (KringFormDialog *self, gboolean busy)
{
  self->busy = busy;
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
  validate (self);
}

static void
save (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringFormDialog *self = KRING_FORM_DIALOG (widget);

  if (self->busy)
    return;
  /* Pressing Save shows every error, touched or not. */
  for (guint i = 0; i < self->fields->len; i++)
    ((Field *) self->fields->pdata[i])->touched = TRUE;
  if (!validate (self))
    return;
  set_busy (self, TRUE);
  g_signal_emit (self, signals[SIGNAL_SAVE], 0);
}

static void
cancel (GtkWidget *widget, const char *action, GVariant *parameter)
{
  if (!KRING_FORM_DIALOG (widget)->busy)
    gtk_window_destroy (GTK_WINDOW (widget));
}

/* --- adding fields --- */

static AdwPreferencesGroup *
current_group (KringFormDialog *self)
{
  if (self->group == NULL)
    kring_form_dialog_add_group (self, NULL, NULL);
  return self->group;
}

static GtkWidget *
error_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");
  gtk_widget_add_css_class (row, "error");
  gtk_widget_add_css_class (row, "kring-field-error");
  gtk_widget_set_visible (row, FALSE);
  return row;
}

static char *
row_title (const char *title, gboolean required)
{
  return required ? g_strdup_printf (_("%s (required)"), title) : g_strdup (title);
}

static Field *
add_field (KringFormDialog *self, const char *column, FieldKind kind, gboolean required,
           GtkWidget *row, GtkWidget *widget)
{
  Field *field = g_new0 (Field, 1);
  AdwPreferencesGroup *group = current_group (self);

  field->column = g_strdup (column);
  field->kind = kind;
  field->required = required;
  field->row = row;
  field->widget = widget;
  field->error_row = error_row_new ();
  gtk_widget_set_name (widget, column);
  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, field->error_row);
  g_ptr_array_add (self->fields, field);
  return field;
}

static void
connect_changed (Field *field, const char *signal, GObject *object)
{
  /* The field lives until the dialog is finalized, after its widgets. */
  g_signal_connect_swapped (object, signal, G_CALLBACK (on_field_changed), field);
}

static Field *
add_entry (KringFormDialog *self, const char *column, const char *title, const char *text,
           FieldKind kind, gboolean required)
{
  g_autofree char *label = row_title (title, required);
  GtkWidget *row = adw_entry_row_new ();
  Field *field;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  field = add_field (self, column, kind, required, row, row);
  connect_changed (field, "changed", G_OBJECT (row));
  return field;
}

void
kring_form_dialog_add_group (KringFormDialog *self, const char *title, const char *description)
{
  g_return_if_fail (KRING_IS_FORM_DIALOG (self));

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  if (title != NULL)
    adw_preferences_group_set_title (self->group, title);
  if (description != NULL)
    adw_preferences_group_set_description (self->group, description);
  adw_preferences_page_add (self->page, self->group);
}

void
kring_form_dialog_add_text (KringFormDialog *self, const char *column, const char *title,
                            const char *value, gboolean required)
{
  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  add_entry (self, column, title, value, FIELD_TEXT, required);
  validate (self);
}

void
kring_form_dialog_add_long_text (KringFormDialog *self, const char *column, const char *title,
                                 const char *value, gboolean required)
{
  g_autofree char *label = row_title (title, required);
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *caption = gtk_label_new (label);
  GtkWidget *view = gtk_text_view_new ();
  Field *field;

  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "kring-form-long-text");
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            value != NULL ? value : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  field = add_field (self, column, FIELD_LONG_TEXT, required, row, view);
  connect_changed (field, "changed", G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));
  validate (self);
}

void
kring_form_dialog_add_date (KringFormDialog *self, const char *column, const char *title,
                            const char *value, gboolean required)
{
  g_autofree char *shown = kring_form_date_format (value);
  Field *field;

  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  field = add_entry (self, column, title, shown, FIELD_DATE, required);
  gtk_widget_set_tooltip_text (field->row, _("Day-month-year, for example 3-2-2026"));
  validate (self);
}

void
kring_form_dialog_add_number (KringFormDialog *self, const char *column, const char *title,
                              gint64 value, gint64 min, gint64 max, gboolean required)
{
  g_autofree char *shown = value >= min ? g_strdup_printf ("%" G_GINT64_FORMAT, value) : NULL;
  Field *field;

  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  field = add_entry (self, column, title, shown, FIELD_NUMBER, required);
  field->min = min;
  field->max = max;
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field->row), GTK_INPUT_PURPOSE_DIGITS);
  validate (self);
}

static void
on_setup_label (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
    }
  gtk_list_item_set_child (item, label);
}

static void
on_bind_label (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (string));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (string));
}

/* The button shows a long name ("Sociale kaart — Jan de Vries, Stichting …")
 * shortened, so the form keeps its width; the list shows it whole. */
static GtkListItemFactory *
label_factory_new (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_label), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_label), NULL);
  return factory;
}

static GtkWidget *
drop_down_new (const char *const *labels, guint n, const char *none_label)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  g_autoptr (GtkListItemFactory) button_factory = label_factory_new (TRUE);
  g_autoptr (GtkListItemFactory) list_factory = label_factory_new (FALSE);
  GtkWidget *drop_down;

  if (none_label != NULL)
    gtk_string_list_append (model, none_label);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (model, labels[i]);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), button_factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (drop_down), list_factory);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  if (n > 12)
    {
      gtk_drop_down_set_expression (
        GTK_DROP_DOWN (drop_down),
        gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
      gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
    }
  return drop_down;
}

void
kring_form_dialog_add_choice (KringFormDialog *self, const char *column, const char *title,
                              const char *const *ids, const char *const *labels, guint n,
                              const char *selected, const char *none_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop_down = drop_down_new (labels, n, none_label);
  Field *field;

  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop_down);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  field = add_field (self, column, FIELD_CHOICE, none_label == NULL, row, drop_down);
  field->ids = g_ptr_array_new_with_free_func (g_free);
  if (none_label != NULL)
    g_ptr_array_add (field->ids, NULL);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (field->ids, g_strdup (ids[i]));
  for (guint i = 0; selected != NULL && i < field->ids->len; i++)
    if (g_strcmp0 (field->ids->pdata[i], selected) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);
  connect_changed (field, "notify::selected", G_OBJECT (drop_down));
  validate (self);
}

void
kring_form_dialog_add_switch (KringFormDialog *self, const char *column, const char *title,
                              gboolean active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  Field *field;

  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  field = add_field (self, column, FIELD_SWITCH, FALSE, row, toggle);
  connect_changed (field, "notify::active", G_OBJECT (toggle));
}

void
kring_form_dialog_add_note (KringFormDialog *self, const char *text, gboolean warning)
{
  GtkWidget *label = gtk_label_new (text);

  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, warning ? "warning" : "dim-label");
  gtk_widget_add_css_class (label, "kring-form-note");
  adw_preferences_group_add (current_group (self), label);
}

/* --- the caller's side --- */

const char *
kring_form_dialog_get (KringFormDialog *self, const char *column)
{
  Field *field;
  char *value;

  g_return_val_if_fail (KRING_IS_FORM_DIALOG (self), NULL);
  field = find_field (self, column);
  g_return_val_if_fail (field != NULL, NULL);
  /* The text handed out earlier stays valid while the field says the same:
   * a caller may hold it across kring_form_dialog_fill_record(). */
  value = field_value (field);
  if (g_strcmp0 (value, field->value) == 0)
    g_free (value);
  else
    {
      g_free (field->value);
      field->value = value;
    }
  return field->value;
}

void
kring_form_dialog_fill_record (KringFormDialog *self, KringRecord *record)
{
  g_return_if_fail (KRING_IS_FORM_DIALOG (self));

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = self->fields->pdata[i];
      const char *value = kring_form_dialog_get (self, field->column);

      if (field->column[0] == '_')
        continue;
      if (value == NULL)
        kring_record_set_null (record, field->column);
      else if (field->kind == FIELD_NUMBER || field->kind == FIELD_SWITCH)
        kring_record_set_int (record, field->column, g_ascii_strtoll (value, NULL, 10));
      else
        kring_record_set_string (record, field->column, value);
    }
}

void
kring_form_dialog_set_check (KringFormDialog *self, KringFormCheck check, gpointer user_data)
{
  g_return_if_fail (KRING_IS_FORM_DIALOG (self));
  self->check = check;
  self->check_data = user_data;
  validate (self);
}

void
kring_form_dialog_done (KringFormDialog *self, const GError *error)
{
  g_return_if_fail (KRING_IS_FORM_DIALOG (self));

  if (error == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  g_free (self->error);
  self->error = g_strdup_printf (_("Not saved: %s"), error->message);
  set_busy (self, FALSE);
}

GtkWidget *
kring_form_dialog_get_widget (KringFormDialog *self, const char *column)
{
  Field *field;

  g_return_val_if_fail (KRING_IS_FORM_DIALOG (self), NULL);
  field = find_field (self, column);
  return field != NULL ? field->widget : NULL;
}

gboolean
kring_form_dialog_activate_save (KringFormDialog *self)
{
  g_return_val_if_fail (KRING_IS_FORM_DIALOG (self), FALSE);
  if (!gtk_widget_get_sensitive (self->save_button))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "form.save", NULL);
  return TRUE;
}

/* --- the window --- */

static GtkWidget *
header_new (KringFormDialog *self, const char *title, const char *save_label)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel_button), "form.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel_button);
  self->save_button = gtk_button_new_with_mnemonic (save_label != NULL ? save_label
                                                                       : _("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "form.save");
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_box_append (GTK_BOX (box), self->spinner);
  gtk_box_append (GTK_BOX (box), self->save_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), box);
  return header;
}

static GtkWidget *
message_new (KringFormDialog *self)
{
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "kring-form-message");
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_margin_start (GTK_WIDGET (self->message), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->message), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self->message), 12);
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  return GTK_WIDGET (self->message);
}

KringFormDialog *
kring_form_dialog_new (GtkWindow *parent, const char *title, const char *save_label)
{
  KringFormDialog *self = g_object_new (KRING_TYPE_FORM_DIALOG, "modal", TRUE, "title", title,
                                        "default-width", 560, "default-height", 640, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_box_append (GTK_BOX (box), header_new (self, title, save_label));
  gtk_box_append (GTK_BOX (box), message_new (self));
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->page));
  adw_window_set_content (ADW_WINDOW (self), box);
  validate (self);
  return self;
}

static void
kring_form_dialog_finalize (GObject *object)
{
  KringFormDialog *self = KRING_FORM_DIALOG (object);

  g_ptr_array_unref (self->fields);
  g_free (self->error);
  G_OBJECT_CLASS (kring_form_dialog_parent_class)->finalize (object);
}

static void
kring_form_dialog_class_init (KringFormDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kring_form_dialog_finalize;
  signals[SIGNAL_SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "form.save", NULL, save);
  gtk_widget_class_install_action (widget_class, "form.cancel", NULL, cancel);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "form.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "form.save", NULL);
}

static void
kring_form_dialog_init (KringFormDialog *self)
{
  self->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
}
