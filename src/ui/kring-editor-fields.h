/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The rows of the record editor: which columns of which table it edits, how
 * each is checked, and the rows that show them (an entry row with its inline
 * error underneath, a choice from a list, several choices from a list).
 */

typedef enum
{
  KRING_FIELD_TEXT,
  KRING_FIELD_EMAIL,
  KRING_FIELD_URL,
  KRING_FIELD_AGE,
  KRING_FIELD_PHONE,
} KringFieldKind;

typedef enum
{
  KRING_FIELD_GROUP_MAIN,
  KRING_FIELD_GROUP_CONTACT,
  KRING_FIELD_GROUP_REFERRAL,
  KRING_FIELD_N_GROUPS,
} KringFieldGroup;

typedef struct
{
  const char      *column;  /* "phone" for a contact's phones row */
  const char      *title;   /* untranslated (N_) */
  KringFieldKind   kind;
  gboolean         required;
  KringFieldGroup  group;
} KringFieldSpec;

/* The entry fields of "organizations", "services" or "contacts". */
const KringFieldSpec *kring_editor_fields_for       (const char           *table,
                                                     guint                *n_fields);
/* NULL when @text is acceptable for @spec, else what is wrong (translated). */
const char           *kring_editor_field_check      (const KringFieldSpec *spec,
                                                     const char           *text);
/* Parses a whole number of years 0–120; FALSE for anything else. */
gboolean              kring_editor_parse_age        (const char           *text,
                                                     gint64               *age);

/* An entry row with an error row underneath, both added to @group. */
typedef struct
{
  const KringFieldSpec *spec;
  AdwEntryRow          *row;
  AdwActionRow         *error_row;
  gboolean              touched;  /* the user changed it: show its errors */
} KringField;

KringField *kring_field_new        (const KringFieldSpec *spec,
                                    AdwPreferencesGroup  *group);
void        kring_field_free       (KringField           *field);
const char *kring_field_get_text   (KringField           *field);
void        kring_field_set_text   (KringField           *field,
                                    const char           *text);
/* Shows @message under the row (NULL: no error) when the field was touched. */
void        kring_field_set_error  (KringField           *field,
                                    const char           *message);

/* One value out of a list (AdwComboRow); ids[i] belongs to item i, NULL for "none". */
typedef struct
{
  AdwComboRow *row;
  GtkStringList *labels;
  GPtrArray *ids;
} KringChoice;

KringChoice *kring_choice_new      (const char  *title,
                                    const char  *none_label);
void         kring_choice_free     (KringChoice *choice);
void         kring_choice_add      (KringChoice *choice,
                                    const char  *id,
                                    const char  *label);
void         kring_choice_select   (KringChoice *choice,
                                    const char  *id);
const char  *kring_choice_get      (KringChoice *choice);

/* Any number of values out of a list (an expander row of check rows). */
typedef struct
{
  AdwExpanderRow *row;
  GPtrArray *ids;
  GPtrArray *labels;
  GPtrArray *checks;
} KringMultiChoice;

KringMultiChoice *kring_multi_choice_new      (const char       *title);
void              kring_multi_choice_free     (KringMultiChoice *choice);
void              kring_multi_choice_add      (KringMultiChoice *choice,
                                               const char       *id,
                                               const char       *label);
void              kring_multi_choice_set      (KringMultiChoice *choice,
                                               const char       *id,
                                               gboolean          active);
gboolean          kring_multi_choice_get      (KringMultiChoice *choice,
                                               const char       *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KringField, kring_field_free)

G_END_DECLS
