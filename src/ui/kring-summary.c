/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-summary.h"

struct _KringSummaryData
{
  GHashTable *lists;   /* table -> GListModel of KringRecord */
  GHashTable *counts;  /* table -> GINT_TO_POINTER (count) */
  GHashTable *indexes; /* table -> (id -> KringRecord), built on demand */
  GListModel *empty;
};

struct _KringSummary
{
  gpointer               page;
  GtkStack              *stack;
  GtkSpinner            *spinner;
  AdwStatusPage         *error_page;
  const KringSummaryQuery *queries;
  guint                  n_queries;
  KringSummaryFillFunc   fill;
  KringSummaryClearFunc  clear;
  KringStore            *store;
  GCancellable          *cancellable;
};

/* One load in flight: the data being gathered and how many replies are due. */
typedef struct
{
  KringSummaryData        *data;
  /* The page's static query array: still valid if the page is gone. */
  const KringSummaryQuery *queries;
  guint                    pending;
  GError                  *error;
} KringSummaryFetch;

static KringSummaryData *
kring_summary_data_new (void)
{
  KringSummaryData *data = g_new0 (KringSummaryData, 1);

  data->lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  data->indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
  data->empty = G_LIST_MODEL (g_list_store_new (KRING_TYPE_RECORD));
  return data;
}

static void
kring_summary_data_free (KringSummaryData *data)
{
  g_clear_pointer (&data->lists, g_hash_table_unref);
  g_clear_pointer (&data->counts, g_hash_table_unref);
  g_clear_pointer (&data->indexes, g_hash_table_unref);
  g_clear_object (&data->empty);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringSummaryData, kring_summary_data_free)

guint
kring_summary_data_count (KringSummaryData *data, const char *table)
{
  g_return_val_if_fail (data != NULL, 0);

  if (data->counts == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (data->counts, table));
}

GListModel *
kring_summary_data_list (KringSummaryData *data, const char *table)
{
  GListModel *list;

  g_return_val_if_fail (data != NULL, NULL);

  list = g_hash_table_lookup (data->lists, table);
  return list != NULL ? list : data->empty;
}

static GHashTable *
kring_summary_data_index (KringSummaryData *data, const char *table)
{
  GListModel *list = kring_summary_data_list (data, table);
  GHashTable *index = g_hash_table_lookup (data->indexes, table);
  guint n = g_list_model_get_n_items (list);

  if (index != NULL)
    return index;
  index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      KringRecord *record = g_list_model_get_item (list, i);

      g_hash_table_insert (index, (gpointer) kring_record_get_id (record), record);
    }
  g_hash_table_insert (data->indexes, g_strdup (table), index);
  return index;
}

KringRecord *
kring_summary_data_find (KringSummaryData *data, const char *table, const char *id)
{
  g_return_val_if_fail (data != NULL, NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (kring_summary_data_index (data, table), id);
}

/* The organisation an attribute belongs to: itself, or the owner of the
 * service it describes. */
static const char *
kring_summary_data_owner (KringSummaryData *data, const char *link_id)
{
  KringRecord *service;

  if (kring_summary_data_find (data, "organizations", link_id) != NULL)
    return link_id;
  service = kring_summary_data_find (data, "services", link_id);
  return service != NULL ? kring_record_get_string (service, "organization_id") : NULL;
}

gboolean
kring_summary_data_term_is (KringSummaryData *data, KringRecord *term, const char *kind)
{
  KringRecord *taxonomy = kring_summary_data_find (data, "taxonomies",
                                                   kring_record_get_string (term, "taxonomy_id"));

  return taxonomy != NULL && g_strcmp0 (kring_record_get_string (taxonomy, "kind"), kind) == 0;
}

static void
kring_summary_add_term (GHashTable *terms, const char *owner, KringRecord *term)
{
  GPtrArray *list = g_hash_table_lookup (terms, owner);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (terms, g_strdup (owner), list);
    }
  if (!g_ptr_array_find (list, term, NULL))
    g_ptr_array_add (list, g_object_ref (term));
}

GHashTable *
kring_summary_data_terms_by_organization (KringSummaryData *data, const char *kind)
{
  GListModel *attributes = kring_summary_data_list (data, "attributes");
  GHashTable *terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (attributes); i++)
    {
      g_autoptr (KringRecord) attribute = g_list_model_get_item (attributes, i);
      KringRecord *term = kring_summary_data_find (
          data, "taxonomy_terms", kring_record_get_string (attribute, "taxonomy_term_id"));
      const char *owner = kring_summary_data_owner (
          data, kring_record_get_string (attribute, "link_id"));

      if (term != NULL && owner != NULL && kring_summary_data_term_is (data, term, kind))
        kring_summary_add_term (terms, owner, term);
    }
  return terms;
}

/* Loading: one count and one list per query, all in parallel; the GTask
 * completes when the last reply is in. */

static void
kring_summary_fetch_free (KringSummaryFetch *fetch)
{
  g_clear_pointer (&fetch->data, kring_summary_data_free);
  g_clear_error (&fetch->error);
  g_free (fetch);
}

static void
kring_summary_fetch_reply (GTask *task, GError *error)
{
  KringSummaryFetch *fetch = g_task_get_task_data (task);

  if (error != NULL && fetch->error == NULL)
    fetch->error = error;
  else
    g_clear_error (&error);

  g_assert (fetch->pending > 0);
  if (--fetch->pending > 0)
    return;
  if (fetch->error != NULL)
    g_task_return_error (task, g_steal_pointer (&fetch->error));
  else
    g_task_return_pointer (task, g_steal_pointer (&fetch->data),
                           (GDestroyNotify) kring_summary_data_free);
}

static void
kring_summary_on_counted (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringSummaryFetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;

  fetch->data->counts = kring_store_count_finish (KRING_STORE (source), result, &error);
  kring_summary_fetch_reply (task, error);
}

static void
kring_summary_on_listed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  KringSummaryFetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr (GPtrArray) lists = kring_store_list_many_finish (KRING_STORE (source), result,
                                                              &error);

  for (guint i = 0; lists != NULL && i < lists->len; i++)
    g_hash_table_replace (fetch->data->lists, g_strdup (fetch->queries[i].table),
                          g_object_ref (g_ptr_array_index (lists, i)));
  kring_summary_fetch_reply (task, error);
}

/* All of a page's lists in one read transaction: one consistent snapshot. */
static void
kring_summary_list_all_async (KringSummary *self, GTask *task)
{
  g_autofree KringStoreListQuery *queries = g_new0 (KringStoreListQuery, self->n_queries);

  for (guint i = 0; i < self->n_queries; i++)
    {
      queries[i].table = self->queries[i].table;
      queries[i].order_by = self->queries[i].order_by;
    }
  kring_store_list_many_async (self->store, queries, self->n_queries, self->cancellable,
                               kring_summary_on_listed, g_object_ref (task));
}

static void
kring_summary_fetch_async (KringSummary *self, GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (self->store, self->cancellable, callback, user_data);
  KringSummaryFetch *fetch = g_new0 (KringSummaryFetch, 1);

  fetch->data = kring_summary_data_new ();
  fetch->queries = self->queries;
  fetch->pending = 2;
  g_task_set_source_tag (task, kring_summary_fetch_async);
  g_task_set_task_data (task, fetch, (GDestroyNotify) kring_summary_fetch_free);

  kring_store_count_async (self->store, self->cancellable, kring_summary_on_counted,
                           g_object_ref (task));
  kring_summary_list_all_async (self, task);
}

/* The page states. */

static void
kring_summary_show (KringSummary *self, const char *name)
{
  gtk_spinner_set_spinning (self->spinner, g_str_equal (name, "loading") && self->store != NULL);
  gtk_stack_set_visible_child_name (self->stack, name);
}

static GtkWidget *
kring_summary_loading_new (KringSummary *self)
{
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Loading"), -1);
  self->spinner = GTK_SPINNER (spinner);
  return spinner;
}

static GtkWidget *
kring_summary_error_new (KringSummary *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Data Could Not Be Read"));
  self->error_page = ADW_STATUS_PAGE (status);
  return status;
}

KringSummary *
kring_summary_new (gpointer page, GtkStack *stack, const KringSummaryQuery *queries,
                   guint n_queries, KringSummaryFillFunc fill, KringSummaryClearFunc clear)
{
  KringSummary *self = g_new0 (KringSummary, 1);

  g_return_val_if_fail (GTK_IS_STACK (stack), NULL);

  self->page = page;
  self->stack = stack;
  self->queries = queries;
  self->n_queries = n_queries;
  self->fill = fill;
  self->clear = clear;
  gtk_stack_add_named (stack, kring_summary_loading_new (self), "loading");
  gtk_stack_add_named (stack, kring_summary_error_new (self), "error");
  kring_summary_show (self, "loading");
  return self;
}

static void
kring_summary_cancel (KringSummary *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

void
kring_summary_free (KringSummary *self)
{
  kring_summary_cancel (self);
  g_clear_object (&self->store);
  g_free (self);
}

void
kring_summary_set_store (KringSummary *self, KringStore *store)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (store == NULL || KRING_IS_STORE (store));

  if (self->store == store)
    return;
  kring_summary_cancel (self);
  /* Drop what the old store showed at once, before anything else runs. */
  self->clear (self->page);
  g_set_object (&self->store, store);
  kring_summary_reload (self);
}

static void
kring_summary_on_fetched (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KringSummaryData) data = g_task_propagate_pointer (G_TASK (result), &error);
  KringSummary *self = user_data;

  /* A cancelled load may outlive its KringSummary: touch nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  self->clear (self->page);
  if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      kring_summary_show (self, "error");
      return;
    }
  kring_summary_show (self, self->fill (self->page, data) ? "content" : "empty");
}

void
kring_summary_reload (KringSummary *self)
{
  g_return_if_fail (self != NULL);

  kring_summary_cancel (self);
  if (self->store == NULL)
    {
      self->clear (self->page);
      kring_summary_show (self, "loading");
      return;
    }
  /* A reload keeps the old content on screen until the new one is in. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "content") != 0)
    kring_summary_show (self, "loading");
  self->cancellable = g_cancellable_new ();
  kring_summary_fetch_async (self, kring_summary_on_fetched, self);
}

/* Builders. */

void
kring_summary_clear (GtkWidget *container)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (container));

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else if (GTK_IS_BOX (container))
        gtk_box_remove (GTK_BOX (container), child);
      else
        g_return_if_reached ();
    }
}

GtkWidget *
kring_summary_row_new (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

GtkWidget *
kring_summary_expander_new (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  return row;
}

void
kring_summary_row_add_tag (GtkWidget *row, const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), label);
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

void
kring_summary_add_figure (GtkBox *box, guint value, const char *caption)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *text = g_strdup_printf ("%u", value);
  GtkWidget *number = gtk_label_new (text);
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "kring-figure");
  gtk_widget_set_hexpand (card, TRUE);
  gtk_widget_add_css_class (number, "title-1");
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (card), number);
  gtk_box_append (GTK_BOX (card), label);
  gtk_box_append (box, card);
}

/* Dates and texts. */

GDateTime *
kring_summary_parse_date (const char *iso)
{
  int year, month, day;
  char rest;
  g_autoptr (GDateTime) utc = NULL;

  if (iso == NULL || *iso == '\0')
    return NULL;
  if (sscanf (iso, "%4d-%2d-%2d%c", &year, &month, &day, &rest) == 3)
    return g_date_time_new_local (year, month, day, 0, 0, 0);
  utc = g_date_time_new_from_iso8601 (iso, NULL);
  return utc != NULL ? g_date_time_to_local (utc) : NULL;
}

char *
kring_summary_format_date (const char *iso)
{
  g_autoptr (GDateTime) date = kring_summary_parse_date (iso);

  /* Dutch style, day first: "14 jan 2027". */
  return date != NULL ? g_date_time_format (date, "%-e %b %Y") : NULL;
}

gboolean
kring_summary_is_older_than (const char *iso, int months)
{
  g_autoptr (GDateTime) date = kring_summary_parse_date (iso);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) limit = g_date_time_add_months (now, -months);

  return date == NULL || g_date_time_compare (date, limit) < 0;
}

char *
kring_summary_join_names (GPtrArray *names, guint max)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint shown = MIN (names->len, max);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  if (names->len > shown)
    {
      guint more = names->len - shown;

      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", more), more);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
kring_summary_join_parts (const char *const *parts, guint n_parts)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, parts[i]);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}
