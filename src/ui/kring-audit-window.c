/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kring-audit-window.h"

/* A list box of thousands of rows is slow to build on every key press;
 * the newest ones are what the user looks for, the search finds others. */
#define MAX_ROWS 200

typedef struct
{
  char *when;   /* as shown */
  char *action; /* as shown */
  char *actor;
  char *label;  /* the household, or the table */
  char *key;    /* label and actor, case-folded, for the search */
} AuditEntry;

struct _KringAuditWindow
{
  AdwWindow     parent_instance;

  KringStore   *store;
  GCancellable *cancellable;
  GPtrArray    *entries; /* AuditEntry, newest first */

  GtkSearchEntry *search;
  GtkStack       *stack;
  GtkListBox     *list;
  GtkLabel       *more;
  AdwStatusPage  *error_page;
};

G_DEFINE_FINAL_TYPE (KringAuditWindow, kring_audit_window, ADW_TYPE_WINDOW)

static void
audit_entry_free (gpointer data)
{
  AuditEntry *entry = data;

  g_free (entry->when);
  g_free (entry->action);
  g_free (entry->actor);
  g_free (entry->label);
  g_free (entry->key);
  g_free (entry);
}

static const char *
action_name (const char *action)
{
  static const struct { const char *action; const char *name; } names[] = {
    { "view", N_("Viewed") },     { "create", N_("Created") },
    { "update", N_("Changed") },  { "delete", N_("Deleted") },
    { "export", N_("Exported") }, { "print", N_("Printed") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (action, names[i].action) == 0)
      return _(names[i].name);
  return action;
}

/* "23 nov 2026 14:05" in local time; the log stores UTC. */
static char *
format_when (const char *at)
{
  g_autoptr (GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (at != NULL ? at : "");
  /* TRANSLATORS: date and time of an audit log entry; see g_date_time_format(). */
  return g_date_time_format (local, _("%b %-e, %Y %H:%M"));
}

static GHashTable *
household_labels (GListModel *households)
{
  GHashTable *labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (households); i++)
    {
      g_autoptr (KringRecord) record = g_list_model_get_item (households, i);

      g_hash_table_insert (labels, g_strdup (kring_record_get_id (record)),
                           g_strdup (kring_record_get_string (record, "label")));
    }
  return labels;
}

static AuditEntry *
audit_entry_new (KringRecord *row, GHashTable *labels)
{
  AuditEntry *entry = g_new0 (AuditEntry, 1);
  const char *table = kring_record_get_string (row, "record_table");
  const char *id = kring_record_get_string (row, "record_id");
  const char *label = NULL;
  g_autofree char *key = NULL;

  if (g_strcmp0 (table, "households") == 0 && id != NULL)
    label = g_hash_table_lookup (labels, id);
  if (label == NULL && g_strcmp0 (table, "households") == 0)
    label = _("Removed household");
  entry->when = format_when (kring_record_get_string (row, "at"));
  entry->action = g_strdup (action_name (kring_record_get_string (row, "action")));
  entry->actor = g_strdup (kring_record_get_string (row, "actor"));
  entry->label = g_strdup (label != NULL ? label : table);
  key = g_strconcat (entry->label, "\n", entry->actor != NULL ? entry->actor : "", NULL);
  entry->key = g_utf8_casefold (key, -1);
  return entry;
}

static GtkWidget *
entry_row (AuditEntry *entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *when = gtk_label_new (entry->when);
  g_autofree char *subtitle = g_strdup_printf (_("%s by %s"), entry->action,
                                               entry->actor != NULL ? entry->actor
                                                                    : _("someone unknown"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (when, "numeric");
  gtk_widget_add_css_class (when, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), when);
  return row;
}

static void
clear_rows (KringAuditWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

/* Shows the entries that match the search, newest first. */
static void
refresh (KringAuditWindow *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search)),
                                             -1);
  guint matches = 0;

  if (self->entries == NULL)
    return;
  clear_rows (self);
  for (guint i = 0; i < self->entries->len; i++)
    {
      AuditEntry *entry = self->entries->pdata[i];

      if (strstr (entry->key, needle) == NULL)
        continue;
      if (++matches <= MAX_ROWS)
        gtk_list_box_append (self->list, entry_row (entry));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more), matches > MAX_ROWS);
  if (self->entries->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, matches > 0 ? "list" : "no-results");
}

static void
show_error (KringAuditWindow *self, const GError *error)
{
  g_autofree char *text = g_strdup_printf (_("The log could not be read: %s"), error->message);

  adw_status_page_set_description (self->error_page, text);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
on_listed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = kring_store_list_many_finish (KRING_STORE (source), result,
                                                               &error);
  g_autoptr (KringAuditWindow) self = user_data;
  g_autoptr (GHashTable) labels = NULL;
  GListModel *rows;

  /* Closed (or locked) meanwhile: its widgets are gone. */
  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  if (lists == NULL)
    {
      show_error (self, error);
      return;
    }
  rows = lists->pdata[0];
  labels = household_labels (lists->pdata[1]);
  self->entries = g_ptr_array_new_with_free_func (audit_entry_free);
  /* The store reads oldest first. */
  for (guint i = g_list_model_get_n_items (rows); i > 0; i--)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i - 1);

      g_ptr_array_add (self->entries, audit_entry_new (row, labels));
    }
  refresh (self);
}

static void
load (KringAuditWindow *self)
{
  const KringStoreListQuery queries[] = {
    { "audit_log", NULL, NULL, "at" },
    { "households", NULL, NULL, NULL },
  };

  kring_store_list_many_async (self->store, queries, G_N_ELEMENTS (queries), self->cancellable,
                               on_listed, g_object_ref (self));
}

static void
on_search_changed (KringAuditWindow *self)
{
  refresh (self);
}

static gboolean
focus_search (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  gtk_widget_grab_focus (GTK_WIDGET (KRING_AUDIT_WINDOW (widget)->search));
  return TRUE;
}

static GtkWidget *
status_page (const char *icon, const char *title, const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  return page;
}

static GtkWidget *
list_page (KringAuditWindow *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  self->more = GTK_LABEL (gtk_label_new (
    _("Only the newest 200 entries are shown. Search for a household or a colleague to find "
      "older ones.")));
  gtk_label_set_wrap (self->more, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->more), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->more));
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  return scrolled;
}

static void
build_stack (KringAuditWindow *self)
{
  GtkWidget *spinner = gtk_spinner_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_stack_add_named (self->stack, spinner, "loading");
  gtk_stack_add_named (self->stack, list_page (self), "list");
  gtk_stack_add_named (self->stack,
                       status_page ("document-open-recent-symbolic", _("The Log Is Empty"),
                                    _("Here you will see who viewed, created, changed, "
                                      "deleted, exported or printed a household, and when.")),
                       "empty");
  gtk_stack_add_named (self->stack,
                       status_page ("edit-find-symbolic", _("Nothing Found"),
                                    _("Search for the name of a household or of a colleague.")),
                       "no-results");
  self->error_page = ADW_STATUS_PAGE (status_page ("dialog-warning-symbolic",
                                                   _("The Log Could Not Be Read"), NULL));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
}

static GtkWidget *
search_bar (KringAuditWindow *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search household or colleague"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed),
                            self);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->search));
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  return clamp;
}

static void
kring_audit_window_init (KringAuditWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  self->cancellable = g_cancellable_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Log"),
                                                         _("Who viewed or changed which "
                                                           "household, and when")));
  build_stack (self);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), search_bar (self));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), _("Log"));
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 600);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

static void
kring_audit_window_dispose (GObject *object)
{
  KringAuditWindow *self = KRING_AUDIT_WINDOW (object);

  /* A read still under way must not reach a destroyed window. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  G_OBJECT_CLASS (kring_audit_window_parent_class)->dispose (object);
}

static void
kring_audit_window_class_init (KringAuditWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kring_audit_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search, NULL);
}

KringAuditWindow *
kring_audit_window_new (GtkWindow *parent, KringStore *store)
{
  KringAuditWindow *self = g_object_new (KRING_TYPE_AUDIT_WINDOW, "transient-for", parent,
                                         NULL);

  g_return_val_if_fail (KRING_IS_STORE (store), self);
  self->store = g_object_ref (store);
  load (self);
  return self;
}
