/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-preferences-window.h"

struct _KringPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  AdwComboRow *lock_row;
  AdwActionRow *folder_row;
  AdwActionRow *key_row;

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

static void
show_profile (KringPreferencesWindow *self)
{
  adw_action_row_set_subtitle (self->folder_row, kring_profile_get_data_dir (self->profile));
  adw_action_row_set_subtitle (self->key_row, describe_key_mode (self->profile));
}

static void
kring_preferences_window_constructed (GObject *object)
{
  KringPreferencesWindow *self = KRING_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (kring_preferences_window_parent_class)->constructed (object);
  show_profile (self);
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
