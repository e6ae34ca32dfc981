/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "kring-form-dialog.h"

G_BEGIN_DECLS

/*
 * What UI tests do as a user would: wait for the app, find the form it
 * opened, type into it and choose from it.
 */

/* Iterates the main context until @done (@data) holds; fails after 30 s. */
void             kring_ui_test_wait      (gboolean (*done) (gpointer data),
                                          gpointer   data);
/* Lets pending work (timeouts, idles) run for @ms milliseconds. */
void             kring_ui_test_settle    (guint      ms);
/* The visible KringFormDialog, or NULL; _await_form waits for one. */
KringFormDialog *kring_ui_test_find_form (void);
KringFormDialog *kring_ui_test_await_form (void);
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
/* The first descendant of @root of @type, or NULL. */
GtkWidget       *kring_ui_test_find_widget (GtkWidget *root,
                                            GType      type);

G_END_DECLS
