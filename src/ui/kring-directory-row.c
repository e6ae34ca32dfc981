/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-directory-row.h"
#include "kring-store-directory.h"

struct _KringDirectoryRow
{
  GtkWidget  parent_instance;

  GtkImage  *icon;
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkBox    *tags;
  GtkImage  *stale_icon;
  char      *plain_title;
};

G_DEFINE_FINAL_TYPE (KringDirectoryRow, kring_directory_row, GTK_TYPE_WIDGET)

const char *
kring_directory_kind_name (const char *table)
{
  if (g_strcmp0 (table, "organizations") == 0)
    return _("Organisation");
  if (g_strcmp0 (table, "services") == 0)
    return _("Service");
  if (g_strcmp0 (table, "locations") == 0)
    return _("Location");
  if (g_strcmp0 (table, "contacts") == 0)
    return _("Contact");
  return table;
}

char *
kring_directory_format_date (const char *date)
{
  int year, month, day;
  g_autoptr (GDateTime) time = NULL;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  time = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (time == NULL)
    return NULL;
  /* TRANSLATORS: a date, e.g. "3 March 2024"; see g_date_time_format(). */
  return g_date_time_format (time, _("%-d %B %Y"));
}

static const char *
table_icon (const char *table)
{
  if (g_strcmp0 (table, "organizations") == 0)
    return "x-office-address-book-symbolic";
  if (g_strcmp0 (table, "contacts") == 0)
    return "avatar-default-symbolic";
  if (g_strcmp0 (table, "locations") == 0)
    return "mark-location-symbolic";
  return "emblem-documents-symbolic";
}

static void
clear_tags (KringDirectoryRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags))) != NULL)
    gtk_box_remove (self->tags, child);
}

static void
add_tag (KringDirectoryRow *self, const char *text)
{
  GtkWidget *label;

  if (text == NULL || *text == '\0')
    return;
  label = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "kring-tag");
  gtk_box_append (self->tags, label);
}

static void
set_title (KringDirectoryRow *self, const char *title, const char *markup)
{
  g_free (self->plain_title);
  self->plain_title = g_strdup (title);
  gtk_label_set_markup (self->title, markup);
}

static char *
entry_subtitle (KringRecord *entry)
{
  const char *organisation = kring_record_get_string (entry, "organization_name");
  const char *description = kring_record_get_string (entry, "description");

  if (g_strcmp0 (kring_record_get_table (entry), "services") == 0 && organisation != NULL)
    return description != NULL ? g_strdup_printf ("%s — %s", organisation, description)
                               : g_strdup (organisation);
  return g_strdup (description != NULL ? description : "");
}

void
kring_directory_row_set_entry (KringDirectoryRow *self, KringRecord *entry,
                               const char *const *words)
{
  const char *title = kring_record_get_string (entry, "title");
  g_autofree char *subtitle = entry_subtitle (entry);
  g_autofree char *title_markup = kring_directory_markup (title != NULL ? title : "", words);
  g_autofree char *subtitle_markup = NULL;
  g_autofree char *single_line = g_strdelimit (g_strdup (subtitle), "\n\r\t", ' ');

  g_return_if_fail (KRING_IS_DIRECTORY_ROW (self));

  subtitle_markup = kring_directory_markup (single_line, words);
  set_title (self, title, title_markup);
  gtk_label_set_markup (self->subtitle, subtitle_markup);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), *subtitle != '\0');
  gtk_image_set_from_icon_name (self->icon, table_icon (kring_record_get_table (entry)));
  clear_tags (self);
  add_tag (self, kring_record_get_string (entry, "lijn"));
  add_tag (self, kring_record_get_string (entry, "toegang"));
  if (g_strcmp0 (kring_record_get_table (entry), "organizations") == 0)
    add_tag (self, kring_record_get_string (entry, "sector"));
  gtk_widget_set_visible (GTK_WIDGET (self->tags),
                          gtk_widget_get_first_child (GTK_WIDGET (self->tags)) != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->stale_icon),
                          kring_record_get_int (entry, "stale", 0) != 0);
}

void
kring_directory_row_set_stale (KringDirectoryRow *self, KringRecord *record)
{
  const char *table = kring_record_get_table (record);
  const char *title = kring_record_get_string (record, "title");
  const char *organisation = kring_record_get_string (record, "organization_name");
  g_autofree char *date = kring_directory_format_date (kring_record_get_string (record,
                                                                                "verified_on"));
  g_autofree char *checked = date != NULL ? g_strdup_printf (_("Last checked on %s"), date)
                                          : g_strdup (_("Never checked"));
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = g_markup_escape_text (title != NULL ? title : "", -1);

  g_return_if_fail (KRING_IS_DIRECTORY_ROW (self));

  subtitle = organisation != NULL && g_strcmp0 (table, "organizations") != 0
               ? g_markup_printf_escaped ("%s · %s", kring_directory_kind_name (table), organisation)
               : g_markup_escape_text (kring_directory_kind_name (table), -1);
  set_title (self, title, escaped);
  gtk_label_set_markup (self->subtitle, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), TRUE);
  gtk_image_set_from_icon_name (self->icon, table_icon (table));
  clear_tags (self);
  add_tag (self, checked);
  gtk_widget_set_visible (GTK_WIDGET (self->tags), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->stale_icon), FALSE);
}

const char *
kring_directory_row_get_title (KringDirectoryRow *self)
{
  g_return_val_if_fail (KRING_IS_DIRECTORY_ROW (self), NULL);
  return self->plain_title;
}

GtkWidget *
kring_directory_row_new (void)
{
  return g_object_new (KRING_TYPE_DIRECTORY_ROW, NULL);
}

static void
kring_directory_row_dispose (GObject *object)
{
  KringDirectoryRow *self = KRING_DIRECTORY_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->plain_title, g_free);
  G_OBJECT_CLASS (kring_directory_row_parent_class)->dispose (object);
}

static void
kring_directory_row_class_init (KringDirectoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_directory_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-directory-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryRow, icon);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryRow, title);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryRow, tags);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryRow, stale_icon);
}

static void
kring_directory_row_init (KringDirectoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                              12);
}
