/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>
#include "kring-analysis-page-private.h"
#include "kring-cbs.h"
#include "kring-form-dialog.h"

/*
 * What the Wijkanalyse page's buttons do: correct or add a neighbourhood
 * figure, write a note under a chart, make the PDF report and export the
 * tables. Every form is a KringFormDialog; every outcome is told (toast
 * or the form's own message).
 */

#define FIRST_YEAR 1990
#define LAST_YEAR 2100

/* "4,5", "4.5", "1200": the value; FALSE for anything else. */
static gboolean
kring_analysis_parse_decimal (const char *text, double *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end;

  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  return *copy != '\0' && *end == '\0' && isfinite (*value);
}

static char *
kring_analysis_check_value (KringFormDialog *dialog, gpointer user_data)
{
  const char *text = kring_form_dialog_get (dialog, "_value");
  double value;

  if (text == NULL || kring_analysis_parse_decimal (text, &value))
    return NULL;
  return g_strdup (_("The value is not a number. Type for example 4210 or 9,4; leave it empty "
                     "when it is unknown."));
}

static KringRecord *
kring_analysis_find_figure (KringAnalysisPage *self, const char *area_id, gint64 year,
                            const char *indicator)
{
  GListModel *figures = self->report->figures;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (figures, i);

      if (g_strcmp0 (kring_record_get_string (figure, "neighbourhood_id"), area_id) == 0
          && kring_record_get_int (figure, "year", 0) == year
          && g_strcmp0 (kring_record_get_string (figure, "indicator"), indicator) == 0)
        return g_steal_pointer (&figure);
    }
  return NULL;
}

typedef struct
{
  KringAnalysisPage *page;     /* owned */
  KringFormDialog   *dialog;   /* owned */
  char              *chart;
} FormSave;

static void
form_save_free (FormSave *save)
{
  g_object_unref (save->page);
  g_object_unref (save->dialog);
  g_free (save->chart);
  g_free (save);
}

static FormSave *
form_save_new (KringAnalysisPage *self, KringFormDialog *dialog)
{
  FormSave *save = g_new0 (FormSave, 1);

  save->page = g_object_ref (self);
  save->dialog = g_object_ref (dialog);
  return save;
}

static void
kring_analysis_on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  FormSave *save = user_data;
  g_autoptr (GError) error = NULL;

  kring_store_save_finish (KRING_STORE (source), result, &error);
  kring_form_dialog_done (save->dialog, error);
  if (error == NULL)
    kring_analysis_page_reload (save->page);
  form_save_free (save);
}

static void
kring_analysis_save_record (KringAnalysisPage *self, KringFormDialog *dialog, KringRecord *record,
                            FormSave *save)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, g_object_ref (record));
  kring_store_save_async (self->store, records, NULL, kring_analysis_on_saved,
                          save != NULL ? save : form_save_new (self, dialog));
}

/* After a lock (or a reload that failed) there is nothing to save into:
 * say so in the form instead of losing the input silently. */
static gboolean
kring_analysis_form_can_save (KringAnalysisPage *self, KringFormDialog *dialog)
{
  g_autoptr (GError) error = NULL;

  if (self->store != NULL && self->report != NULL)
    return TRUE;
  error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CLOSED,
                               _("The wijkanalyse is not open any more; nothing was saved."));
  kring_form_dialog_done (dialog, error);
  return FALSE;
}

/* --- figures --- */

static void
kring_analysis_on_figure_save (KringFormDialog *dialog, KringAnalysisPage *self)
{
  const char *area_id = kring_form_dialog_get (dialog, "neighbourhood_id");
  gint64 year = g_ascii_strtoll (kring_form_dialog_get (dialog, "year"), NULL, 10);
  g_autofree char *indicator = g_strstrip (g_strdup (kring_form_dialog_get (dialog,
                                                                             "indicator")));
  g_autoptr (KringRecord) stored = NULL;
  g_autofree char *id = NULL;
  g_autoptr (KringRecord) figure = NULL;
  const char *text = kring_form_dialog_get (dialog, "_value");
  double value;

  if (!kring_analysis_form_can_save (self, dialog))
    return;
  /* UNIQUE (neighbourhood_id, year, indicator): an existing row is updated. */
  stored = kring_analysis_find_figure (self, area_id, year, indicator);
  id = stored != NULL ? g_strdup (kring_record_get_id (stored))
                      : kring_cbs_figure_id (area_id, (int) year, indicator);
  figure = kring_record_new_with_id ("neighbourhood_figures", id);

  kring_form_dialog_fill_record (dialog, figure);
  kring_record_set_string (figure, "indicator", indicator);
  /* An empty value is an unknown figure (NULL), never zero. */
  if (text != NULL && kring_analysis_parse_decimal (text, &value))
    kring_record_set_double (figure, "value", value);
  else
    kring_record_set_null (figure, "value");
  kring_analysis_save_record (self, dialog, figure, NULL);
}

/* Every stored area, not only those with figures: a figure may be the
 * first of its area. */
static void
kring_analysis_figure_areas (GListModel *areas, GPtrArray *ids, GPtrArray *labels)
{
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (areas, i);

      g_ptr_array_add (ids, g_strdup (kring_record_get_id (area)));
      g_ptr_array_add (labels, g_strdup (kring_record_get_string (area, "name")));
    }
}

static char *
kring_analysis_value_text (KringRecord *figure)
{
  double value = figure != NULL ? kring_record_get_double (figure, "value", NAN) : NAN;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return NULL;
  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
  /* Shown the Dutch way, with a decimal comma. */
  return g_strdelimit (g_strdup (buffer), ".", ',');
}

static const char *
kring_analysis_default_source (KringAnalysisPage *self)
{
  return self->report->sources->len > 0 ? g_ptr_array_index (self->report->sources, 0) : NULL;
}

static void
kring_analysis_figure_form (KringAnalysisPage *self, GListModel *areas, KringRecord *figure,
                            const char *area_id, gint64 year, const char *indicator)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *value = kring_analysis_value_text (figure);
  const char *source = figure != NULL ? kring_record_get_string (figure, "source") : NULL;
  KringFormDialog *dialog;

  kring_analysis_figure_areas (areas, ids, labels);
  dialog = kring_form_dialog_new (kring_analysis_page_window (self),
                                  figure != NULL ? _("Correct Figure") : _("Add Figure"), NULL);
  kring_form_dialog_add_choice (dialog, "neighbourhood_id", _("Area"),
                                (const char *const *) ids->pdata,
                                (const char *const *) labels->pdata, ids->len, area_id, NULL);
  kring_form_dialog_add_number (dialog, "year", _("Year"), year, FIRST_YEAR, LAST_YEAR, TRUE);
  kring_form_dialog_add_text (dialog, "indicator", _("Indicator (CBS name)"), indicator, TRUE);
  if (indicator != NULL && kring_report_indicator_title (indicator) != NULL)
    kring_form_dialog_add_note (dialog, kring_report_indicator_title (indicator), FALSE);
  kring_form_dialog_add_text (dialog, "_value", _("Value"), value, FALSE);
  kring_form_dialog_add_note (dialog, _("A decimal number such as 9,4. Leave it empty when the "
                                        "figure is unknown."), FALSE);
  kring_form_dialog_add_text (dialog, "source", _("Source"),
                              source != NULL ? source : kring_analysis_default_source (self), FALSE);
  kring_form_dialog_set_check (dialog, kring_analysis_check_value, NULL);
  g_signal_connect_object (dialog, "save", G_CALLBACK (kring_analysis_on_figure_save), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  KringAnalysisPage *page;   /* owned */
  char              *target;
} FigureOpen;

static void
kring_analysis_on_areas (GObject *source, GAsyncResult *result, gpointer user_data)
{
  FigureOpen *open = user_data;
  KringAnalysisPage *self = open->page;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) areas = kring_store_list_finish (KRING_STORE (source), result, &error);
  g_auto (GStrv) parts = g_strsplit (open->target, "\t", 3);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (KringRecord) figure = NULL;

  g_free (open->target);
  g_free (open);
  if (areas == NULL)
    kring_analysis_page_toast_error (self, _("The areas could not be read"), error);
  else if (self->report == NULL)
    ;  /* locked or reloading meanwhile: no form for data that is gone */
  else if (g_list_model_get_n_items (areas) == 0)
    kring_analysis_page_toast (self, _("There are no areas yet: import neighbourhood figures "
                                       "from CBS first"));
  else if (g_strv_length (parts) < 3)
    kring_analysis_figure_form (self, areas, NULL, NULL, g_date_time_get_year (now) - 1, NULL);
  else
    {
      gint64 year = g_ascii_strtoll (parts[1], NULL, 10);

      figure = kring_analysis_find_figure (self, parts[0], year, parts[2]);
      kring_analysis_figure_form (self, areas, figure, parts[0], year, parts[2]);
    }
  g_object_unref (self);
}

void
kring_analysis_edit_figure (KringAnalysisPage *self, const char *target)
{
  FigureOpen *open;

  if (self->report == NULL || self->store == NULL)
    return;
  open = g_new0 (FigureOpen, 1);
  open->page = g_object_ref (self);
  open->target = g_strdup (target);
  kring_store_list_async (self->store, "neighbourhoods", NULL, NULL, "name", NULL,
                          kring_analysis_on_areas, open);
}

/* --- notes --- */

static void
kring_analysis_on_notes_listed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  FormSave *save = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) notes = kring_store_list_finish (KRING_STORE (source), result, &error);
  g_autoptr (KringRecord) note = NULL;

  if (notes == NULL)
    {
      kring_form_dialog_done (save->dialog, error);
      form_save_free (save);
      return;
    }
  /* One note per team and chart: a second save updates the row. */
  for (guint i = 0; i < g_list_model_get_n_items (notes) && note == NULL; i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (notes, i);

      if (g_strcmp0 (kring_record_get_string (row, "chart"), save->chart) == 0)
        note = kring_record_copy (row);
    }
  if (note == NULL)
    note = kring_record_new ("analysis_notes");
  if (!kring_analysis_form_can_save (save->page, save->dialog))
    {
      form_save_free (save);
      return;
    }
  kring_record_set_string (note, "team_id", g_object_get_data (G_OBJECT (save->dialog), "team-id"));
  kring_record_set_string (note, "chart", save->chart);
  kring_form_dialog_fill_record (save->dialog, note);
  kring_analysis_save_record (save->page, save->dialog, note, save);
}

static void
kring_analysis_on_note_save (KringFormDialog *dialog, KringAnalysisPage *self)
{
  FormSave *save;

  if (!kring_analysis_form_can_save (self, dialog))
    return;
  save = form_save_new (self, dialog);
  save->chart = g_strdup (g_object_get_data (G_OBJECT (dialog), "chart"));
  kring_store_list_async (self->store, "analysis_notes", "team_id",
                          g_object_get_data (G_OBJECT (dialog), "team-id"), NULL,
                          NULL, kring_analysis_on_notes_listed, save);
}

void
kring_analysis_edit_note (KringAnalysisPage *self, const char *chart)
{
  KringFormDialog *dialog;

  if (self->report == NULL || self->store == NULL)
    return;
  dialog = kring_form_dialog_new (kring_analysis_page_window (self), _("Note"), NULL);
  g_object_set_data_full (G_OBJECT (dialog), "chart", g_strdup (chart), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "team-id", g_strdup (self->report->team_id), g_free);
  kring_form_dialog_add_long_text (dialog, "note", _("Note"),
                                   g_hash_table_lookup (self->report->notes, chart), FALSE);
  kring_form_dialog_add_note (dialog, _("What the figures mean, the story behind them. Shown "
                                        "under the chart and printed in the report. Never write "
                                        "about a household here."), FALSE);
  g_signal_connect_object (dialog, "save", G_CALLBACK (kring_analysis_on_note_save), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
