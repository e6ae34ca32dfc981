/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "kring-demo.h"
#include "kring-io-write.h"
#include "kring-map-render.h"
#include "kring-plan-pdf-private.h"

/*
 * How the letter looks: A4 portrait, wide margins, one calm accent colour,
 * generous line spacing. Every block is laid out once with Pango and given
 * a page before anything is drawn, so the footer knows how many pages
 * there are ("Pagina 1 van 3"). A block never splits over two pages; a
 * heading never ends a page.
 */

#define PAGE_WIDTH 595.0
#define PAGE_HEIGHT 842.0
#define MARGIN_X 64.0
#define MARGIN_TOP 64.0
#define MARGIN_BOTTOM 80.0
#define BODY_WIDTH (PAGE_WIDTH - 2 * MARGIN_X)
#define FONT_FAMILY "Cantarell, DejaVu Sans, sans-serif"
#define LEGEND_GAP 16.0

typedef struct
{
  double      size;          /* points */
  double      indent;
  double      space_before;
  gboolean    keep_with_next;
  gboolean    accent;
} BlockStyle;

static const BlockStyle block_styles[] = {
  [PLAN_BLOCK_TITLE] = { 26.0, 0, 0, TRUE, TRUE },
  [PLAN_BLOCK_SUBTITLE] = { 12.0, 0, 6, TRUE, FALSE },
  [PLAN_BLOCK_HEADING] = { 15.0, 0, 30, TRUE, TRUE },
  [PLAN_BLOCK_TEXT] = { 11.0, 0, 10, FALSE, FALSE },
  [PLAN_BLOCK_MEMBER] = { 11.0, 0, 9, FALSE, FALSE },
  [PLAN_BLOCK_GOAL] = { 11.5, 0, 16, TRUE, FALSE },
  [PLAN_BLOCK_ACTION] = { 10.5, 24, 7, FALSE, FALSE },
  [PLAN_BLOCK_ECOMAP] = { 0, 0, 14, FALSE, FALSE },
};

static const double ink[] = { 0.13, 0.13, 0.15 };
static const double accent[] = { 0.12, 0.33, 0.40 };
static const double rule[] = { 0.80, 0.83, 0.85 };
static const double dim[] = { 0.38, 0.38, 0.42 };

typedef struct
{
  const PlanBlock *block;
  PangoLayout     *layout;   /* NULL for the ecomap */
  double           height;
  guint            page;
  double           y;
} Placed;

static void
placed_clear (Placed *placed)
{
  g_clear_object (&placed->layout);
}

static PangoLayout *
block_layout (cairo_t         *cr,
              const PlanBlock *block)
{
  const BlockStyle *style = &block_styles[block->kind];
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, style->size * PANGO_SCALE);
  if (block->kind == PLAN_BLOCK_TITLE || block->kind == PLAN_BLOCK_HEADING)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((BODY_WIDTH - style->indent) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.2f);
  pango_layout_set_markup (layout, block->markup, -1);
  return layout;
}

/* What must fit below the current point for @i to start here: itself, and
 * the next block too when @i may not end a page. */
static double
needed_height (GArray *placed,
               guint   i)
{
  const Placed *p = &g_array_index (placed, Placed, i);
  double need = p->height;

  if (block_styles[p->block->kind].keep_with_next && i + 1 < placed->len)
    {
      const Placed *next = &g_array_index (placed, Placed, i + 1);

      need += block_styles[next->block->kind].space_before + MIN (next->height, 120.0);
    }
  return need;
}

/* Gives every block its page and top; returns the number of pages. */
static guint
paginate (GArray *placed)
{
  double bottom = PAGE_HEIGHT - MARGIN_BOTTOM, y = MARGIN_TOP;
  guint page = 0;

  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      double space = y > MARGIN_TOP ? block_styles[p->block->kind].space_before : 0;

      if (y > MARGIN_TOP && (p->block->new_page || y + space + needed_height (placed, i) > bottom))
        {
          page++;
          y = MARGIN_TOP;
          space = 0;
        }
      if (p->block->kind == PLAN_BLOCK_ECOMAP)
        p->height = bottom - y - space;
      p->page = page;
      p->y = y + space;
      y = p->y + p->height;
    }
  return page + 1;
}

static GArray *
layout_blocks (cairo_t     *cr,
               PlanContent *content)
{
  GArray *placed = g_array_sized_new (FALSE, TRUE, sizeof (Placed), content->blocks->len);

  g_array_set_clear_func (placed, (GDestroyNotify) placed_clear);
  for (guint i = 0; i < content->blocks->len; i++)
    {
      Placed p = { g_ptr_array_index (content->blocks, i), NULL, 0, 0, 0 };

      if (p.block->markup != NULL)
        {
          int height;

          p.layout = block_layout (cr, p.block);
          pango_layout_get_size (p.layout, NULL, &height);
          p.height = (double) height / PANGO_SCALE;
        }
      g_array_append_val (placed, p);
    }
  return placed;
}

/* Drawing */

static void
set_rgb (cairo_t      *cr,
         const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static void
draw_rule (cairo_t *cr,
           double   y)
{
  cairo_move_to (cr, MARGIN_X, y);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN_X, y);
  set_rgb (cr, rule);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
}

/* The legend's height, drawn on a surface that keeps nothing. */
static double
legend_height (const KringMapPalette *palette)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double height = 0;

  cairo_move_to (cr, 0, 0);
  kring_map_render_legend (cr, palette, TRUE, NULL, &height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

/* The map fills the box above the legend, centred, never enlarged beyond
 * twice its size (a small network stays a calm picture). */
static void
draw_ecomap (cairo_t              *cr,
             const KringMapLayout *layout,
             double                y,
             double                height)
{
  const KringMapRect *b = &layout->bounds;
  KringMapPalette palette;
  double legend_h, box_h, scale = 1.0;

  kring_map_palette_init_light (&palette);
  legend_h = legend_height (&palette);
  box_h = MAX (height - legend_h - LEGEND_GAP, 60.0);
  if (b->width > 0 && b->height > 0)
    scale = MIN (MIN (BODY_WIDTH / b->width, box_h / b->height), 2.0);
  cairo_save (cr);
  cairo_translate (cr, PAGE_WIDTH / 2 - scale * (b->x + b->width / 2),
                   y + box_h / 2 - scale * (b->y + b->height / 2));
  cairo_scale (cr, scale, scale);
  kring_map_render (cr, layout, &palette, NULL);
  cairo_restore (cr);
  cairo_save (cr);
  cairo_move_to (cr, MARGIN_X, y + box_h + LEGEND_GAP);
  kring_map_render_legend (cr, &palette, TRUE, NULL, NULL);
  cairo_restore (cr);
}

static void
draw_block (cairo_t              *cr,
            const Placed         *p,
            const KringMapLayout *ecomap)
{
  const BlockStyle *style = &block_styles[p->block->kind];
  double x = MARGIN_X + style->indent;

  if (p->block->kind == PLAN_BLOCK_ECOMAP)
    {
      if (ecomap != NULL)
        draw_ecomap (cr, ecomap, p->y, p->height);
      return;
    }
  if (p->block->kind == PLAN_BLOCK_ACTION)
    {
      /* The bullet sits on the middle of the first line's lowercase letters. */
      double baseline = (double) pango_layout_get_baseline (p->layout) / PANGO_SCALE;

      cairo_new_path (cr);
      cairo_arc (cr, x - 12, p->y + baseline - style->size * 0.3, 2.2, 0, 2 * G_PI);
      set_rgb (cr, accent);
      cairo_fill (cr);
    }
  set_rgb (cr, style->accent ? accent : ink);
  cairo_move_to (cr, x, p->y);
  pango_cairo_show_layout (cr, p->layout);
  if (p->block->kind == PLAN_BLOCK_HEADING)
    draw_rule (cr, p->y + p->height + 3);
}

static void
draw_footer (cairo_t    *cr,
             const char *household,
             guint       page,
             guint       n_pages)
{
  g_autoptr (PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  /* TRANSLATORS: the footer of the plan letter, "Pagina 1 van 3". */
  g_autofree char *numbers = g_strdup_printf (C_("plan pdf", "Page %u of %u"), page, n_pages);
  g_autofree char *left = g_strdup_printf ("%s  ·  %s", C_("plan pdf", "Our plan"), household);
  double y = PAGE_HEIGHT - MARGIN_BOTTOM + 36;

  draw_rule (cr, y - 8);
  pango_font_description_set_absolute_size (font, 8.5 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (BODY_WIDTH * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  set_rgb (cr, dim);
  pango_layout_set_text (layout, left, -1);
  cairo_move_to (cr, MARGIN_X, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (layout, numbers, -1);
  cairo_move_to (cr, MARGIN_X, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_pages (cairo_surface_t *surface,
            PlanContent     *content)
{
  cairo_t *cr = cairo_create (surface);
  g_autoptr (GArray) placed = layout_blocks (cr, content);
  g_autoptr (KringMapLayout) ecomap = NULL;
  guint n_pages = paginate (placed), i = 0;

  if (content->ecomap != NULL)
    {
      KringMapLayoutOptions options;

      kring_map_layout_options_init (&options);
      options.measure = kring_map_render_measure;
      ecomap = kring_map_layout_compute (content->ecomap, &options);
    }
  for (guint page = 0; page < n_pages; page++)
    {
      for (; i < placed->len && g_array_index (placed, Placed, i).page == page; i++)
        draw_block (cr, &g_array_index (placed, Placed, i), ecomap);
      draw_footer (cr, content->household, page + 1, n_pages);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
}

/* Writing */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The whole PDF in memory, or NULL with the cairo status that stopped it. */
static GBytes *
render_pdf (PlanContent    *content,
            cairo_status_t *status)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes,
                                                                  PAGE_WIDTH, PAGE_HEIGHT);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kringkaart");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, C_("plan pdf", "Our plan"));
  *status = cairo_surface_status (surface);
  if (*status == CAIRO_STATUS_SUCCESS)
    {
      draw_pages (surface, content);
      cairo_surface_finish (surface);
      *status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (*status != CAIRO_STATUS_SUCCESS)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
kring_plan_pdf_write (GHashTable                *plan,
                      const KringMapGraph       *ecomap,
                      const KringPlanPdfOptions *options,
                      GFile                     *file,
                      GError                   **error)
{
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autoptr (PlanContent) content = NULL;
  g_autoptr (GBytes) bytes = NULL;
  cairo_status_t status;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  content = kring_plan_content_new (plan, ecomap, options != NULL ? options->pseudonym : NULL,
                                    options != NULL && options->printed_on != NULL
                                      ? options->printed_on : today);
  bytes = render_pdf (content, &status);
  if (bytes == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   name, cairo_status_to_string (status));
      return FALSE;
    }
  return kring_io_write_atomic (file, bytes, NULL, error);
}
