/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "kring-csv-export.h"
#include "kring-directory-export.h"
#include "kring-vcard.h"
#include "kring-window.h"

/* What to write once the user has chosen a file. */
typedef struct
{
  GtkWidget            *widget;  /* weak: for the toast */
  KringStore           *store;
  KringDirectoryFilter *filter;  /* CSV: the list to write */
  char                 *table;   /* vCard: what to write */
  char                 *id;
  GFile                *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_weak_pointer (&job->widget);
  g_clear_object (&job->store);
  g_clear_pointer (&job->filter, kring_directory_filter_free);
  g_free (job->table);
  g_free (job->id);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static ExportJob *
export_job_new (GtkWidget *widget, KringStore *store)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  g_set_weak_pointer (&job->widget, widget);
  job->store = g_object_ref (store);
  return job;
}

static void
report (ExportJob *job, const GError *error)
{
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *message = NULL;
  GtkRoot *root = job->widget ? gtk_widget_get_root (job->widget) : NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    message = g_strdup_printf (_("Could not export: %s"), error->message);
  else
    message = g_strdup_printf (_("Exported to “%s”"), name);
  if (KRING_IS_WINDOW (root))
    kring_window_add_toast (KRING_WINDOW (root), message);
  else
    g_message ("%s", message);
}

/* CSV: the columns a spreadsheet user expects, in Dutch through gettext. */
static void
on_csv_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (ExportJob) job = user_data;
  g_autoptr (GError) error = NULL;

  kring_csv_export_finish (result, &error);
  report (job, error);
}

static void
on_csv_rows (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (ExportJob) job = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringDirectoryResult) rows = NULL;
  ExportJob *owned;
  const KringCsvColumn columns[] = {
    { "title", _("Name") },
    { "organization_name", _("Organisation") },
    { "description", _("Description") },
    { "lijn", _("Lijn") },
    { "toegang", _("Access") },
    { "life_domains", _("Life domains") },
    { "target_groups", _("Target groups") },
    { "sector", _("Sector") },
    { "minimum_age", _("Minimum age") },
    { "maximum_age", _("Maximum age") },
    { "verified_on", _("Checked on") },
    { "verified_by", _("Checked by") },
  };

  rows = kring_store_directory_query_finish (KRING_STORE (source), result, &error);
  if (rows == NULL)
    {
      report (job, error);
      return;
    }
  owned = g_steal_pointer (&job);
  kring_csv_export_async (rows->entries, columns, G_N_ELEMENTS (columns), owned->file, NULL,
                          on_csv_written, owned);
}

static void
on_vcard_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (ExportJob) job = user_data;
  g_autoptr (GError) error = NULL;

  kring_vcard_export_finish (KRING_STORE (source), result, &error);
  report (job, error);
}

static void
start_export (ExportJob *job)
{
  if (job->filter != NULL)
    kring_store_directory_query_async (job->store, job->filter, NULL, on_csv_rows, job);
  else
    kring_vcard_export_async (job->store, job->table, job->id, job->file, NULL,
                              on_vcard_written, job);
}

static void
on_file_chosen (GtkNativeDialog *chooser, int response, gpointer user_data)
{
  ExportJob *job = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      job->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      start_export (job);
    }
  else
    export_job_free (job);
  g_object_unref (chooser);
}

static void
choose_file (ExportJob *job, const char *title, const char *suggested_name)
{
  GtkRoot *root = gtk_widget_get_root (job->widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
dated_name (const char *stem, const char *extension)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", stem, date, extension);
}

static ExportJob *
csv_job_new (GtkWidget *widget, KringStore *store, const KringDirectoryFilter *filter)
{
  ExportJob *job = export_job_new (widget, store);

  job->filter = kring_directory_filter_copy (filter);
  /* The file holds every matching row, not only the ones on screen. */
  job->filter->limit = 0;
  return job;
}

static ExportJob *
vcard_job_new (GtkWidget *widget, KringStore *store, const char *table, const char *id)
{
  ExportJob *job = export_job_new (widget, store);

  job->table = g_strdup (table);
  job->id = g_strdup (id);
  return job;
}

void
kring_directory_export_csv_to_file (GtkWidget                  *widget,
                                    KringStore                 *store,
                                    const KringDirectoryFilter *filter,
                                    GFile                      *file)
{
  ExportJob *job;

  g_return_if_fail (GTK_IS_WIDGET (widget) && KRING_IS_STORE (store) && filter != NULL);
  g_return_if_fail (G_IS_FILE (file));

  job = csv_job_new (widget, store, filter);
  job->file = g_object_ref (file);
  start_export (job);
}

void
kring_directory_export_vcard_to_file (GtkWidget  *widget,
                                      KringStore *store,
                                      const char *table,
                                      const char *id,
                                      GFile      *file)
{
  ExportJob *job;

  g_return_if_fail (GTK_IS_WIDGET (widget) && KRING_IS_STORE (store));
  g_return_if_fail (table != NULL && id != NULL && G_IS_FILE (file));

  job = vcard_job_new (widget, store, table, id);
  job->file = g_object_ref (file);
  start_export (job);
}

void
kring_directory_export_csv (GtkWidget                  *widget,
                            KringStore                 *store,
                            const KringDirectoryFilter *filter)
{
  ExportJob *job;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget) && KRING_IS_STORE (store) && filter != NULL);

  job = csv_job_new (widget, store, filter);
  name = dated_name (_("social-map"), "csv");
  choose_file (job, _("Export List as CSV"), name);
}

void
kring_directory_export_vcard (GtkWidget  *widget,
                              KringStore *store,
                              const char *table,
                              const char *id)
{
  ExportJob *job;

  g_return_if_fail (GTK_IS_WIDGET (widget) && KRING_IS_STORE (store));
  g_return_if_fail (table != NULL && id != NULL);

  job = vcard_job_new (widget, store, table, id);
  choose_file (job, _("Export Contacts as vCard"), _("contacts.vcf"));
}
