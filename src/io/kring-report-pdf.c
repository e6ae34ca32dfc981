/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "kring-demo.h"
#include "kring-io-write.h"
#include "kring-map-render.h"
#include "kring-report-pdf-private.h"

/*
 * The wijkanalyse on paper, for a meeting with partners or the municipality:
 * A4 portrait with the same calm look as the plan letter (one accent colour,
 * wide margins), every section on a page of its own with a plain heading,
 * the ecosystem map on a landscape page. Only what KringReport holds is
 * printed, and it holds counts about households, never a label, name or
 * household note.
 */

const double report_ink[3] = { 0.13, 0.13, 0.15 };
const double report_accent[3] = { 0.12, 0.33, 0.40 };
const double report_dim[3] = { 0.38, 0.38, 0.42 };
const double report_rule[3] = { 0.80, 0.83, 0.85 };
const double report_gap[3] = { 0.75, 0.11, 0.16 };
const double report_gap_fill[3] = { 0.99, 0.90, 0.90 };
const double report_tint[3] = { 0.93, 0.95, 0.96 };

void
report_set_rgb (cairo_t      *cr,
                const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static double
page_width (ReportDoc *doc)
{
  return doc->landscape ? REPORT_PAGE_HEIGHT : REPORT_PAGE_WIDTH;
}

static double
page_height (ReportDoc *doc)
{
  return doc->landscape ? REPORT_PAGE_WIDTH : REPORT_PAGE_HEIGHT;
}

double
report_bottom (ReportDoc *doc)
{
  return page_height (doc) - REPORT_MARGIN_BOTTOM;
}

/* Numbers the Dutch way ("12.345", "7,5"): the separators are translated,
 * not taken from the C locale, so the page reads in one language. */
char *
report_format_count (double value)
{
  g_autofree char *digits = NULL;
  GString *out;
  gsize len;

  if (isnan (value))
    return g_strdup ("–");
  digits = g_strdup_printf ("%.0f", fabs (round (value)));
  len = strlen (digits);
  out = g_string_new (round (value) < 0 ? "−" : "");
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, C_("thousands separator", ","));
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
report_format_decimal (double value,
                       int    digits)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *format = g_strdup_printf ("%%.%df", digits);
  g_auto (GStrv) parts = NULL;

  if (isnan (value))
    return g_strdup ("–");
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  parts = g_strsplit (buffer, ".", 2);
  return g_strjoinv (C_("decimal separator", "."), parts);
}

/* Text */

static PangoLayout *
text_layout (ReportDoc             *doc,
             const char            *text,
             const ReportTextStyle *style,
             double                 width)
{
  PangoLayout *layout = pango_cairo_create_layout (doc->cr);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (REPORT_FONT);
  static const PangoAlignment aligns[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };

  pango_font_description_set_absolute_size (font, style->size * PANGO_SCALE);
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.15f);
  pango_layout_set_alignment (layout, aligns[style->align]);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Draws @text (plain, never markup: names of organisations may hold "&")
 * in a box @width wide at (@x, @y); returns its height. */
double
report_text_at (ReportDoc             *doc,
                const char            *text,
                const ReportTextStyle *style,
                double                 x,
                double                 y,
                double                 width)
{
  g_autoptr (PangoLayout) layout = text_layout (doc, text, style, width);

  report_set_rgb (doc->cr, style->rgb != NULL ? style->rgb : report_ink);
  cairo_move_to (doc->cr, x, y);
  pango_cairo_show_layout (doc->cr, layout);
  return layout_height (layout);
}

static double
text_height (ReportDoc             *doc,
             const char            *text,
             const ReportTextStyle *style,
             double                 width)
{
  g_autoptr (PangoLayout) layout = text_layout (doc, text, style, width);

  return layout_height (layout);
}

static void
draw_rule (ReportDoc *doc,
           double     y)
{
  cairo_move_to (doc->cr, REPORT_MARGIN_X, y);
  cairo_line_to (doc->cr, page_width (doc) - REPORT_MARGIN_X, y);
  report_set_rgb (doc->cr, report_rule);
  cairo_set_line_width (doc->cr, 0.6);
  cairo_stroke (doc->cr);
}

static void
mark_section (ReportDoc *doc)
{
  if (doc->n_sections < REPORT_N_SECTIONS)
    doc->sections[doc->n_sections++] = doc->page;
}

void
report_heading (ReportDoc  *doc,
                const char *title,
                const char *intro)
{
  ReportTextStyle head = { 22, TRUE, report_accent, REPORT_ALIGN_LEFT };

  mark_section (doc);

  doc->y += report_text_at (doc, title, &head, REPORT_MARGIN_X, doc->y, REPORT_BODY_WIDTH);
  draw_rule (doc, doc->y + 4);
  doc->y += 14;
  if (intro != NULL)
    report_paragraph (doc, intro, 10, report_dim);
  doc->y += 6;
}

void
report_subheading (ReportDoc  *doc,
                   const char *title)
{
  ReportTextStyle style = { 13, TRUE, report_accent, REPORT_ALIGN_LEFT };
  double height = text_height (doc, title, &style, REPORT_BODY_WIDTH);

  /* Never the last line of a page: keep room for some text below it. */
  report_ensure (doc, height + 50);
  doc->y += report_text_at (doc, title, &style, REPORT_MARGIN_X, doc->y, REPORT_BODY_WIDTH) + 4;
}

/* Line by line, so a long note or list goes on over the next page rather
 * than under the footer. */
void
report_paragraph (ReportDoc    *doc,
                  const char   *text,
                  double        size,
                  const double *rgb)
{
  ReportTextStyle style = { size, FALSE, rgb, REPORT_ALIGN_LEFT };
  g_autoptr (PangoLayout) layout = text_layout (doc, text, &style, REPORT_BODY_WIDTH);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle line;
      double line_top, baseline, step;

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      line_top = (double) line.y / PANGO_SCALE;
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      /* The same spacing as text_layout's, which line extents leave out. */
      step = 1.15 * line.height / PANGO_SCALE;
      report_ensure (doc, step);
      report_set_rgb (doc->cr, rgb != NULL ? rgb : report_ink);
      cairo_move_to (doc->cr, REPORT_MARGIN_X, doc->y + baseline - line_top);
      pango_cairo_show_layout_line (doc->cr, pango_layout_iter_get_line_readonly (iter));
      doc->y += step;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  doc->y += 8;
}

/* The team's note on a chart, in a tinted box right under it. */
void
report_note (ReportDoc  *doc,
             const char *chart)
{
  const char *note = g_hash_table_lookup (doc->report->notes, chart);
  ReportTextStyle label = { 9, TRUE, report_accent, REPORT_ALIGN_LEFT };
  ReportTextStyle body = { 10, FALSE, report_ink, REPORT_ALIGN_LEFT };
  double inner = REPORT_BODY_WIDTH - 24, height;

  if (note == NULL)
    return;
  height = 20 + text_height (doc, note, &body, inner) + 18;
  doc->y += 10;
  if (height > report_bottom (doc) - REPORT_MARGIN_TOP)
    {
      /* Longer than a page: no box, the text flows on. */
      report_subheading (doc, C_("report pdf", "Team note"));
      report_paragraph (doc, note, 10, report_ink);
      return;
    }
  report_ensure (doc, height);
  cairo_rectangle (doc->cr, REPORT_MARGIN_X, doc->y, REPORT_BODY_WIDTH, height);
  report_set_rgb (doc->cr, report_tint);
  cairo_fill (doc->cr);
  cairo_rectangle (doc->cr, REPORT_MARGIN_X, doc->y, 3, height);
  report_set_rgb (doc->cr, report_accent);
  cairo_fill (doc->cr);
  report_text_at (doc, C_("report pdf", "Team note"), &label, REPORT_MARGIN_X + 12, doc->y + 8,
                  inner);
  report_text_at (doc, note, &body, REPORT_MARGIN_X + 12, doc->y + 24, inner);
  doc->y += height + 8;
}

/* Tables */

static ReportAlign
cell_align (const ReportTable *table,
            guint              column)
{
  if (column == 0 || (table->left_from > 0 && column >= table->left_from))
    return REPORT_ALIGN_LEFT;
  return REPORT_ALIGN_CENTRE;
}

void
report_table_row (ReportDoc          *doc,
                  const ReportTable  *table,
                  const char *const  *cells,
                  gboolean            head,
                  const double       *fill,
                  const double       *rgb)
{
  ReportTextStyle style = { head ? 8.5 : 9.5, head, rgb, REPORT_ALIGN_LEFT };
  double height = 0, x = REPORT_MARGIN_X, total = 0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      style.align = cell_align (table, i);
      height = MAX (height, text_height (doc, cells[i], &style, table->widths[i] - 8));
      total += table->widths[i];
    }
  height += 9;
  report_ensure (doc, height);
  if (fill != NULL)
    {
      cairo_rectangle (doc->cr, REPORT_MARGIN_X, doc->y, total, height);
      report_set_rgb (doc->cr, fill);
      cairo_fill (doc->cr);
    }
  for (guint i = 0; i < table->n_columns; i++)
    {
      style.align = cell_align (table, i);
      report_text_at (doc, cells[i], &style, x + 4, doc->y + 4.5, table->widths[i] - 8);
      x += table->widths[i];
    }
  cairo_move_to (doc->cr, REPORT_MARGIN_X, doc->y + height);
  cairo_line_to (doc->cr, REPORT_MARGIN_X + total, doc->y + height);
  report_set_rgb (doc->cr, report_rule);
  cairo_set_line_width (doc->cr, 0.5);
  cairo_stroke (doc->cr);
  doc->y += height;
}

/* Pages */

static void
draw_footer (ReportDoc *doc)
{
  ReportTextStyle style = { 8.5, FALSE, report_dim, REPORT_ALIGN_RIGHT };
  g_autofree char *numbers = NULL;
  g_autofree char *left = NULL;
  double y = page_height (doc) - REPORT_MARGIN_BOTTOM + 32;

  if (doc->n_pages > 0)
    /* TRANSLATORS: the footer of the report, "Pagina 3 van 9". */
    numbers = g_strdup_printf (C_("report pdf", "Page %u of %u"), doc->page, doc->n_pages);
  else
    numbers = g_strdup_printf (C_("report pdf", "Page %u"), doc->page);
  if (doc->landscape)
    {
      /* The map page has its own footer on the left (kring_map_render_page). */
      report_text_at (doc, numbers, &style, REPORT_MARGIN_X, page_height (doc) - 38,
                      page_width (doc) - 2 * REPORT_MARGIN_X);
      return;
    }
  draw_rule (doc, y - 8);
  report_text_at (doc, numbers, &style, REPORT_MARGIN_X, y, REPORT_BODY_WIDTH);
  left = g_strdup_printf ("%s  ·  %s", C_("report pdf", "Neighbourhood analysis"),
                          doc->report->team_name);
  style.align = REPORT_ALIGN_LEFT;
  report_text_at (doc, left, &style, REPORT_MARGIN_X, y, REPORT_BODY_WIDTH - 90);
}

void
report_new_page (ReportDoc *doc,
                 gboolean   landscape)
{
  if (doc->page > 0)
    {
      draw_footer (doc);
      cairo_show_page (doc->cr);
    }
  doc->landscape = landscape;
  cairo_pdf_surface_set_size (doc->surface, page_width (doc), page_height (doc));
  doc->page++;
  doc->y = REPORT_MARGIN_TOP;
}

/* Continues on a new page of the same kind when @height does not fit. */
void
report_ensure (ReportDoc *doc,
               double     height)
{
  if (doc->y > REPORT_MARGIN_TOP && doc->y + height > report_bottom (doc))
    report_new_page (doc, doc->landscape);
}

/* "Gemeente Marendal", whether the team wrote "Marendal" or "gemeente Marendal". */
static char *
municipality_line (const char *municipality)
{
  const char *prefix = C_("report pdf", "Municipality of ");
  gsize len = strlen (prefix);

  if (g_ascii_strncasecmp (municipality, prefix, len) == 0)
    municipality += len;
  return g_strconcat (prefix, municipality, NULL);
}

static const char *const section_titles[REPORT_N_SECTIONS] = {
  NC_("report pdf", "Key figures"), NC_("report pdf", "Ecosystem map"),
  NC_("report pdf", "Supply per life domain"), NC_("report pdf", "Relationship health"),
  NC_("report pdf", "Demand"), NC_("report pdf", "Supply next to need"),
  NC_("report pdf", "Notes"), NC_("report pdf", "Sources"),
};

/* The contents, with the pages the first pass found (blank during it). */
static void
draw_contents (ReportDoc *doc)
{
  ReportTextStyle head = { 12, TRUE, report_accent, REPORT_ALIGN_LEFT };
  ReportTextStyle entry = { 11, FALSE, report_ink, REPORT_ALIGN_LEFT };
  ReportTextStyle number = { 11, FALSE, report_dim, REPORT_ALIGN_RIGHT };

  doc->y += 28;
  doc->y += report_text_at (doc, C_("report pdf", "Contents"), &head, REPORT_MARGIN_X, doc->y,
                            REPORT_BODY_WIDTH) + 6;
  for (guint i = 0; i < REPORT_N_SECTIONS; i++)
    {
      g_autofree char *page = doc->contents != NULL && doc->contents[i] > 0
                                ? g_strdup_printf ("%u", doc->contents[i]) : g_strdup ("");

      report_text_at (doc, page, &number, REPORT_MARGIN_X, doc->y, 260);
      doc->y += report_text_at (doc, g_dpgettext2 (GETTEXT_PACKAGE, "report pdf",
                                                   section_titles[i]),
                                &entry, REPORT_MARGIN_X, doc->y, 220) + 4;
    }
}

static void
page_cover (ReportDoc *doc)
{
  ReportTextStyle title = { 44, TRUE, report_accent, REPORT_ALIGN_LEFT };
  ReportTextStyle team = { 24, TRUE, report_ink, REPORT_ALIGN_LEFT };
  ReportTextStyle line = { 13, FALSE, report_dim, REPORT_ALIGN_LEFT };
  const KringReport *report = doc->report;

  report_new_page (doc, FALSE);
  cairo_rectangle (doc->cr, 0, 0, REPORT_PAGE_WIDTH, 12);
  report_set_rgb (doc->cr, report_accent);
  cairo_fill (doc->cr);
  doc->y = 170;
  doc->y += report_text_at (doc, C_("report pdf", "Neighbourhood analysis"), &title,
                            REPORT_MARGIN_X, doc->y, REPORT_BODY_WIDTH) + 10;
  doc->y += report_text_at (doc, report->team_name, &team, REPORT_MARGIN_X, doc->y,
                            REPORT_BODY_WIDTH) + 6;
  if (report->municipality != NULL && *report->municipality != '\0')
    {
      g_autofree char *place = municipality_line (report->municipality);

      doc->y += report_text_at (doc, place, &line, REPORT_MARGIN_X, doc->y, REPORT_BODY_WIDTH);
    }
  doc->y += report_text_at (doc, doc->date, &line, REPORT_MARGIN_X, doc->y, REPORT_BODY_WIDTH);
  doc->y += 24;
  draw_rule (doc, doc->y);
  doc->y += 16;
  report_paragraph (doc, C_("report pdf",
                            "What the team offers around the neighbourhood, what its households "
                            "ask for and what the neighbourhood figures say, on a few pages to "
                            "discuss with partners and the municipality. About households this "
                            "report holds numbers only: no names, no notes."),
                    12, report_ink);
  draw_contents (doc);
}

static void
draw_tile (ReportDoc  *doc,
           double      x,
           double      y,
           double      value,
           const char *label,
           const char *caption,
           gboolean    alarm)
{
  ReportTextStyle big = { 34, TRUE, alarm ? report_gap : report_accent, REPORT_ALIGN_LEFT };
  ReportTextStyle name = { 11.5, TRUE, report_ink, REPORT_ALIGN_LEFT };
  ReportTextStyle small = { 9, FALSE, report_dim, REPORT_ALIGN_LEFT };
  double width = (REPORT_BODY_WIDTH - 16) / 2, inner = width - 32;
  g_autofree char *number = report_format_count (value);

  cairo_rectangle (doc->cr, x, y, width, 118);
  report_set_rgb (doc->cr, alarm ? report_gap_fill : report_tint);
  cairo_fill (doc->cr);
  y += 14;
  y += report_text_at (doc, number, &big, x + 16, y, inner);
  y += report_text_at (doc, label, &name, x + 16, y, inner) + 2;
  report_text_at (doc, caption, &small, x + 16, y, inner);
}

static void
page_key_figures (ReportDoc *doc)
{
  const KringReport *report = doc->report;
  const KringDemand *demand = report->demand;
  double width = (REPORT_BODY_WIDTH - 16) / 2, x2 = REPORT_MARGIN_X + width + 16, y;
  guint gaps = kring_report_gaps (report);
  guint overdue = demand != NULL ? demand->overdue_actions : 0;
  guint year = report->years != NULL && report->years->len > 0
                 ? g_array_index (report->years, guint, report->years->len - 1) : 0;
  g_autofree char *cbs = year > 0
                           ? g_strdup_printf (C_("report pdf", "in the neighbourhoods (CBS %u)"), year)
                           : g_strdup (C_("report pdf", "no neighbourhood figures yet"));

  report_new_page (doc, FALSE);
  report_heading (doc, C_("report pdf", "Key figures"),
                  C_("report pdf", "The neighbourhood, the team’s households and its partners "
                                   "at a glance."));
  y = doc->y;
  draw_tile (doc, REPORT_MARGIN_X, y, kring_report_figure (report, NULL, "AantalInwoners", 0),
             C_("report pdf", "Inhabitants"), cbs,
             FALSE);
  draw_tile (doc, x2, y, kring_report_figure (report, NULL, "HuishoudensTotaal", 0),
             C_("report pdf", "Households"), cbs,
             FALSE);
  y += 134;
  draw_tile (doc, REPORT_MARGIN_X, y, demand != NULL ? demand->open_households : NAN,
             C_("report pdf", "Open households"),
             C_("report pdf", "from referral to evaluation, in the team’s care"), FALSE);
  draw_tile (doc, x2, y, kring_report_close_partners (report),
             C_("report pdf", "Partners close by"),
             C_("report pdf", "organisations in the core team and the inner ring"), FALSE);
  y += 134;
  draw_tile (doc, REPORT_MARGIN_X, y, gaps, C_("report pdf", "Gaps"),
             C_("report pdf", "life domains with demand but no partner close by"), gaps > 0);
  draw_tile (doc, x2, y, overdue, C_("report pdf", "Overdue actions"),
             C_("report pdf", "open actions past their agreed date"), overdue > 0);
  doc->y = y + 140;
  report_figures_table (doc, year);
  report_note (doc, KRING_REPORT_NOTE_FIGURES);
}

static void
page_map (ReportDoc *doc)
{
  const KringReport *report = doc->report;
  g_autoptr (KringMapLayout) layout = NULL;
  g_autofree char *title = NULL;
  KringMapLayoutOptions options;
  KringMapPalette palette;

  if (report->graph == NULL)
    {
      report_new_page (doc, FALSE);
      report_heading (doc, C_("report pdf", "Ecosystem map"),
                      C_("report pdf", "The team has no map yet."));
      return;
    }
  /* Clustered, as the map page first shows it: a page has no room for the
   * whole sociale kaart by name. */
  kring_map_layout_options_init (&options);
  options.measure = kring_map_render_measure;
  layout = kring_map_layout_compute (report->graph, &options);
  kring_map_palette_init_light (&palette);
  title = g_strdup_printf ("%s  ·  %s", C_("report pdf", "Ecosystem map"), report->team_name);
  report_new_page (doc, TRUE);
  mark_section (doc);
  kring_map_render_page (doc->cr, layout, &palette, title, doc->date, page_width (doc),
                         page_height (doc));
}

static const struct
{
  const char *chart;
  const char *title;
} note_charts[] = {
  { KRING_REPORT_NOTE_GENERAL, NC_("report pdf", "About this analysis") },
  { KRING_REPORT_NOTE_FIGURES, NC_("report pdf", "Key figures") },
  { KRING_REPORT_NOTE_SUPPLY, NC_("report pdf", "Supply per life domain") },
  { KRING_REPORT_NOTE_HEALTH, NC_("report pdf", "Relationship health") },
  { KRING_REPORT_NOTE_DEMAND, NC_("report pdf", "Demand") },
  { KRING_REPORT_NOTE_NEED, NC_("report pdf", "Supply next to need") },
};

static void
page_notes (ReportDoc *doc)
{
  gboolean any = FALSE;

  report_new_page (doc, FALSE);
  report_heading (doc, C_("report pdf", "Notes"),
                  C_("report pdf", "What the team wrote with the charts and tables."));
  for (guint i = 0; i < G_N_ELEMENTS (note_charts); i++)
    {
      const char *note = g_hash_table_lookup (doc->report->notes, note_charts[i].chart);

      if (note == NULL)
        continue;
      report_subheading (doc, g_dpgettext2 (GETTEXT_PACKAGE, "report pdf", note_charts[i].title));
      report_paragraph (doc, note, 11, report_ink);
      doc->y += 8;
      any = TRUE;
    }
  if (!any)
    report_paragraph (doc, C_("report pdf", "The team has not written notes with this analysis "
                                            "yet. Notes are added on the Neighbourhood analysis "
                                            "page, under each chart."),
                      11, report_dim);
}

static void
page_sources (ReportDoc *doc)
{
  g_autofree char *sources = kring_report_sources_text (doc->report);
  g_autofree char *made = g_strdup_printf (C_("report pdf", "Made with Kringkaart on %s."),
                                           doc->date);

  report_new_page (doc, FALSE);
  report_heading (doc, C_("report pdf", "Sources"), NULL);
  report_subheading (doc, C_("report pdf", "Neighbourhood figures"));
  report_paragraph (doc, sources != NULL ? sources
                                         : C_("report pdf", "No neighbourhood figures have been "
                                                            "added yet."),
                    11, report_ink);
  doc->y += 8;
  report_subheading (doc, C_("report pdf", "Households and partners"));
  report_paragraph (doc, C_("report pdf", "Supply, demand and relationship health come from the "
                                          "team’s own records in Kringkaart. Households are "
                                          "counted, never named: this report holds no names, "
                                          "addresses or notes of residents."),
                    11, report_ink);
  doc->y += 8;
  report_paragraph (doc, made, 11, report_dim);
}

/* Writing */

static void
draw_report (ReportDoc *doc)
{
  page_cover (doc);
  page_key_figures (doc);
  page_map (doc);
  report_page_supply (doc);
  report_page_health (doc);
  report_page_demand (doc);
  report_page_need (doc);
  page_notes (doc);
  page_sources (doc);
  draw_footer (doc);
  cairo_show_page (doc->cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  if (closure != NULL)
    g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* One pass over the whole report into @bytes (NULL: thrown away, to count
 * the pages); returns the cairo status. */
static cairo_status_t
render_pass (const KringReport *report,
             const char        *date,
             guint             *n_pages,
             guint             *sections,
             GByteArray        *bytes)
{
  ReportDoc doc = { NULL, NULL, report, (char *) date, 0, *n_pages, FALSE, 0, { 0 }, 0,
                    *n_pages > 0 ? sections : NULL };
  cairo_status_t status;

  doc.surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, REPORT_PAGE_WIDTH,
                                                     REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (doc.surface, CAIRO_PDF_METADATA_CREATOR, "Kringkaart");
  cairo_pdf_surface_set_metadata (doc.surface, CAIRO_PDF_METADATA_TITLE,
                                  C_("report pdf", "Neighbourhood analysis"));
  status = cairo_surface_status (doc.surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      doc.cr = cairo_create (doc.surface);
      draw_report (&doc);
      status = cairo_status (doc.cr);
      cairo_destroy (doc.cr);
      cairo_surface_finish (doc.surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (doc.surface);
    }
  cairo_surface_destroy (doc.surface);
  *n_pages = doc.page;
  memcpy (sections, doc.sections, sizeof doc.sections);
  return status;
}

gboolean
kring_report_pdf_write (const KringReport *report,
                        GFile             *file,
                        GError           **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *date = NULL;
  cairo_status_t status;
  guint n_pages = 0, sections[REPORT_N_SECTIONS] = { 0 };

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  date = kring_map_format_date (report->made_on);
  status = render_pass (report, date, &n_pages, sections, NULL);
  if (status == CAIRO_STATUS_SUCCESS)
    status = render_pass (report, date, &n_pages, sections, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, KRING_IO_ERROR, KRING_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   name, cairo_status_to_string (status));
      return FALSE;
    }
  contents = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  return kring_io_write_atomic (file, contents, NULL, error);
}
