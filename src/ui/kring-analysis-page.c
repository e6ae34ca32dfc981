/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include "kring-analysis-page.h"
#include "kring-summary.h"

/* How many figures a neighbourhood's collapsed row names. */
#define HIGHLIGHTS_SHOWN 2
#define NAMES_SHOWN 3

struct _KringAnalysisPage
{
  AdwBin      parent_instance;

  KringSummary *summary;

  GtkStack   *stack;
  GtkBox     *figures;
  AdwPreferencesGroup *figures_group;
  GtkListBox *neighbourhoods_list;
  GtkLabel   *source_label;
  AdwPreferencesGroup *supply_group;
  GtkListBox *supply_list;
};

G_DEFINE_FINAL_TYPE (KringAnalysisPage, kring_analysis_page, ADW_TYPE_BIN)

static const KringSummaryQuery queries[] = {
  { "neighbourhoods", "name" },
  { "neighbourhood_figures", "year" },
  { "organizations", "name" },
  { "services", NULL },
  { "attributes", NULL },
  { "taxonomy_terms", "sort_order" },
  { "taxonomies", NULL },
};

/* CBS column names are matched by their stem; these are the ones the
 * summary can name in plain words. Others show as stored. */
static const struct
{
  const char *stem;
  const char *title;
} indicators[] = {
  { "AantalInwoners", N_("Inhabitants") },
  { "HuishoudensTotaal", N_("Households") },
  { "Eenpersoonshuishoudens", N_("Single-person households") },
  { "HuishoudensMetKinderen", N_("Households with children") },
  { "PercentageEenpersoonshuishoudens", N_("Single-person households (%)") },
  { "GemiddeldeHuishoudensgrootte", N_("Average household size") },
  { "k_0Tot15Jaar", N_("Children under 15") },
  { "k_65JaarOfOuder", N_("Inhabitants aged 65 or over") },
  { "HuishOnderOfRondSociaalMinimum", N_("Households at or below the social minimum (%)") },
  { "WmoClientenRelatief", N_("Wmo clients per 1,000 inhabitants") },
  { "WmoClienten", N_("Wmo clients") },
  { "JongerenMetJeugdzorgInNatura", N_("Young people with youth care") },
  { "PercentageJongerenMetJeugdzorg", N_("Young people under 18 with youth care (%)") },
  { "AfstandTotHuisartsenpraktijk", N_("Distance to a GP practice (km)") },
  { "PersonenPerSoortUitkeringBijstand", N_("People on social assistance") },
};

/* A known stem's plain words, else the figure's own note, else the stem. */
static const char *
kring_analysis_page_indicator_title (KringRecord *figure)
{
  const char *indicator = kring_record_get_string (figure, "indicator");
  const char *note = kring_record_get_string (figure, "note");

  for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
    if (g_strcmp0 (indicators[i].stem, indicator) == 0)
      return _(indicators[i].title);
  return note != NULL && *note != '\0' ? note : indicator;
}

static char *
kring_analysis_page_format_value (KringRecord *figure)
{
  double value = kring_record_get_double (figure, "value", NAN);

  /* CBS marks a missing value with "."; it is stored as NULL, never as zero. */
  if (isnan (value))
    return g_strdup (_("unknown"));
  /* Grouped and with the decimal sign of the user's locale: "4.535", "9,4". */
  if (value == floor (value))
    return g_strdup_printf ("%'.0f", value);
  return g_strdup_printf ("%'.1f", value);
}

/* The latest figure per indicator of one neighbourhood, in the order the
 * indicators first appear. @figures is ordered by year. */
static GPtrArray *
kring_analysis_page_latest (GListModel *figures, const char *neighbourhood_id)
{
  GPtrArray *latest = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) slots = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      KringRecord *figure = g_list_model_get_item (figures, i);
      const char *indicator = kring_record_get_string (figure, "indicator");
      gpointer slot;

      if (indicator == NULL
          || g_strcmp0 (kring_record_get_string (figure, "neighbourhood_id"), neighbourhood_id) != 0)
        {
          g_object_unref (figure);
          continue;
        }
      if (g_hash_table_lookup_extended (slots, indicator, NULL, &slot))
        {
          KringRecord **kept = (KringRecord **) &g_ptr_array_index (latest, GPOINTER_TO_UINT (slot));

          g_object_unref (*kept);
          *kept = figure;
          continue;
        }
      g_hash_table_insert (slots, (gpointer) indicator, GUINT_TO_POINTER (latest->len));
      g_ptr_array_add (latest, figure);
    }
  return latest;
}

static GtkWidget *
kring_analysis_page_figure_row (KringRecord *figure)
{
  g_autofree char *value = kring_analysis_page_format_value (figure);
  g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT,
                                           kring_record_get_int (figure, "year", 0));
  GtkWidget *row = kring_summary_row_new (kring_analysis_page_indicator_title (figure), year);

  kring_summary_row_add_tag (row, value, "kring-value");
  return row;
}

/* The collapsed row names the first figures, e.g. "Inhabitants 4210". */
static char *
kring_analysis_page_highlights (GPtrArray *latest)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < MIN (latest->len, HIGHLIGHTS_SHOWN); i++)
    {
      KringRecord *figure = g_ptr_array_index (latest, i);
      g_autofree char *value = kring_analysis_page_format_value (figure);

      g_ptr_array_add (parts, g_strdup_printf ("%s %s", kring_analysis_page_indicator_title (figure),
                                               value));
    }
  return kring_summary_join_parts ((const char *const *) parts->pdata, parts->len);
}

static GtkWidget *
kring_analysis_page_neighbourhood_row (KringRecord *neighbourhood, GPtrArray *latest)
{
  g_autofree char *highlights = kring_analysis_page_highlights (latest);
  GtkWidget *expander = kring_summary_expander_new (kring_record_get_string (neighbourhood, "name"),
                                                    highlights);
  const char *code = kring_record_get_string (neighbourhood, "code");

  if (code != NULL)
    kring_summary_row_add_tag (expander, code, "kring-tag");
  for (guint i = 0; i < latest->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              kring_analysis_page_figure_row (g_ptr_array_index (latest, i)));
  return expander;
}

/* "Source: CBS Kerncijfers wijken en buurten 2023 (CC BY 4.0)": every
 * distinct source the figures name, as the licence asks. */
static void
kring_analysis_page_fill_sources (KringAnalysisPage *self, GListModel *figures)
{
  g_autoptr (GPtrArray) sources = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (figures, i);
      const char *source = kring_record_get_string (figure, "source");

      if (source != NULL && !g_ptr_array_find_with_equal_func (sources, source, g_str_equal, NULL))
        g_ptr_array_add (sources, (gpointer) source);
    }
  g_ptr_array_add (sources, NULL);
  joined = g_strjoinv ("; ", (char **) sources->pdata);
  /* CBS publishes under CC BY 4.0, which asks for the licence to be named. */
  if (strstr (joined, "CBS") != NULL && strstr (joined, "CC BY") == NULL)
    text = g_strdup_printf (_("Source: %s (CC BY 4.0)"), joined);
  else
    text = g_strdup_printf (_("Source: %s"), joined);
  gtk_label_set_text (self->source_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), sources->len > 1);
}

/* Lists the neighbourhoods that have figures; returns how many. */
static guint
kring_analysis_page_fill_neighbourhoods (KringAnalysisPage *self, KringSummaryData *data)
{
  GListModel *neighbourhoods = kring_summary_data_list (data, "neighbourhoods");
  GListModel *figures = kring_summary_data_list (data, "neighbourhood_figures");
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr (KringRecord) neighbourhood = g_list_model_get_item (neighbourhoods, i);
      g_autoptr (GPtrArray) latest = kring_analysis_page_latest (figures,
                                                                 kring_record_get_id (neighbourhood));
      GtkWidget *row;

      if (latest->len == 0)
        continue;
      row = kring_analysis_page_neighbourhood_row (neighbourhood, latest);
      gtk_list_box_append (self->neighbourhoods_list, row);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->figures_group), shown > 0);
  kring_analysis_page_fill_sources (self, figures);
  return shown;
}

static guint
kring_analysis_page_latest_year (GListModel *figures)
{
  gint64 year = 0;

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (figures, i);

      year = MAX (year, kring_record_get_int (figure, "year", 0));
    }
  return (guint) year;
}

static GPtrArray *
kring_analysis_page_organisations_with (KringSummaryData *data, GHashTable *domains,
                                        KringRecord *term)
{
  GListModel *organisations = kring_summary_data_list (data, "organizations");
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr (KringRecord) organisation = g_list_model_get_item (organisations, i);
      GPtrArray *terms = g_hash_table_lookup (domains, kring_record_get_id (organisation));

      if (terms != NULL && g_ptr_array_find (terms, term, NULL))
        g_ptr_array_add (names, (gpointer) kring_record_get_string (organisation, "name"));
    }
  return names;
}

static GtkWidget *
kring_analysis_page_domain_row (KringSummaryData *data, GHashTable *domains, KringRecord *term,
                                gboolean *gap)
{
  g_autoptr (GPtrArray) names = kring_analysis_page_organisations_with (data, domains, term);
  g_autofree char *subtitle = kring_summary_join_names (names, NAMES_SHOWN);
  g_autofree char *count = g_strdup_printf ("%u", names->len);
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (term, "name"),
                                          names->len > 0 ? subtitle
                                                         : _("No organisation in the social map"));

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  kring_summary_row_add_tag (row, count, names->len > 0 ? "kring-count" : "kring-attention");
  *gap = names->len == 0;
  return row;
}

/* Returns how many domains have no organisation at all. */
static guint
kring_analysis_page_fill_supply (KringAnalysisPage *self, KringSummaryData *data)
{
  GListModel *terms = kring_summary_data_list (data, "taxonomy_terms");
  g_autoptr (GHashTable) domains = kring_summary_data_terms_by_organization (data, "life_domain");
  guint gaps = 0, shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (terms, i);
      gboolean gap;

      if (!kring_summary_data_term_is (data, term, "life_domain"))
        continue;
      gtk_list_box_append (self->supply_list,
                           kring_analysis_page_domain_row (data, domains, term, &gap));
      gaps += gap;
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->supply_group), shown > 0);
  return gaps;
}

static gboolean
kring_analysis_page_fill (gpointer page, KringSummaryData *data)
{
  KringAnalysisPage *self = page;
  guint neighbourhoods, gaps, year;

  if (kring_summary_data_count (data, "neighbourhoods") == 0
      && kring_summary_data_count (data, "organizations") == 0)
    return FALSE;

  neighbourhoods = kring_analysis_page_fill_neighbourhoods (self, data);
  gaps = kring_analysis_page_fill_supply (self, data);
  year = kring_analysis_page_latest_year (kring_summary_data_list (data, "neighbourhood_figures"));
  kring_summary_add_figure (self->figures, neighbourhoods,
                            ngettext ("Neighbourhood with figures", "Neighbourhoods with figures",
                                      neighbourhoods));
  if (year > 0)
    kring_summary_add_figure (self->figures, year, _("Year of the latest figures"));
  kring_summary_add_figure (self->figures, gaps, _("Life domains without a partner"));
  return TRUE;
}

static void
kring_analysis_page_clear (gpointer page)
{
  KringAnalysisPage *self = page;

  kring_summary_clear (GTK_WIDGET (self->figures));
  kring_summary_clear (GTK_WIDGET (self->neighbourhoods_list));
  kring_summary_clear (GTK_WIDGET (self->supply_list));
  gtk_label_set_text (self->source_label, "");
}

static void
kring_analysis_page_dispose (GObject *object)
{
  KringAnalysisPage *self = KRING_ANALYSIS_PAGE (object);

  g_clear_pointer (&self->summary, kring_summary_free);
  G_OBJECT_CLASS (kring_analysis_page_parent_class)->dispose (object);
}

static void
kring_analysis_page_class_init (KringAnalysisPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_analysis_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-analysis-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, figures);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, figures_group);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, neighbourhoods_list);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, source_label);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, supply_group);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, supply_list);
}

static void
kring_analysis_page_init (KringAnalysisPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->summary = kring_summary_new (self, self->stack, queries, G_N_ELEMENTS (queries),
                                     kring_analysis_page_fill, kring_analysis_page_clear);
}

void
kring_analysis_page_set_store (KringAnalysisPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_ANALYSIS_PAGE (self));

  kring_summary_set_store (self->summary, store);
}

void
kring_analysis_page_reload (KringAnalysisPage *self)
{
  g_return_if_fail (KRING_IS_ANALYSIS_PAGE (self));

  kring_summary_reload (self->summary);
}
