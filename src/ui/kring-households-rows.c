/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-households-rows.h"
#include "kring-store-household.h"
#include "kring-summary.h"

/* Indexed by KringHouseholdStatus. */
static const char *const status_titles[] = {
  NC_ ("household status", "Referral"),
  NC_ ("household status", "Clarifying the Question"),
  NC_ ("household status", "Making the Plan"),
  NC_ ("household status", "Carrying Out"),
  NC_ ("household status", "Evaluation"),
  NC_ ("household status", "Closed"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (status_titles) == KRING_HOUSEHOLD_N_STATUSES);

/* Our own month names, so the date reads Dutch whatever locales the
 * machine has installed. */
static const char *const months[] = {
  NC_ ("month", "January"), NC_ ("month", "February"), NC_ ("month", "March"),
  NC_ ("month", "April"), NC_ ("month", "May"), NC_ ("month", "June"),
  NC_ ("month", "July"), NC_ ("month", "August"), NC_ ("month", "September"),
  NC_ ("month", "October"), NC_ ("month", "November"), NC_ ("month", "December"),
};

const char *
kring_households_status_title (const char *status)
{
  int index = kring_household_status_parse (status);

  if (index < 0)
    return status;
  return g_dpgettext2 (NULL, "household status", status_titles[index]);
}

char *
kring_households_format_day (const char *iso)
{
  g_autoptr (GDateTime) date = kring_summary_parse_date (iso);

  if (date == NULL)
    return NULL;
  /* TRANSLATORS: a date: day of the month, month name, year ("15 January 2027"). */
  return g_strdup_printf (C_ ("long date", "%d %s %d"), g_date_time_get_day_of_month (date),
                          g_dpgettext2 (NULL, "month", months[g_date_time_get_month (date) - 1]),
                          g_date_time_get_year (date));
}

gboolean
kring_households_is_past (const char *iso)
{
  g_autoptr (GDateTime) date = kring_summary_parse_date (iso);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                       g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now),
                                                       0, 0, 0);

  return date != NULL && g_date_time_compare (date, today) < 0;
}

void
kring_households_set_status_pill (GtkLabel *label, const char *status)
{
  g_autofree char *css = g_strdup_printf ("kring-status-%s",
                                          kring_household_status_parse (status) >= 0 ? status
                                                                                     : "unknown");
  const char *classes[] = { "kring-status", css, NULL };

  gtk_label_set_text (label, status != NULL ? kring_households_status_title (status) : "");
  gtk_widget_set_css_classes (GTK_WIDGET (label), classes);
  gtk_widget_set_visible (GTK_WIDGET (label), status != NULL);
}

/* Rows */

static GtkLabel *
part (GtkWidget *row, const char *key)
{
  return g_object_get_data (G_OBJECT (row), key);
}

/* Two columns: title line with the pill and a dim subtitle on the left,
 * date and badge on the right. Labels are found again by key. */
static GtkWidget *
row_new (const char *css_class)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkLabel *title;

  gtk_widget_add_css_class (row, css_class);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (side, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (side, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (text), heading);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), side);
  title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (title, 0);
  gtk_label_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (title), "heading");
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (title));
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "heading", heading);
  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "side", side);
  return row;
}

static GtkWidget *
row_add (GtkWidget *row, const char *where, const char *key, const char *css_class,
         float xalign)
{
  GtkWidget *box = g_object_get_data (G_OBJECT (row), where);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set_data (G_OBJECT (row), key, label);
  return label;
}

GtkWidget *
kring_households_row_new (void)
{
  GtkWidget *row = row_new ("kring-household-row");

  row_add (row, "heading", "status", NULL, 0);
  row_add (row, "text", "subtitle", "dim-label", 0);
  row_add (row, "side", "evaluation", NULL, 1);
  gtk_widget_set_halign (row_add (row, "side", "badge", "kring-attention", 0.5), GTK_ALIGN_END);
  return row;
}

static void
set_text (GtkWidget *row, const char *key, const char *text)
{
  gtk_label_set_text (part (row, key), text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (part (row, key)), text != NULL && *text != '\0');
}

/* "Evaluatie 15 januari 2027", red when that day has passed. */
static void
set_evaluation (GtkWidget *row, const char *iso)
{
  g_autofree char *day = kring_households_format_day (iso);
  g_autofree char *text = day != NULL ? g_strdup_printf (_("Evaluation %s"), day)
                                      : g_strdup (_("No evaluation planned"));
  GtkWidget *label = GTK_WIDGET (part (row, "evaluation"));

  set_text (row, "evaluation", text);
  gtk_widget_remove_css_class (label, "kring-overdue");
  gtk_widget_remove_css_class (label, "dim-label");
  if (day == NULL)
    gtk_widget_add_css_class (label, "dim-label");
  else if (kring_households_is_past (iso))
    gtk_widget_add_css_class (label, "kring-overdue");
}

void
kring_households_row_set (GtkWidget *row, KringRecord *household)
{
  const char *regisseur = kring_record_get_string (household, "regisseur_name");
  gint64 overdue = kring_record_get_int (household, "overdue_actions", 0);
  g_autofree char *lead = regisseur != NULL ? g_strdup_printf (_("Regisseur %s"), regisseur)
                                            : g_strdup (_("No regisseur yet"));
  const char *parts[] = { kring_record_get_string (household, "neighbourhood_name"), lead };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
  g_autofree char *badge = NULL;

  set_text (row, "title", kring_record_get_string (household, "label"));
  kring_households_set_status_pill (part (row, "status"),
                                    kring_record_get_string (household, "status"));
  set_text (row, "subtitle", subtitle);
  set_evaluation (row, kring_record_get_string (household, "next_evaluation_on"));
  if (overdue > 0)
    badge = g_strdup_printf (ngettext ("%d action overdue", "%d actions overdue", (int) overdue),
                             (int) overdue);
  set_text (row, "badge", badge);
}

GtkWidget *
kring_households_task_row_new (void)
{
  GtkWidget *row = row_new ("kring-task-row");

  gtk_label_set_wrap (part (row, "title"), TRUE);
  gtk_label_set_ellipsize (part (row, "title"), PANGO_ELLIPSIZE_NONE);
  row_add (row, "text", "subtitle", "dim-label", 0);
  row_add (row, "side", "due", NULL, 1);
  gtk_widget_set_halign (row_add (row, "side", "badge", "kring-overdue-badge", 0.5),
                         GTK_ALIGN_END);
  return row;
}

void
kring_households_task_row_set (GtkWidget *row, KringRecord *task)
{
  const char *due_on = kring_record_get_string (task, "due_on");
  g_autofree char *day = kring_households_format_day (due_on);
  g_autofree char *due = day != NULL ? g_strdup_printf (_("Due %s"), day)
                                     : g_strdup (_("No due date"));
  gboolean overdue = kring_record_get_int (task, "overdue", 0) != 0;
  const char *actor = kring_record_get_string (task, "actor_label");
  const char *parts[] = { kring_record_get_string (task, "household_label"), actor };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
  GtkWidget *due_label = GTK_WIDGET (part (row, "due"));

  set_text (row, "title", kring_record_get_string (task, "what"));
  set_text (row, "subtitle", subtitle);
  set_text (row, "due", due);
  gtk_widget_remove_css_class (due_label, "kring-overdue");
  if (overdue)
    gtk_widget_add_css_class (due_label, "kring-overdue");
  set_text (row, "badge", overdue ? _("Overdue") : NULL);
}

void
kring_households_fill_status_menu (GMenu *menu, const char *current, const char *action)
{
  g_menu_remove_all (menu);
  for (int status = 0; status < KRING_HOUSEHOLD_N_STATUSES; status++)
    {
      const char *name = kring_household_status_name (status);
      g_autoptr (GMenuItem) item = NULL;

      if (g_strcmp0 (name, current) == 0)
        continue;
      item = g_menu_item_new (kring_households_status_title (name), NULL);
      g_menu_item_set_action_and_target (item, action, "s", name);
      g_menu_append_item (menu, item);
    }
}
