/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-household-overview.h"
#include "kring-form-dialog.h"

G_BEGIN_DECLS

/*
 * Shared between the Overzicht tab (kring-household-overview.c: what it
 * shows) and its forms (kring-household-overview-forms.c: adding, editing,
 * ending, withdrawing and removing members, professionals and consents).
 */

struct _KringHouseholdOverview
{
  AdwBin                 parent_instance;
  KringHouseholdContext *context;

  GtkListBox            *members_list;
  GtkListBox            *regisseur_list;
  GtkListBox            *professionals_list;
  GtkListBox            *consents_list;
  AdwPreferencesGroup   *actions_group;
  GtkListBox            *actions_list;
  GtkListBox            *evaluation_list;
  AdwPreferencesGroup   *notes_group;
  GtkLabel              *notes_label;
  GtkBox                *columns;
  guint                  reflow_id;
};

/* The validity of a consent today, as the register shows it. */
typedef enum
{
  KRING_CONSENT_VALID,
  KRING_CONSENT_NOT_YET,
  KRING_CONSENT_EXPIRED,
  KRING_CONSENT_WITHDRAWN,
  KRING_CONSENT_UNREADABLE,
} KringConsentState;

/* kring_consent_covers() semantics for one consent on @today. */
KringConsentState kring_overview_consent_state (KringRecord *consent,
                                                GDate       *today);
/* "Geldig tot 1-6-2027", "Verlopen op …" …, with the style class to show it in. */
char             *kring_overview_consent_text  (KringRecord  *consent,
                                                const char  **css_class);
/* The Dutch name of a member's role ("child" -> "Kind"). */
const char       *kring_overview_role_title    (const char   *role);
/* The Dutch name of a consent's form ("written" -> "Schriftelijk"), or NULL. */
const char       *kring_overview_form_title    (const char   *form);
/* Today in the local time zone. */
void              kring_overview_today         (GDate        *today);

/* The forms and row actions (kring-household-overview-forms.c). */
void              kring_overview_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
