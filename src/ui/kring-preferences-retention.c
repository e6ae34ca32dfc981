/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-household-view.h"
#include "kring-preferences-retention.h"
#include "kring-store-error.h"
#include "kring-store-retention.h"
#include "kring-summary.h"
#include "kring-window.h"

struct _KringPreferencesRetention
{
  AdwPreferencesPage parent_instance;

  GtkWindow *window;              /* weak: the KringWindow Preferences belongs to */
  AdwPreferencesGroup *teams_group;
  AdwPreferencesGroup *due_group;
  GtkWidget *delete_button;
  GPtrArray *team_rows;           /* GtkWidget, in teams_group */
  GPtrArray *due_rows;            /* GtkWidget, in due_group */
  GPtrArray *due;                 /* KringRecord: households past their period */
  GCancellable *cancellable;      /* of the load under way */
  gboolean disposed;              /* a save or purge may end after the page is gone */
};

G_DEFINE_FINAL_TYPE (KringPreferencesRetention, kring_preferences_retention,
                     ADW_TYPE_PREFERENCES_PAGE)

/* The periods offered, in months; 0 keeps closed households forever. */
static const guint retention_months[] = { 0, 12, 24, 60, 84, 180, 240 };

static const char *const retention_labels[] = {
  N_("Keep forever"), N_("1 year"), N_("2 years"), N_("5 years"),
  N_("7 years"), N_("15 years"), N_("20 years"), NULL
};

/* A period set elsewhere shows as the nearest choice; only 0 means
 * "keep forever", so any other value shows as the nearest period. */
static guint
months_to_choice (gint64 months)
{
  guint best = 1;

  if (months <= 0)
    return 0;
  for (guint i = 2; i < G_N_ELEMENTS (retention_months); i++)
    if (ABS ((gint64) retention_months[i] - months) < ABS ((gint64) retention_months[best] - months))
      best = i;
  return best;
}

static KringStore *
current_store (KringPreferencesRetention *self)
{
  if (!KRING_IS_WINDOW (self->window))
    return NULL;
  return kring_window_get_store (KRING_WINDOW (self->window));
}

static void
toast (KringPreferencesRetention *self, const char *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
}

static void
clear_rows (AdwPreferencesGroup *group, GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

static GtkWidget *
add_row (AdwPreferencesGroup *group, GPtrArray *rows, GtkWidget *row, const char *title,
         const char *subtitle)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
  return row;
}

static void refresh (KringPreferencesRetention *self);

/* --- the households past their period --- */

static void
show_due (KringPreferencesRetention *self, GPtrArray *due)
{
  g_clear_pointer (&self->due, g_ptr_array_unref);
  self->due = g_ptr_array_ref (due);
  clear_rows (self->due_group, self->due_rows);
  for (guint i = 0; i < due->len; i++)
    {
      KringRecord *household = due->pdata[i];
      const char *closed_on = kring_record_get_string (household, "closed_on");
      g_autofree char *date = kring_summary_format_date (closed_on);
      /* TRANSLATORS: "Wijkteam Noord · closed on 3 jan 2023" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · closed on %s"),
                                                   (char *) g_object_get_data (G_OBJECT (household),
                                                                               "team-name"),
                                                   date != NULL ? date : "");

      add_row (self->due_group, self->due_rows, adw_action_row_new (),
               kring_record_get_string (household, "label"), subtitle);
    }
  if (due->len == 0)
    add_row (self->due_group, self->due_rows, adw_action_row_new (),
             _("No closed households past their retention period"),
             _("A household shows up here once it has been closed for longer than its team "
               "keeps it. Nothing is deleted without asking you first."));
  gtk_widget_set_sensitive (self->delete_button, due->len > 0);
}

/* Locked: no team and no household is shown, only why. */
static void
show_locked (KringPreferencesRetention *self)
{
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  GtkWidget *row;

  clear_rows (self->teams_group, self->team_rows);
  row = add_row (self->teams_group, self->team_rows, adw_action_row_new (),
                 _("Retention Period"), _("Unlock Kringkaart to change this"));
  gtk_widget_set_sensitive (row, FALSE);
  show_due (self, none);
  for (guint i = 0; i < self->due_rows->len; i++)
    gtk_widget_set_sensitive (self->due_rows->pdata[i], FALSE);
}

/* --- the period of a team --- */

static void
on_period_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringPreferencesRetention) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_save_finish (KRING_STORE (source), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The retention period was not saved: %s"),
                                                  error->message);
      toast (self, message);
    }
  refresh (self);
}

static void
on_period_chosen (AdwComboRow *row, GParamSpec *pspec, KringPreferencesRetention *self)
{
  KringRecord *team = g_object_get_data (G_OBJECT (row), "team");
  guint choice = adw_combo_row_get_selected (row);
  KringStore *store = current_store (self);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *copy;

  if (store == NULL || choice >= G_N_ELEMENTS (retention_months)
      || retention_months[choice] == kring_record_get_int (team, "retention_months", 24))
    return;
  copy = kring_record_copy (team);
  kring_record_set_int (copy, "retention_months", retention_months[choice]);
  g_ptr_array_add (records, copy);
  kring_store_save_async (store, records, NULL, on_period_saved, g_object_ref (self));
}

static void
add_team_row (KringPreferencesRetention *self, KringRecord *team)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; retention_labels[i] != NULL; i++)
    gtk_string_list_append (model, _(retention_labels[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              months_to_choice (kring_record_get_int (team, "retention_months", 24)));
  g_object_set_data_full (G_OBJECT (row), "team", g_object_ref (team), g_object_unref);
  add_row (self->teams_group, self->team_rows, row, kring_record_get_string (team, "name"),
           _("How long a closed household of this team is kept"));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_period_chosen), self, 0);
}

/* --- loading: the teams, then the households due of each in turn --- */

typedef struct
{
  KringPreferencesRetention *self;
  KringStore *store;
  GCancellable *cancellable;
  GListModel *teams;
  guint index;
  GPtrArray *due;
} Load;

static void
load_free (Load *load)
{
  g_object_unref (load->self);
  g_object_unref (load->store);
  g_object_unref (load->cancellable);
  g_clear_object (&load->teams);
  g_ptr_array_unref (load->due);
  g_free (load);
}

static void on_candidates (GObject *source, GAsyncResult *result, gpointer user_data);

static void
load_next_team (Load *load)
{
  g_autoptr (KringRecord) team = NULL;

  if (load->index >= g_list_model_get_n_items (load->teams))
    {
      show_due (load->self, load->due);
      load_free (load);
      return;
    }
  team = g_list_model_get_item (load->teams, load->index);
  kring_store_retention_candidates_async (load->store, kring_record_get_id (team),
                                          load->cancellable, on_candidates, load);
}

/* Ends @load, which the page no longer waits for or the store failed;
 * a failure the user did not cause is said. */
static void
load_stop (Load *load, GError *error)
{
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      && !g_cancellable_is_cancelled (load->cancellable))
    {
      g_autofree char *message = g_strdup_printf (_("The retention list could not be read: %s"),
                                                  error->message);
      toast (load->self, message);
    }
  load_free (load);
}

static void
on_candidates (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Load *load = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) rows = kring_store_retention_candidates_finish (KRING_STORE (source),
                                                                         result, &error);
  g_autoptr (KringRecord) team = NULL;

  if (rows == NULL || g_cancellable_is_cancelled (load->cancellable))
    {
      load_stop (load, error);
      return;
    }
  team = g_list_model_get_item (load->teams, load->index++);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      KringRecord *household = g_list_model_get_item (rows, i);

      g_object_set_data_full (G_OBJECT (household), "team-name",
                              g_strdup (kring_record_get_string (team, "name")), g_free);
      g_ptr_array_add (load->due, household);
    }
  load_next_team (load);
}

static void
on_teams (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Load *load = user_data;
  g_autoptr (GError) error = NULL;
  GListModel *teams = kring_store_list_finish (KRING_STORE (source), result, &error);

  if (teams == NULL || g_cancellable_is_cancelled (load->cancellable))
    {
      g_clear_object (&teams);
      load_stop (load, error);
      return;
    }
  load->teams = teams;
  clear_rows (load->self->teams_group, load->self->team_rows);
  for (guint i = 0; i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr (KringRecord) team = g_list_model_get_item (teams, i);

      add_team_row (load->self, team);
    }
  load_next_team (load);
}

static void
refresh (KringPreferencesRetention *self)
{
  KringStore *store = current_store (self);
  Load *load;

  if (self->disposed)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (store == NULL)
    {
      show_locked (self);
      return;
    }
  self->cancellable = g_cancellable_new ();
  load = g_new0 (Load, 1);
  load->self = g_object_ref (self);
  load->store = g_object_ref (store);
  load->cancellable = g_object_ref (self->cancellable);
  load->due = g_ptr_array_new_with_free_func (g_object_unref);
  kring_store_list_async (store, "teams", NULL, NULL, "name", self->cancellable, on_teams, load);
}

/* --- deleting --- */

/* The label of the household @id among @due, or NULL. */
static const char *
refused_label (GPtrArray *due, const char *id)
{
  for (guint i = 0; id != NULL && i < due->len; i++)
    if (g_str_equal (id, kring_record_get_id (due->pdata[i])))
      return kring_record_get_string (due->pdata[i], "label");
  return NULL;
}

typedef struct
{
  KringPreferencesRetention *self;
  GPtrArray *due;
} Purge;

static void
on_purged (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Purge *purge = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *refused = NULL;
  const char *label;

  if (kring_store_retention_purge_finish (KRING_STORE (source), result, &refused, &error))
    message = g_strdup_printf (ngettext ("%u household deleted", "%u households deleted",
                                         purge->due->len), purge->due->len);
  else if ((label = refused_label (purge->due, refused)) != NULL)
    message = g_strdup_printf (_("Nothing was deleted: “%s” is no longer closed or not yet past "
                                 "its team’s retention period."), label);
  else
    message = g_strdup_printf (_("Nothing was deleted: %s"), error->message);
  toast (purge->self, message);
  refresh (purge->self);
  g_object_unref (purge->self);
  g_ptr_array_unref (purge->due);
  g_free (purge);
}

static void
on_delete_response (AdwMessageDialog *dialog, const char *response,
                    KringPreferencesRetention *self)
{
  KringStore *store = current_store (self);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;
  Purge *purge;

  if (!g_str_equal (response, "delete") || store == NULL || self->due == NULL)
    return;
  for (guint i = 0; i < self->due->len; i++)
    g_strv_builder_add (builder, kring_record_get_id (self->due->pdata[i]));
  ids = g_strv_builder_end (builder);
  purge = g_new0 (Purge, 1);
  purge->self = g_object_ref (self);
  purge->due = g_ptr_array_ref (self->due);
  kring_store_retention_purge_async (store, (const char *const *) ids,
                                     kring_household_view_actor_name (), NULL, on_purged, purge);
}

static void
on_delete_clicked (KringPreferencesRetention *self)
{
  guint n = self->due != NULL ? self->due->len : 0;
  g_autofree char *title = g_strdup_printf (ngettext ("Delete %u Household?",
                                                      "Delete %u Households?", n), n);
  GtkWidget *dialog = adw_message_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), title,
    _("This cannot be undone. The households, their plans, members, notes and search entries "
      "are removed from every table. The audit log keeps only that households were deleted, "
      "not which ones."));

  if (n == 0)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- the page --- */

static AdwPreferencesGroup *
group_new (KringPreferencesRetention *self, const char *title, const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static void
kring_preferences_retention_dispose (GObject *object)
{
  KringPreferencesRetention *self = KRING_PREFERENCES_RETENTION (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_ptr_array_set_size (self->team_rows, 0);
  g_ptr_array_set_size (self->due_rows, 0);
  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
  g_clear_pointer (&self->due, g_ptr_array_unref);
  G_OBJECT_CLASS (kring_preferences_retention_parent_class)->dispose (object);
}

static void
kring_preferences_retention_finalize (GObject *object)
{
  KringPreferencesRetention *self = KRING_PREFERENCES_RETENTION (object);

  g_ptr_array_unref (self->team_rows);
  g_ptr_array_unref (self->due_rows);
  G_OBJECT_CLASS (kring_preferences_retention_parent_class)->finalize (object);
}

static void
kring_preferences_retention_class_init (KringPreferencesRetentionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kring_preferences_retention_dispose;
  object_class->finalize = kring_preferences_retention_finalize;
}

static void
kring_preferences_retention_init (KringPreferencesRetention *self)
{
  self->team_rows = g_ptr_array_new ();
  self->due_rows = g_ptr_array_new ();
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Retention"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "user-trash-symbolic");
  gtk_widget_set_name (GTK_WIDGET (self), "retention");
  self->teams_group = group_new (self, _("Retention Period"),
                                 _("How long each team keeps a household after it was closed. "
                                   "Keep case data no longer than needed and agree the period "
                                   "within your team."));
  self->due_group = group_new (self, _("Ready to Delete"),
                               _("Closed households past their team’s retention period."));
  self->delete_button = gtk_button_new_with_mnemonic (_("Delete _Now…"));
  gtk_widget_set_name (self->delete_button, "retention-delete");
  gtk_widget_set_valign (self->delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked), self);
  adw_preferences_group_set_header_suffix (self->due_group, self->delete_button);
}

GtkWidget *
kring_preferences_retention_new (GtkWindow *window)
{
  KringPreferencesRetention *self = g_object_new (KRING_TYPE_PREFERENCES_RETENTION, NULL);

  self->window = window;
  if (window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
      /* Locking empties the page; unlocking fills it again. */
      g_signal_connect_object (window, "notify::state", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
    }
  refresh (self);
  return GTK_WIDGET (self);
}
