/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <string.h>

#include "kring-map-render.h"

/*
 * The page is drawn into memory first and written in one go through a
 * temporary file beside the target, so a failed export never leaves half a
 * file, nor replaces a good one.
 */

/* A4 landscape in points; PNG at 300 dpi. */
#define PAGE_WIDTH 842.0
#define PAGE_HEIGHT 595.0
#define PNG_WIDTH 2480
#define PNG_HEIGHT 1754

/* Exports may hold the names of people and partners: only the user reads
 * them until they decide to share the file. */
#define EXPORT_FILE_MODE 0600

typedef enum { FORMAT_NONE, FORMAT_PNG, FORMAT_SVG, FORMAT_PDF } ExportFormat;

static ExportFormat
format_of (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  if (lower == NULL)
    return FORMAT_NONE;
  if (g_str_has_suffix (lower, ".png"))
    return FORMAT_PNG;
  if (g_str_has_suffix (lower, ".svg"))
    return FORMAT_SVG;
  if (g_str_has_suffix (lower, ".pdf"))
    return FORMAT_PDF;
  return FORMAT_NONE;
}

static void
set_export_error (GError    **error,
                  GFile      *file,
                  int         code,
                  const char *reason)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, G_IO_ERROR, code, _("Cannot export the map to “%s”: %s"), name, reason);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
draw_page (cairo_surface_t      *surface,
           const KringMapLayout *layout,
           const char           *title,
           const char           *date,
           double                scale)
{
  KringMapPalette palette;
  cairo_t *cr = cairo_create (surface);

  kring_map_palette_init_light (&palette);
  cairo_scale (cr, scale, scale);
  kring_map_render_page (cr, layout, &palette, title, date, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_destroy (cr);
}

static cairo_surface_t *
create_surface (ExportFormat format,
                GByteArray  *bytes)
{
  cairo_surface_t *surface;

  switch (format)
    {
    case FORMAT_PNG:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, PNG_WIDTH, PNG_HEIGHT);
    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      return surface;
    case FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kringkaart");
      return surface;
    case FORMAT_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* Draws the page in @format; returns the file's bytes or NULL with the
 * cairo status that stopped it. */
static GByteArray *
render_to_bytes (ExportFormat          format,
                 const KringMapLayout *layout,
                 const char           *title,
                 const char           *date,
                 cairo_status_t       *status)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = create_surface (format, bytes);
  double scale = format == FORMAT_PNG ? PNG_WIDTH / PAGE_WIDTH : 1.0;

  *status = cairo_surface_status (surface);
  if (*status == CAIRO_STATUS_SUCCESS)
    {
      draw_page (surface, layout, title, date, scale);
      if (format == FORMAT_PNG)
        *status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
      cairo_surface_finish (surface);
      if (*status == CAIRO_STATUS_SUCCESS)
        *status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  return *status == CAIRO_STATUS_SUCCESS ? g_steal_pointer (&bytes) : NULL;
}

static gboolean
write_file (GFile       *file,
            GByteArray  *bytes,
            GError     **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *path = g_file_get_path (file);
  gboolean ok;

  /* CONSISTENT: a temporary file beside the target, fsync, then rename. */
  if (path != NULL)
    ok = g_file_set_contents_full (path, (const char *) bytes->data, (gssize) bytes->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, EXPORT_FILE_MODE,
                                   &local_error);
  else
    ok = g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE, NULL, NULL, &local_error);
  if (!ok)
    set_export_error (error, file,
                      local_error->domain == G_FILE_ERROR
                        ? (int) g_io_error_from_file_error (local_error->code)
                        : G_IO_ERROR_FAILED,
                      local_error->message);
  return ok;
}

gboolean
kring_map_export (const KringMapLayout  *layout,
                  const char            *title,
                  const char            *date,
                  GFile                 *file,
                  GError               **error)
{
  ExportFormat format;
  cairo_status_t status;
  g_autoptr (GByteArray) bytes = NULL;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  format = format_of (file);
  if (format == FORMAT_NONE)
    {
      set_export_error (error, file, G_IO_ERROR_INVALID_ARGUMENT,
                        _("the name must end in .png, .svg or .pdf"));
      return FALSE;
    }
  bytes = render_to_bytes (format, layout, title, date, &status);
  if (bytes == NULL)
    {
      set_export_error (error, file, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return write_file (file, bytes, error);
}
