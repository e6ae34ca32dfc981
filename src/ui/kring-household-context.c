/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-context.h"
#include "kring-household-view.h"

/*
 * The household's plan and the lists its forms choose from are read at once
 * (the plan in one read transaction, the lists in another) and then only
 * read: a change goes to the store and the view builds a new context.
 */

/* The context sits inside a larger block so the struct stays public. */
typedef struct
{
  KringHouseholdContext  public;
  GPtrArray             *undo;
} ContextBox;

static void
context_clear (KringHouseholdContext *self)
{
  ContextBox *box = (ContextBox *) self;

  g_clear_object (&self->store);
  g_free (self->actor);
  g_free (self->current_member_id);
  g_free (self->household_id);
  g_clear_object (&self->household);
  g_clear_pointer (&self->plan, g_hash_table_unref);
  g_clear_object (&self->domains);
  g_clear_object (&self->team_members);
  g_clear_object (&self->contacts);
  g_clear_object (&self->organizations);
  g_clear_object (&self->services);
  g_clear_object (&self->neighbourhoods);
  g_clear_pointer (&box->undo, g_ptr_array_unref);
}

KringHouseholdContext *
kring_household_context_ref (KringHouseholdContext *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
kring_household_context_unref (KringHouseholdContext *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) context_clear);
}

/* --- loading --- */

enum { LIST_TEAM_MEMBERS, LIST_NEIGHBOURHOODS, N_LISTS };

static const KringStoreListQuery list_queries[N_LISTS] = {
  { "team_members", NULL, NULL, "name" },
  { "neighbourhoods", NULL, NULL, "name" },
};

/* The order of kring_store_household_choices_finish(). */
enum { CHOICE_ORGANIZATIONS, CHOICE_SERVICES, CHOICE_CONTACTS };

typedef struct
{
  KringHouseholdContext *context;
  guint                  pending;
  GError                *error;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_pointer (&data->context, kring_household_context_unref);
  g_clear_error (&data->error);
  g_free (data);
}

/* Each of the three reads ends here; the last one completes the task. */
static void
load_step_done (GTask *task, GError *error)
{
  LoadData *data = g_task_get_task_data (task);

  if (error != NULL && data->error == NULL)
    data->error = error;
  else if (error != NULL)
    g_error_free (error);
  if (--data->pending > 0)
    return;
  if (data->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->error));
      return;
    }
  g_task_return_pointer (task, kring_household_context_ref (data->context),
                         (GDestroyNotify) kring_household_context_unref);
}

static void
on_plan_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);
  GError *error = NULL;
  GHashTable *plan = kring_store_household_plan_finish (KRING_STORE (source), result, &error);
  GListModel *rows;

  if (plan != NULL)
    {
      data->context->plan = plan;
      rows = g_hash_table_lookup (plan, "households");
      data->context->household = g_list_model_get_item (rows, 0);
    }
  load_step_done (task, error);
}

static void
on_lists_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr (GPtrArray) lists = kring_store_list_many_finish (KRING_STORE (source), result,
                                                              &error);

  if (lists != NULL)
    {
      KringHouseholdContext *context = data->context;

      context->team_members = g_object_ref (lists->pdata[LIST_TEAM_MEMBERS]);
      context->neighbourhoods = g_object_ref (lists->pdata[LIST_NEIGHBOURHOODS]);
    }
  load_step_done (task, error);
}

static void
on_choices_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr (GPtrArray) lists = kring_store_household_choices_finish (KRING_STORE (source),
                                                                      result, &error);

  if (lists != NULL)
    {
      KringHouseholdContext *context = data->context;

      context->organizations = g_object_ref (lists->pdata[CHOICE_ORGANIZATIONS]);
      context->services = g_object_ref (lists->pdata[CHOICE_SERVICES]);
      context->contacts = g_object_ref (lists->pdata[CHOICE_CONTACTS]);
    }
  load_step_done (task, error);
}

static void
on_domains_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);
  GError *error = NULL;

  data->context->domains = kring_store_life_domains_finish (KRING_STORE (source), result,
                                                            &error);
  load_step_done (task, error);
}

static KringHouseholdContext *
context_new (KringStore *store, const char *household_id, const char *actor, GtkWidget *view)
{
  ContextBox *box = g_atomic_rc_box_new0 (ContextBox);
  KringHouseholdContext *self = &box->public;

  self->store = g_object_ref (store);
  self->actor = g_strdup (actor);
  self->current_member_id = kring_household_view_current_member ();
  self->household_id = g_strdup (household_id);
  self->view = view;
  return self;
}

void
kring_household_context_load_async (KringStore          *store,
                                    const char          *household_id,
                                    const char          *actor,
                                    GtkWidget           *view,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);
  LoadData *data = g_new0 (LoadData, 1);

  g_return_if_fail (KRING_IS_STORE (store) && household_id != NULL);

  g_task_set_source_tag (task, kring_household_context_load_async);
  data->context = context_new (store, household_id, actor, view);
  data->pending = 4;
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  kring_store_household_plan_async (store, household_id, actor, cancellable, on_plan_read,
                                    g_object_ref (task));
  kring_store_list_many_async (store, list_queries, N_LISTS, cancellable, on_lists_read,
                               g_object_ref (task));
  kring_store_household_choices_async (store, cancellable, on_choices_read,
                                       g_object_ref (task));
  kring_store_life_domains_async (store, cancellable, on_domains_read, task);
}

/* A change to a household leaves the sociale kaart, the team and the
 * domains as they were: only the plan is read again, and the lists (which
 * can hold tens of thousands of contacts and services) are shared. */
void
kring_household_context_reload_async (KringHouseholdContext *previous,
                                      GCancellable          *cancellable,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data)
{
  GTask *task = g_task_new (previous->store, cancellable, callback, user_data);
  LoadData *data = g_new0 (LoadData, 1);
  KringHouseholdContext *context;

  g_task_set_source_tag (task, kring_household_context_load_async);
  context = context_new (previous->store, previous->household_id, previous->actor,
                         previous->view);
  context->domains = g_object_ref (previous->domains);
  context->team_members = g_object_ref (previous->team_members);
  context->contacts = g_object_ref (previous->contacts);
  context->organizations = g_object_ref (previous->organizations);
  context->services = g_object_ref (previous->services);
  context->neighbourhoods = g_object_ref (previous->neighbourhoods);
  data->context = context;
  data->pending = 1;
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  /* The change was logged; reading it back is not another view. */
  kring_store_household_plan_async (previous->store, previous->household_id, NULL,
                                    cancellable, on_plan_read, task);
}

KringHouseholdContext *
kring_household_context_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result))
                          == kring_household_context_load_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* --- reading --- */

GListModel *
kring_household_context_rows (KringHouseholdContext *self, const char *table)
{
  static GListModel *empty;
  GListModel *rows = self->plan != NULL ? g_hash_table_lookup (self->plan, table) : NULL;

  if (rows != NULL)
    return rows;
  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, G_LIST_MODEL (g_list_store_new (KRING_TYPE_RECORD)));
  return empty;
}

static GListModel *
list_of (KringHouseholdContext *self, const char *table)
{
  const struct { const char *table; GListModel *list; } lists[] = {
    { "taxonomy_terms", self->domains }, { "team_members", self->team_members },
    { "contacts", self->contacts }, { "organizations", self->organizations },
    { "services", self->services }, { "neighbourhoods", self->neighbourhoods },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_str_equal (lists[i].table, table))
      return lists[i].list;
  return kring_household_context_rows (self, table);
}

KringRecord *
kring_household_context_find (KringHouseholdContext *self, const char *table, const char *id)
{
  GListModel *rows;

  g_return_val_if_fail (self != NULL && table != NULL, NULL);
  if (id == NULL || (rows = list_of (self, table)) == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (kring_record_get_id (row), id) == 0)
        return row;  /* the list keeps its reference */
    }
  return NULL;
}

static const char *
member_role_title (const char *role)
{
  const struct { const char *role; const char *title; } roles[] = {
    { "main", N_("Main resident") }, { "partner", N_("Partner") }, { "parent", N_("Parent") },
    { "child", N_("Child") }, { "relative", N_("Relative") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (roles[i].role, role) == 0)
      return _(roles[i].title);
  return _("Household member");
}

/* A member without a name is known by role and year of birth. */
static char *
member_name (KringRecord *member)
{
  const char *name = kring_record_get_string (member, "name");
  gint64 year = kring_record_get_int (member, "birth_year", 0);

  if (name != NULL)
    return g_strdup (name);
  if (year > 0)
    return g_strdup_printf ("%s (%" G_GINT64_FORMAT ")",
                            member_role_title (kring_record_get_string (member, "role")), year);
  return g_strdup (member_role_title (kring_record_get_string (member, "role")));
}

char *
kring_household_context_row_name (const char *table, KringRecord *row)
{
  const char *name, *org;

  if (g_str_equal (table, "household_members"))
    return member_name (row);
  name = kring_record_get_string (row, g_str_equal (table, "actions") ? "what" : "name");
  if (g_str_equal (table, "goals"))
    name = kring_record_get_string (row, "description");
  org = kring_record_get_string (row, "organization_name");
  if (name != NULL && org != NULL && !g_str_equal (table, "organizations"))
    return g_strdup_printf ("%s, %s", name, org);
  return g_strdup (name != NULL ? name : (org != NULL ? org : ""));
}

char *
kring_household_context_name (KringHouseholdContext *self, const char *table, const char *id)
{
  KringRecord *row = kring_household_context_find (self, table, id);

  return row != NULL ? kring_household_context_row_name (table, row) : g_strdup ("");
}

const char *
kring_household_context_domain_name (KringHouseholdContext *self, const char *domain_id)
{
  KringRecord *term = kring_household_context_find (self, "taxonomy_terms", domain_id);
  const char *name = term != NULL ? kring_record_get_string (term, "name") : NULL;

  return name != NULL ? name : "";
}

/* --- who can do an action --- */

typedef struct
{
  GPtrArray *ids;
  GPtrArray *labels;
} Actors;

static void
add_actors (KringHouseholdContext *self, Actors *out, const char *kind, const char *table,
            GListModel *rows, const char *what)
{
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      g_autofree char *name = kring_household_context_row_name (table, row);

      if (*name == '\0' || (g_str_equal (table, "team_members")
                            && kring_record_get_int (row, "active", 1) == 0))
        continue;
      g_ptr_array_add (out->ids, g_strdup_printf ("%s:%s", kind, kring_record_get_id (row)));
      /* TRANSLATORS: who does an action: "Household member — Sanne" */
      g_ptr_array_add (out->labels, g_strdup_printf (_("%s — %s"), what, name));
    }
}

void
kring_household_context_actors (KringHouseholdContext *self, GStrv *ids, GStrv *labels)
{
  Actors out = { g_ptr_array_new (), g_ptr_array_new () };

  g_return_if_fail (self != NULL && ids != NULL && labels != NULL);
  add_actors (self, &out, "household_member", "household_members",
              kring_household_context_rows (self, "household_members"), _("Household member"));
  add_actors (self, &out, "network_person", "network_persons",
              kring_household_context_rows (self, "network_persons"), _("Network"));
  add_actors (self, &out, "team_member", "team_members", self->team_members, _("Team"));
  add_actors (self, &out, "contact", "contacts", self->contacts, _("Sociale kaart"));
  add_actors (self, &out, "service", "services", self->services, _("Service"));
  g_ptr_array_add (out.ids, NULL);
  g_ptr_array_add (out.labels, NULL);
  *ids = (GStrv) g_ptr_array_free (out.ids, FALSE);
  *labels = (GStrv) g_ptr_array_free (out.labels, FALSE);
}

/* --- changing --- */

typedef struct
{
  KringHouseholdContext *context;
  KringHouseholdDone     done;
  gpointer               done_data;
  char                  *what;     /* removes: what was removed, for the toast */
} Change;

static Change *
change_new (KringHouseholdContext *self, KringHouseholdDone done, gpointer done_data,
            const char *what)
{
  Change *change = g_new0 (Change, 1);

  change->context = kring_household_context_ref (self);
  change->done = done;
  change->done_data = done_data;
  change->what = g_strdup (what);
  return change;
}

static void
change_free (Change *change)
{
  kring_household_context_unref (change->context);
  g_free (change->what);
  g_free (change);
}

/* After a change: the hook (tests), then the view reads everything again. */
static void
changed (KringHouseholdContext *self)
{
  if (self->changed_hook != NULL)
    ((void (*) (gpointer)) self->changed_hook) (self->changed_data);
  if (self->view != NULL)
    kring_household_view_reload (KRING_HOUSEHOLD_VIEW (self->view));
}

static void
toast_error (KringHouseholdContext *self, const char *doing, const GError *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", doing, error->message);

  kring_household_context_toast (self, text);
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Change *change = user_data;
  g_autoptr (GError) error = NULL;

  kring_store_household_save_finish (KRING_STORE (source), result, &error);
  if (change->done != NULL)
    change->done (change->done_data, error);
  if (error != NULL)
    toast_error (change->context, _("Not saved"), error);
  else
    changed (change->context);
  change_free (change);
}

void
kring_household_context_save (KringHouseholdContext *self, GPtrArray *records,
                              GPtrArray *removals, KringHouseholdDone done, gpointer user_data)
{
  g_return_if_fail (self != NULL && records != NULL);
  kring_store_household_save_async (self->store, self->household_id, records, removals,
                                    self->actor, NULL, on_saved,
                                    change_new (self, done, user_data, NULL));
}

static void
on_undo_clicked (AdwToast *toast, KringHouseholdContext *self)
{
  kring_household_context_undo (self);
}

static void
show_undo_toast (KringHouseholdContext *self, const char *what)
{
  g_autofree char *title = g_strdup_printf (_("%s removed"), what);
  /* Toast titles are markup; a name may hold an "&". */
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _("_Undo"));
  /* The toast keeps this context, and with it the rows, until it goes. */
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked),
                         kring_household_context_ref (self),
                         (GClosureNotify) (void (*) (void)) kring_household_context_unref, 0);
  if (self->view != NULL)
    kring_household_view_toast (KRING_HOUSEHOLD_VIEW (self->view), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
on_removed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Change *change = user_data;
  ContextBox *box = (ContextBox *) change->context;
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = kring_store_household_remove_finish (KRING_STORE (source), result, &error);

  if (rows == NULL)
    toast_error (change->context, _("Not removed"), error);
  else
    {
      g_clear_pointer (&box->undo, g_ptr_array_unref);
      box->undo = rows;
      show_undo_toast (change->context, change->what);
      changed (change->context);
    }
  change_free (change);
}

void
kring_household_context_remove (KringHouseholdContext *self, KringRecord *record,
                                const char *what)
{
  g_return_if_fail (self != NULL && KRING_IS_RECORD (record));
  kring_store_household_remove_async (self->store, self->household_id,
                                      kring_record_get_table (record),
                                      kring_record_get_id (record), self->actor, NULL,
                                      on_removed, change_new (self, NULL, NULL, what));
}

gboolean
kring_household_context_undo (KringHouseholdContext *self)
{
  ContextBox *box = (ContextBox *) self;
  g_autoptr (GPtrArray) rows = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  if (box->undo == NULL)
    return FALSE;
  rows = g_steal_pointer (&box->undo);
  kring_household_context_save (self, rows, NULL, NULL, NULL);
  return TRUE;
}

void
kring_household_context_set_changed_hook (KringHouseholdContext *self, GCallback hook,
                                          gpointer user_data)
{
  g_return_if_fail (self != NULL);
  self->changed_hook = hook;
  self->changed_data = user_data;
}

void
kring_household_context_toast (KringHouseholdContext *self, const char *title)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (self != NULL);
  escaped = g_markup_escape_text (title, -1);
  if (self->view != NULL)
    kring_household_view_toast (KRING_HOUSEHOLD_VIEW (self->view), adw_toast_new (escaped));
  else
    g_message ("%s", title);
}

GtkWindow *
kring_household_context_window (KringHouseholdContext *self)
{
  GtkRoot *root;

  g_return_val_if_fail (self != NULL, NULL);
  root = self->view != NULL ? gtk_widget_get_root (self->view) : NULL;
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}
