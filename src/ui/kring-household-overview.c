/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-date.h"
#include "kring-household-overview-private.h"
#include "kring-household-view.h"
#include "kring-households-rows.h"
#include "kring-summary.h"

/*
 * Overzicht: what a professional wants in view on a home visit. Left who
 * the household is and who helps (the regisseur and "wie doet wat"); right
 * what may be shared with whom, what is still open and when the next
 * evaluation is. Every list is rebuilt from the context the view hands over
 * after each change, so the tab never keeps state of its own.
 */

#define N_ACTIONS_SHOWN 5

G_DEFINE_FINAL_TYPE (KringHouseholdOverview, kring_household_overview, ADW_TYPE_BIN)

/* Small helpers shared with the forms */

void
kring_overview_today (GDate *today)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

const char *
kring_overview_role_title (const char *role)
{
  static const char *const roles[] = { "main", "partner", "parent", "child", "relative" };
  const char *titles[] = { C_("household role", "Main resident"),
                           C_("household role", "Partner"), C_("household role", "Parent"),
                           C_("household role", "Child"), C_("household role", "Relative") };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i]) == 0)
      return titles[i];
  return C_("household role", "Other");
}

const char *
kring_overview_form_title (const char *form)
{
  if (g_strcmp0 (form, "written") == 0)
    return _("In writing");
  if (g_strcmp0 (form, "verbal") == 0)
    return _("Verbally");
  if (g_strcmp0 (form, "digital") == 0)
    return _("Digitally");
  return NULL;
}

/* A date column that is set but unreadable counts as -1: the register fails
 * closed on it. Unset is 0, readable 1. */
static int
read_date (KringRecord *record, const char *column, GDate *date)
{
  const char *text = kring_record_get_string (record, column);

  if (text == NULL || *text == '\0')
    return 0;
  return kring_date_parse (text, date) ? 1 : -1;
}

KringConsentState
kring_overview_consent_state (KringRecord *consent, GDate *today)
{
  GDate given, until, withdrawn;
  int has_until = read_date (consent, "valid_until", &until);
  int has_withdrawn = read_date (consent, "withdrawn_on", &withdrawn);

  if (read_date (consent, "given_on", &given) != 1 || has_until < 0 || has_withdrawn < 0)
    return KRING_CONSENT_UNREADABLE;
  /* Withdrawing takes effect on the day itself. */
  if (has_withdrawn && g_date_compare (&withdrawn, today) <= 0)
    return KRING_CONSENT_WITHDRAWN;
  if (g_date_compare (&given, today) > 0)
    return KRING_CONSENT_NOT_YET;
  if (has_until && g_date_compare (&until, today) < 0)
    return KRING_CONSENT_EXPIRED;
  return KRING_CONSENT_VALID;
}

char *
kring_overview_consent_text (KringRecord *consent, const char **css_class)
{
  GDate today;
  g_autofree char *until = NULL, *withdrawn = NULL;

  kring_overview_today (&today);
  until = kring_form_date_format (kring_record_get_string (consent, "valid_until"));
  withdrawn = kring_form_date_format (kring_record_get_string (consent, "withdrawn_on"));
  switch (kring_overview_consent_state (consent, &today))
    {
    case KRING_CONSENT_VALID:
      *css_class = "success";
      if (until == NULL || *until == '\0')
        return g_strdup (_("Valid"));
      return g_strdup_printf (_("Valid until %s"), until);
    case KRING_CONSENT_NOT_YET:
      *css_class = "warning";
      return g_strdup (_("Not yet in effect"));
    case KRING_CONSENT_EXPIRED:
      *css_class = "error";
      return g_strdup_printf (_("Expired on %s"), until);
    case KRING_CONSENT_WITHDRAWN:
      *css_class = "error";
      return g_strdup_printf (_("Withdrawn on %s"), withdrawn);
    case KRING_CONSENT_UNREADABLE:
    default:
      *css_class = "error";
      return g_strdup (_("Date unreadable: not valid"));
    }
}

/* Rows */

static GtkWidget *
empty_row (const char *text)
{
  GtkWidget *row = kring_summary_row_new (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
row_set_action (GtkWidget *row, const char *action, const char *id)
{
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
}

/* A "⋮" menu at the end of a row: @n items of label and action, each with
 * the row's record id as target. */
static void
row_add_menu (GtkWidget *row, const char *const *labels, const char *const *actions, guint n,
              const char *id)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (labels[i], NULL);

      g_menu_item_set_action_and_target (item, actions[i], "s", id);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("More"));
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* Records of a plan table in an array, to sort them for showing. */
static GPtrArray *
plan_rows (KringHouseholdOverview *self, const char *table)
{
  GListModel *model = kring_household_context_rows (self->context, table);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (rows, g_list_model_get_item (model, i));
  return rows;
}

/* Gezinsleden */

static int
role_rank (KringRecord *member)
{
  static const char *const roles[] = { "main", "partner", "parent", "child", "relative" };
  const char *role = kring_record_get_string (member, "role");

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (role, roles[i]) == 0)
      return i;
  return G_N_ELEMENTS (roles);
}

/* Main resident first, then partner, parents, children (oldest first) … */
static int
compare_members (gconstpointer a, gconstpointer b)
{
  KringRecord *x = *(KringRecord **) a, *y = *(KringRecord **) b;
  int by_role = role_rank (x) - role_rank (y);

  if (by_role != 0)
    return by_role;
  return (int) (kring_record_get_int (x, "birth_year", 9999)
                - kring_record_get_int (y, "birth_year", 9999));
}

static char *
member_subtitle (KringRecord *member)
{
  gint64 year = kring_record_get_int (member, "birth_year", 0);
  g_autofree char *born = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  const char *parts[3] = { kring_overview_role_title (kring_record_get_string (member, "role")) };

  if (year > 0)
    {
      int age = g_date_time_get_year (now) - (int) year;

      born = g_strdup_printf (ngettext ("born in %d (%d year)", "born in %d (%d years)", age),
                              (int) year, age);
    }
  parts[1] = born;
  parts[2] = kring_record_get_string (member, "notes");
  return kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
}

static GtkWidget *
member_row (KringHouseholdOverview *self, KringRecord *member)
{
  const char *id = kring_record_get_id (member);
  g_autofree char *name = kring_household_context_name (self->context, "household_members", id);
  g_autofree char *subtitle = member_subtitle (member);
  GtkWidget *row = kring_summary_row_new (name, subtitle);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  row_set_action (row, "overview.edit-member", id);
  gtk_widget_set_tooltip_text (row, _("Edit"));
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "overview.remove-member");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
fill_members (KringHouseholdOverview *self)
{
  g_autoptr (GPtrArray) members = plan_rows (self, "household_members");

  g_ptr_array_sort (members, compare_members);
  for (guint i = 0; i < members->len; i++)
    gtk_list_box_append (self->members_list, member_row (self, members->pdata[i]));
  if (members->len == 0)
    gtk_list_box_append (self->members_list,
                         empty_row (_("No household members yet. Add the people of the household.")));
}

/* Regisseur */

static void
fill_regisseur (KringHouseholdOverview *self)
{
  const char *id = kring_record_get_string (self->context->household, "regisseur_id");
  KringRecord *member = id != NULL ? kring_household_context_find (self->context,
                                                                   "team_members", id) : NULL;
  const char *parts[3];
  g_autofree char *subtitle = NULL;

  if (member == NULL)
    {
      gtk_list_box_append (self->regisseur_list,
                           empty_row (_("No regisseur yet. Choose one with “Edit” above.")));
      return;
    }
  parts[0] = kring_record_get_string (member, "discipline");
  parts[1] = kring_record_get_string (member, "phone");
  parts[2] = kring_record_get_string (member, "email");
  subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
  gtk_list_box_append (self->regisseur_list,
                       kring_summary_row_new (kring_record_get_string (member, "name"), subtitle));
}

/* Betrokken professionals */

static char *
professional_name (KringHouseholdOverview *self, KringRecord *professional)
{
  const char *member = kring_record_get_string (professional, "team_member_id");
  const char *contact = kring_record_get_string (professional, "contact_id");
  const char *organization = kring_record_get_string (professional, "organization_id");
  g_autofree char *name = NULL;

  if (member != NULL)
    name = kring_household_context_name (self->context, "team_members", member);
  else if (contact != NULL)
    name = kring_household_context_name (self->context, "contacts", contact);
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = g_strdup (kring_record_get_string (professional, "name"));
    }
  if ((name == NULL || *name == '\0') && organization != NULL)
    {
      g_free (name);
      name = kring_household_context_name (self->context, "organizations", organization);
    }
  return name != NULL && *name != '\0' ? g_steal_pointer (&name) : g_strdup (_("Unknown"));
}

/* Phone and e-mail as the chosen person's record holds them. */
static void
professional_reach (KringHouseholdOverview *self, KringRecord *professional,
                    const char **phone, const char **email)
{
  const char *member = kring_record_get_string (professional, "team_member_id");
  const char *contact = kring_record_get_string (professional, "contact_id");
  KringRecord *person = NULL;

  if (member != NULL)
    person = kring_household_context_find (self->context, "team_members", member);
  else if (contact != NULL)
    person = kring_household_context_find (self->context, "contacts", contact);
  *phone = person != NULL ? kring_record_get_string (person, "phone") : NULL;
  *email = person != NULL ? kring_record_get_string (person, "email") : NULL;
}

static gboolean
professional_ended (KringRecord *professional)
{
  const char *ended = kring_record_get_string (professional, "ended_on");
  GDate day, today;

  if (ended == NULL || !kring_date_parse (ended, &day))
    return FALSE;
  kring_overview_today (&today);
  return g_date_compare (&day, &today) <= 0;
}

static char *
professional_subtitle (KringHouseholdOverview *self, KringRecord *professional)
{
  g_autofree char *since = kring_form_date_format (kring_record_get_string (professional,
                                                                            "started_on"));
  g_autofree char *until = kring_form_date_format (kring_record_get_string (professional,
                                                                            "ended_on"));
  g_autofree char *since_text = NULL, *until_text = NULL;
  const char *parts[5] = { kring_record_get_string (professional, "role") };

  if (since != NULL && *since != '\0')
    since_text = g_strdup_printf (_("since %s"), since);
  if (until != NULL && *until != '\0')
    until_text = g_strdup_printf (professional_ended (professional) ? _("stopped on %s")
                                                                    : _("until %s"), until);
  parts[1] = since_text;
  parts[2] = until_text;
  professional_reach (self, professional, &parts[3], &parts[4]);
  return kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
}

static GtkWidget *
professional_row (KringHouseholdOverview *self, KringRecord *professional)
{
  const char *id = kring_record_get_id (professional);
  g_autofree char *name = professional_name (self, professional);
  g_autofree char *subtitle = professional_subtitle (self, professional);
  GtkWidget *row = kring_summary_row_new (name, subtitle);
  const char *labels[] = { _("Edit"), _("End"), _("Remove") };
  const char *actions[] = { "overview.edit-professional", "overview.end-professional",
                            "overview.remove-professional" };

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  row_set_action (row, "overview.edit-professional", id);
  if (kring_record_get_string (professional, "team_member_id") != NULL)
    kring_summary_row_add_tag (row, _("District team"), "accent");
  if (professional_ended (professional))
    {
      gtk_widget_add_css_class (row, "dim-label");
      /* "Beëindigen" makes no sense twice. */
      labels[1] = labels[2];
      actions[1] = actions[2];
      row_add_menu (row, labels, actions, 2, id);
    }
  else
    row_add_menu (row, labels, actions, 3, id);
  return row;
}

/* Those still involved first, each group in the order they came in. */
static int
compare_professionals (gconstpointer a, gconstpointer b)
{
  KringRecord *x = *(KringRecord **) a, *y = *(KringRecord **) b;
  int ended = professional_ended (x) - professional_ended (y);

  if (ended != 0)
    return ended;
  return g_strcmp0 (kring_record_get_string (x, "started_on"),
                    kring_record_get_string (y, "started_on"));
}

static void
fill_professionals (KringHouseholdOverview *self)
{
  g_autoptr (GPtrArray) professionals = plan_rows (self, "household_professionals");

  g_ptr_array_sort (professionals, compare_professionals);
  for (guint i = 0; i < professionals->len; i++)
    gtk_list_box_append (self->professionals_list,
                         professional_row (self, professionals->pdata[i]));
  if (professionals->len == 0)
    gtk_list_box_append (self->professionals_list,
                         empty_row (_("No professionals yet. Add who does what for this "
                                      "household.")));
}

/* Toestemmingen */

static char *
consent_recipient (KringHouseholdOverview *self, KringRecord *consent)
{
  const char *contact = kring_record_get_string (consent, "contact_id");
  const char *organization = kring_record_get_string (consent, "organization_id");
  g_autofree char *name = NULL;

  if (contact != NULL)
    name = kring_household_context_name (self->context, "contacts", contact);
  else if (organization != NULL)
    name = kring_household_context_name (self->context, "organizations", organization);
  if (name != NULL && *name != '\0')
    return g_steal_pointer (&name);
  return g_strdup (kring_record_get_string (consent, "recipient"));
}

static char *
consent_subtitle (KringHouseholdOverview *self, KringRecord *consent)
{
  g_autofree char *recipient = consent_recipient (self, consent);
  g_autofree char *with = NULL, *purpose = NULL, *given = NULL, *by = NULL;
  g_autofree char *given_on = kring_form_date_format (kring_record_get_string (consent,
                                                                               "given_on"));
  const char *member = kring_record_get_string (consent, "household_member_id");
  const char *parts[5];

  if (recipient != NULL)
    with = g_strdup_printf (_("With %s"), recipient);
  purpose = g_strdup_printf (_("purpose: %s"), kring_record_get_string (consent, "purpose"));
  if (member != NULL)
    by = kring_household_context_name (self->context, "household_members", member);
  if (by != NULL && *by != '\0')
    given = g_strdup_printf (_("given on %s by %s"), given_on, by);
  else
    given = g_strdup_printf (_("given on %s"), given_on);
  parts[0] = with;
  parts[1] = purpose;
  parts[2] = given;
  parts[3] = kring_overview_form_title (kring_record_get_string (consent, "form"));
  parts[4] = NULL;
  return kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
}

static GtkWidget *
consent_row (KringHouseholdOverview *self, KringRecord *consent)
{
  const char *id = kring_record_get_id (consent);
  g_autofree char *subtitle = consent_subtitle (self, consent);
  const char *css_class = NULL;
  g_autofree char *state = kring_overview_consent_text (consent, &css_class);
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (consent, "information"),
                                          subtitle);
  gboolean withdrawn = kring_record_get_string (consent, "withdrawn_on") != NULL;
  const char *labels[] = { _("Edit"), withdrawn ? _("Undo withdrawal") : _("Withdraw"),
                           _("Remove") };
  const char *actions[] = { "overview.edit-consent",
                            withdrawn ? "overview.restore-consent" : "overview.withdraw-consent",
                            "overview.remove-consent" };

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  row_set_action (row, "overview.edit-consent", id);
  kring_summary_row_add_tag (row, state, css_class);
  row_add_menu (row, labels, actions, G_N_ELEMENTS (labels), id);
  return row;
}

/* Newest first: the one given last is what the household agreed to now. */
static int
compare_consents (gconstpointer a, gconstpointer b)
{
  KringRecord *x = *(KringRecord **) a, *y = *(KringRecord **) b;

  return g_strcmp0 (kring_record_get_string (y, "given_on"),
                    kring_record_get_string (x, "given_on"));
}

static void
fill_consents (KringHouseholdOverview *self)
{
  g_autoptr (GPtrArray) consents = plan_rows (self, "consents");

  g_ptr_array_sort (consents, compare_consents);
  for (guint i = 0; i < consents->len; i++)
    gtk_list_box_append (self->consents_list, consent_row (self, consents->pdata[i]));
  if (consents->len == 0)
    gtk_list_box_append (self->consents_list,
                         empty_row (_("No consents yet. Record what the household agrees "
                                      "may be shared, with whom and why.")));
}

/* Open acties */

static gboolean
action_is_open (KringRecord *action)
{
  const char *status = kring_record_get_string (action, "status");

  return g_strcmp0 (status, "open") == 0 || g_strcmp0 (status, "in_progress") == 0;
}

/* By due date, those without one last. */
static int
compare_actions (gconstpointer a, gconstpointer b)
{
  const char *x = kring_record_get_string (*(KringRecord **) a, "due_on");
  const char *y = kring_record_get_string (*(KringRecord **) b, "due_on");

  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);
  return strcmp (x, y);
}

static GtkWidget *
action_row (KringRecord *action)
{
  const char *due_on = kring_record_get_string (action, "due_on");
  g_autofree char *due = kring_form_date_format (due_on);
  g_autofree char *due_text = due != NULL && *due != '\0'
                                ? g_strdup_printf (_("due %s"), due) : NULL;
  const char *parts[] = { kring_record_get_string (action, "actor_label"), due_text };
  g_autofree char *subtitle = kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
  GtkWidget *row = kring_summary_row_new (kring_record_get_string (action, "what"), subtitle);

  if (due_on != NULL && kring_households_is_past (due_on))
    kring_summary_row_add_tag (row, _("Overdue"), "error");
  return row;
}

static void
show_plan (GtkWidget *row, gpointer user_data)
{
  KringHouseholdOverview *self = user_data;

  if (self->context != NULL && self->context->view != NULL)
    kring_household_view_show_tab (KRING_HOUSEHOLD_VIEW (self->context->view), "plan");
}

static void
fill_actions (KringHouseholdOverview *self)
{
  g_autoptr (GPtrArray) all = plan_rows (self, "actions");
  g_autoptr (GPtrArray) open = g_ptr_array_new ();
  g_autofree char *count = NULL;
  guint overdue = 0;

  for (guint i = 0; i < all->len; i++)
    if (action_is_open (all->pdata[i]))
      {
        const char *due = kring_record_get_string (all->pdata[i], "due_on");

        g_ptr_array_add (open, all->pdata[i]);
        overdue += due != NULL && kring_households_is_past (due);
      }
  g_ptr_array_sort (open, compare_actions);
  for (guint i = 0; i < MIN (open->len, N_ACTIONS_SHOWN); i++)
    gtk_list_box_append (self->actions_list, action_row (open->pdata[i]));
  if (open->len > N_ACTIONS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("%u more in Plan", "%u more in Plan",
                                                         open->len - N_ACTIONS_SHOWN),
                                               open->len - N_ACTIONS_SHOWN);
      GtkWidget *row = kring_summary_row_new (more, NULL);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (show_plan), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->actions_list, row);
    }
  if (open->len == 0)
    gtk_list_box_append (self->actions_list, empty_row (_("No open actions.")));
  if (overdue > 0)
    count = g_strdup_printf (ngettext ("%u open, %u overdue", "%u open, %u overdue", open->len),
                             open->len, overdue);
  else
    count = g_strdup_printf (ngettext ("%u open action", "%u open actions", open->len),
                             open->len);
  adw_preferences_group_set_description (self->actions_group, open->len > 0 ? count : NULL);
}

/* Volgende evaluatie */

static KringRecord *
next_planned_evaluation (KringHouseholdOverview *self)
{
  GListModel *evaluations = kring_household_context_rows (self->context, "evaluations");
  KringRecord *next = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr (KringRecord) evaluation = g_list_model_get_item (evaluations, i);
      const char *planned = kring_record_get_string (evaluation, "planned_on");

      if (planned == NULL || kring_record_get_string (evaluation, "held_on") != NULL)
        continue;
      if (next == NULL || strcmp (planned, kring_record_get_string (next, "planned_on")) < 0)
        next = evaluation;
    }
  return next;
}

static const char *
evaluation_kind_title (const char *kind)
{
  if (g_strcmp0 (kind, "opschalen") == 0)
    return _("Evaluation to scale up");
  if (g_strcmp0 (kind, "afschalen") == 0)
    return _("Evaluation to scale down");
  return _("Evaluation");
}

static void
fill_evaluation (KringHouseholdOverview *self)
{
  KringRecord *evaluation = next_planned_evaluation (self);
  const char *day = evaluation != NULL ? kring_record_get_string (evaluation, "planned_on")
                                       : kring_record_get_string (self->context->household,
                                                                  "next_evaluation_on");
  g_autofree char *title = day != NULL ? kring_households_format_day (day) : NULL;
  GtkWidget *row;

  if (title == NULL)
    {
      gtk_list_box_append (self->evaluation_list,
                           empty_row (_("No evaluation planned yet. Plan one in Plan.")));
      return;
    }
  row = kring_summary_row_new (title, evaluation_kind_title (
                                 evaluation != NULL ? kring_record_get_string (evaluation, "kind")
                                                    : NULL));
  if (kring_households_is_past (day))
    kring_summary_row_add_tag (row, _("Overdue"), "error");
  gtk_list_box_append (self->evaluation_list, row);
}

static void
fill_notes (KringHouseholdOverview *self)
{
  const char *notes = kring_record_get_string (self->context->household, "notes");
  gboolean has_notes = notes != NULL && *notes != '\0';

  gtk_label_set_text (self->notes_label, has_notes ? notes : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), has_notes);
}

/* The tab */

static void
clear (KringHouseholdOverview *self)
{
  GtkListBox *lists[] = { self->members_list, self->regisseur_list, self->professionals_list,
                          self->consents_list, self->actions_list, self->evaluation_list };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    kring_summary_clear (GTK_WIDGET (lists[i]));
  adw_preferences_group_set_description (self->actions_group, NULL);
  gtk_label_set_text (self->notes_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), FALSE);
}

void
kring_household_overview_set_context (KringHouseholdOverview *self,
                                      KringHouseholdContext  *context)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_OVERVIEW (self));

  if (context != NULL)
    kring_household_context_ref (context);
  g_clear_pointer (&self->context, kring_household_context_unref);
  self->context = context;
  clear (self);
  if (context == NULL || context->household == NULL)
    return;
  fill_members (self);
  fill_regisseur (self);
  fill_professionals (self);
  fill_consents (self);
  fill_actions (self);
  fill_evaluation (self);
  fill_notes (self);
}

/* Narrow windows: one column. AdwBreakpoint is newer than our libadwaita, so
 * the tab switches its columns itself, after the allocation that showed the
 * need (changing the layout during allocation would lay out twice). */
#define TWO_COLUMNS_MIN_WIDTH 860

static gboolean
reflow (gpointer user_data)
{
  KringHouseholdOverview *self = user_data;
  gboolean wide = gtk_widget_get_width (GTK_WIDGET (self)) >= TWO_COLUMNS_MIN_WIDTH;

  self->reflow_id = 0;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->columns),
                                  wide ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  gtk_box_set_homogeneous (self->columns, wide);
  return G_SOURCE_REMOVE;
}

/* AdwBin lays out through a layout manager, which never calls a widget's
 * own size_allocate; the tab drops it and places its one child itself. */
static void
kring_household_overview_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                                  int *minimum, int *natural, int *minimum_baseline,
                                  int *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

static void
kring_household_overview_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  gboolean wide = width >= TWO_COLUMNS_MIN_WIDTH;
  gboolean is_wide = gtk_orientable_get_orientation (GTK_ORIENTABLE (self->columns))
                     == GTK_ORIENTATION_HORIZONTAL;

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
  if (wide != is_wide && self->reflow_id == 0)
    self->reflow_id = g_idle_add (reflow, self);
}

static void
kring_household_overview_dispose (GObject *object)
{
  KringHouseholdOverview *self = KRING_HOUSEHOLD_OVERVIEW (object);

  g_clear_handle_id (&self->reflow_id, g_source_remove);
  g_clear_pointer (&self->context, kring_household_context_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), KRING_TYPE_HOUSEHOLD_OVERVIEW);
  G_OBJECT_CLASS (kring_household_overview_parent_class)->dispose (object);
}

static void
kring_household_overview_class_init (KringHouseholdOverviewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kring_household_overview_dispose;
  widget_class->measure = kring_household_overview_measure;
  widget_class->size_allocate = kring_household_overview_size_allocate;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/"
                                               "kring-household-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, members_list);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, regisseur_list);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview,
                                        professionals_list);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, consents_list);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, actions_group);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, actions_list);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, evaluation_list);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, notes_group);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, notes_label);
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdOverview, columns);
  kring_overview_install_actions (widget_class);
}

static void
kring_household_overview_init (KringHouseholdOverview *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kring_household_overview_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_OVERVIEW, NULL);
}
