/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-profile.h"
#include "kring-store-error.h"
#include "kring-unlock-page.h"

/* A passphrase shorter than this is refused when a new one is chosen. */
#define MIN_PASSPHRASE_LENGTH 8

struct _KringUnlockPage
{
  AdwBin parent_instance;

  GtkStack *stack;
  GtkSpinner *spinner;
  GtkLabel *busy_label;
  AdwStatusPage *passphrase_status;
  AdwPasswordEntryRow *passphrase_row;
  AdwPasswordEntryRow *confirm_row;
  GtkLabel *problem_label;
  GtkButton *unlock_button;
  AdwStatusPage *error_status;
  GtkLabel *details_label;
  GtkButton *retry_button;
  GtkButton *recover_button;

  gboolean create;
};

G_DEFINE_FINAL_TYPE (KringUnlockPage, kring_unlock_page, ADW_TYPE_BIN)

enum
{
  SIGNAL_UNLOCK,
  SIGNAL_RECOVER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  DOMAIN_PROFILE,
  DOMAIN_STORE,
  DOMAIN_KEYRING,
} ErrorDomain;

/* How each reason the data cannot be opened is explained to the user. */
typedef struct
{
  ErrorDomain domain;
  int code;
  const char *icon_name;
  const char *title;
  const char *description;
  gboolean can_retry;
} ErrorText;

static GQuark
error_quark (ErrorDomain domain)
{
  switch (domain)
    {
    case DOMAIN_STORE:
      return KRING_STORE_ERROR;
    case DOMAIN_KEYRING:
      return KRING_KEYRING_ERROR;
    case DOMAIN_PROFILE:
    default:
      return KRING_PROFILE_ERROR;
    }
}

static const ErrorText *
find_error_text (const GError *error)
{
  static const ErrorText texts[] = {
    { DOMAIN_PROFILE, KRING_PROFILE_ERROR_KEY_NOT_FOUND, "dialog-password-symbolic",
      N_("The Key to Your Data Is Missing"),
      N_("The keyring of this computer holds no key for this data. Perhaps the keyring was "
         "reset, or the data folder was copied from another computer. Kringkaart did not "
         "change your data."), TRUE },
    { DOMAIN_PROFILE, KRING_PROFILE_ERROR_KEYRING_UNAVAILABLE, "system-lock-screen-symbolic",
      N_("The Keyring Is Not Available"),
      N_("Kringkaart keeps the key to your data in the keyring of your desktop session, which "
         "cannot be reached right now. Make sure you are logged in to the desktop and the "
         "keyring is unlocked, then try again."), TRUE },
    { DOMAIN_KEYRING, KRING_KEYRING_ERROR_LOCKED, "system-lock-screen-symbolic",
      N_("The Keyring Is Locked"),
      N_("The key to your data is kept in your keyring, which is locked. Unlock the keyring "
         "(it usually opens when you log in to the desktop), then try again."), TRUE },
    { DOMAIN_STORE, KRING_STORE_ERROR_WRONG_KEY, "dialog-password-symbolic",
      N_("This Key Does Not Open Your Data"),
      N_("The data could not be decrypted with its key. The file may be damaged, or it may "
         "belong to another key. Kringkaart left it untouched."), TRUE },
    { DOMAIN_STORE, KRING_STORE_ERROR_NOT_KRINGKAART, "dialog-question-symbolic",
      N_("This Is Not Kringkaart Data"),
      N_("The database file belongs to another program. Kringkaart left it untouched. Move it "
         "away, or start Kringkaart with another data folder."), FALSE },
    { DOMAIN_STORE, KRING_STORE_ERROR_TOO_NEW, "software-update-available-symbolic",
      N_("Saved by a Newer Kringkaart"),
      N_("This data was saved by a newer version of Kringkaart. Install that version to open "
         "it; this version left the file untouched."), FALSE },
    { DOMAIN_STORE, KRING_STORE_ERROR_NO_SPACE, "drive-harddisk-symbolic",
      N_("The Disk Is Full"),
      N_("Kringkaart needs a little free space to open your data. Free some space on this "
         "computer, then try again."), TRUE },
    { DOMAIN_STORE, KRING_STORE_ERROR_IO, "folder-symbolic",
      N_("The Data Folder Cannot Be Used"),
      N_("Kringkaart cannot read or write its data folder. Check that the folder exists and "
         "that you may write to it, then try again."), TRUE },
  };
  static const ErrorText fallback = {
    DOMAIN_PROFILE, -1, "dialog-warning-symbolic",
    N_("Your Data Could Not Be Opened"),
    N_("Something unexpected went wrong. Kringkaart did not change your data."), TRUE
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (g_error_matches (error, error_quark (texts[i].domain), texts[i].code))
        return &texts[i];
    }
  return &fallback;
}

GtkWidget *
kring_unlock_page_new (void)
{
  return g_object_new (KRING_TYPE_UNLOCK_PAGE, NULL);
}

static void
set_mode (KringUnlockPage *self, const char *mode)
{
  gtk_spinner_set_spinning (self->spinner, g_str_equal (mode, "busy"));
  gtk_stack_set_visible_child_name (self->stack, mode);
}

void
kring_unlock_page_show_busy (KringUnlockPage *self, const char *message)
{
  g_return_if_fail (KRING_IS_UNLOCK_PAGE (self));

  gtk_label_set_label (self->busy_label, message ? message : _("Opening your data…"));
  set_mode (self, "busy");
}

static void
set_problem (KringUnlockPage *self, const char *problem)
{
  gtk_label_set_label (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

static void
clear_entries (KringUnlockPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->confirm_row), "");
}

void
kring_unlock_page_ask_passphrase (KringUnlockPage *self, gboolean create, const char *problem)
{
  g_return_if_fail (KRING_IS_UNLOCK_PAGE (self));

  self->create = create;
  adw_status_page_set_title (self->passphrase_status,
                             create ? _("Choose a Passphrase") : _("Enter Your Passphrase"));
  adw_status_page_set_description (
    self->passphrase_status,
    create ? _("No keyring is available on this computer, so Kringkaart protects your data with "
               "a passphrase. You will need it every time you open Kringkaart, and nobody can "
               "recover your data without it.")
           : _("Your data is protected with a passphrase because this computer has no keyring."));
  gtk_button_set_label (self->unlock_button, create ? _("_Create") : _("_Unlock"));
  gtk_button_set_use_underline (self->unlock_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_row), create);
  clear_entries (self);
  set_problem (self, problem);
  set_mode (self, "passphrase");
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

/* When the keyring lost the key, the recovery key is the way in: it becomes
 * the main action. */
static void
show_recovery (KringUnlockPage *self, const GError *error)
{
  gboolean lost = g_error_matches (error, KRING_PROFILE_ERROR, KRING_PROFILE_ERROR_KEY_NOT_FOUND);

  gtk_widget_set_visible (GTK_WIDGET (self->recover_button), lost);
  if (lost)
    gtk_widget_remove_css_class (GTK_WIDGET (self->retry_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->retry_button), "suggested-action");
}

void
kring_unlock_page_show_error (KringUnlockPage *self, const GError *error, const char *path)
{
  const ErrorText *text;
  g_autofree char *details = NULL;

  g_return_if_fail (KRING_IS_UNLOCK_PAGE (self));
  g_return_if_fail (error != NULL);

  text = find_error_text (error);
  details = path ? g_strdup_printf ("%s\n%s", path, error->message) : g_strdup (error->message);
  adw_status_page_set_icon_name (self->error_status, text->icon_name);
  adw_status_page_set_title (self->error_status, _(text->title));
  adw_status_page_set_description (self->error_status, _(text->description));
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->retry_button), text->can_retry);
  show_recovery (self, error);
  set_mode (self, "error");
}

gboolean
kring_unlock_page_is_busy (KringUnlockPage *self)
{
  g_return_val_if_fail (KRING_IS_UNLOCK_PAGE (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "busy") == 0;
}

const char *
kring_unlock_page_get_mode (KringUnlockPage *self)
{
  g_return_val_if_fail (KRING_IS_UNLOCK_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* Returns the reason the form cannot be sent yet, or NULL when it can. */
static const char *
check_form (KringUnlockPage *self)
{
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));
  const char *confirm = gtk_editable_get_text (GTK_EDITABLE (self->confirm_row));

  if (*passphrase == '\0')
    return "";
  if (!self->create)
    return NULL;
  if (g_utf8_strlen (passphrase, -1) < MIN_PASSPHRASE_LENGTH)
    return _("Use at least eight characters.");
  if (*confirm == '\0')
    return "";
  if (!g_str_equal (passphrase, confirm))
    return _("The two passphrases are not the same.");
  return NULL;
}

static void
on_passphrase_changed (KringUnlockPage *self)
{
  const char *problem = check_form (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->unlock_button), problem == NULL);
  set_problem (self, problem && *problem ? problem : NULL);
}

static void
on_unlock_clicked (KringUnlockPage *self)
{
  if (check_form (self) != NULL)
    return;
  /* The passphrase is passed by pointer, not copied into a GValue, so no
   * unwiped copy of it is left behind. */
  g_signal_emit (self, signals[SIGNAL_UNLOCK], 0,
                 gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)));
  clear_entries (self);
}

static void
on_passphrase_activated (KringUnlockPage *self)
{
  if (self->create)
    gtk_widget_grab_focus (GTK_WIDGET (self->confirm_row));
  else
    on_unlock_clicked (self);
}

static void
on_confirm_activated (KringUnlockPage *self)
{
  on_unlock_clicked (self);
}

static void
on_retry_clicked (KringUnlockPage *self)
{
  g_signal_emit (self, signals[SIGNAL_UNLOCK], 0, NULL);
}

static void
on_recover_clicked (KringUnlockPage *self)
{
  g_signal_emit (self, signals[SIGNAL_RECOVER], 0);
}

static void
kring_unlock_page_class_init (KringUnlockPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * KringUnlockPage::unlock:
   * @passphrase: (nullable): what the user typed, or NULL to try again as before
   */
  signals[SIGNAL_UNLOCK] = g_signal_new ("unlock", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /* KringUnlockPage::recover: the user wants to open the data with the recovery key. */
  signals[SIGNAL_RECOVER] = g_signal_new ("recover", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-unlock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, busy_label);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, passphrase_status);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, unlock_button);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, error_status);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, retry_button);
  gtk_widget_class_bind_template_child (widget_class, KringUnlockPage, recover_button);
  gtk_widget_class_bind_template_callback (widget_class, on_passphrase_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_passphrase_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_unlock_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_recover_clicked);
}

static void
kring_unlock_page_init (KringUnlockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_mode (self, "busy");
}
