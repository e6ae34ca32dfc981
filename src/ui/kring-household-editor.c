/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-form-dialog.h"
#include "kring-household-editor.h"
#include "kring-household-view.h"
#include "kring-store-household.h"

/*
 * The household's own details in the shared form. The lists it chooses
 * from (teams, buurten, team members) are read first, in one snapshot, so
 * the form opens complete; a new household gets its id here and starts in
 * status aanmelding (the store writes that first status step itself).
 */

typedef struct
{
  GtkWindow           *parent;
  KringStore          *store;
  KringRecord         *household;   /* NULL: a new one */
  char                *id;
  KringHouseholdSaved  on_saved;
  gpointer             user_data;
  KringFormDialog     *dialog;      /* while the form is open */
} Editor;

static void
editor_free (Editor *editor)
{
  g_clear_object (&editor->parent);
  g_clear_object (&editor->store);
  g_clear_object (&editor->household);
  g_free (editor->id);
  g_free (editor);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Editor, editor_free)

static char *
today_iso (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static const char *
value (Editor *editor, const char *column)
{
  return editor->household != NULL ? kring_record_get_string (editor->household, column) : NULL;
}

/* One choice from a list of records, labelled by their name. Inactive
 * team members are left out unless already chosen. */
static void
add_choice (Editor *editor, GListModel *rows, const char *column, const char *title,
            const char *none_label)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  const char *selected = value (editor, column);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (rows, i);
      const char *id = kring_record_get_id (row);

      if (kring_record_get_int (row, "active", 1) == 0 && g_strcmp0 (id, selected) != 0)
        continue;
      /* The records live as long as the model, which outlives this call. */
      g_ptr_array_add (ids, (gpointer) id);
      g_ptr_array_add (labels, (gpointer) kring_record_get_string (row, "name"));
    }
  kring_form_dialog_add_choice (editor->dialog, column, title,
                                (const char *const *) ids->pdata,
                                (const char *const *) labels->pdata, ids->len, selected,
                                none_label);
}

static void
on_household_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Editor) editor = user_data;
  g_autoptr (GError) error = NULL;

  /* The dialog stays open with the message ("Niet opgeslagen: …"). */
  if (!kring_store_household_save_finish (KRING_STORE (source), result, &error))
    {
      kring_form_dialog_done (editor->dialog, error);
      g_clear_object (&editor->dialog);
      return;
    }
  kring_form_dialog_done (editor->dialog, NULL);
  g_clear_object (&editor->dialog);
  if (editor->on_saved != NULL)
    editor->on_saved (editor->id, editor->user_data);
}

static void
on_save (KringFormDialog *dialog, Editor *editor)
{
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  KringRecord *household = kring_record_new_with_id ("households", editor->id);
  Editor *copy = g_new0 (Editor, 1);

  kring_form_dialog_fill_record (dialog, household);
  if (editor->household == NULL)
    kring_record_set_string (household, "status", "aanmelding");
  g_ptr_array_add (records, household);
  /* The dialog owns @editor; the save gets its own copy to outlive it. */
  copy->store = g_object_ref (editor->store);
  copy->id = g_strdup (editor->id);
  copy->on_saved = editor->on_saved;
  copy->user_data = editor->user_data;
  copy->dialog = g_object_ref (dialog);
  kring_store_household_save_async (editor->store, editor->id, records, NULL,
                                    kring_household_view_actor_name (), NULL, on_household_saved, copy);
}

/* With no team in the profile there is nothing to file the household under. */
static char *
check_team (KringFormDialog *dialog, gpointer user_data)
{
  if (kring_form_dialog_get (dialog, "team_id") == NULL)
    return g_strdup (_("There is no team yet. Add your team first on the Team page."));
  return NULL;
}

static void
build_form (Editor *editor, GPtrArray *lists)
{
  g_autofree char *today = today_iso ();
  KringFormDialog *dialog;

  dialog = kring_form_dialog_new (editor->parent, editor->household == NULL
                                                    ? _("New household") : _("Edit household"),
                                  NULL);
  editor->dialog = dialog;
  kring_form_dialog_add_group (dialog, NULL, NULL);
  kring_form_dialog_add_text (dialog, "label", _("Label or pseudonym"), value (editor, "label"),
                              TRUE);
  kring_form_dialog_add_note (dialog, _("How the team refers to the household, such as "
                                        "“Family K.”. No full names needed."), FALSE);
  kring_form_dialog_add_group (dialog, NULL, NULL);
  add_choice (editor, g_ptr_array_index (lists, 0), "team_id", _("Team"), NULL);
  add_choice (editor, g_ptr_array_index (lists, 1), "neighbourhood_id", _("Neighbourhood"),
              _("No neighbourhood"));
  add_choice (editor, g_ptr_array_index (lists, 2), "regisseur_id", _("Regisseur"),
              _("No regisseur yet"));
  kring_form_dialog_add_group (dialog, _("Dates"), NULL);
  kring_form_dialog_add_date (dialog, "opened_on", _("Opened on"),
                              editor->household != NULL ? value (editor, "opened_on") : today,
                              FALSE);
  kring_form_dialog_add_date (dialog, "next_evaluation_on", _("Next evaluation"),
                              value (editor, "next_evaluation_on"), FALSE);
  kring_form_dialog_add_group (dialog, NULL, NULL);
  kring_form_dialog_add_long_text (dialog, "notes", _("Notes"), value (editor, "notes"), FALSE);
  kring_form_dialog_set_check (dialog, check_team, NULL);
  g_object_set_data_full (G_OBJECT (dialog), "kring-household-editor", editor,
                          (GDestroyNotify) editor_free);
  g_signal_connect (dialog, "save", G_CALLBACK (on_save), editor);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_lists (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (Editor) editor = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lists = kring_store_list_many_finish (KRING_STORE (source), result,
                                                              &error);
  GtkWidget *dialog;

  if (lists != NULL)
    {
      build_form (g_steal_pointer (&editor), lists);
      return;
    }
  dialog = adw_message_dialog_new (editor->parent, _("The household cannot be edited now"),
                                   error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
kring_household_editor_show (GtkWindow           *parent,
                             KringStore          *store,
                             KringRecord         *household,
                             KringHouseholdSaved  on_saved,
                             gpointer             user_data)
{
  static const KringStoreListQuery queries[] = {
    { "teams", NULL, NULL, "name" },
    { "neighbourhoods", NULL, NULL, "name" },
    { "team_members", NULL, NULL, "name" },
  };
  Editor *editor = g_new0 (Editor, 1);

  g_return_if_fail (KRING_IS_STORE (store));
  editor->parent = parent != NULL ? g_object_ref (parent) : NULL;
  editor->store = g_object_ref (store);
  editor->household = household != NULL ? kring_record_copy (household) : NULL;
  editor->id = household != NULL ? g_strdup (kring_record_get_id (household))
                                 : kring_uuid_new ();
  editor->on_saved = on_saved;
  editor->user_data = user_data;
  kring_store_list_many_async (store, queries, G_N_ELEMENTS (queries), NULL, on_lists, editor);
}
