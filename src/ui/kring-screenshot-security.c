/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-backup-dialog.h"
#include "kring-key.h"
#include "kring-preferences-window.h"
#include "kring-recovery-dialog.h"
#include "kring-recovery.h"
#include "kring-screenshot-security.h"
#include "kring-screenshot.h"

#define SHOT_DELAY_MS 1500
/* The example key: a fixed raw key, so the picture is the same every run
 * and never shows the key of a real profile. */
#define EXAMPLE_KEY_HEX "4b72696e676b616172742d766f6f726265656c642d73637265656e73686f7473"

typedef struct
{
  guint      step;
  GtkWidget *dialog;
} Security;

static void
security_clear (Security *security)
{
  if (security->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (security->dialog));
}

/* Prepares a step's picture: a dialog to shoot, or the window itself. */
typedef GtkWidget *(*Prepare) (KringWindow *window, GError **error);

static GtkWidget *show_recovery_key (KringWindow *window, GError **error);
static GtkWidget *show_backup (KringWindow *window, GError **error);
static GtkWidget *lock_window (KringWindow *window, GError **error);
static GtkWidget *show_retention (KringWindow *window, GError **error);
static GtkWidget *show_change_key (KringWindow *window, GError **error);

/* In the order taken; the lock closes the store, so it comes last. */
static const struct
{
  guint offset;
  const char *name;
  Prepare prepare;
} shots[] = {
  { 1, "recovery-key", show_recovery_key },
  { 2, "backup", show_backup },
  { 3, "preferences-retention", show_retention },
  { 4, "change-key", show_change_key },
  { 0, "lock", lock_window },
};

static GtkWidget *
show_recovery_key (KringWindow *window, GError **error)
{
  g_autoptr (KringKey) key = kring_key_new_from_hex (EXAMPLE_KEY_HEX, error);
  g_autofree char *text = NULL;
  GtkWidget *dialog;

  if (key == NULL)
    return NULL;
  text = kring_recovery_encode (key);
  dialog = GTK_WIDGET (kring_recovery_dialog_new_show (GTK_WINDOW (window), text));
  kring_key_wipe_string (g_steal_pointer (&text));
  return dialog;
}

static GtkWidget *
show_backup (KringWindow *window, GError **error)
{
  KringStore *store = kring_window_get_store (window);

  if (store == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("The data is not open"));
      return NULL;
    }
  return GTK_WIDGET (kring_backup_dialog_new_backup (GTK_WINDOW (window), store));
}

/* Preferences on its Retention page (the example has a household due). */
static GtkWidget *
show_retention (KringWindow *window, G_GNUC_UNUSED GError **error)
{
  GtkWindow *preferences = kring_preferences_window_new (GTK_WINDOW (window),
                                                         kring_window_get_profile (window));

  gtk_window_set_default_size (preferences, 760, 560);
  kring_preferences_window_show_retention (KRING_PREFERENCES_WINDOW (preferences));
  return GTK_WIDGET (preferences);
}

/* The question win.change-key asks first. */
static GtkWidget *
show_change_key (KringWindow *window, GError **error)
{
  g_autoptr (GList) toplevels = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.change-key", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data)
        && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      return l->data;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The data is not open"));
  return NULL;
}

static GtkWidget *
lock_window (KringWindow *window, G_GNUC_UNUSED GError **error)
{
  kring_window_lock (window);
  return GTK_WIDGET (window);
}

static void
prepare (KringShotRun *run)
{
  Security *security = kring_shot_run_data (run);
  KringWindow *window = kring_shot_run_window (run);
  GtkWidget *widget;
  GError *error = NULL;

  widget = shots[security->step].prepare (window, &error);
  if (widget == NULL)
    {
      kring_shot_run_fail (run, error);
      return;
    }
  if (widget != GTK_WIDGET (window))
    {
      security->dialog = widget;
      gtk_window_present (GTK_WINDOW (widget));
    }
  kring_shot_run_next (run, SHOT_DELAY_MS);
}

static void
shoot (KringShotRun *run)
{
  Security *security = kring_shot_run_data (run);

  kring_shot_run_set_number (run, shots[security->step].offset);
  if (!kring_shot_run_save (run, security->dialog, shots[security->step].name))
    return;
  if (security->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&security->dialog)));
  security->step++;
  kring_shot_run_next (run, 0);
}

static const KringShotStep steps[] = {
  prepare, shoot, prepare, shoot, prepare, shoot, prepare, shoot, prepare, shoot,
};
G_STATIC_ASSERT (G_N_ELEMENTS (steps) == 2 * G_N_ELEMENTS (shots));

const KringShotPart kring_screenshot_security_part =
  KRING_SHOT_PART (steps, KRING_SCREENSHOT_SECURITY_COUNT, Security, security_clear);
