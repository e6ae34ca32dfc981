/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-analysis-page.h"
#include "kring-directory-page.h"
#include "kring-households-page.h"
#include "kring-map-page.h"
#include "kring-session-lock.h"
#include "kring-team-page.h"
#include "kring-unlock-page.h"
#include "kring-welcome-page.h"
#include "kring-window.h"

G_BEGIN_DECLS

/* Shared between kring-window.c (states, store) and kring-window-actions.c
 * (actions, global search, automatic locking). */
struct _KringWindow
{
  AdwApplicationWindow parent_instance;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  KringUnlockPage *unlock_page;
  KringWelcomePage *welcome_page;
  AdwViewStack *view_stack;
  GtkSearchEntry *search_entry;
  GtkPopover *search_popover;
  GtkListBox *search_list;
  KringMapPage *map_page;
  KringDirectoryPage *directory_page;
  KringHouseholdsPage *households_page;
  KringAnalysisPage *analysis_page;
  KringTeamPage *team_page;

  GSettings *settings;
  KringProfile *profile;
  KringStore *store;
  /* Cancels unlocking, counting and loading when the window locks or closes. */
  GCancellable *cancellable;
  GCancellable *search_cancellable;
  /* --page for the first time the main view shows, then the last page. */
  char *start_page;
  gint64 last_activity;
  guint auto_lock_id;
  /* Replaces auto-lock-minutes when not 0 (tests). */
  guint auto_lock_seconds;
  KringSessionLock *session_lock;
  /* The app passphrase was given since the last lock. */
  gboolean app_passphrase_ok;
  gboolean demo;
  gboolean unlocking;
  gboolean with_passphrase;
  gboolean loading_example;
};

void kring_window_class_init_actions (GtkWidgetClass *widget_class);
/* win.show-on-map, win.show-term, win.open-household, win.tour (kring-window-navigate.c). */
void kring_window_class_init_navigation (GtkWidgetClass *widget_class);
void kring_window_update_navigation     (KringWindow    *self);
void kring_window_init_actions       (KringWindow    *self);
void kring_window_dispose_actions    (KringWindow    *self);
/* Enables the actions that fit the current state. */
void kring_window_update_actions     (KringWindow    *self);
/* (Re)starts the inactivity timer, or stops it when there is nothing to lock. */
void kring_window_schedule_auto_lock (KringWindow    *self);
void kring_window_load_example       (KringWindow    *self);
void kring_window_start_empty        (KringWindow    *self);
void kring_window_show_main          (KringWindow    *self);
void kring_window_clear_search       (KringWindow    *self);
/* Locking besides the store (kring-window-lock.c): closes the main
 * window's dialogs and empties the clipboard of what the app copied. */
void kring_window_drop_leftovers     (KringWindow    *self);
/* When an app passphrase is set and was not given since the last lock:
 * asks it, unlocks (with @passphrase) once it is right and returns TRUE. */
gboolean kring_window_ask_app_passphrase (KringWindow *self,
                                          const char  *passphrase);
/* Work on the closed database file (restore, change key): locks the
 * window, shows @message with a spinner (unlocking is not offered
 * meanwhile) and calls @func once the store is closed. @func ends with
 * kring_window_work_done(), which opens the data again. */
typedef void (*KringWindowWorkFunc) (KringWindow *self,
                                     gpointer     user_data);
void kring_window_work_locked        (KringWindow         *self,
                                      const char          *message,
                                      KringWindowWorkFunc  func,
                                      gpointer             user_data);
void kring_window_work_done          (KringWindow         *self,
                                      const char          *passphrase);
/* Follows the desktop session's lock. */
void kring_window_init_lock          (KringWindow    *self);
void kring_window_dispose_lock       (KringWindow    *self);
/* Tests: lock after @seconds without input instead of the setting's
 * minutes; 0 goes back to the setting. */
void kring_window_set_auto_lock_seconds (KringWindow *self,
                                         guint        seconds);

G_END_DECLS
