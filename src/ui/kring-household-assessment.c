/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-assessment.h"

/*
 * The assessment form. Its per-domain fields are form-only columns
 * ("_score:<domain id>" …) because one dialog edits many score rows; the
 * save handler turns them into assessment_scores rows itself.
 */

typedef struct
{
  KringHouseholdContext *context;
  char                  *assessment_id; /* NULL: a new assessment */
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  kring_household_context_unref (form->context);
  g_free (form->assessment_id);
  g_free (form);
}

const char *
kring_assessment_score_label (gint64 score)
{
  static const char *const labels[] = {
    N_("Acute crisis"), N_("Not self-reliant"), N_("Partly self-reliant"),
    N_("Sufficiently self-reliant"), N_("Fully self-reliant"),
  };

  if (score < 1 || score > 5)
    return "";
  return _(labels[score - 1]);
}

static char *
field (const char *what, KringRecord *domain)
{
  return g_strdup_printf ("_%s:%s", what, kring_record_get_id (domain));
}

/* Each domain's score in assessment @assessment_id, or (NULL) each domain's
 * latest score: domain id -> KringRecord of assessment_scores. */
static GHashTable *
scores_by_domain (KringHouseholdContext *context, const char *assessment_id)
{
  GListModel *assessments = kring_household_context_rows (context, "assessments");
  GListModel *scores = kring_household_context_rows (context, "assessment_scores");
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  /* The plan lists assessments oldest first, so later ones win. */
  for (guint a = 0; a < g_list_model_get_n_items (assessments); a++)
    {
      g_autoptr (KringRecord) assessment = g_list_model_get_item (assessments, a);
      const char *id = kring_record_get_id (assessment);

      if (assessment_id != NULL && g_strcmp0 (id, assessment_id) != 0)
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (scores); s++)
        {
          KringRecord *score = g_list_model_get_item (scores, s);

          if (g_strcmp0 (kring_record_get_string (score, "assessment_id"), id) == 0)
            /* replace, not insert: the key lives in the new record. */
            g_hash_table_replace (map, (gpointer) kring_record_get_string (score, "domain_term_id"),
                                  score);
          else
            g_object_unref (score);
        }
    }
  return map;
}

static const char *
assessment_date (KringHouseholdContext *context, KringRecord *score)
{
  KringRecord *assessment = kring_household_context_find (context, "assessments",
                                                          kring_record_get_string (score,
                                                                                   "assessment_id"));

  return assessment != NULL ? kring_record_get_string (assessment, "assessed_on") : NULL;
}

/* Checks */

static gboolean
date_taken (Form *form, const char *date)
{
  GListModel *assessments = kring_household_context_rows (form->context, "assessments");

  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr (KringRecord) assessment = g_list_model_get_item (assessments, i);

      if (g_strcmp0 (kring_record_get_string (assessment, "assessed_on"), date) == 0
          && g_strcmp0 (kring_record_get_id (assessment), form->assessment_id) != 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_scored (Form *form, KringFormDialog *dialog)
{
  GListModel *domains = form->context->domains;

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (domains, i);
      g_autofree char *column = field ("score", domain);

      if (kring_form_dialog_get (dialog, column) != NULL)
        return TRUE;
    }
  return FALSE;
}

static char *
check_form (KringFormDialog *dialog, gpointer user_data)
{
  Form *form = user_data;
  const char *date = kring_form_dialog_get (dialog, "assessed_on");

  if (date != NULL && date_taken (form, date))
    {
      g_autofree char *shown = kring_form_date_format (date);

      return g_strdup_printf (_("There already is an assessment on %s. Edit that one, or "
                                "choose another date."), shown);
    }
  if (!any_scored (form, dialog))
    return g_strdup (_("Score at least one life domain."));
  return NULL;
}

/* Saving */

static void
set_text (KringRecord *record, const char *column, const char *value)
{
  if (value != NULL)
    kring_record_set_string (record, column, value);
  else
    kring_record_set_null (record, column);
}

static KringRecord *
score_record (KringFormDialog *dialog, KringRecord *domain, const char *assessment_id,
              KringRecord *old, const char *score)
{
  g_autofree char *id = old != NULL ? g_strdup (kring_record_get_id (old)) : kring_uuid_new ();
  KringRecord *record = kring_record_new_with_id ("assessment_scores", id);
  static const char *const texts[][2] = {
    { "strengths", "strengths" }, { "concerns", "concerns" }, { "own", "own_strength" },
  };

  kring_record_set_string (record, "assessment_id", assessment_id);
  kring_record_set_string (record, "domain_term_id", kring_record_get_id (domain));
  kring_record_set_int (record, "score", g_ascii_strtoll (score, NULL, 10));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *column = field (texts[i][0], domain);

      set_text (record, texts[i][1], kring_form_dialog_get (dialog, column));
    }
  return record;
}

/* A scored domain becomes a row (the same row as before when edited); a
 * domain no longer scored loses its old row. */
static void
add_score (KringFormDialog *dialog, KringRecord *domain, const char *assessment_id,
           GHashTable *old_scores, GPtrArray *records, GPtrArray *removals)
{
  g_autofree char *column = field ("score", domain);
  const char *score = kring_form_dialog_get (dialog, column);
  KringRecord *old = old_scores != NULL ? g_hash_table_lookup (old_scores,
                                                               kring_record_get_id (domain))
                                        : NULL;

  if (score != NULL)
    g_ptr_array_add (records, score_record (dialog, domain, assessment_id, old, score));
  else if (old != NULL)
    g_ptr_array_add (removals, kring_record_new_with_id ("assessment_scores",
                                                         kring_record_get_id (old)));
}

static void
save_done (gpointer user_data, const GError *error)
{
  g_autoptr (KringFormDialog) dialog = user_data;

  kring_form_dialog_done (dialog, error);
}

static void
on_save (KringFormDialog *dialog, gpointer user_data)
{
  Form *form = user_data;
  GListModel *domains = form->context->domains;
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) removals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = form->assessment_id != NULL ? g_strdup (form->assessment_id)
                                                     : kring_uuid_new ();
  g_autoptr (GHashTable) old_scores = form->assessment_id != NULL
                                        ? scores_by_domain (form->context, id) : NULL;
  KringRecord *assessment = kring_record_new_with_id ("assessments", id);

  kring_form_dialog_fill_record (dialog, assessment);
  kring_record_set_string (assessment, "household_id", form->context->household_id);
  g_ptr_array_add (records, assessment);
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (domains, i);

      add_score (dialog, domain, id, old_scores, records, removals);
    }
  kring_household_context_save (form->context, records, removals, save_done,
                                g_object_ref (dialog));
}

/* Building the form */

static void
add_assessor (KringFormDialog *dialog, KringHouseholdContext *context, KringRecord *assessment)
{
  GListModel *members = context->team_members;
  guint n = g_list_model_get_n_items (members);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *selected = assessment != NULL
                           ? kring_record_get_string (assessment, "assessed_by_id")
                           : context->current_member_id;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) member = g_list_model_get_item (members, i);

      g_ptr_array_add (ids, g_strdup (kring_record_get_id (member)));
      g_ptr_array_add (names, kring_household_context_name (context, "team_members",
                                                            kring_record_get_id (member)));
    }
  kring_form_dialog_add_choice (dialog, "assessed_by_id", _("Assessed by"),
                                (const char *const *) ids->pdata,
                                (const char *const *) names->pdata, n, selected,
                                _("Not recorded"));
}

static char *
previous_text (KringHouseholdContext *context, KringRecord *latest)
{
  gint64 score = kring_record_get_int (latest, "score", 0);
  g_autofree char *day = kring_form_date_format (assessment_date (context, latest));

  /* TRANSLATORS: under a life domain in the form: "Vorige keer: 3 · Beperkt
   * zelfredzaam (12-1-2026)". */
  return g_strdup_printf (_("Last time: %d · %s (%s)"), (int) score,
                          kring_assessment_score_label (score), day);
}

static void
add_score_choice (KringFormDialog *dialog, KringRecord *domain, KringRecord *own)
{
  const char *ids[] = { "1", "2", "3", "4", "5" };
  char *labels[5] = { NULL };
  g_autofree char *column = field ("score", domain);
  g_autofree char *selected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    labels[i] = g_strdup_printf ("%u · %s", i + 1, kring_assessment_score_label (i + 1));
  if (own != NULL)
    selected = g_strdup_printf ("%" G_GINT64_FORMAT, kring_record_get_int (own, "score", 0));
  kring_form_dialog_add_choice (dialog, column, _("Score"), ids, (const char *const *) labels,
                                G_N_ELEMENTS (ids), selected, _("Not scored"));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_free (labels[i]);
}

/* @own: the domain's score in the assessment edited; @latest: its latest
 * score, whose texts a new assessment starts from. */
static void
add_domain (KringFormDialog *dialog, KringHouseholdContext *context, KringRecord *domain,
            KringRecord *own, KringRecord *latest)
{
  KringRecord *texts = own != NULL ? own : latest;
  g_autofree char *description = latest != NULL && own == NULL
                                   ? previous_text (context, latest) : NULL;
  static const char *const columns[][2] = {
    { "strengths", "strengths" }, { "concerns", "concerns" }, { "own", "own_strength" },
  };
  const char *titles[] = { _("Strengths"), _("Concerns"), _("Own strength") };

  kring_form_dialog_add_group (dialog, kring_record_get_string (domain, "name"), description);
  add_score_choice (dialog, domain, own);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *column = field (columns[i][0], domain);

      kring_form_dialog_add_long_text (dialog, column, titles[i],
                                       texts != NULL ? kring_record_get_string (texts,
                                                                                columns[i][1])
                                                     : NULL,
                                       FALSE);
    }
}

static void
add_general (KringFormDialog *dialog, KringHouseholdContext *context, KringRecord *assessment)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  kring_form_dialog_add_date (dialog, "assessed_on", _("Date"),
                              assessment != NULL ? kring_record_get_string (assessment,
                                                                            "assessed_on")
                                                 : today,
                              TRUE);
  add_assessor (dialog, context, assessment);
  kring_form_dialog_add_long_text (dialog, "note", _("Note"),
                                   assessment != NULL ? kring_record_get_string (assessment,
                                                                                 "note")
                                                      : NULL,
                                   FALSE);
  if (assessment == NULL)
    kring_form_dialog_add_note (dialog, _("Strengths, concerns and own strength are copied from "
                                          "the latest assessment: change only what changed. "
                                          "Life domains without a score are not saved."),
                                FALSE);
}

static void
add_domains (KringFormDialog *dialog, KringHouseholdContext *context, const char *assessment_id)
{
  g_autoptr (GHashTable) latest = scores_by_domain (context, NULL);
  g_autoptr (GHashTable) own = assessment_id != NULL
                                 ? scores_by_domain (context, assessment_id) : NULL;
  GListModel *domains = context->domains;

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr (KringRecord) domain = g_list_model_get_item (domains, i);
      const char *id = kring_record_get_id (domain);

      add_domain (dialog, context, domain, own != NULL ? g_hash_table_lookup (own, id) : NULL,
                  own == NULL ? g_hash_table_lookup (latest, id) : NULL);
    }
}

KringFormDialog *
kring_assessment_form_open (KringHouseholdContext *context, const char *assessment_id)
{
  KringRecord *assessment = assessment_id != NULL
                              ? kring_household_context_find (context, "assessments",
                                                              assessment_id)
                              : NULL;
  KringFormDialog *dialog = NULL;
  Form *form = NULL;

  if (assessment_id != NULL && assessment == NULL)
    {
      kring_household_context_toast (context, _("This assessment no longer exists."));
      return NULL;
    }
  dialog = kring_form_dialog_new (kring_household_context_window (context),
                                  assessment != NULL ? _("Edit Assessment")
                                                     : _("New Assessment"),
                                  NULL);
  form = g_new0 (Form, 1);
  form->context = kring_household_context_ref (context);
  form->assessment_id = g_strdup (assessment_id);
  g_object_set_data_full (G_OBJECT (dialog), "kring-assessment-form", form, form_free);
  add_general (dialog, context, assessment);
  add_domains (dialog, context, assessment_id);
  kring_form_dialog_set_check (dialog, check_form, form);
  g_signal_connect (dialog, "save", G_CALLBACK (on_save), form);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
