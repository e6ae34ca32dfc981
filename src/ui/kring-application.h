/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * KringApplication parses the command line (--data-dir, --demo, --page,
 * --color-scheme, --screenshots), owns the application-wide actions and
 * accelerators, and opens one KringWindow for the chosen profile.
 */
#define KRING_TYPE_APPLICATION (kring_application_get_type ())
G_DECLARE_FINAL_TYPE (KringApplication, kring_application, KRING, APPLICATION, AdwApplication)

KringApplication *kring_application_new             (void);
/* The profile directory given with --data-dir, or NULL for the default one. */
const char       *kring_application_get_data_dir    (KringApplication *self);
/* Whether --demo was given: an empty profile gets the example district. */
gboolean          kring_application_get_demo        (KringApplication *self);
/* The page given with --page, or NULL. */
const char       *kring_application_get_start_page  (KringApplication *self);
/* The status main() returns; non-zero when the screenshot run failed. */
int               kring_application_get_exit_status (KringApplication *self);

G_END_DECLS
