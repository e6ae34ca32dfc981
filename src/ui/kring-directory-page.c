/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-directory-page.h"
#include "kring-summary.h"

/* The summary lists this many organisations; the searchable directory with
 * every record comes with the social map itself. */
#define ORGANISATIONS_SHOWN 100
/* Used when no team has set its own period. */
#define DEFAULT_STALE_MONTHS 12

struct _KringDirectoryPage
{
  AdwBin               parent_instance;

  KringSummary        *summary;

  GtkStack            *stack;
  GtkBox              *figures;
  AdwPreferencesGroup *check_group;
  GtkListBox          *check_list;
  AdwPreferencesGroup *organisations_group;
  GtkListBox          *organisations_list;
};

G_DEFINE_FINAL_TYPE (KringDirectoryPage, kring_directory_page, ADW_TYPE_BIN)

static const KringSummaryQuery queries[] = {
  { "organizations", "name" },
  { "services", "name" },
  { "locations", NULL },
  { "contacts", NULL },
  { "attributes", NULL },
  { "taxonomy_terms", "sort_order" },
  { "taxonomies", NULL },
  { "teams", "name" },
};

/* The freshness check covers what a phone call can verify. */
typedef struct
{
  const char *table;
  const char *title;
} KringDirectoryKind;

static const KringDirectoryKind kinds[] = {
  { "organizations", N_("Organisations") },
  { "services", N_("Services") },
  { "locations", N_("Locations") },
  { "contacts", N_("Contacts") },
};

static int
kring_directory_page_stale_months (KringSummaryData *data)
{
  g_autoptr (KringRecord) team = g_list_model_get_item (kring_summary_data_list (data, "teams"), 0);

  return team != NULL ? (int) kring_record_get_int (team, "stale_after_months",
                                                    DEFAULT_STALE_MONTHS)
                      : DEFAULT_STALE_MONTHS;
}

static guint
kring_directory_page_count_stale (GListModel *records, int months)
{
  guint stale = 0;

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (records, i);

      stale += kring_summary_is_older_than (kring_record_get_string (record, "verified_on"),
                                            months);
    }
  return stale;
}

static guint
kring_directory_page_fill_check (KringDirectoryPage *self, KringSummaryData *data)
{
  int months = kring_directory_page_stale_months (data);
  g_autofree char *description = g_strdup_printf (
      ngettext ("Records nobody has verified in the last %d month",
                "Records nobody has verified in the last %d months", months), months);
  guint total = 0;

  adw_preferences_group_set_description (self->check_group, description);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      guint stale = kring_directory_page_count_stale (
          kring_summary_data_list (data, kinds[i].table), months);
      GtkWidget *row = kring_summary_row_new (_(kinds[i].title), NULL);
      g_autofree char *count = g_strdup_printf ("%u", stale);

      kring_summary_row_add_tag (row, count, stale > 0 ? "kring-attention" : "kring-count");
      gtk_list_box_append (self->check_list, row);
      total += stale;
    }
  return total;
}

static void
kring_directory_page_add_tags (GtkWidget *row, GPtrArray *terms)
{
  for (guint i = 0; terms != NULL && i < terms->len; i++)
    kring_summary_row_add_tag (row, kring_record_get_string (g_ptr_array_index (terms, i), "name"),
                               "kring-tag");
}

static GtkWidget *
kring_directory_page_organisation_row (KringRecord *organisation, GHashTable *lijn,
                                       GHashTable *toegang)
{
  const char *id = kring_record_get_id (organisation);
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (organisation, "name"),
                                          kring_record_get_string (organisation, "description"));

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  kring_directory_page_add_tags (row, g_hash_table_lookup (lijn, id));
  kring_directory_page_add_tags (row, g_hash_table_lookup (toegang, id));
  return row;
}

static void
kring_directory_page_fill_organisations (KringDirectoryPage *self, KringSummaryData *data)
{
  GListModel *organisations = kring_summary_data_list (data, "organizations");
  guint n = g_list_model_get_n_items (organisations);
  g_autoptr (GHashTable) lijn = kring_summary_data_terms_by_organization (data, "lijn");
  g_autoptr (GHashTable) toegang = kring_summary_data_terms_by_organization (data, "toegang");
  g_autofree char *description = NULL;

  description = g_strdup_printf (ngettext ("%u organisation, with its lijn and toegang",
                                           "%u organisations, with their lijn and toegang", n), n);
  adw_preferences_group_set_description (self->organisations_group, description);
  for (guint i = 0; i < MIN (n, ORGANISATIONS_SHOWN); i++)
    {
      g_autoptr (KringRecord) organisation = g_list_model_get_item (organisations, i);

      gtk_list_box_append (self->organisations_list,
                           kring_directory_page_organisation_row (organisation, lijn, toegang));
    }
  if (n > ORGANISATIONS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (_("And %u more"), n - ORGANISATIONS_SHOWN);

      gtk_list_box_append (self->organisations_list,
                           kring_summary_row_new (more, _("Use the search to find them")));
    }
}

static gboolean
kring_directory_page_fill (gpointer page, KringSummaryData *data)
{
  KringDirectoryPage *self = page;
  guint stale;

  if (kring_summary_data_count (data, "organizations") == 0
      && kring_summary_data_count (data, "services") == 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kring_summary_add_figure (self->figures, kring_summary_data_count (data, kinds[i].table),
                              _(kinds[i].title));
  stale = kring_directory_page_fill_check (self, data);
  kring_summary_add_figure (self->figures, stale, _("To check"));
  kring_directory_page_fill_organisations (self, data);
  return TRUE;
}

static void
kring_directory_page_clear (gpointer page)
{
  KringDirectoryPage *self = page;

  kring_summary_clear (GTK_WIDGET (self->figures));
  kring_summary_clear (GTK_WIDGET (self->check_list));
  kring_summary_clear (GTK_WIDGET (self->organisations_list));
  adw_preferences_group_set_description (self->check_group, NULL);
  adw_preferences_group_set_description (self->organisations_group, NULL);
}

static void
kring_directory_page_dispose (GObject *object)
{
  KringDirectoryPage *self = KRING_DIRECTORY_PAGE (object);

  g_clear_pointer (&self->summary, kring_summary_free);
  G_OBJECT_CLASS (kring_directory_page_parent_class)->dispose (object);
}

static void
kring_directory_page_class_init (KringDirectoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_directory_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-directory-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, figures);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, check_group);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, check_list);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, organisations_group);
  gtk_widget_class_bind_template_child (widget_class, KringDirectoryPage, organisations_list);
}

static void
kring_directory_page_init (KringDirectoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->summary = kring_summary_new (self, self->stack, queries, G_N_ELEMENTS (queries),
                                     kring_directory_page_fill, kring_directory_page_clear);
}

void
kring_directory_page_set_store (KringDirectoryPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_DIRECTORY_PAGE (self));

  kring_summary_set_store (self->summary, store);
}

void
kring_directory_page_reload (KringDirectoryPage *self)
{
  g_return_if_fail (KRING_IS_DIRECTORY_PAGE (self));

  kring_summary_reload (self->summary);
}
