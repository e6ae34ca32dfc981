/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-analysis-page-private.h"

/*
 * "Rapport maken…" and "Tabellen exporteren…". The PDF is written from a
 * report of its own, read again for it, on a worker thread: the page may
 * reload (and free its report) while the PDF is still being drawn.
 */

typedef struct
{
  KringAnalysisPage *page;   /* owned */
  GFile             *file;   /* owned */
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_object_unref (job->page);
  g_object_unref (job->file);
  g_free (job);
}

static void
kring_analysis_on_open (AdwToast *toast, GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *page = g_object_get_data (G_OBJECT (toast), "page");

  gtk_show_uri (page != NULL ? GTK_WINDOW (gtk_widget_get_root (page)) : NULL, uri,
                GDK_CURRENT_TIME);
}

static void
kring_analysis_toast_written (KringAnalysisPage *self, GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = g_strdup_printf (_("Report saved as %s"), name);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("Open"));
  g_object_set_data (G_OBJECT (toast), "page", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (kring_analysis_on_open),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (self->overlay, toast);
  g_free (self->last_message);
  self->last_message = g_strdup (text);
}

static void
kring_analysis_write_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancel)
{
  KringReport *report = data;
  ReportJob *job = g_object_get_data (G_OBJECT (task), "job");
  g_autoptr (GError) error = NULL;

  if (kring_report_pdf_write (report, job->file, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
kring_analysis_on_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ReportJob *job = user_data;
  g_autoptr (GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    kring_analysis_toast_written (job->page, job->file);
  else
    kring_analysis_page_toast_error (job->page, _("The report could not be made"), error);
  report_job_free (job);
}

static void
kring_analysis_on_report_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ReportJob *job = user_data;
  g_autoptr (GError) error = NULL;
  KringReport *report = kring_report_load_finish (result, &error);
  g_autoptr (GTask) task = NULL;

  if (report == NULL)
    {
      kring_analysis_page_toast_error (job->page, _("The report could not be made"), error);
      report_job_free (job);
      return;
    }
  task = g_task_new (NULL, NULL, kring_analysis_on_written, job);
  g_task_set_task_data (task, report, (GDestroyNotify) kring_report_free);
  g_object_set_data (G_OBJECT (task), "job", job);
  g_task_run_in_thread (task, kring_analysis_write_thread);
}

void
kring_analysis_write_report_to (KringAnalysisPage *self, GFile *file)
{
  ReportJob *job;

  if (self->store == NULL)
    return;
  job = g_new0 (ReportJob, 1);
  job->page = g_object_ref (self);
  job->file = g_object_ref (file);
  kring_analysis_page_toast (self, _("Making the report…"));
  kring_report_load_async (self->store, self->team_id, self->months, NULL,
                           kring_analysis_on_report_read, job);
}

static void
kring_analysis_on_pdf_chosen (GtkNativeDialog *chooser, int response, KringAnalysisPage *self)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    kring_analysis_write_report_to (self, file);
  g_object_unref (chooser);
}

static char *
kring_analysis_file_name (KringAnalysisPage *self, const char *suffix)
{
  g_autofree char *name = g_strdup_printf ("wijkanalyse-%s%s", self->report->team_name, suffix);

  return g_strdelimit (g_utf8_strdown (name, -1), " /\\:", '-');
}

void
kring_analysis_write_report (KringAnalysisPage *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;
  name = kring_analysis_file_name (self, ".pdf");
  chooser = gtk_file_chooser_native_new (_("Make Report"), kring_analysis_page_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (kring_analysis_on_pdf_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- tables --- */

void
kring_analysis_export_csv_to (KringAnalysisPage *self, GFile *folder)
{
  g_autofree char *name = g_file_get_basename (folder);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  if (self->report == NULL)
    return;
  /* A handful of small files: written here, at once. */
  if (!kring_report_csv_write (self->report, folder, &error))
    {
      kring_analysis_page_toast_error (self, _("The tables could not be exported"), error);
      return;
    }
  text = g_strdup_printf (_("Tables exported to %s"), name);
  kring_analysis_page_toast (self, text);
}

static void
kring_analysis_on_folder_chosen (GtkNativeDialog *chooser, int response, KringAnalysisPage *self)
{
  g_autoptr (GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && folder != NULL)
    kring_analysis_export_csv_to (self, folder);
  g_object_unref (chooser);
}

void
kring_analysis_export_csv (KringAnalysisPage *self)
{
  GtkFileChooserNative *chooser;

  if (self->report == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Tables"), kring_analysis_page_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (kring_analysis_on_folder_chosen), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
