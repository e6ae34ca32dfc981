/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-map-page-private.h"
#include "kring-map-render.h"

/* Space around the legend in its popover. */
#define LEGEND_PADDING 12

/* What an export or a printout draws: its own copy of the graph, laid out
 * afresh, so the map on screen may change meanwhile. */
typedef struct
{
  KringMapGraph  *graph;
  KringMapLayout *layout;
  char           *date;
  GFile          *file;
} Drawing;

static void
drawing_free (Drawing *drawing)
{
  g_clear_pointer (&drawing->layout, kring_map_layout_free);
  g_clear_pointer (&drawing->graph, kring_map_graph_free);
  g_clear_object (&drawing->file);
  g_free (drawing->date);
  g_free (drawing);
}

static Drawing *
drawing_new (KringMapPage *self)
{
  Drawing *drawing = g_new0 (Drawing, 1);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  drawing->graph = kring_map_graph_copy (kring_map_view_get_graph (self->view));
  drawing->date = g_date_time_format (now, "%e %B %Y");
  g_strstrip (drawing->date);
  return drawing;
}

static void
drawing_lay_out (Drawing *drawing)
{
  KringMapLayoutOptions options;

  kring_map_layout_options_init (&options);
  options.measure = kring_map_render_measure;
  if (drawing->layout == NULL)
    drawing->layout = kring_map_layout_compute (drawing->graph, &options);
}

/* Export */

static void
export_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Drawing *drawing = data;
  GError *error = NULL;

  drawing_lay_out (drawing);
  if (kring_map_export (drawing->layout, drawing->graph->title, drawing->date, drawing->file,
                        &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KringMapPage *self = KRING_MAP_PAGE (source);
  Drawing *drawing = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_file_get_basename (drawing->file);
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    title = g_strdup_printf (_("Map exported to “%s”"), name);
  else
    title = g_strdup_printf (_("Exporting the map did not work: %s"), error->message);
  kring_map_page_toast (self, adw_toast_new (title));
}

static void
start_export (KringMapPage *self, GFile *file)
{
  g_autoptr (GTask) task = g_task_new (self, NULL, on_exported, NULL);
  Drawing *drawing = drawing_new (self);

  drawing->file = g_object_ref (file);
  g_task_set_task_data (task, drawing, (GDestroyNotify) drawing_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_export_chosen (GtkNativeDialog *chooser, int response, KringMapPage *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->loaded)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    start_export (self, file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* "kringkaart-wijkteam-noord-2027-01-14.pdf" */
static char *
export_name (KringMapPage *self, const char *format)
{
  const KringMapGraph *graph = kring_map_view_get_graph (self->view);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *team = g_ascii_strdown (graph != NULL ? graph->title : "", -1);

  g_strcanon (team, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
  return g_strdup_printf ("kringkaart-%s-%s.%s", team, date, format);
}

void
kring_map_page_export (KringMapPage *self, const char *format)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", format);
  g_autofree char *upper = g_ascii_strup (format, -1);
  g_autofree char *filter_name = g_strdup_printf (_("%s image (%s)"), upper, pattern);
  g_autofree char *name = export_name (self, format);
  GtkFileChooserNative *chooser;

  if (!self->loaded)
    return;
  chooser = gtk_file_chooser_native_new (_("Export the Map"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Print */

static void
on_begin_print (GtkPrintOperation *operation, GtkPrintContext *context, Drawing *drawing)
{
  drawing_lay_out (drawing);
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page,
              Drawing *drawing)
{
  KringMapPalette palette;

  kring_map_palette_init_light (&palette);
  kring_map_render_page (gtk_print_context_get_cairo_context (context), drawing->layout,
                         &palette, drawing->graph->title, drawing->date,
                         gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context));
}

static void
on_print_done (GtkPrintOperation *operation, GtkPrintOperationResult result, KringMapPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  title = g_strdup_printf (_("Printing did not work: %s"),
                           error != NULL ? error->message : _("unknown error"));
  kring_map_page_toast (self, adw_toast_new (title));
}

/* A4 landscape by default; the dialog offers A3 and the rest. */
static GtkPageSetup *
landscape_a4 (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return setup;
}

void
kring_map_page_print (KringMapPage *self)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GtkPageSetup) setup = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  Drawing *drawing;

  if (!self->loaded)
    return;
  operation = gtk_print_operation_new ();
  setup = landscape_a4 ();
  drawing = drawing_new (self);
  g_object_set_data_full (G_OBJECT (operation), "kring-drawing", drawing,
                          (GDestroyNotify) drawing_free);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, drawing->graph->title);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), drawing);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), drawing);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL);
}

/* Legend */

static void
palette_for_style (KringMapPalette *palette)
{
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    kring_map_palette_init_dark (palette);
  else
    kring_map_palette_init_light (palette);
  palette->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

static void
draw_legend (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  KringMapPalette palette;
  double legend_width, legend_height;

  palette_for_style (&palette);
  cairo_move_to (cr, LEGEND_PADDING, LEGEND_PADDING);
  kring_map_render_legend (cr, &palette, FALSE, &legend_width, &legend_height);
}

void
kring_map_page_init_legend (KringMapPage *self)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  KringMapPalette palette;
  double width = 0, height = 0;

  /* Drawn once off screen to learn how much room it needs. */
  kring_map_palette_init_light (&palette);
  cairo_move_to (cr, 0, 0);
  kring_map_render_legend (cr, &palette, FALSE, &width, &height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  gtk_drawing_area_set_content_width (self->legend_area, (int) width + 2 * LEGEND_PADDING);
  gtk_drawing_area_set_content_height (self->legend_area, (int) height + 2 * LEGEND_PADDING);
  gtk_drawing_area_set_draw_func (self->legend_area, draw_legend, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->legend_area,
                           G_CONNECT_SWAPPED);
}
