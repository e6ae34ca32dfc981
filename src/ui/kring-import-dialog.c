/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-hsds-import.h"
#include "kring-import-dialog.h"

/* More rows than this make the preview slow to build and hard to read. */
#define MAX_LISTED_ITEMS 200

struct _KringImportDialog
{
  AdwWindow parent_instance;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkWidget *import_button;
  GtkStack *stack;
  AdwStatusPage *progress_page;
  GtkProgressBar *progress_bar;
  GtkBox *counts_box;
  AdwPreferencesGroup *conflicts_group;
  GtkListBox *conflicts_list;
  AdwPreferencesGroup *items_group;
  GtkListBox *items_list;
  GtkLabel *more_label;
  AdwStatusPage *error_page;

  KringStore *store;
  GFile *file;
  KringHsdsImport *import;
  GCancellable *cancellable;
  GtkFileChooserNative *chooser;
  gboolean choose_on_map;
};

G_DEFINE_FINAL_TYPE (KringImportDialog, kring_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void start_prepare (KringImportDialog *self, GFile *file);

static const char *
kind_label (const char *table)
{
  static const struct { const char *table; const char *label; } kinds[] = {
    { "organizations", N_("Organisation") },
    { "services", N_("Service") },
    { "locations", N_("Location") },
    { "contacts", N_("Contact") },
    { "service_at_locations", N_("Service at a location") },
    { "taxonomies", N_("Taxonomy") },
    { "taxonomy_terms", N_("Taxonomy term") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].table, table) == 0)
      return _(kinds[i].label);
  return table;
}

static const char *
action_label (KringImportAction action)
{
  switch (action)
    {
    case KRING_IMPORT_ACTION_ADD:
      return _("New");
    case KRING_IMPORT_ACTION_UPDATE:
      return _("Updated");
    case KRING_IMPORT_ACTION_CONFLICT:
      return _("Conflict");
    case KRING_IMPORT_ACTION_UNCHANGED:
    default:
      return _("Unchanged");
    }
}

static void
set_page (KringImportDialog *self, const char *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (self->import_button, g_str_equal (name, "preview"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel",
                                 g_str_equal (name, "progress"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose",
                                 !g_str_equal (name, "progress"));
}

static void
toast (KringImportDialog *self, const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_error (KringImportDialog *self, const GError *error)
{
  /* The status page reads its description as markup. */
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  g_autofree char *description = g_strdup_printf (_("%s\n\nNothing was saved."), escaped);

  adw_status_page_set_description (self->error_page, description);
  set_page (self, "error");
}

/* Progress */

static void
on_progress (KringImportDialog *self)
{
  double fraction = self->import != NULL ? kring_hsds_import_get_progress (self->import) : 0.0;
  g_autofree char *text = g_strdup_printf ("%d %%", (int) (CLAMP (fraction, 0.0, 1.0) * 100));

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
show_progress (KringImportDialog *self, const char *title)
{
  adw_status_page_set_title (self->progress_page, title);
  on_progress (self);
  set_page (self, "progress");
}

static void
reset_cancellable (KringImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* Preview */

static GtkWidget *
count_card (guint count, const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *caption = gtk_label_new (label);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (number_label, "title-1");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_set_margin_top (number_label, 12);
  gtk_widget_set_margin_bottom (caption, 12);
  gtk_box_append (GTK_BOX (box), number_label);
  gtk_box_append (GTK_BOX (box), caption);
  return box;
}

static void
fill_counts (KringImportDialog *self)
{
  static const KringImportAction actions[] = {
    KRING_IMPORT_ACTION_ADD, KRING_IMPORT_ACTION_UPDATE, KRING_IMPORT_ACTION_UNCHANGED,
    KRING_IMPORT_ACTION_CONFLICT,
  };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))) != NULL)
    gtk_box_remove (self->counts_box, child);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_box_append (self->counts_box,
                    count_card (kring_hsds_import_count (self->import, actions[i]),
                                action_label (actions[i])));
}

static GtkWidget *
item_row_new (gpointer item_ptr, gpointer user_data)
{
  KringImportItem *item = item_ptr;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (action_label (kring_import_item_get_action (item)));
  const char *title = kring_import_item_get_title (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title != NULL && *title != '\0'
                                   ? title : kring_import_item_get_id (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               kind_label (kring_import_item_get_table (item)));
  gtk_widget_add_css_class (label, "kring-import-action");
  if (kring_import_item_get_action (item) == KRING_IMPORT_ACTION_UNCHANGED)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, "accent");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
on_resolution_changed (AdwComboRow *row, GParamSpec *pspec, KringImportItem *item)
{
  kring_import_item_set_resolution (item, adw_combo_row_get_selected (row) == 1
                                            ? KRING_IMPORT_RESOLUTION_TAKE_THEIRS
                                            : KRING_IMPORT_RESOLUTION_KEEP_MINE);
}

static GtkWidget *
conflict_row_new (gpointer item_ptr, gpointer user_data)
{
  KringImportItem *item = item_ptr;
  GtkWidget *row = adw_combo_row_new ();
  const char *choices[] = { _("Keep mine"), _("Take theirs"), NULL };
  g_autoptr (GtkStringList) model = gtk_string_list_new (choices);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kring_import_item_get_title (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               kind_label (kring_import_item_get_table (item)));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                              kring_import_item_get_resolution (item)
                                == KRING_IMPORT_RESOLUTION_TAKE_THEIRS ? 1 : 0);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_resolution_changed), item, 0);
  return row;
}

static gboolean
is_conflict (gpointer item, gpointer user_data)
{
  gboolean want = GPOINTER_TO_INT (user_data);

  return (kring_import_item_get_action (item) == KRING_IMPORT_ACTION_CONFLICT) == want;
}

static GListModel *
filtered_items (KringImportDialog *self, gboolean conflicts)
{
  GListModel *items = kring_hsds_import_get_items (self->import);
  GtkCustomFilter *filter = gtk_custom_filter_new (is_conflict, GINT_TO_POINTER (conflicts),
                                                   NULL);

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (items), GTK_FILTER (filter)));
}

static void
fill_lists (KringImportDialog *self)
{
  g_autoptr (GListModel) conflicts = filtered_items (self, TRUE);
  g_autoptr (GListModel) others = filtered_items (self, FALSE);
  g_autoptr (GtkSliceListModel) shown = gtk_slice_list_model_new (g_object_ref (others), 0,
                                                                  MAX_LISTED_ITEMS);
  guint n_others = g_list_model_get_n_items (others);
  g_autofree char *more = NULL;

  gtk_list_box_bind_model (self->conflicts_list, conflicts, conflict_row_new, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_group),
                          g_list_model_get_n_items (conflicts) > 0);
  gtk_list_box_bind_model (self->items_list, G_LIST_MODEL (shown), item_row_new, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->items_group), n_others > 0);
  if (n_others > MAX_LISTED_ITEMS)
    more = g_strdup_printf (_("And %u more records."), n_others - MAX_LISTED_ITEMS);
  gtk_label_set_text (self->more_label, more != NULL ? more : "");
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), more != NULL);
}

static void
show_preview (KringImportDialog *self)
{
  guint changes = kring_hsds_import_count (self->import, KRING_IMPORT_ACTION_ADD)
                  + kring_hsds_import_count (self->import, KRING_IMPORT_ACTION_UPDATE)
                  + kring_hsds_import_count (self->import, KRING_IMPORT_ACTION_CONFLICT);

  fill_counts (self);
  fill_lists (self);
  set_page (self, "preview");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.commit", changes > 0);
  if (changes == 0)
    toast (self, _("Everything in this file is already up to date"));
}

/* Preparing and committing */

static void
on_prepared (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringImportDialog) self = user_data;
  g_autoptr (GError) error = NULL;

  /* A closed dialog, or a file that another choice replaced. */
  if (self->stack == NULL || KRING_HSDS_IMPORT (source) != self->import)
    return;
  if (kring_hsds_import_prepare_finish (self->import, result, &error))
    show_preview (self);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (self->stack != NULL)
        {
          set_page (self, "choose");
          toast (self, _("Reading stopped; nothing was saved"));
        }
    }
  else
    show_error (self, error);
}

static void
start_prepare (KringImportDialog *self, GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Reading “%s”…"), name);

  g_set_object (&self->file, file);
  adw_window_title_set_subtitle (self->window_title, name);
  reset_cancellable (self);
  if (self->import != NULL)
    g_signal_handlers_disconnect_by_data (self->import, self);
  g_clear_object (&self->import);
  self->import = kring_hsds_import_new (self->store, file);
  g_signal_connect_swapped (self->import, "notify::progress", G_CALLBACK (on_progress), self);
  show_progress (self, title);
  kring_hsds_import_prepare_async (self->import, self->cancellable, on_prepared,
                                   g_object_ref (self));
}

static char *
summary (KringHsdsImport *import)
{
  return g_strdup_printf (_("%u new, %u updated, %u unchanged, %u conflicts"),
                          kring_hsds_import_count (import, KRING_IMPORT_ACTION_ADD),
                          kring_hsds_import_count (import, KRING_IMPORT_ACTION_UPDATE),
                          kring_hsds_import_count (import, KRING_IMPORT_ACTION_UNCHANGED),
                          kring_hsds_import_count (import, KRING_IMPORT_ACTION_CONFLICT));
}

static void
on_committed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringImportDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  if (kring_hsds_import_commit_finish (KRING_HSDS_IMPORT (source), result, &error))
    {
      text = summary (KRING_HSDS_IMPORT (source));
      g_signal_emit (self, signals[IMPORTED], 0, text);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (self->stack == NULL)
    return;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      show_preview (self);
      toast (self, _("Import stopped; nothing was saved"));
    }
  else
    show_error (self, error);
}

static void
commit_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringImportDialog *self = KRING_IMPORT_DIALOG (widget);

  if (self->import == NULL)
    return;
  reset_cancellable (self);
  show_progress (self, _("Importing…"));
  kring_hsds_import_commit_async (self->import, self->cancellable, on_committed,
                                  g_object_ref (self));
}

static void
cancel_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  g_cancellable_cancel (KRING_IMPORT_DIALOG (widget)->cancellable);
}

/* Choosing a file */

static void
on_chooser_response (KringImportDialog *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    start_prepare (self, file);
}

static GtkFileFilter *
filter_new (const char *name, const char *pattern, const char *mime_type)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  return filter;
}

static void
choose_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringImportDialog *self = KRING_IMPORT_DIALOG (widget);
  g_autoptr (GtkFileFilter) json = filter_new (_("HSDS JSON (*.json)"), "*.json",
                                               "application/json");
  g_autoptr (GtkFileFilter) package = filter_new (_("HSDS data package (datapackage.json)"),
                                                  "datapackage.json", NULL);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Import a social map"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), package);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_map (KringImportDialog *self)
{
  if (!self->choose_on_map)
    return;
  self->choose_on_map = FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "import.choose", NULL);
}

/* Class */

static void
kring_import_dialog_dispose (GObject *object)
{
  KringImportDialog *self = KRING_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->import != NULL)
    g_signal_handlers_disconnect_by_data (self->import, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (kring_import_dialog_parent_class)->dispose (object);
}

static void
kring_import_dialog_finalize (GObject *object)
{
  KringImportDialog *self = KRING_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->import);
  g_clear_object (&self->file);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (kring_import_dialog_parent_class)->finalize (object);
}

static void
kring_import_dialog_class_init (KringImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_import_dialog_dispose;
  object_class->finalize = kring_import_dialog_finalize;

  /* The summary says what changed ("3 new, 1 updated, …"). */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, counts_box);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, conflicts_group);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, items_list);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, more_label);
  gtk_widget_class_bind_template_child (widget_class, KringImportDialog, error_page);
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_activated);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "import.commit", NULL, commit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kring_import_dialog_init (KringImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  set_page (self, "choose");
}

KringImportDialog *
kring_import_dialog_new (GtkWindow *parent, KringStore *store, GFile *file)
{
  KringImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KRING_IS_STORE (store), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (KRING_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (file != NULL)
    start_prepare (self, file);
  else
    self->choose_on_map = TRUE;
  return self;
}
