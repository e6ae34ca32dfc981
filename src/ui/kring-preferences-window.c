/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-app-passphrase.h"
#include "kring-preferences-retention.h"
#include "kring-preferences-window.h"
#include "kring-window.h"

struct _KringPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  AdwComboRow *lock_row;
  AdwActionRow *app_passphrase_row;
  GtkButton *set_passphrase_button;
  GtkButton *remove_passphrase_button;
  AdwActionRow *folder_row;
  AdwActionRow *key_row;
  AdwActionRow *change_key_row;
  GtkButton *change_key_button;

  GtkWidget *retention_page;

  GSettings *settings;
  KringProfile *profile;
};

G_DEFINE_FINAL_TYPE (KringPreferencesWindow, kring_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWindow *
kring_preferences_window_new (GtkWindow *parent, KringProfile *profile)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KRING_IS_PROFILE (profile), NULL);

  return g_object_new (KRING_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent, "profile", profile, NULL);
}

void
kring_preferences_window_show_retention (KringPreferencesWindow *self)
{
  g_return_if_fail (KRING_IS_PREFERENCES_WINDOW (self));
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self),
                                           ADW_PREFERENCES_PAGE (self->retention_page));
}

static const char *
describe_key_mode (KringProfile *profile)
{
  if (kring_profile_is_new (profile))
    return _("Not created yet");
  if (kring_profile_get_key_mode (profile) == KRING_KEY_MODE_PASSPHRASE)
    return _("Protected with your passphrase, because this computer has no keyring");
  return _("Kept in the keyring of your desktop session");
}

/* The choices of the automatic lock row, in minutes. */
static const guint lock_minutes[] = { 1, 2, 5, 10, 15, 30 };

/* A value set outside Preferences (0 or an hour, with gsettings) shows as
 * the nearest choice; the row never writes it back unless it is changed. */
static gboolean
minutes_to_choice (GValue *value, GVariant *variant, gpointer user_data)
{
  guint minutes = g_variant_get_uint32 (variant);
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (lock_minutes); i++)
    if (ABS ((int) lock_minutes[i] - (int) minutes)
        < ABS ((int) lock_minutes[best] - (int) minutes))
      best = i;
  g_value_set_uint (value, best);
  return TRUE;
}

static GVariant *
choice_to_minutes (const GValue *value, const GVariantType *type, gpointer user_data)
{
  guint choice = g_value_get_uint (value);

  if (choice >= G_N_ELEMENTS (lock_minutes))
    return NULL;
  return g_variant_new_uint32 (lock_minutes[choice]);
}

/* The app passphrase */

static void
show_app_passphrase (KringPreferencesWindow *self)
{
  gboolean set = kring_app_passphrase_is_set (kring_profile_get_data_dir (self->profile));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  /* Preferences also opens while locked; the passphrase that guards the
   * unlock must not be removable from there. */
  gboolean unlocked = KRING_IS_WINDOW (parent)
                      && kring_window_get_store (KRING_WINDOW (parent)) != NULL;

  adw_action_row_set_subtitle (self->app_passphrase_row,
                               !unlocked ? _("Unlock Kringkaart to change this")
                               : set     ? _("On: asked every time before your data is opened")
                                         : _("Off: unlocking needs only your computer account"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->set_passphrase_button), unlocked);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_passphrase_button), unlocked);
  gtk_button_set_label (self->set_passphrase_button, set ? _("_Change…") : _("_Set…"));
  gtk_widget_set_visible (GTK_WIDGET (self->remove_passphrase_button), set);
}

static void
save_app_passphrase (KringPreferencesWindow *self, const char *passphrase, const char *done)
{
  g_autoptr (GError) error = NULL;

  if (kring_app_passphrase_set (kring_profile_get_data_dir (self->profile), passphrase, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (done));
  else
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
    }
  show_app_passphrase (self);
}

static const char *
entry_text (GtkWidget *box, guint index)
{
  GtkWidget *entry = gtk_widget_get_first_child (box);

  for (guint i = 0; i < index; i++)
    entry = gtk_widget_get_next_sibling (entry);
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* Saving is possible once both entries hold the same, non-empty text. */
static void
on_passphrase_typed (AdwMessageDialog *dialog)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  const char *first = entry_text (box, 0);

  adw_message_dialog_set_response_enabled (dialog, "save", *first != '\0'
                                                             && g_str_equal (first, entry_text (box, 1)));
}

static void
on_passphrase_response (AdwMessageDialog *dialog, const char *response,
                        KringPreferencesWindow *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);

  if (g_str_equal (response, "save"))
    save_app_passphrase (self, entry_text (box, 0),
                         _("Kringkaart will ask this passphrase when it unlocks"));
}

static GtkWidget *
passphrase_entry_new (GtkWidget *box, AdwMessageDialog *dialog, const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  /* Not a GtkPasswordEntry: see ask_app_passphrase() in kring-window-lock.c. */
  gtk_entry_set_visibility (GTK_ENTRY (entry), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_PASSWORD);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_passphrase_typed), dialog,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}

static void
on_set_passphrase (KringPreferencesWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (
    GTK_WINDOW (self), _("Extra Passphrase When Unlocking"),
    _("Kringkaart will ask it every time before it opens your data, also after locking. "
      "If you forget it, remove the file app-passphrase.ini from the data folder."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  gtk_widget_grab_focus (passphrase_entry_new (box, ADW_MESSAGE_DIALOG (dialog),
                                               _("New passphrase")));
  passphrase_entry_new (box, ADW_MESSAGE_DIALOG (dialog), _("Repeat the passphrase"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", FALSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_passphrase_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remove_response (AdwMessageDialog *dialog, const char *response,
                    KringPreferencesWindow *self)
{
  if (g_str_equal (response, "remove"))
    save_app_passphrase (self, NULL, _("The extra passphrase was removed"));
}

static void
on_remove_passphrase (KringPreferencesWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (
    GTK_WINDOW (self), _("Remove the Extra Passphrase?"),
    _("Unlocking will then need only your computer account."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Changing the key is the main window's work (win.change-key);
 * Preferences only starts it and makes way for its dialog. */
static void
on_change_key (KringPreferencesWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.change-key", NULL);
  gtk_window_close (GTK_WINDOW (self));
}

static void
show_change_key (KringPreferencesWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gboolean unlocked = KRING_IS_WINDOW (parent)
                      && kring_window_get_store (KRING_WINDOW (parent)) != NULL;

  gboolean passphrase = kring_profile_get_key_mode (self->profile) == KRING_KEY_MODE_PASSPHRASE;

  /* A passphrase profile changes its passphrase; it has no recovery key. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->change_key_row),
                                 passphrase ? _("Change Passphrase") : _("Change Encryption Key"));
  adw_action_row_set_subtitle (self->change_key_row,
                               !unlocked ? _("Unlock Kringkaart to change this")
                               : passphrase ? _("Encrypts your data again under a new passphrase")
                                            : _("Makes a new key and encrypts your data again; "
                                                "your old recovery key stops working"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->change_key_button), unlocked);
}

static void
show_profile (KringPreferencesWindow *self)
{
  show_app_passphrase (self);
  show_change_key (self);
  adw_action_row_set_subtitle (self->folder_row, kring_profile_get_data_dir (self->profile));
  adw_action_row_set_subtitle (self->key_row, describe_key_mode (self->profile));
}

static void
kring_preferences_window_constructed (GObject *object)
{
  KringPreferencesWindow *self = KRING_PREFERENCES_WINDOW (object);
  GtkWindow *parent;

  G_OBJECT_CLASS (kring_preferences_window_parent_class)->constructed (object);
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  show_profile (self);
  self->retention_page = kring_preferences_retention_new (parent);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (self->retention_page));
  /* Locking or unlocking while Preferences is open. */
  if (parent != NULL)
    g_signal_connect_object (parent, "notify::state", G_CALLBACK (show_profile), self,
                             G_CONNECT_SWAPPED);
}

static void
kring_preferences_window_dispose (GObject *object)
{
  KringPreferencesWindow *self = KRING_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->profile);
  G_OBJECT_CLASS (kring_preferences_window_parent_class)->dispose (object);
}

static void
kring_preferences_window_get_property (GObject *object, guint prop_id, GValue *value,
                                       GParamSpec *pspec)
{
  KringPreferencesWindow *self = KRING_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_preferences_window_set_property (GObject *object, guint prop_id, const GValue *value,
                                       GParamSpec *pspec)
{
  KringPreferencesWindow *self = KRING_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_preferences_window_class_init (KringPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kring_preferences_window_constructed;
  object_class->dispose = kring_preferences_window_dispose;
  object_class->get_property = kring_preferences_window_get_property;
  object_class->set_property = kring_preferences_window_set_property;

  properties[PROP_PROFILE] = g_param_spec_object ("profile", NULL, NULL, KRING_TYPE_PROFILE,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                    | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (
    widget_class, "/nl/kringkaart/Kringkaart/kring-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow, lock_row);
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow, key_row);
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow, app_passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow,
                                        set_passphrase_button);
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow,
                                        remove_passphrase_button);
  gtk_widget_class_bind_template_callback (widget_class, on_set_passphrase);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_passphrase);
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow, change_key_row);
  gtk_widget_class_bind_template_child (widget_class, KringPreferencesWindow, change_key_button);
  gtk_widget_class_bind_template_callback (widget_class, on_change_key);
}

static void
kring_preferences_window_init (KringPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "auto-lock-minutes", self->lock_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, minutes_to_choice, choice_to_minutes,
                                NULL, NULL);
}
