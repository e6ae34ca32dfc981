/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <unistd.h>

#include "kring-session-lock.h"

#define LOGIN1_NAME "org.freedesktop.login1"
#define LOGIN1_PATH "/org/freedesktop/login1"
#define LOGIN1_MANAGER LOGIN1_NAME ".Manager"
#define LOGIN1_SESSION LOGIN1_NAME ".Session"

struct _KringSessionLock
{
  GObject parent_instance;

  GCancellable *cancellable;
  GDBusConnection *session_bus;
  GDBusConnection *system_bus;
  guint screensaver_ids[2];
  guint logind_id;
};

G_DEFINE_FINAL_TYPE (KringSessionLock, kring_session_lock, G_TYPE_OBJECT)

enum
{
  SESSION_LOCKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

KringSessionLock *
kring_session_lock_new (void)
{
  return g_object_new (KRING_TYPE_SESSION_LOCK, NULL);
}

static void
on_screensaver_active (GDBusConnection *connection, const char *sender, const char *path,
                       const char *interface, const char *member, GVariant *parameters,
                       gpointer user_data)
{
  gboolean active = FALSE;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;
  g_variant_get (parameters, "(b)", &active);
  if (active)
    g_signal_emit (user_data, signals[SESSION_LOCKED], 0);
}

static void
on_logind_lock (GDBusConnection *connection, const char *sender, const char *path,
                const char *interface, const char *member, GVariant *parameters,
                gpointer user_data)
{
  g_signal_emit (user_data, signals[SESSION_LOCKED], 0);
}

/* No sender is required: the screensaver may not own its name yet when the
 * app starts, and a match on a well-known name would miss it after a
 * restart of the shell. Any path, for the same reason (GNOME and KDE use
 * different ones). */
static void
watch_screensaver (KringSessionLock *self)
{
  static const char *const interfaces[] = { "org.gnome.ScreenSaver",
                                            "org.freedesktop.ScreenSaver" };

  for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
    self->screensaver_ids[i] = g_dbus_connection_signal_subscribe (
      self->session_bus, NULL, interfaces[i], "ActiveChanged", NULL, NULL,
      G_DBUS_SIGNAL_FLAGS_NONE, on_screensaver_active, self, NULL);
}

static void
on_session_bus (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringSessionLock) self = user_data;
  g_autoptr (GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    {
      g_debug ("No session bus, no screensaver to follow: %s", error->message);
      return;
    }
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_object_unref (bus);
      return;
    }
  self->session_bus = bus;
  watch_screensaver (self);
}

static void
on_session_path (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringSessionLock) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source),
                                                              result, &error);
  const char *path = NULL;

  if (reply == NULL)
    {
      g_debug ("logind does not know this session: %s", error->message);
      return;
    }
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  g_variant_get (reply, "(&o)", &path);
  self->logind_id = g_dbus_connection_signal_subscribe (self->system_bus, LOGIN1_NAME,
                                                        LOGIN1_SESSION, "Lock", path, NULL,
                                                        G_DBUS_SIGNAL_FLAGS_NONE,
                                                        on_logind_lock, self, NULL);
}

/* This process's logind session: the one named by XDG_SESSION_ID, else
 * the one logind finds for our process id. */
static void
find_logind_session (KringSessionLock *self)
{
  const char *id = g_getenv ("XDG_SESSION_ID");
  const char *method = id != NULL ? "GetSession" : "GetSessionByPID";
  GVariant *args = id != NULL ? g_variant_new ("(s)", id)
                              : g_variant_new ("(u)", (guint32) getpid ());

  g_dbus_connection_call (self->system_bus, LOGIN1_NAME, LOGIN1_PATH, LOGIN1_MANAGER, method,
                          args, G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, -1,
                          self->cancellable, on_session_path, g_object_ref (self));
}

static void
on_system_bus (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringSessionLock) self = user_data;
  g_autoptr (GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);

  if (bus == NULL)
    {
      g_debug ("No system bus, no logind to follow: %s", error->message);
      return;
    }
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_object_unref (bus);
      return;
    }
  self->system_bus = bus;
  find_logind_session (self);
}

static void
unsubscribe (GDBusConnection *bus, guint *id)
{
  if (*id != 0 && bus != NULL)
    g_dbus_connection_signal_unsubscribe (bus, *id);
  *id = 0;
}

static void
kring_session_lock_dispose (GObject *object)
{
  KringSessionLock *self = KRING_SESSION_LOCK (object);

  g_cancellable_cancel (self->cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (self->screensaver_ids); i++)
    unsubscribe (self->session_bus, &self->screensaver_ids[i]);
  unsubscribe (self->system_bus, &self->logind_id);
  g_clear_object (&self->session_bus);
  g_clear_object (&self->system_bus);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (kring_session_lock_parent_class)->dispose (object);
}

static void
kring_session_lock_class_init (KringSessionLockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kring_session_lock_dispose;
  signals[SESSION_LOCKED] = g_signal_new ("session-locked", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
kring_session_lock_init (KringSessionLock *self)
{
  self->cancellable = g_cancellable_new ();
  g_bus_get (G_BUS_TYPE_SESSION, self->cancellable, on_session_bus, g_object_ref (self));
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus, g_object_ref (self));
}
