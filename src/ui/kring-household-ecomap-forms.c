/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-ecomap-private.h"
#include "kring-map-compare.h"
#include "kring-form-dialog.h"
#include "kring-map-diff.h"
#include "kring-map-view.h"
#include "kring-summary.h"

/*
 * The ecogram's forms (a network person, a saved version) go through the
 * one KringFormDialog; the comparison of versions is a window of its own
 * because KringMapCompare reads a team's versions, not a household's.
 */

static const char *const ring_ids[] = { "close", "wider", "professional" };
static const char *const tie_ids[] = { "strong", "weak", "stressful" };
static const char *const direction_ids[] = { "to_household", "from_household", "mutual" };
static const char *const support_columns[] = {
  "support_emotional", "support_practical", "support_informational", "support_social",
};

static const char *
title_of (const char *value, const char *const *ids, const char *const *titles, guint n)
{
  for (guint i = 0; value != NULL && i < n; i++)
    if (g_str_equal (value, ids[i]))
      return titles[i];
  return "";
}

const char *
kring_ecomap_ring_title (const char *ring)
{
  const char *titles[] = { _("Close by"), _("Further away"), _("Professional") };

  return title_of (ring, ring_ids, titles, G_N_ELEMENTS (titles));
}

const char *
kring_ecomap_tie_title (const char *tie)
{
  const char *titles[] = { _("Strong"), _("Weak"), _("Stressful") };

  return title_of (tie, tie_ids, titles, G_N_ELEMENTS (titles));
}

const char *
kring_ecomap_direction_title (const char *direction)
{
  const char *titles[] = { _("To the household"), _("From the household"), _("Both ways") };

  return title_of (direction, direction_ids, titles, G_N_ELEMENTS (titles));
}

static const char *
support_title (guint i)
{
  const char *titles[] = { _("Emotional"), _("Practical"), _("Informational"), _("Social") };

  return titles[i];
}

char *
kring_ecomap_support_text (KringRecord *person)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (support_columns); i++)
    {
      g_autofree char *word = NULL;

      if (kring_record_get_int (person, support_columns[i], 0) == 0)
        continue;
      /* Only the first word capitalised: "Emotioneel, praktisch". */
      word = text->len > 0 ? g_utf8_strdown (support_title (i), -1) : g_strdup (support_title (i));
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", word);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* Person form */

typedef struct
{
  KringHouseholdContext *context;
  KringRecord           *person;   /* the row as it was, or NULL for a new one */
} PersonForm;

static void
person_form_free (gpointer data, GClosure *closure)
{
  PersonForm *form = data;

  kring_household_context_unref (form->context);
  g_clear_object (&form->person);
  g_free (form);
}

static void
on_person_save (KringFormDialog *dialog, PersonForm *form)
{
  g_autoptr (KringRecord) record = NULL;
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  if (form->person != NULL)
    record = kring_record_copy (form->person);
  else
    {
      g_autofree char *id = kring_uuid_new ();

      record = kring_record_new_with_id ("network_persons", id);
      kring_record_set_string (record, "household_id", form->context->household_id);
    }
  kring_form_dialog_fill_record (dialog, record);
  g_ptr_array_add (records, g_steal_pointer (&record));
  kring_household_context_save (form->context, records, NULL,
                                (KringHouseholdDone) kring_form_dialog_done, dialog);
}

static void
add_ring_tie_direction (KringFormDialog *dialog, KringRecord *person)
{
  const char *ring_labels[] = { _("Close by"), _("Further away"), _("Professional") };
  const char *tie_labels[] = { _("Strong"), _("Weak"), _("Stressful") };
  const char *direction_labels[] = { _("To the household"), _("From the household"),
                                     _("Both ways") };

  kring_form_dialog_add_choice (dialog, "ring", _("Ring"), ring_ids, ring_labels, 3,
                                person != NULL ? kring_record_get_string (person, "ring") : NULL,
                                NULL);
  kring_form_dialog_add_choice (dialog, "direction", _("Direction of support"), direction_ids,
                                direction_labels, 3,
                                person != NULL ? kring_record_get_string (person, "direction")
                                               : NULL,
                                _("Not filled in"));
  kring_form_dialog_add_choice (dialog, "tie", _("Tie"), tie_ids, tie_labels, 3,
                                person != NULL ? kring_record_get_string (person, "tie") : NULL,
                                NULL);
  kring_form_dialog_add_note (dialog, _("Stressful: contact that costs the household more "
                                        "than it gives."), FALSE);
}

/* The sociale kaart's contacts as "Jan de Vries, Humanitas". */
static void
add_contact_choice (KringFormDialog *dialog, KringHouseholdContext *context, KringRecord *person)
{
  guint n = g_list_model_get_n_items (context->contacts);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (context->contacts, i);

      g_ptr_array_add (ids, g_strdup (kring_record_get_id (contact)));
      g_ptr_array_add (labels, kring_household_context_row_name ("contacts", contact));
    }
  kring_form_dialog_add_choice (dialog, "contact_id", _("Contact in the sociale kaart"),
                                (const char *const *) ids->pdata,
                                (const char *const *) labels->pdata, n,
                                person != NULL ? kring_record_get_string (person, "contact_id")
                                               : NULL,
                                _("None"));
}

void
kring_ecomap_person_form (KringHouseholdContext *context, KringRecord *person)
{
  KringFormDialog *dialog;
  PersonForm *form = g_new0 (PersonForm, 1);

  dialog = kring_form_dialog_new (kring_household_context_window (context),
                                  person != NULL ? _("Edit Person") : _("Add Person"), NULL);
  form->context = kring_household_context_ref (context);
  form->person = person != NULL ? g_object_ref (person) : NULL;
  kring_form_dialog_add_text (dialog, "name", _("Name"),
                              person != NULL ? kring_record_get_string (person, "name") : NULL,
                              TRUE);
  kring_form_dialog_add_text (dialog, "relation", _("Relation (e.g. grandmother, neighbour)"),
                              person != NULL ? kring_record_get_string (person, "relation")
                                             : NULL, FALSE);
  add_ring_tie_direction (dialog, person);
  kring_form_dialog_add_group (dialog, _("Support"), _("What this person gives or gets"));
  for (guint i = 0; i < G_N_ELEMENTS (support_columns); i++)
    kring_form_dialog_add_switch (dialog, support_columns[i], support_title (i),
                                  person != NULL
                                  && kring_record_get_int (person, support_columns[i], 0) != 0);
  kring_form_dialog_add_group (dialog, NULL, NULL);
  add_contact_choice (dialog, context, person);
  kring_form_dialog_add_long_text (dialog, "notes", _("Notes"),
                                   person != NULL ? kring_record_get_string (person, "notes")
                                                  : NULL, FALSE);
  g_signal_connect_data (dialog, "save", G_CALLBACK (on_person_save), form,
                         person_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Versions */

KringRecord *
kring_ecomap_snapshot_new (KringHouseholdContext *context, const KringMapGraph *graph,
                           const char *title)
{
  g_autofree char *id = kring_uuid_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *data = kring_map_graph_to_json (graph);
  KringRecord *record = kring_record_new_with_id ("map_snapshots", id);

  kring_record_set_string (record, "kind", "household");
  kring_record_set_string (record, "household_id", context->household_id);
  kring_record_set_string (record, "team_id",
                           kring_record_get_string (context->household, "team_id"));
  kring_record_set_string (record, "taken_on", today);
  if (title != NULL && *title != '\0')
    kring_record_set_string (record, "title", title);
  else
    kring_record_set_null (record, "title");
  kring_record_set_string (record, "data", data);
  return record;
}

typedef struct
{
  KringHouseholdContext *context;
  KringMapGraph         *graph;
} VersionForm;

static void
version_form_free (gpointer data, GClosure *closure)
{
  VersionForm *form = data;

  kring_household_context_unref (form->context);
  kring_map_graph_free (form->graph);
  g_free (form);
}

static void
on_version_save (KringFormDialog *dialog, VersionForm *form)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, kring_ecomap_snapshot_new (form->context, form->graph,
                                                       kring_form_dialog_get (dialog, "title")));
  kring_household_context_save (form->context, records, NULL,
                                (KringHouseholdDone) kring_form_dialog_done, dialog);
}

void
kring_ecomap_version_form (KringHouseholdContext *context, const KringMapGraph *graph)
{
  KringFormDialog *dialog;
  VersionForm *form = g_new0 (VersionForm, 1);

  dialog = kring_form_dialog_new (kring_household_context_window (context), _("Save Version"),
                                  NULL);
  form->context = kring_household_context_ref (context);
  form->graph = kring_map_graph_copy (graph);
  kring_form_dialog_add_text (dialog, "title", _("Title (optional)"), NULL, FALSE);
  kring_form_dialog_add_note (dialog, _("The ecogram is kept as it is today, so you can later "
                                        "see what changed."), FALSE);
  g_signal_connect_data (dialog, "save", G_CALLBACK (on_version_save), form,
                         version_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Comparing versions: item 0 of both drop-downs is the ecogram now, item i
 * the i-th saved version, newest first. */

typedef struct
{
  GPtrArray    *graphs;    /* KringMapGraph * (NULL where a version cannot be read) */
  GtkDropDown  *before;
  GtkDropDown  *after;
  KringMapView *view;
  GtkListBox   *list;
  GtkLabel     *count;
  GPtrArray    *changes;
} Versions;

static void
versions_free (Versions *versions)
{
  g_ptr_array_unref (versions->graphs);
  g_clear_pointer (&versions->changes, g_ptr_array_unref);
  g_free (versions);
}

static int
newest_first (gconstpointer a, gconstpointer b)
{
  KringRecord *ra = *(KringRecord **) a, *rb = *(KringRecord **) b;
  int by_day = g_strcmp0 (kring_record_get_string (rb, "taken_on"),
                          kring_record_get_string (ra, "taken_on"));

  return by_day != 0 ? by_day : g_strcmp0 (kring_record_get_string (rb, "created_at"),
                                           kring_record_get_string (ra, "created_at"));
}

/* "Na het huisbezoek · 14 januari 2027", or the day alone. */
static char *
version_label (KringRecord *version)
{
  const char *title = kring_record_get_string (version, "title");
  g_autofree char *day = kring_summary_format_date (kring_record_get_string (version,
                                                                             "taken_on"));

  if (title != NULL && *title != '\0')
    return g_strdup_printf ("%s · %s", title, day != NULL ? day : "");
  return g_strdup (day != NULL ? day : "");
}

static GtkStringList *
versions_read (Versions *versions, KringHouseholdContext *context, const KringMapGraph *current)
{
  GListModel *rows = kring_household_context_rows (context, "map_snapshots");
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (rows, i));
  g_ptr_array_sort (sorted, newest_first);
  gtk_string_list_append (labels, _("Now"));
  g_ptr_array_add (versions->graphs, kring_map_graph_copy (current));
  for (guint i = 0; i < sorted->len; i++)
    {
      KringRecord *version = g_ptr_array_index (sorted, i);
      g_autofree char *label = version_label (version);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (versions->graphs,
                       kring_map_graph_from_json (kring_record_get_string (version, "data"),
                                                  NULL));
    }
  return labels;
}

static void
versions_show_changes (Versions *versions)
{
  kring_map_compare_fill_changes (versions->list, versions->count, versions->changes);
}

static void
versions_compare (Versions *versions)
{
  KringMapGraph *before = g_ptr_array_index (versions->graphs,
                                             gtk_drop_down_get_selected (versions->before));
  KringMapGraph *after = g_ptr_array_index (versions->graphs,
                                            gtk_drop_down_get_selected (versions->after));
  g_autoptr (GHashTable) marked = g_hash_table_new (g_str_hash, g_str_equal);

  if (before == NULL || after == NULL)
    {
      kring_summary_clear (GTK_WIDGET (versions->list));
      gtk_label_set_text (versions->count, _("This version cannot be read."));
      return;
    }
  g_clear_pointer (&versions->changes, g_ptr_array_unref);
  versions->changes = kring_map_diff (before, after);
  for (guint i = 0; i < versions->changes->len; i++)
    g_hash_table_add (marked, ((KringMapChange *) g_ptr_array_index (versions->changes, i))->id);
  kring_map_view_set_graph (versions->view, after, FALSE);
  kring_map_view_set_marked (versions->view, marked);
  versions_show_changes (versions);
}

static void
on_version_selected (GtkDropDown *dropdown, GParamSpec *pspec, Versions *versions)
{
  versions_compare (versions);
}

static GtkWidget *
versions_dropdown (Versions *versions, GtkStringList *labels, guint selected,
                   const char *title, GtkBox *box)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);
  gtk_box_append (box, dropdown);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_version_selected), versions);
  return dropdown;
}

static GtkWidget *
versions_side (Versions *versions)
{
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  versions->count = GTK_LABEL (gtk_label_new (NULL));
  versions->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_label_set_xalign (versions->count, 0);
  gtk_widget_add_css_class (GTK_WIDGET (versions->count), "heading");
  gtk_list_box_set_selection_mode (versions->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (versions->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (versions->list), GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (versions->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_size_request (side, 320, -1);
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (versions->count));
  gtk_box_append (GTK_BOX (side), scroller);
  return side;
}

static GtkWidget *
versions_content (Versions *versions, GtkStringList *labels)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *pickers = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  g_object_set (content, "margin-start", 12, "margin-end", 12, "margin-top", 12,
                "margin-bottom", 12, NULL);
  versions->before = GTK_DROP_DOWN (versions_dropdown (versions, labels, 1, _("From"),
                                                       GTK_BOX (pickers)));
  versions->after = GTK_DROP_DOWN (versions_dropdown (versions, labels, 0, _("To"),
                                                      GTK_BOX (pickers)));
  versions->view = KRING_MAP_VIEW (kring_map_view_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (versions->view), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (versions->view), TRUE);
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (versions->view));
  gtk_box_append (GTK_BOX (body), versions_side (versions));
  gtk_box_append (GTK_BOX (content), pickers);
  gtk_box_append (GTK_BOX (content), body);
  return content;
}

static GtkWidget *
versions_empty (void)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "document-open-recent-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Versions Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("With “Save Version” you keep the ecogram as it is "
                                     "today. Later you see here what changed."));
  gtk_widget_set_vexpand (page, TRUE);
  return page;
}

static void
add_escape (GtkWidget *window)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *escape = gtk_keyval_trigger_new (GDK_KEY_Escape, 0);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (escape,
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);
}

GtkWindow *
kring_ecomap_versions_show (KringHouseholdContext *context, const KringMapGraph *current)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  Versions *versions = g_new0 (Versions, 1);
  g_autoptr (GtkStringList) labels = NULL;

  versions->graphs = g_ptr_array_new_with_free_func ((GDestroyNotify) kring_map_graph_free);
  labels = versions_read (versions, context, current);
  g_object_set_data_full (G_OBJECT (window), "kring-versions", versions,
                          (GDestroyNotify) versions_free);
  gtk_window_set_title (GTK_WINDOW (window), _("Versions of the Ecogram"));
  gtk_window_set_transient_for (GTK_WINDOW (window), kring_household_context_window (context));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 680);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  if (versions->graphs->len > 1)
    {
      gtk_box_append (GTK_BOX (box), versions_content (versions, labels));
      versions_compare (versions);
    }
  else
    gtk_box_append (GTK_BOX (box), versions_empty ());
  adw_window_set_content (ADW_WINDOW (window), box);
  add_escape (window);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

GPtrArray *
kring_ecomap_versions_get_changes (GtkWindow *window)
{
  Versions *versions = g_object_get_data (G_OBJECT (window), "kring-versions");

  return versions != NULL ? versions->changes : NULL;
}
