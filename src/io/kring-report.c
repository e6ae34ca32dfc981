/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include "kring-report.h"
#include "kring-store-map.h"

/*
 * One read of a team's wijkanalyse, in steps on the store's worker: the map
 * (which also resolves the team by id or name), the team row, demand,
 * relationship health, then figures and notes in one snapshot. The supply
 * matrix is computed from the same graph the map page draws.
 */

typedef struct
{
  KringStore  *store;
  KringReport *report;
} LoadState;

static void
load_state_free (LoadState *state)
{
  g_clear_object (&state->store);
  g_clear_pointer (&state->report, kring_report_free);
  g_free (state);
}

static LoadState *
state_of (GTask *task)
{
  return g_task_get_task_data (task);
}

/* Ends @task with @error when set; returns whether it did. */
static gboolean
failed (GTask *task, GError *error)
{
  if (error == NULL)
    return FALSE;
  g_task_return_error (task, error);
  g_object_unref (task);
  return TRUE;
}

/* --- step 5: figures and notes --- */

static int
compare_figures (gconstpointer a, gconstpointer b, gpointer user_data)
{
  KringRecord *x = (KringRecord *) a, *y = (KringRecord *) b;
  int order = g_strcmp0 (kring_record_get_string (x, "neighbourhood_id"),
                         kring_record_get_string (y, "neighbourhood_id"));

  if (order == 0)
    order = g_strcmp0 (kring_record_get_string (x, "indicator"),
                       kring_record_get_string (y, "indicator"));
  if (order == 0)
    order = (int) (kring_record_get_int (x, "year", 0) - kring_record_get_int (y, "year", 0));
  return order;
}

static int
compare_years (gconstpointer a, gconstpointer b)
{
  return (int) *(const guint *) a - (int) *(const guint *) b;
}

/* Sorts the figures and gathers their years and sources. */
static void
take_figures (KringReport *report, GListModel *figures)
{
  GListStore *sorted = g_list_store_new (KRING_TYPE_RECORD);
  g_autoptr (GHashTable) areas = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (figures, i);
      guint year = (guint) kring_record_get_int (figure, "year", 0);
      const char *source = kring_record_get_string (figure, "source");

      g_list_store_insert_sorted (sorted, figure, compare_figures, NULL);
      if (!g_array_binary_search (report->years, &year, (GCompareFunc) compare_years, NULL))
        {
          g_array_append_val (report->years, year);
          g_array_sort (report->years, compare_years);
        }
      if (source != NULL && *source != '\0'
          && !g_ptr_array_find_with_equal_func (report->sources, source, g_str_equal, NULL))
        g_ptr_array_add (report->sources, g_strdup (source));
    }
  report->figures = G_LIST_MODEL (sorted);
}

/* Only areas that have figures, in the order the store gave (by name). */
static void
take_neighbourhoods (KringReport *report, GListModel *neighbourhoods)
{
  g_autoptr (GHashTable) with_figures = g_hash_table_new (g_str_hash, g_str_equal);
  GListStore *kept = g_list_store_new (KRING_TYPE_RECORD);

  for (guint i = 0; i < g_list_model_get_n_items (report->figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (report->figures, i);

      g_hash_table_add (with_figures,
                        (gpointer) g_intern_string (kring_record_get_string (figure,
                                                                             "neighbourhood_id")));
    }
  for (guint i = 0; i < g_list_model_get_n_items (neighbourhoods); i++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (neighbourhoods, i);

      if (g_hash_table_contains (with_figures, g_intern_string (kring_record_get_id (area))))
        g_list_store_append (kept, area);
    }
  report->neighbourhoods = G_LIST_MODEL (kept);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static void
take_notes (KringReport *report, GListModel *notes)
{
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (notes, i);
      const char *chart = kring_record_get_string (row, "chart");
      const char *note = kring_record_get_string (row, "note");

      if (chart != NULL && !is_blank (note))
        g_hash_table_replace (report->notes, g_strdup (chart), g_strdup (note));
    }
}

static void
on_lists (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  KringReport *report = state_of (task)->report;
  GError *error = NULL;
  g_autoptr (GPtrArray) lists = kring_store_list_many_finish (KRING_STORE (source), result, &error);

  if (failed (task, error))
    return;
  take_figures (report, g_ptr_array_index (lists, 1));
  take_neighbourhoods (report, g_ptr_array_index (lists, 0));
  take_notes (report, g_ptr_array_index (lists, 2));
  g_task_return_pointer (task, g_steal_pointer (&state_of (task)->report),
                         (GDestroyNotify) kring_report_free);
  g_object_unref (task);
}

static void
read_lists (GTask *task)
{
  LoadState *state = state_of (task);
  const KringStoreListQuery queries[] = {
    { "neighbourhoods", NULL, NULL, "name" },
    { "neighbourhood_figures", NULL, NULL, "year" },
    { "analysis_notes", "team_id", state->report->team_id, NULL },
  };

  kring_store_list_many_async (state->store, queries, G_N_ELEMENTS (queries),
                               g_task_get_cancellable (task), on_lists, task);
}

/* --- step 4: relationship health --- */

static void
on_health (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  GError *error = NULL;
  GPtrArray *health = kring_store_relationship_health_finish (KRING_STORE (source), result,
                                                              &error);

  if (failed (task, error))
    return;
  state_of (task)->report->health = health;
  read_lists (task);
}

/* --- step 3: demand, and the supply beside it --- */

static void
set_supply (KringReport *report)
{
  report->supply = kring_map_supply_compute (report->graph);
  for (guint i = 0; i < report->demand->domains->len; i++)
    {
      KringDemandDomain *domain = &g_array_index (report->demand->domains, KringDemandDomain, i);

      kring_map_supply_set_demand (report->supply, domain->domain, domain->households);
    }
}

static void
on_demand (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  LoadState *state = state_of (task);
  GError *error = NULL;
  KringDemand *demand = kring_store_demand_finish (KRING_STORE (source), result, &error);

  if (failed (task, error))
    return;
  state->report->demand = demand;
  set_supply (state->report);
  kring_store_relationship_health_async (state->store, state->report->team_id,
                                         state->report->months, g_task_get_cancellable (task),
                                         on_health, task);
}

/* --- step 2: the team's own row --- */

static void
on_team (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  LoadState *state = state_of (task);
  GError *error = NULL;
  g_autoptr (KringRecord) team = kring_store_get_finish (KRING_STORE (source), result, &error);

  if (failed (task, error))
    return;
  state->report->team_name = g_strdup (kring_record_get_string (team, "name"));
  state->report->municipality = g_strdup (kring_record_get_string (team, "municipality"));
  state->report->area_id = g_strdup (kring_record_get_string (team, "neighbourhood_id"));
  kring_store_demand_async (state->store, state->report->team_id, g_task_get_cancellable (task),
                            on_demand, task);
}

/* --- step 1: the map, which also finds the team --- */

static void
on_map (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  LoadState *state = state_of (task);
  GError *error = NULL;
  KringMapGraph *graph = kring_store_map_load_finish (KRING_STORE (source), result,
                                                      &state->report->team_id, &error);

  if (failed (task, error))
    return;
  state->report->graph = graph;
  kring_store_get_async (state->store, "teams", state->report->team_id,
                         g_task_get_cancellable (task), on_team, task);
}

static KringReport *
kring_report_new (guint months)
{
  KringReport *report = g_new0 (KringReport, 1);

  report->made_on = g_date_time_new_now_local ();
  report->months = months;
  report->years = g_array_new (FALSE, FALSE, sizeof (guint));
  report->notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  report->sources = g_ptr_array_new_with_free_func (g_free);
  return report;
}

void
kring_report_load_async (KringStore          *store,
                         const char          *team,
                         guint                months,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;
  LoadState *state;

  g_return_if_fail (KRING_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_report_load_async);
  state = g_new0 (LoadState, 1);
  state->store = g_object_ref (store);
  state->report = kring_report_new (months);
  g_task_set_task_data (task, state, (GDestroyNotify) load_state_free);
  kring_store_map_load_async (store, team, KRING_MAP_SECTORS_LIFE_DOMAIN, FALSE, cancellable,
                              on_map, task);
}

KringReport *
kring_report_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_report_load_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
kring_report_free (KringReport *report)
{
  if (report == NULL)
    return;
  /* The supply points into the graph's names: free it first. */
  g_clear_pointer (&report->supply, kring_map_supply_free);
  g_clear_pointer (&report->graph, kring_map_graph_free);
  g_clear_pointer (&report->demand, kring_demand_free);
  g_clear_pointer (&report->health, g_ptr_array_unref);
  g_clear_object (&report->neighbourhoods);
  g_clear_object (&report->figures);
  g_clear_pointer (&report->years, g_array_unref);
  g_clear_pointer (&report->notes, g_hash_table_unref);
  g_clear_pointer (&report->sources, g_ptr_array_unref);
  g_clear_pointer (&report->made_on, g_date_time_unref);
  g_free (report->team_id);
  g_free (report->team_name);
  g_free (report->municipality);
  g_free (report->area_id);
  g_free (report);
}

/* --- reading the report --- */

/* @year 0: the latest year with a value. */
static double
area_figure (const KringReport *report, const char *area_id, const char *indicator, guint year)
{
  double found = NAN;

  for (guint i = 0; i < g_list_model_get_n_items (report->figures); i++)
    {
      g_autoptr (KringRecord) figure = g_list_model_get_item (report->figures, i);
      double value = kring_record_get_double (figure, "value", NAN);
      guint figure_year = (guint) kring_record_get_int (figure, "year", 0);

      if (g_strcmp0 (kring_record_get_string (figure, "neighbourhood_id"), area_id) != 0
          || g_strcmp0 (kring_record_get_string (figure, "indicator"), indicator) != 0)
        continue;
      if (year != 0 && figure_year == year)
        return value;
      /* Figures are sorted by year: a later value replaces an earlier one. */
      if (year == 0 && !isnan (value))
        found = value;
    }
  return found;
}

/* Whether @indicator counts people or households, so that buurten add up;
 * rates, percentages, averages and distances do not. */
static gboolean is_count (const char *indicator);

static gboolean
is_kind (KringRecord *area, const char *kind)
{
  return g_strcmp0 (kring_record_get_string (area, "kind"), kind) == 0;
}

/* The figure of a gemeente or wijk (widest first), or NAN; @area_out gets it. */
static double
wide_figure (const KringReport *report, const char *indicator, guint year, KringRecord **area_out)
{
  static const char *const kinds[] = { "gemeente", "wijk" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint i = 0; i < g_list_model_get_n_items (report->neighbourhoods); i++)
      {
        g_autoptr (KringRecord) area = g_list_model_get_item (report->neighbourhoods, i);
        double value = is_kind (area, kinds[k])
                       ? area_figure (report, kring_record_get_id (area), indicator, year) : NAN;

        if (!isnan (value))
          {
            *area_out = g_steal_pointer (&area);
            return value;
          }
      }
  return NAN;
}

/* The sum over every buurt in @year, NAN when one of them lacks it. */
static double
buurten_sum (const KringReport *report, const char *indicator, guint year)
{
  double total = 0;
  guint counted = 0;

  for (guint i = 0; i < g_list_model_get_n_items (report->neighbourhoods); i++)
    {
      g_autoptr (KringRecord) area = g_list_model_get_item (report->neighbourhoods, i);
      double value;

      if (!is_kind (area, "buurt"))
        continue;
      value = area_figure (report, kring_record_get_id (area), indicator, year);
      if (isnan (value))
        return NAN;
      total += value;
      counted++;
    }
  return counted > 0 ? total : NAN;
}

/* For a sum of buurten: the latest year in which every buurt has it. */
static double
buurten_latest_sum (const KringReport *report, const char *indicator, guint year, guint *year_out)
{
  for (guint y = report->years->len; y > 0; y--)
    {
      guint candidate = g_array_index (report->years, guint, y - 1);
      double value;

      if (year != 0 && candidate != year)
        continue;
      value = buurten_sum (report, indicator, candidate);
      if (!isnan (value))
        {
          *year_out = candidate;
          return value;
        }
    }
  return NAN;
}

/* The year @value of @area_id was found in (for a year-0 look-up). */
static guint
figure_year (const KringReport *report, const char *area_id, const char *indicator, double value)
{
  for (guint y = report->years->len; y > 0; y--)
    {
      guint year = g_array_index (report->years, guint, y - 1);

      if (area_figure (report, area_id, indicator, year) == value)
        return year;
    }
  return 0;
}

/* The whole area's figure and where it comes from; @need's area_name is
 * NULL for a sum of the buurten. */
static gboolean
whole_area_figure (const KringReport *report, const char *indicator, guint year,
                   KringReportNeed *need)
{
  g_autoptr (KringRecord) area = NULL;
  const char *area_id = report->area_id;
  double value = area_id != NULL ? area_figure (report, area_id, indicator, year) : NAN;

  if (isnan (value) && !isnan (value = wide_figure (report, indicator, year, &area)))
    area_id = kring_record_get_id (area);
  need->indicator = indicator;
  need->area_name = NULL;
  if (!isnan (value))
    {
      g_autoptr (KringRecord) named = area != NULL ? g_object_ref (area) : NULL;

      for (guint i = 0; named == NULL && i < g_list_model_get_n_items (report->neighbourhoods); i++)
        {
          g_autoptr (KringRecord) candidate = g_list_model_get_item (report->neighbourhoods, i);

          if (g_strcmp0 (kring_record_get_id (candidate), area_id) == 0)
            named = g_steal_pointer (&candidate);
        }
      need->area_name = named != NULL ? kring_record_get_string (named, "name") : NULL;
      need->year = year != 0 ? year : figure_year (report, area_id, indicator, value);
    }
  else if (is_count (indicator))
    value = buurten_latest_sum (report, indicator, year, &need->year);
  need->value = value;
  return !isnan (value);
}

double
kring_report_figure (const KringReport *report,
                     const char        *neighbourhood_id,
                     const char        *indicator,
                     guint              year)
{
  KringReportNeed need;

  g_return_val_if_fail (report != NULL && indicator != NULL, NAN);

  if (report->figures == NULL)
    return NAN;
  if (neighbourhood_id != NULL)
    return area_figure (report, neighbourhood_id, indicator, year);
  return whole_area_figure (report, indicator, year, &need) ? need.value : NAN;
}

/* Which neighbourhood figure says something about the need in a life
 * domain; the first stem with a figure wins. Kept small on purpose: only
 * what the Kerncijfers wijken en buurten have. */
static const struct
{
  const char *domain;
  const char *stems[3];
} need_figures[] = {
  { "Sociaal netwerk", { "PercentageEenpersoonshuishoudens", "Eenpersoonshuishoudens",
                         "WmoClientenRelatief" } },
  { "Maatschappelijke participatie", { "PercentageEenpersoonshuishoudens" } },
  { "Financiën", { "HuishOnderOfRondSociaalMinimum", "PersonenPerSoortUitkeringBijstand" } },
  { "Werk en opleiding", { "PersonenPerSoortUitkeringBijstand" } },
  { "Opvoeding en ontwikkeling kinderen", { "PercentageJongerenMetJeugdzorg",
                                            "HuishoudensMetKinderen" } },
  { "Basale ADL", { "WmoClientenRelatief", "k_65JaarOfOuder" } },
  { "Instrumentele ADL", { "WmoClientenRelatief", "k_65JaarOfOuder" } },
  { "Lichamelijke gezondheid", { "k_65JaarOfOuder", "AfstandTotHuisartsenpraktijk" } },
};

gboolean
kring_report_need_figure (const KringReport *report,
                          const char        *domain,
                          KringReportNeed   *need)
{
  g_return_val_if_fail (report != NULL && need != NULL, FALSE);

  for (guint i = 0; report->figures != NULL && i < G_N_ELEMENTS (need_figures); i++)
    {
      if (g_strcmp0 (need_figures[i].domain, domain) != 0)
        continue;
      for (guint s = 0; s < G_N_ELEMENTS (need_figures[i].stems); s++)
        if (need_figures[i].stems[s] != NULL
            && whole_area_figure (report, need_figures[i].stems[s], 0, need))
          return TRUE;
    }
  return FALSE;
}

/* CBS column stems the app names in plain words. Others show as stored. */
static const struct
{
  const char *stem;
  const char *title;
  gboolean    count;
} indicators[] = {
  { "AantalInwoners", N_("Inhabitants"), TRUE },
  { "HuishoudensTotaal", N_("Households"), TRUE },
  { "Eenpersoonshuishoudens", N_("Single-person households"), TRUE },
  { "HuishoudensMetKinderen", N_("Households with children"), TRUE },
  { "PercentageEenpersoonshuishoudens", N_("Single-person households (%)"), FALSE },
  { "GemiddeldeHuishoudensgrootte", N_("Average household size"), FALSE },
  { "k_0Tot15Jaar", N_("Children under 15"), TRUE },
  { "k_65JaarOfOuder", N_("Inhabitants aged 65 or over"), TRUE },
  { "HuishOnderOfRondSociaalMinimum", N_("Households at or below the social minimum (%)"), FALSE },
  { "WmoClientenRelatief", N_("Wmo clients per 1,000 inhabitants"), FALSE },
  { "WmoClienten", N_("Wmo clients"), TRUE },
  { "JongerenMetJeugdzorgInNatura", N_("Young people with youth care"), TRUE },
  { "PercentageJongerenMetJeugdzorg", N_("Young people under 18 with youth care (%)"), FALSE },
  { "AfstandTotHuisartsenpraktijk", N_("Distance to a GP practice (km)"), FALSE },
  { "PersonenPerSoortUitkeringBijstand", N_("People on social assistance"), TRUE },
};

/* Unknown stems are not summed: a wrong total is worse than none. */
static gboolean
is_count (const char *indicator)
{
  for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
    if (g_strcmp0 (indicators[i].stem, indicator) == 0)
      return indicators[i].count;
  return FALSE;
}

const char *
kring_report_indicator_title (const char *indicator)
{
  for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
    if (g_strcmp0 (indicators[i].stem, indicator) == 0)
      return _(indicators[i].title);
  return NULL;
}

/* CBS publishes under CC BY 4.0, which asks for the licence to be named. */
char *
kring_report_sources_text (const KringReport *report)
{
  g_autoptr (GString) joined = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  if (report->sources == NULL || report->sources->len == 0)
    return NULL;
  for (guint i = 0; i < report->sources->len; i++)
    {
      const char *source = g_ptr_array_index (report->sources, i);

      if (joined->len > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, source);
    }
  if (strstr (joined->str, "CBS") != NULL && strstr (joined->str, "CC BY") == NULL)
    return g_strdup_printf (_("Source: %s (CC BY 4.0)"), joined->str);
  return g_strdup_printf (_("Source: %s"), joined->str);
}

guint
kring_report_close_partners (const KringReport *report)
{
  guint n = 0;

  g_return_val_if_fail (report != NULL, 0);

  for (guint i = 0; report->graph != NULL && i < report->graph->nodes->len; i++)
    {
      const KringMapNode *node = g_ptr_array_index (report->graph->nodes, i);

      if (node->ring > 1)
        continue;
      if (node->kind == KRING_MAP_NODE_PARTNER)
        n++;
      else if (node->kind == KRING_MAP_NODE_CLUSTER)
        n += node->cluster_size;
    }
  return n;
}

guint
kring_report_gaps (const KringReport *report)
{
  guint n = 0;

  g_return_val_if_fail (report != NULL, 0);

  for (guint i = 0; report->supply != NULL && i < report->supply->rows->len; i++)
    n += g_array_index (report->supply->rows, KringMapSupplyRow, i).gap ? 1 : 0;
  return n;
}
