/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include "kring-analysis-cbs-dialog.h"
#include "kring-analysis-page-private.h"
#include "kring-bar-chart.h"
#include "kring-map-graph.h"
#include "kring-summary.h"

/*
 * The Wijkanalyse page: one KringReport of the chosen team, read at once,
 * shown as key figures and five sections (buurtcijfers, aanbod,
 * relatiegezondheid, vraag, aanbod naast behoefte), each with its note.
 * The sections are filled by kring-analysis-tables.c; the forms and the
 * report/export actions live in kring-analysis-forms.c.
 */

G_DEFINE_FINAL_TYPE (KringAnalysisPage, kring_analysis_page, ADW_TYPE_BIN)

static const guint month_choices[] = { 6, 12, 24 };
#define DEFAULT_MONTHS 12

static const struct
{
  const char *chart;
  const char *title;
  const char *description;
} section_info[KRING_ANALYSIS_N_SECTIONS] = {
  { KRING_REPORT_NOTE_FIGURES, N_("Neighbourhood Figures"),
    N_("Figures per area, the years side by side. Click a value to correct it.") },
  { KRING_REPORT_NOTE_SUPPLY, N_("Supply per Life Domain"),
    N_("How many partners and services the team has per life domain in each ring") },
  { KRING_REPORT_NOTE_HEALTH, N_("Relationship Health"),
    N_("Partners of the team that need attention") },
  { KRING_REPORT_NOTE_DEMAND, N_("Demand"),
    N_("The questions of the team's households, counted anonymously") },
  { KRING_REPORT_NOTE_NEED, N_("Supply Next to Need"),
    N_("Partners close by (kernteam and inner ring) next to demand and a neighbourhood figure") },
};

const char *
kring_analysis_section_chart (KringAnalysisSection section)
{
  return section_info[section].chart;
}

GtkWindow *
kring_analysis_page_window (KringAnalysisPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
kring_analysis_page_toast (KringAnalysisPage *self, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (escaped));
  g_free (self->last_message);
  self->last_message = g_strdup (text);
}

void
kring_analysis_page_toast_error (KringAnalysisPage *self, const char *what, const GError *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);

  kring_analysis_page_toast (self, text);
}

static void
kring_analysis_page_show (KringAnalysisPage *self, const char *state)
{
  gtk_stack_set_visible_child_name (self->stack, state);
  gtk_spinner_set_spinning (self->spinner, g_str_equal (state, "loading"));
}

/* --- clearing and filling --- */

static void
kring_analysis_page_clear (KringAnalysisPage *self)
{
  kring_summary_clear (GTK_WIDGET (self->key_figures));
  for (guint i = 0; i < KRING_ANALYSIS_N_SECTIONS; i++)
    {
      kring_summary_clear (GTK_WIDGET (self->parts[i].body));
      gtk_label_set_text (self->parts[i].note, "");
      gtk_widget_set_visible (GTK_WIDGET (self->parts[i].note), FALSE);
    }
  g_clear_pointer (&self->report, kring_report_free);
  g_clear_pointer (&self->last_message, g_free);
}

static void
kring_analysis_page_add_card (KringAnalysisPage *self, double value, const char *caption)
{
  g_autofree char *text = NULL;
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *number, *label;

  /* A figure nobody knows is shown as a dash, never as 0. */
  text = isnan (value) ? g_strdup ("–") : g_strdup_printf ("%'.0f", value);
  number = kring_analysis_cell (text, "title-1", 0.5);
  label = kring_analysis_cell (caption, "caption", 0.5);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (card), number);
  gtk_box_append (GTK_BOX (card), label);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_top (number, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_box_append (self->key_figures, card);
}

static void
kring_analysis_page_fill_key_figures (KringAnalysisPage *self)
{
  KringReport *report = self->report;
  guint gaps = kring_report_gaps (report);
  kring_analysis_page_add_card (self, kring_report_figure (report, NULL, "AantalInwoners", 0),
                                _("Inhabitants"));
  kring_analysis_page_add_card (self, kring_report_figure (report, NULL, "HuishoudensTotaal", 0),
                                _("Households"));
  kring_analysis_page_add_card (self, report->demand->open_households, _("Open households"));
  kring_analysis_page_add_card (self, kring_report_close_partners (report),
                                _("Partners close by"));
  kring_analysis_page_add_card (self, gaps, _("Life domains without a partner close by"));
  kring_analysis_page_add_card (self, report->demand->overdue_actions, _("Overdue actions"));
}

static void
kring_analysis_page_fill_notes (KringAnalysisPage *self)
{
  for (guint i = 0; i < KRING_ANALYSIS_N_SECTIONS; i++)
    {
      const char *note = g_hash_table_lookup (self->report->notes, section_info[i].chart);

      gtk_label_set_text (self->parts[i].note, note != NULL ? note : "");
      gtk_widget_set_visible (GTK_WIDGET (self->parts[i].note), note != NULL);
      gtk_button_set_label (self->parts[i].note_button,
                            note != NULL ? _("Edit Note…") : _("Add Note…"));
    }
}

static void
kring_analysis_page_fill (KringAnalysisPage *self)
{
  kring_analysis_page_fill_key_figures (self);
  kring_analysis_fill_figures (self);
  kring_analysis_fill_supply (self);
  kring_analysis_fill_health (self);
  kring_analysis_fill_demand (self);
  kring_analysis_fill_need (self);
  kring_analysis_page_fill_notes (self);
  kring_analysis_page_show (self, "content");
}

/* --- loading --- */

static void
kring_analysis_page_on_report (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  KringReport *report = kring_report_load_finish (result, &error);
  KringAnalysisPage *self = user_data;

  /* A cancelled load may outlive the page: touch nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  kring_analysis_page_clear (self);
  if (report == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      kring_analysis_page_show (self, "error");
      return;
    }
  self->report = report;
  kring_analysis_page_fill (self);
}

static void
kring_analysis_page_load_report (KringAnalysisPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  kring_report_load_async (self->store, self->team_id, self->months, self->cancellable,
                           kring_analysis_page_on_report, self);
}

/* Fills the team drop-down, keeping the chosen team when it is still there. */
static void
kring_analysis_page_fill_teams (KringAnalysisPage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint chosen = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->teams); i++)
    {
      g_autoptr (KringRecord) team = g_list_model_get_item (self->teams, i);

      gtk_string_list_append (names, kring_record_get_string (team, "name"));
      if (g_strcmp0 (kring_record_get_id (team), self->team_id) == 0)
        chosen = i;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->team_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->team_drop, chosen);
  self->filling = FALSE;
  if (g_list_model_get_n_items (self->teams) > 0)
    {
      g_autoptr (KringRecord) team = g_list_model_get_item (self->teams, chosen);

      g_free (self->team_id);
      self->team_id = g_strdup (kring_record_get_id (team));
    }
}

static void
kring_analysis_page_on_teams (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  GListModel *teams = kring_store_list_finish (KRING_STORE (source), result, &error);
  KringAnalysisPage *self = user_data;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (teams == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      kring_analysis_page_show (self, "error");
      return;
    }
  g_clear_object (&self->teams);
  self->teams = teams;
  if (g_list_model_get_n_items (teams) == 0)
    {
      kring_analysis_page_show (self, "empty");
      return;
    }
  kring_analysis_page_fill_teams (self);
  kring_analysis_page_load_report (self);
}

static void
kring_analysis_page_load (KringAnalysisPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  kring_analysis_page_clear (self);
  kring_analysis_page_show (self, "loading");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.import-cbs", self->store != NULL);
  if (self->store == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  kring_store_list_async (self->store, "teams", NULL, NULL, "name", self->cancellable,
                          kring_analysis_page_on_teams, self);
}

static void
kring_analysis_page_on_team_chosen (KringAnalysisPage *self)
{
  guint chosen = gtk_drop_down_get_selected (self->team_drop);
  g_autoptr (KringRecord) team = NULL;

  if (self->filling || self->teams == NULL || self->store == NULL)
    return;
  team = g_list_model_get_item (self->teams, chosen);
  if (team == NULL || g_strcmp0 (kring_record_get_id (team), self->team_id) == 0)
    return;
  g_free (self->team_id);
  self->team_id = g_strdup (kring_record_get_id (team));
  kring_analysis_page_load_report (self);
}

static void
kring_analysis_page_on_months_chosen (KringAnalysisPage *self)
{
  guint chosen = gtk_drop_down_get_selected (self->months_drop);

  if (chosen >= G_N_ELEMENTS (month_choices) || month_choices[chosen] == self->months)
    return;
  self->months = month_choices[chosen];
  if (self->store != NULL && self->report != NULL)
    kring_analysis_page_load_report (self);
}

/* --- actions --- */

static void
import_cbs_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringAnalysisPage *self = KRING_ANALYSIS_PAGE (widget);
  KringAnalysisCbsDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = kring_analysis_cbs_dialog_new (kring_analysis_page_window (self), self->store);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (kring_analysis_page_reload), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report_pdf_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_analysis_write_report (KRING_ANALYSIS_PAGE (widget));
}

static void
export_csv_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_analysis_export_csv (KRING_ANALYSIS_PAGE (widget));
}

static void
edit_figure_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_analysis_edit_figure (KRING_ANALYSIS_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
edit_note_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  kring_analysis_edit_note (KRING_ANALYSIS_PAGE (widget), g_variant_get_string (param, NULL));
}

/* --- construction --- */

static GtkWidget *
kring_analysis_page_heading (KringAnalysisSection section)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = kring_analysis_cell (_(section_info[section].title), "title-3", 0);
  GtkWidget *description = kring_analysis_cell (_(section_info[section].description),
                                                "dim-label", 0);

  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), description);
  gtk_box_append (GTK_BOX (box), titles);
  if (section == KRING_ANALYSIS_FIGURES)
    {
      GtkWidget *add = gtk_button_new_with_label (_("Add Figure…"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "analysis.edit-figure");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "s", "");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), add);
    }
  return box;
}

static void
kring_analysis_page_add_section (KringAnalysisPage *self, KringAnalysisSection section)
{
  KringAnalysisPart *part = &self->parts[section];
  GtkWidget *note_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  part->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  part->body = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  part->note = GTK_LABEL (kring_analysis_cell ("", NULL, 0));
  part->note_button = GTK_BUTTON (gtk_button_new_with_label (_("Add Note…")));
  gtk_label_set_wrap (part->note, TRUE);
  gtk_label_set_selectable (part->note, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (part->note), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (part->note_button), "flat");
  gtk_widget_set_valign (GTK_WIDGET (part->note_button), GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (part->note_button), "analysis.edit-note");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (part->note_button), "s",
                                    section_info[section].chart);
  gtk_box_append (GTK_BOX (note_row), GTK_WIDGET (part->note));
  gtk_box_append (GTK_BOX (note_row), GTK_WIDGET (part->note_button));
  gtk_box_append (part->box, kring_analysis_page_heading (section));
  gtk_box_append (part->box, GTK_WIDGET (part->body));
  gtk_box_append (part->box, note_row);
  gtk_box_append (self->sections, GTK_WIDGET (part->box));
}

static void
on_team_setup (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
on_team_bind (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkStringObject *name = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (name));
}

/* The default factory keeps a team's name in its label after the lock. */
static void
on_team_unbind (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), "");
}

static void
kring_analysis_page_init_teams (KringAnalysisPage *self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_team_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_team_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_team_unbind), NULL);
  gtk_drop_down_set_factory (self->team_drop, factory);
  g_signal_connect_swapped (self->team_drop, "notify::selected",
                            G_CALLBACK (kring_analysis_page_on_team_chosen), self);
}

static void
kring_analysis_page_init_months (KringAnalysisPage *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (month_choices); i++)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u month", "%u months",
                                                         month_choices[i]), month_choices[i]);

      gtk_string_list_append (labels, text);
      if (month_choices[i] == DEFAULT_MONTHS)
        self->months = month_choices[i];
    }
  gtk_drop_down_set_model (self->months_drop, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->months_drop, 1);
}

static void
kring_analysis_page_dispose (GObject *object)
{
  KringAnalysisPage *self = KRING_ANALYSIS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->report, kring_report_free);
  g_clear_object (&self->teams);
  g_clear_object (&self->store);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->last_message, g_free);
  G_OBJECT_CLASS (kring_analysis_page_parent_class)->dispose (object);
}

static void
kring_analysis_page_class_init (KringAnalysisPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_analysis_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-analysis-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, overlay);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, sections);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, key_figures);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, team_drop);
  gtk_widget_class_bind_template_child (widget_class, KringAnalysisPage, months_drop);
  gtk_widget_class_install_action (widget_class, "analysis.import-cbs", NULL,
                                   import_cbs_activated);
  gtk_widget_class_install_action (widget_class, "analysis.report-pdf", NULL,
                                   report_pdf_activated);
  gtk_widget_class_install_action (widget_class, "analysis.export-csv", NULL,
                                   export_csv_activated);
  gtk_widget_class_install_action (widget_class, "analysis.edit-figure", "s",
                                   edit_figure_activated);
  gtk_widget_class_install_action (widget_class, "analysis.edit-note", "s", edit_note_activated);
}

static void
kring_analysis_page_init (KringAnalysisPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_type_ensure (KRING_TYPE_BAR_CHART);
  for (guint i = 0; i < KRING_ANALYSIS_N_SECTIONS; i++)
    kring_analysis_page_add_section (self, i);
  kring_analysis_page_init_months (self);
  kring_analysis_page_init_teams (self);
  g_signal_connect_swapped (self->months_drop, "notify::selected",
                            G_CALLBACK (kring_analysis_page_on_months_chosen), self);
  kring_analysis_page_load (self);
}

void
kring_analysis_page_set_store (KringAnalysisPage *self, KringStore *store)
{
  g_return_if_fail (KRING_IS_ANALYSIS_PAGE (self));

  g_set_object (&self->store, store);
  if (store == NULL)
    {
      /* An empty model leaves the old item's label in the button: bind a blank one. */
      static const char *const blank[] = { "", NULL };
      g_autoptr (GtkStringList) none = gtk_string_list_new (blank);

      g_clear_object (&self->teams);
      self->filling = TRUE;
      gtk_drop_down_set_model (self->team_drop, G_LIST_MODEL (none));
      self->filling = FALSE;
    }
  kring_analysis_page_load (self);
}

void
kring_analysis_page_reload (KringAnalysisPage *self)
{
  g_return_if_fail (KRING_IS_ANALYSIS_PAGE (self));

  kring_analysis_page_load (self);
}
