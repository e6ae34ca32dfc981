/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-form-dialog.h"
#include "kring-household-context.h"
#include "kring-store.h"
#include "kring-window.h"

G_BEGIN_DECLS

/*
 * What UI tests do as a user would: wait for the app, find the form it
 * opened, type into it and choose from it; and what they share around
 * that: the household they work on, its audit log, and screenshots.
 */

/* Call first in main(): Dutch (when the system has the locale) with the
 * built translations, as the users see the app, and no animations, so
 * that what a test waits for happens at once. */
void             kring_ui_test_init      (int        *argc,
                                          char     ***argv);

/* Iterates the main context until @done (@data) holds; fails after 30 s. */
void             kring_ui_test_wait      (gboolean (*done) (gpointer data),
                                          gpointer   data);
/* Lets pending work (timeouts, idles) run for @ms milliseconds;
 * KRING_UI_TEST_SETTLE_MS is long enough for a restyle or a reload to be
 * drawn. */
#define KRING_UI_TEST_SETTLE_MS 400
void             kring_ui_test_settle    (guint      ms);

/* A window of @width × 768 (a laptop's height) showing @child, presented. */
GtkWindow       *kring_ui_test_window    (GtkWidget *child,
                                          int        width);
/* The first widget under @root (itself included), depth first, for which
 * @match (widget, @data) holds; NULL if none. */
typedef gboolean (*KringUiTestMatch) (GtkWidget *widget, gconstpointer data);
GtkWidget       *kring_ui_test_find_first   (GtkWidget       *root,
                                             KringUiTestMatch match,
                                             gconstpointer    data);
/* The first widget under @root (itself included) whose gtk_widget_get_name()
 * is @name, depth first; NULL if none. */
GtkWidget       *kring_ui_test_find_named   (GtkWidget  *root,
                                             const char *name);
/* The first visible toplevel of @type that has the object data @data_key
 * (any, when @data_key is NULL), or NULL; _await_window waits for one. */
GtkWindow       *kring_ui_test_find_window  (GType       type,
                                             const char *data_key);
GtkWindow       *kring_ui_test_await_window (GType       type,
                                             const char *data_key);

/* The visible KringFormDialog, or NULL; _await_form waits for one. */
KringFormDialog *kring_ui_test_find_form (void);
KringFormDialog *kring_ui_test_await_form (void);
/* Activates @action on @widget (with the string @target, or none when
 * NULL), as a button or menu item would, and waits for the form it opens. */
KringFormDialog *kring_ui_test_open_form (GtkWidget  *widget,
                                          const char *action,
                                          const char *target);
/* Waits until no form dialog is open any more. */
void             kring_ui_test_await_form_closed (void);
/* Types @text into the field of @column (an entry or a text view). */
void             kring_ui_test_type      (KringFormDialog *dialog,
                                          const char      *column,
                                          const char      *text);
/* Chooses, in the drop-down of @column, the first item whose label
 * contains @label; fails the test when there is none. */
void             kring_ui_test_choose    (KringFormDialog *dialog,
                                          const char      *column,
                                          const char      *label);
/* Chooses item @position in the drop-down of @column. */
void             kring_ui_test_choose_at (KringFormDialog *dialog,
                                          const char      *column,
                                          guint            position);
/* The first descendant of @root of @type, or NULL. */
GtkWidget       *kring_ui_test_find_widget (GtkWidget *root,
                                            GType      type);

/* Household @household_id read from @store as the household view reads
 * it; fails the test on an error. */
KringHouseholdContext *kring_ui_test_load_context (KringStore *store,
                                                   const char *household_id);
/* Replaces *@context by household @household_id read again from @store
 * (as the view does after every change) and counts its saved changes in
 * *@changes; hand the new context to the widget under test. */
void             kring_ui_test_reload_context (KringStore             *store,
                                               const char             *household_id,
                                               KringHouseholdContext **context,
                                               guint                  *changes);
/* Counts every saved change of @context in *@changes (the context's
 * changed hook), so that kring_ui_test_await_change() can wait for one. */
void             kring_ui_test_count_changes (KringHouseholdContext *context,
                                              guint                 *changes);
/* Waits until *@changes has grown past @before: the save or remove under
 * way has reached the store. */
void             kring_ui_test_await_change  (const guint *changes,
                                              guint        before);
/* Destroys @window, lets what it still had under way finish, then closes
 * and drops *@store: in that order, so that nothing reads a closed store. */
void             kring_ui_test_close         (GtkWindow   *window,
                                              KringStore **store);
/* Saves @records (KringRecord) of household @household_id straight into
 * @store, as a form would; fails the test on an error. */
void             kring_ui_test_save_records  (KringStore *store,
                                              const char *household_id,
                                              GPtrArray  *records);
/* The stored row of @table of household @household_id whose @column
 * ("id": the row's id) is @value, or NULL. Free with g_object_unref(). */
KringRecord     *kring_ui_test_stored    (KringStore *store,
                                          const char *household_id,
                                          const char *table,
                                          const char *column,
                                          const char *value);
/* How many audit log entries of @action the record @record_id has. */
guint            kring_ui_test_count_audit (KringStore *store,
                                            const char *record_id,
                                            const char *action);

/* Saves a light and a dark picture of @widget, "@name-light.png" and
 * "@name-dark.png" in $KRING_SHOT_DIR, with the app's own style sheets;
 * does nothing when KRING_SHOT_DIR is not set. */
void             kring_ui_test_screenshot (GtkWidget  *widget,
                                           const char *name);

/* What the widget tree under @root says: the text of every label and
 * inscription and the title of every preferences row, shown or not
 * (collapsed rows and other stack pages included) unless @mapped_only; with
 * @skip_buttons, nothing inside a button. GPtrArray of char *. */
GPtrArray       *kring_ui_test_texts     (GtkWidget  *root,
                                          gboolean    mapped_only,
                                          gboolean    skip_buttons);
/* Whether one of kring_ui_test_texts (@root, FALSE, FALSE) is @needle
 * (@exact) or holds it. */
gboolean         kring_ui_test_shows_text (GtkWidget  *root,
                                           const char *needle,
                                           gboolean    exact);

/* Running the whole application, as test-window, test-lock and
 * test-recovery do: a script gets the window once it is shown, and the
 * window closes when the script returns. */
typedef void     (*KringUiTestScript)    (KringWindow   *window);
typedef gboolean (*KringUiTestCondition) (KringWindow   *window,
                                          gconstpointer  data);

/* Runs kringkaart on @data_dir (a fresh one when NULL), with --demo when
 * @demo, and @script in its window (1366×768); fails when the app exits
 * with an error. */
void             kring_ui_test_run_app    (const char           *data_dir,
                                           gboolean              demo,
                                           KringUiTestScript     script);
/* Iterates until @condition (@window, @data) holds; fails after 90 s
 * naming @what and the window's state. */
void             kring_ui_test_wait_for   (KringUiTestCondition  condition,
                                           KringWindow          *window,
                                           gconstpointer         data,
                                           const char           *what);
/* Whether @window is in @state ("main", "locked" …) and not busy: a
 * KringUiTestCondition; kring_ui_test_wait_state() waits for it. */
gboolean         kring_ui_test_state_is   (KringWindow          *window,
                                           gconstpointer         state);
void             kring_ui_test_wait_state (KringWindow          *window,
                                           const char           *state);

G_END_DECLS
