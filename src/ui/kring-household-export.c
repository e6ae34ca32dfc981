/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include "kring-household-export.h"
#include "kring-consent.h"
#include "kring-ics.h"
#include "kring-plan-pdf.h"

/*
 * "Exporteren…": the dialog (format, recipient, pseudonym), the consent
 * check before anything is written, the file chooser, and the writing
 * itself with its audit entry — the last one callable without dialogs, so
 * tests write real files.
 */

/* Consent */

char *
kring_household_export_consent_warning (KringHouseholdContext        *context,
                                        KringHouseholdExportRecipient recipient,
                                        const char                   *recipient_id)
{
  const char *organization_id = recipient_id, *contact_id = NULL;
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *name = NULL;

  if (recipient_id == NULL || (recipient != KRING_HOUSEHOLD_EXPORT_TO_CONTACT
                               && recipient != KRING_HOUSEHOLD_EXPORT_TO_ORGANIZATION))
    return NULL;
  if (recipient == KRING_HOUSEHOLD_EXPORT_TO_CONTACT)
    {
      KringRecord *contact = kring_household_context_find (context, "contacts", recipient_id);

      /* A contact is covered by its organisation's consent only when the
       * register is told which organisation that is. */
      contact_id = recipient_id;
      organization_id = contact != NULL ? kring_record_get_string (contact, "organization_id")
                                        : NULL;
      name = kring_household_context_name (context, "contacts", recipient_id);
    }
  else
    name = kring_household_context_name (context, "organizations", recipient_id);
  return kring_consent_describe_missing (kring_household_context_rows (context, "consents"),
                                         organization_id, contact_id, name, today);
}

/* Writing */

typedef struct
{
  KringHouseholdContext     *context;
  KringHouseholdExportFormat format;
  char                      *pseudonym;
  GFile                     *file;
  KringMapGraph             *ecomap;
} Write;

static void
write_free (Write *write)
{
  kring_household_context_unref (write->context);
  g_free (write->pseudonym);
  g_clear_object (&write->file);
  g_clear_pointer (&write->ecomap, kring_map_graph_free);
  g_free (write);
}

static void
on_audited (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (kring_store_audit_finish (KRING_STORE (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The file is written; the audit log says who exported it. */
static void
write_audit (GTask *task)
{
  Write *write = g_task_get_task_data (task);

  kring_store_audit_async (write->context->store, write->context->actor, "export",
                           "households", write->context->household_id,
                           g_task_get_cancellable (task), on_audited, task);
}

static void
pdf_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Write *write = data;
  KringPlanPdfOptions options = { .pseudonym = write->pseudonym };
  GError *error = NULL;

  if (kring_plan_pdf_write (write->context->plan, write->ecomap, &options, write->file, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  GError *error = NULL;
  gboolean ok = G_IS_TASK (result) && g_task_get_source_tag (G_TASK (result)) == pdf_thread
                ? g_task_propagate_boolean (G_TASK (result), &error)
                : kring_ics_export_finish (result, &error);

  if (ok)
    write_audit (task);
  else
    {
      g_task_return_error (task, error);
      g_object_unref (task);
    }
}

static void
on_ecomap (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  Write *write = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr (GTask) thread = NULL;

  write->ecomap = kring_store_household_ecomap_finish (KRING_STORE (source), result, &error);
  if (write->ecomap == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  /* The PDF is drawn on a worker thread; the plan is only read there. */
  thread = g_task_new (NULL, g_task_get_cancellable (task), on_written, task);
  g_task_set_source_tag (thread, pdf_thread);
  g_task_set_task_data (thread, write, NULL);
  g_task_run_in_thread (thread, pdf_thread);
}

static void
write_ics (GTask *task, Write *write)
{
  KringHouseholdContext *context = write->context;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  kring_ics_export_async (context->household,
                          kring_household_context_rows (context, "evaluations"),
                          kring_household_context_rows (context, "actions"), write->pseudonym,
                          now, write->file, g_task_get_cancellable (task), on_written, task);
}

void
kring_household_export_write_async (KringHouseholdContext     *context,
                                    KringHouseholdExportFormat format,
                                    const char                *pseudonym,
                                    GFile                     *file,
                                    GCancellable              *cancellable,
                                    GAsyncReadyCallback        callback,
                                    gpointer                   user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Write *write = g_new0 (Write, 1);

  g_task_set_source_tag (task, kring_household_export_write_async);
  write->context = kring_household_context_ref (context);
  write->format = format;
  write->pseudonym = pseudonym != NULL && *pseudonym != '\0' ? g_strdup (pseudonym) : NULL;
  write->file = g_object_ref (file);
  g_task_set_task_data (task, write, (GDestroyNotify) write_free);
  if (format == KRING_HOUSEHOLD_EXPORT_ICS)
    write_ics (task, write);
  else
    kring_store_household_ecomap_async (context->store, context->household_id, cancellable,
                                        on_ecomap, task);
}

gboolean
kring_household_export_write_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The dialog */

typedef struct
{
  KringHouseholdContext *context;
  GtkWindow      *window;
  GtkCheckButton *format_pdf;
  GtkCheckButton *to_household;
  GtkCheckButton *to_self;
  GtkCheckButton *to_other;
  GtkDropDown    *recipients;
  GPtrArray      *recipient_ids;   /* "organizations:<id>" or "contacts:<id>" per item */
  GtkSwitch      *use_pseudonym;
  GtkEditable    *pseudonym;
  GtkLabel       *problem;
  GtkWidget      *export_button;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  kring_household_context_unref (dialog->context);
  g_ptr_array_unref (dialog->recipient_ids);
  g_free (dialog);
}

static KringHouseholdExportFormat
chosen_format (Dialog *dialog)
{
  return gtk_check_button_get_active (dialog->format_pdf) ? KRING_HOUSEHOLD_EXPORT_PDF
                                                          : KRING_HOUSEHOLD_EXPORT_ICS;
}

/* The recipient chosen, and its id for an organisation or a contact. */
static KringHouseholdExportRecipient
chosen_recipient (Dialog *dialog, const char **id)
{
  guint item = gtk_drop_down_get_selected (dialog->recipients);
  const char *value;

  *id = NULL;
  if (gtk_check_button_get_active (dialog->to_household))
    return KRING_HOUSEHOLD_EXPORT_TO_HOUSEHOLD;
  if (!gtk_check_button_get_active (dialog->to_other) || item >= dialog->recipient_ids->len)
    return KRING_HOUSEHOLD_EXPORT_TO_SELF;
  value = g_ptr_array_index (dialog->recipient_ids, item);
  *id = strchr (value, ':') + 1;
  return g_str_has_prefix (value, "contacts:") ? KRING_HOUSEHOLD_EXPORT_TO_CONTACT
                                               : KRING_HOUSEHOLD_EXPORT_TO_ORGANIZATION;
}

static const char *
chosen_pseudonym (Dialog *dialog)
{
  const char *text = gtk_editable_get_text (dialog->pseudonym);

  if (!gtk_switch_get_active (dialog->use_pseudonym))
    return NULL;
  while (g_ascii_isspace (*text))
    text++;
  return *text != '\0' ? gtk_editable_get_text (dialog->pseudonym) : NULL;
}

static void
on_dialog_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GtkWindow) window = user_data;
  Dialog *dialog = g_object_get_data (G_OBJECT (window), "kring-export");
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (kring_household_export_write_finish (result, &error))
    {
      message = g_strdup_printf (chosen_format (dialog) == KRING_HOUSEHOLD_EXPORT_PDF
                                 ? _("Plan saved as “%s”") : _("Appointments saved as “%s”"),
                                 (char *) g_object_get_data (G_OBJECT (window),
                                                             "kring-export-name"));
      kring_household_context_toast (dialog->context, message);
      gtk_window_close (window);
      return;
    }
  message = g_strdup_printf (_("Exporting did not work: %s"), error->message);
  gtk_label_set_text (dialog->problem, message);
  gtk_widget_set_visible (GTK_WIDGET (dialog->problem), TRUE);
  gtk_widget_set_sensitive (dialog->export_button, TRUE);
}

static void
on_file_chosen (GtkNativeDialog *chooser, int response, GtkWindow *window)
{
  Dialog *dialog = g_object_get_data (G_OBJECT (window), "kring-export");
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      g_object_set_data_full (G_OBJECT (window), "kring-export-name",
                              g_file_get_basename (file), g_free);
      gtk_widget_set_sensitive (dialog->export_button, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (dialog->problem), FALSE);
      kring_household_export_write_async (dialog->context, chosen_format (dialog),
                                          chosen_pseudonym (dialog), file, NULL,
                                          on_dialog_written, g_object_ref (window));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* "plan-huishouden-a.pdf", "afspraken-fam-jansen.ics" */
static char *
suggested_name (Dialog *dialog)
{
  const char *label = chosen_pseudonym (dialog);
  gboolean pdf = chosen_format (dialog) == KRING_HOUSEHOLD_EXPORT_PDF;
  g_autofree char *ascii = NULL;
  g_autofree char *lower = NULL;

  if (label == NULL)
    label = kring_record_get_string (dialog->context->household, "label");
  ascii = g_str_to_ascii (label != NULL ? label : "", NULL);
  lower = g_ascii_strdown (ascii, -1);
  g_strcanon (lower, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
  return g_strdup_printf ("%s-%s.%s", pdf ? _("plan") : _("appointments"), lower,
                          pdf ? "pdf" : "ics");
}

static void
choose_file (Dialog *dialog)
{
  gboolean pdf = chosen_format (dialog) == KRING_HOUSEHOLD_EXPORT_PDF;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggested_name (dialog);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export"), dialog->window,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, pdf ? _("PDF document") : _("Calendar file (.ics)"));
  gtk_file_filter_add_pattern (filter, pdf ? "*.pdf" : "*.ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen), dialog->window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_warning_response (AdwMessageDialog *message, const char *response, GtkWindow *window)
{
  if (g_str_equal (response, "export"))
    choose_file (g_object_get_data (G_OBJECT (window), "kring-export"));
}

static void
warn (Dialog *dialog, const char *warning)
{
  GtkWidget *message = adw_message_dialog_new (dialog->window, _("No Valid Consent"), warning);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message), "cancel", _("_Cancel"),
                                    "export", _("_Export Anyway"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "export",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
  g_signal_connect_object (message, "response", G_CALLBACK (on_warning_response),
                           dialog->window, 0);
  gtk_window_present (GTK_WINDOW (message));
}

static void
on_export_clicked (GtkButton *button, Dialog *dialog)
{
  const char *id;
  KringHouseholdExportRecipient recipient = chosen_recipient (dialog, &id);
  g_autofree char *warning = kring_household_export_consent_warning (dialog->context,
                                                                     recipient, id);

  if (warning != NULL)
    warn (dialog, warning);
  else
    choose_file (dialog);
}

/* Building it */

static GtkCheckButton *
add_option (AdwPreferencesGroup *group, const char *title, const char *subtitle,
            GtkCheckButton *first)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (first != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (group, row);
  return GTK_CHECK_BUTTON (check);
}

static void
add_recipient (Dialog *dialog, GtkStringList *labels, const char *table, KringRecord *record)
{
  g_autofree char *name = kring_household_context_name (dialog->context, table,
                                                        kring_record_get_id (record));
  g_autofree char *label = g_strdup_printf (g_str_equal (table, "contacts")
                                            ? _("Contact — %s") : _("Organisation — %s"), name);

  gtk_string_list_append (labels, label);
  g_ptr_array_add (dialog->recipient_ids,
                   g_strconcat (table, ":", kring_record_get_id (record), NULL));
}

static GtkWidget *
recipients_dropdown (Dialog *dialog)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *lists[] = { dialog->context->organizations, dialog->context->contacts };
  const char *tables[] = { "organizations", "contacts" };
  GtkWidget *dropdown;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr (KringRecord) record = g_list_model_get_item (lists[l], i);

        add_recipient (dialog, labels, tables[l], record);
      }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (dropdown, TRUE);
  return dropdown;
}

static AdwPreferencesGroup *
group_new (AdwPreferencesPage *page, const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

static void
build_recipient (Dialog *dialog, AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group = group_new (page, _("For Whom"));
  GtkWidget *row = adw_action_row_new ();

  dialog->to_household = add_option (group, _("The household itself"), NULL, NULL);
  dialog->to_self = add_option (group, _("My own calendar"), NULL, dialog->to_household);
  dialog->to_other = add_option (group, _("An organisation or contact"),
                                 _("From the sociale kaart; the consents are checked first"),
                                 dialog->to_household);
  dialog->recipients = GTK_DROP_DOWN (recipients_dropdown (dialog));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Recipient"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->recipients));
  g_object_bind_property (dialog->to_other, "active", row, "sensitive", G_BINDING_SYNC_CREATE);
  adw_preferences_group_add (group, row);
  gtk_check_button_set_active (dialog->to_household, TRUE);
}

static void
build_pseudonym (Dialog *dialog, AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group = group_new (page, _("Privacy"));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = adw_entry_row_new ();
  GtkWidget *note = gtk_label_new (_("The file is not encrypted. Only keep or share it "
                                     "where that is allowed."));

  dialog->use_pseudonym = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (dialog->use_pseudonym), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Use a pseudonym"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Instead of the household's name; members are named by role"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->use_pseudonym));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row),
                                         GTK_WIDGET (dialog->use_pseudonym));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Pseudonym"));
  dialog->pseudonym = GTK_EDITABLE (entry);
  gtk_editable_set_text (dialog->pseudonym, _("Household A"));
  g_object_bind_property (dialog->use_pseudonym, "active", entry, "sensitive",
                          G_BINDING_SYNC_CREATE);
  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, entry);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_set_margin_top (note, 12);
  gtk_widget_add_css_class (note, "warning");
  adw_preferences_group_add (group, note);
}

static GtkWidget *
build_page (Dialog *dialog)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *format = group_new (page, _("Format"));

  dialog->format_pdf = add_option (format, _("Plan as PDF"),
                                   _("Goals, actions and the ecogram, as a letter"), NULL);
  add_option (format, _("Appointments in a calendar (.ics)"),
              _("Evaluations and the due dates of actions"), dialog->format_pdf);
  gtk_check_button_set_active (dialog->format_pdf, TRUE);
  build_recipient (dialog, page);
  build_pseudonym (dialog, page);
  dialog->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (dialog->problem, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (dialog->problem), FALSE);
  adw_preferences_group_add (group_new (page, NULL), GTK_WIDGET (dialog->problem));
  return GTK_WIDGET (page);
}

static GtkWidget *
build_header (Dialog *dialog)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  dialog->export_button = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (dialog->export_button, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), dialog->export_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_close), dialog->window);
  g_signal_connect (dialog->export_button, "clicked", G_CALLBACK (on_export_clicked), dialog);
  return header;
}

static void
add_escape (GtkWindow *window)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);
}

void
kring_household_export_show (KringHouseholdContext *context)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page;

  g_return_if_fail (context != NULL);

  dialog->context = kring_household_context_ref (context);
  dialog->recipient_ids = g_ptr_array_new_with_free_func (g_free);
  dialog->window = GTK_WINDOW (adw_window_new ());
  g_object_set_data_full (G_OBJECT (dialog->window), "kring-export", dialog,
                          (GDestroyNotify) dialog_free);
  gtk_window_set_title (dialog->window, _("Export"));
  gtk_window_set_modal (dialog->window, TRUE);
  gtk_window_set_transient_for (dialog->window, kring_household_context_window (context));
  gtk_window_set_default_size (dialog->window, 560, 720);
  gtk_box_append (GTK_BOX (box), build_header (dialog));
  page = build_page (dialog);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (dialog->window), box);
  add_escape (dialog->window);
  gtk_window_present (dialog->window);
}
