/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>
#include "kring-analysis-cbs-dialog.h"
#include "kring-cbs.h"
#include "kring-report.h"
#include "kring-summary.h"

#define FIRST_YEAR 1990
#define LAST_YEAR 2100
#define NAMES_SHOWN 4

struct _KringAnalysisCbsDialog
{
  AdwWindow       parent_instance;

  KringStore     *store;
  GCancellable   *cancellable;
  GtkStack       *stack;
  AdwStatusPage  *error_page;
  GtkWidget      *import_button;
  GtkListBox     *summary;
  AdwEntryRow    *year_row;
  AdwEntryRow    *source_row;

  KringCbsTable  *table;
  GPtrArray      *records;       /* kept alive while the store imports them */
  char           *error;
  gboolean        source_edited; /* the user typed a source: keep it */
  gboolean        importing;
};

G_DEFINE_FINAL_TYPE (KringAnalysisCbsDialog, kring_analysis_cbs_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
kring_analysis_cbs_dialog_show (KringAnalysisCbsDialog *self, const char *state)
{
  gtk_stack_set_visible_child_name (self->stack, state);
}

static void
kring_analysis_cbs_dialog_fail (KringAnalysisCbsDialog *self, const char *title,
                                const GError *error)
{
  g_free (self->error);
  self->error = g_strdup (error->message);
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, error->message);
  kring_analysis_cbs_dialog_show (self, "error");
  gtk_widget_set_sensitive (self->import_button, FALSE);
}

/* The year the user typed, or 0 when it is not a plausible year. */
static int
kring_analysis_cbs_dialog_year (KringAnalysisCbsDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->year_row));
  char *end;
  gint64 year = g_ascii_strtoll (text, &end, 10);

  return *text != '\0' && *end == '\0' && year >= FIRST_YEAR && year <= LAST_YEAR ? year : 0;
}

static void
kring_analysis_cbs_dialog_update (KringAnalysisCbsDialog *self)
{
  int year = kring_analysis_cbs_dialog_year (self);

  if (year == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->year_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->year_row), "error");
  if (year != 0 && !self->source_edited)
    {
      g_autofree char *source = g_strdup_printf (_("CBS Kerncijfers wijken en buurten %d"), year);

      g_signal_handlers_block_matched (self->source_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                       self);
      gtk_editable_set_text (GTK_EDITABLE (self->source_row), source);
      g_signal_handlers_unblock_matched (self->source_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                         self);
    }
  gtk_widget_set_sensitive (self->import_button,
                            self->table != NULL && year != 0 && !self->importing);
}

static void
kring_analysis_cbs_dialog_on_source_changed (KringAnalysisCbsDialog *self)
{
  self->source_edited = TRUE;
}

/* "kwb-2023.csv" -> 2023; 0 when the name holds no year. */
static int
kring_analysis_cbs_guess_year (const char *name)
{
  g_autoptr (GRegex) regex = g_regex_new ("(?<![0-9])(19[9][0-9]|20[0-9][0-9])(?![0-9])", 0, 0,
                                          NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *year = NULL;

  if (!g_regex_match (regex, name, 0, &match))
    return 0;
  year = g_match_info_fetch (match, 1);
  return atoi (year);
}

/* --- the preview --- */

static void
kring_analysis_cbs_dialog_add_row (KringAnalysisCbsDialog *self, const char *title,
                                   const char *text)
{
  GtkWidget *row = kring_summary_row_new (title, text);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_append (self->summary, row);
}

/* "1 gemeente · 2 wijken · 14 buurten", leaving out kinds the file lacks. */
static char *
kring_analysis_cbs_kinds_text (const guint counts[3])
{
  g_autofree char *gemeenten = NULL, *wijken = NULL, *buurten = NULL;
  const char *parts[3];

  if (counts[KRING_CBS_GEMEENTE] > 0)
    gemeenten = g_strdup_printf (ngettext ("%u municipality", "%u municipalities",
                                           counts[KRING_CBS_GEMEENTE]), counts[KRING_CBS_GEMEENTE]);
  if (counts[KRING_CBS_WIJK] > 0)
    wijken = g_strdup_printf (ngettext ("%u wijk", "%u wijken", counts[KRING_CBS_WIJK]),
                              counts[KRING_CBS_WIJK]);
  if (counts[KRING_CBS_BUURT] > 0)
    buurten = g_strdup_printf (ngettext ("%u buurt", "%u buurten", counts[KRING_CBS_BUURT]),
                               counts[KRING_CBS_BUURT]);
  parts[0] = gemeenten;
  parts[1] = wijken;
  parts[2] = buurten;
  return kring_summary_join_parts (parts, 3);
}

static char *
kring_analysis_cbs_regions_text (const KringCbsTable *table)
{
  guint counts[3] = { 0, 0, 0 };
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autofree char *shown = NULL;
  g_autofree char *kinds = NULL;

  for (guint i = 0; i < table->regions->len; i++)
    {
      KringCbsRegion *region = g_ptr_array_index (table->regions, i);

      counts[region->kind]++;
      g_ptr_array_add (names, region->name != NULL ? region->name : region->code);
    }
  kinds = kring_analysis_cbs_kinds_text (counts);
  shown = kring_summary_join_names (names, NAMES_SHOWN);
  return g_strdup_printf ("%s: %s", kinds, shown);
}

static char *
kring_analysis_cbs_indicators_text (const KringCbsTable *table)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < table->numeric->len; i++)
    {
      const char *stem = g_ptr_array_index (table->numeric, i);
      const char *title = kring_report_indicator_title (stem);

      g_ptr_array_add (names, (gpointer) (title != NULL ? title : stem));
    }
  return kring_summary_join_names (names, 8);
}

static char *
kring_analysis_cbs_values_text (const KringCbsTable *table)
{
  guint values = 0, missing = 0;

  for (guint i = 0; i < table->regions->len; i++)
    {
      KringCbsRegion *region = g_ptr_array_index (table->regions, i);

      for (guint c = 0; c < table->numeric->len; c++)
        {
          values++;
          missing += isnan (region->values[c]);
        }
    }
  return g_strdup_printf (_("%u values, of which %u unknown (stored as unknown, not as 0)"),
                          values, missing);
}

static void
kring_analysis_cbs_dialog_preview (KringAnalysisCbsDialog *self, GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *regions = kring_analysis_cbs_regions_text (self->table);
  g_autofree char *indicators = kring_analysis_cbs_indicators_text (self->table);
  g_autofree char *values = kring_analysis_cbs_values_text (self->table);
  int year = kring_analysis_cbs_guess_year (name);

  kring_summary_clear (GTK_WIDGET (self->summary));
  kring_analysis_cbs_dialog_add_row (self, _("File"), name);
  kring_analysis_cbs_dialog_add_row (self, _("Areas"), regions);
  kring_analysis_cbs_dialog_add_row (self, _("Figures"), indicators);
  kring_analysis_cbs_dialog_add_row (self, _("Values"), values);
  if (self->table->text->len > 0)
    {
      g_autofree char *texts = g_strdup_printf (_("%u text columns, kept as notes"),
                                                self->table->text->len);

      kring_analysis_cbs_dialog_add_row (self, _("Other columns"), texts);
    }
  if (year != 0)
    {
      g_autofree char *text = g_strdup_printf ("%d", year);

      gtk_editable_set_text (GTK_EDITABLE (self->year_row), text);
    }
  kring_analysis_cbs_dialog_show (self, "preview");
  kring_analysis_cbs_dialog_update (self);
}

/* --- reading the file on a worker thread --- */

static void
kring_analysis_cbs_parse_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancel)
{
  GFile *file = data;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr (GError) error = NULL;
  gsize length;
  KringCbsTable *table;

  if (!g_file_load_contents (file, cancel, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  table = kring_cbs_parse (name, contents, length, &error);
  if (table == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, table, (GDestroyNotify) kring_cbs_table_free);
}

static void
kring_analysis_cbs_dialog_on_parsed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringAnalysisCbsDialog *self = KRING_ANALYSIS_CBS_DIALOG (source);
  g_autoptr (GError) error = NULL;
  KringCbsTable *table = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (table == NULL)
    {
      kring_analysis_cbs_dialog_fail (self, _("This File Cannot Be Imported"), error);
      return;
    }
  g_clear_pointer (&self->table, kring_cbs_table_free);
  self->table = table;
  kring_analysis_cbs_dialog_preview (self, g_task_get_task_data (G_TASK (result)));
}

void
kring_analysis_cbs_dialog_load_file (KringAnalysisCbsDialog *self, GFile *file)
{
  g_autoptr (GTask) task = g_task_new (self, self->cancellable, kring_analysis_cbs_dialog_on_parsed,
                                       NULL);

  g_return_if_fail (KRING_IS_ANALYSIS_CBS_DIALOG (self));

  g_clear_pointer (&self->table, kring_cbs_table_free);
  g_clear_pointer (&self->error, g_free);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  kring_analysis_cbs_dialog_show (self, "busy");
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, kring_analysis_cbs_parse_thread);
}

static void
kring_analysis_cbs_dialog_on_chosen (GtkNativeDialog *chooser, int response,
                                     KringAnalysisCbsDialog *self)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    kring_analysis_cbs_dialog_load_file (self, file);
  g_object_unref (chooser);
}

static void
kring_analysis_cbs_dialog_choose (KringAnalysisCbsDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a CBS File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (kring_analysis_cbs_dialog_on_chosen),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- storing --- */

static void
kring_analysis_cbs_dialog_on_stored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringAnalysisCbsDialog *self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_import_finish (KRING_STORE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->importing = FALSE;
          kring_analysis_cbs_dialog_fail (self, _("The Figures Could Not Be Stored"), error);
        }
      g_object_unref (self);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/* Turning a whole municipality's table into rows takes a while: on a
 * worker thread, so the dialog stays responsive. */
typedef struct
{
  KringCbsTable *table;
  int            year;
  char          *source;
  GListModel    *areas;
} Convert;

static void
convert_free (Convert *convert)
{
  kring_cbs_table_free (convert->table);
  g_free (convert->source);
  g_object_unref (convert->areas);
  g_free (convert);
}

static void
kring_analysis_cbs_convert_thread (GTask *task, gpointer source, gpointer data,
                                   GCancellable *cancel)
{
  Convert *convert = data;

  g_task_return_pointer (task, kring_cbs_to_records (convert->table, convert->year,
                                                     convert->source, convert->areas),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
kring_analysis_cbs_dialog_on_converted (GObject *source, GAsyncResult *result, gpointer data)
{
  KringAnalysisCbsDialog *self = KRING_ANALYSIS_CBS_DIALOG (source);
  GPtrArray *records = g_task_propagate_pointer (G_TASK (result), NULL);

  if (records == NULL)   /* cancelled: the dialog is closing */
    return;
  g_clear_pointer (&self->records, g_ptr_array_unref);
  self->records = records;
  /* One transaction: a cancelled or failed import stores nothing. */
  kring_store_import_async (self->store, self->records, self->cancellable, NULL, NULL,
                            kring_analysis_cbs_dialog_on_stored, g_object_ref (self));
}

static void
kring_analysis_cbs_dialog_on_areas (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringAnalysisCbsDialog *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) areas = kring_store_list_finish (KRING_STORE (source), result, &error);
  const char *source_text = gtk_editable_get_text (GTK_EDITABLE (self->source_row));
  g_autoptr (GTask) task = NULL;
  Convert *convert;

  if (areas == NULL)
    {
      self->importing = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        kring_analysis_cbs_dialog_fail (self, _("The Figures Could Not Be Stored"), error);
      g_object_unref (self);
      return;
    }
  convert = g_new0 (Convert, 1);
  /* The worker owns the table now: closing the dialog cannot free it under it. */
  convert->table = g_steal_pointer (&self->table);
  convert->year = kring_analysis_cbs_dialog_year (self);
  convert->source = *source_text != '\0' ? g_strdup (source_text) : NULL;
  convert->areas = g_object_ref (areas);
  task = g_task_new (self, self->cancellable, kring_analysis_cbs_dialog_on_converted, NULL);
  g_task_set_task_data (task, convert, (GDestroyNotify) convert_free);
  g_task_run_in_thread (task, kring_analysis_cbs_convert_thread);
  kring_analysis_cbs_dialog_show (self, "busy");
  g_object_unref (self);
}

gboolean
kring_analysis_cbs_dialog_import (KringAnalysisCbsDialog *self)
{
  g_return_val_if_fail (KRING_IS_ANALYSIS_CBS_DIALOG (self), FALSE);

  if (!gtk_widget_get_sensitive (self->import_button))
    return FALSE;
  self->importing = TRUE;
  kring_analysis_cbs_dialog_update (self);
  kring_store_list_async (self->store, "neighbourhoods", NULL, NULL, NULL, self->cancellable,
                          kring_analysis_cbs_dialog_on_areas, g_object_ref (self));
  return TRUE;
}

const char *
kring_analysis_cbs_dialog_get_state (KringAnalysisCbsDialog *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
kring_analysis_cbs_dialog_get_error (KringAnalysisCbsDialog *self)
{
  return self->error;
}

GtkEditable *
kring_analysis_cbs_dialog_get_year (KringAnalysisCbsDialog *self)
{
  return GTK_EDITABLE (self->year_row);
}


/* --- construction --- */

static void
kring_analysis_cbs_dialog_cancel (KringAnalysisCbsDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
kring_analysis_cbs_dialog_close_request (GtkWindow *window)
{
  KringAnalysisCbsDialog *self = KRING_ANALYSIS_CBS_DIALOG (window);

  /* Cancel reads and the import: a cancelled import stores nothing. */
  g_cancellable_cancel (self->cancellable);
  if (GTK_WINDOW_CLASS (kring_analysis_cbs_dialog_parent_class)->close_request != NULL)
    return GTK_WINDOW_CLASS (kring_analysis_cbs_dialog_parent_class)->close_request (window);
  return FALSE;
}

static GtkWidget *
kring_analysis_cbs_dialog_status (const char *icon, const char *title, const char *description,
                                  const char *button_label, KringAnalysisCbsDialog *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_label (button_label);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (kring_analysis_cbs_dialog_choose), self);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
  return page;
}

static GtkWidget *
kring_analysis_cbs_dialog_preview_page (KringAnalysisCbsDialog *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *found = adw_preferences_group_new ();
  GtkWidget *import = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (found), _("What the File Holds"));
  self->summary = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->summary, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (found), GTK_WIDGET (self->summary));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (import), _("Year and Source"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (import),
    _("CBS data is published under CC BY 4.0: the source is kept with every figure and named "
      "in reports."));
  self->year_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->year_row), _("Year of the figures"));
  self->source_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->source_row), _("Source"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (import), GTK_WIDGET (self->year_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (import), GTK_WIDGET (self->source_row));
  g_signal_connect_swapped (self->year_row, "changed",
                            G_CALLBACK (kring_analysis_cbs_dialog_update), self);
  g_signal_connect_swapped (self->source_row, "changed",
                            G_CALLBACK (kring_analysis_cbs_dialog_on_source_changed), self);
  gtk_box_append (GTK_BOX (box), found);
  gtk_box_append (GTK_BOX (box), import);
  g_object_set (box, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12,
                NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  return scroller;
}

static GtkWidget *
kring_analysis_cbs_dialog_header (KringAnalysisCbsDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_widget_set_sensitive (self->import_button, FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (kring_analysis_cbs_dialog_cancel), self);
  g_signal_connect_swapped (self->import_button, "clicked",
                            G_CALLBACK (kring_analysis_cbs_dialog_import), self);
  return header;
}

static void
kring_analysis_cbs_dialog_build (KringAnalysisCbsDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *spinner = gtk_spinner_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack,
                       kring_analysis_cbs_dialog_status ("x-office-spreadsheet-symbolic",
                         _("Choose a CBS File"),
                         _("Download the table “Kerncijfers wijken en buurten” of your "
                           "municipality from CBS StatLine as CSV, then choose it here."),
                         _("Choose File…"), self), "choose");
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_stack_add_named (self->stack, spinner, "busy");
  gtk_stack_add_named (self->stack, kring_analysis_cbs_dialog_preview_page (self), "preview");
  self->error_page = ADW_STATUS_PAGE (kring_analysis_cbs_dialog_status ("dialog-error-symbolic",
                                        "", "", _("Choose Another File…"), self));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
  gtk_box_append (GTK_BOX (box), kring_analysis_cbs_dialog_header (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
kring_analysis_cbs_dialog_dispose (GObject *object)
{
  KringAnalysisCbsDialog *self = KRING_ANALYSIS_CBS_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->table, kring_cbs_table_free);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->error, g_free);
  G_OBJECT_CLASS (kring_analysis_cbs_dialog_parent_class)->dispose (object);
}

static void
kring_analysis_cbs_dialog_class_init (KringAnalysisCbsDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kring_analysis_cbs_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = kring_analysis_cbs_dialog_close_request;
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kring_analysis_cbs_dialog_init (KringAnalysisCbsDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Import Neighbourhood Figures"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 600);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  kring_analysis_cbs_dialog_build (self);
}

KringAnalysisCbsDialog *
kring_analysis_cbs_dialog_new (GtkWindow *parent, KringStore *store)
{
  KringAnalysisCbsDialog *self = g_object_new (KRING_TYPE_ANALYSIS_CBS_DIALOG, NULL);

  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  self->store = g_object_ref (store);
  return self;
}
