/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include "kring-form-dialog.h"
#include "kring-glossary-links.h"
#include "kring-glossary-view.h"
#include "kring-store-directory.h"
#include "kring-summary.h"
#include "kring-team-common.h"

struct _KringGlossaryView
{
  GtkBox          parent_instance;

  KringStore     *store;
  GListModel     *terms;
  char          **names;      /* every term, for the links between them */
  char           *shown_for;  /* the search the list was last built for */

  GtkSearchEntry *entry;
  GtkLabel       *count;
  GtkStack       *stack;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (KringGlossaryView, kring_glossary_view, GTK_TYPE_BOX)

static void refilter (KringGlossaryView *self, gboolean force);

static KringRecord *
find_term (KringGlossaryView *self, const char *id)
{
  for (guint i = 0; self->terms != NULL && i < g_list_model_get_n_items (self->terms); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (self->terms, i);

      if (g_strcmp0 (kring_record_get_id (row), id) == 0)
        return g_steal_pointer (&row);
    }
  return NULL;
}

/* Links inside the glossary jump within it, with or without a window. */
static gboolean
on_activate_link (GtkLabel *label, const char *uri, KringGlossaryView *self)
{
  if (!g_str_has_prefix (uri, "term:"))
    return FALSE;
  kring_glossary_view_show_term (self, uri + strlen ("term:"));
  return TRUE;
}

static GtkWidget *
markup_label (KringGlossaryView *self, const char *markup, const char *css_class)
{
  GtkWidget *label = kring_team_label_new (NULL, css_class);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link), self);
  return label;
}

/* "Zie ook: Buurtteam, Kernteam" with each related term a link. */
static GtkWidget *
see_also_label (KringGlossaryView *self, const char *see_also)
{
  g_auto (GStrv) parts = g_strsplit_set (see_also, ",;", -1);
  GString *markup = g_string_new (NULL);
  g_autofree char *prefix = g_markup_escape_text (_("See also: "), -1);

  g_string_append (markup, prefix);
  for (guint i = 0, n = 0; parts[i] != NULL; i++)
    {
      g_autofree char *link = NULL;
      char *name = g_strstrip (parts[i]);

      if (*name == '\0')
        continue;
      link = g_markup_printf_escaped ("%s<a href=\"term:%s\">%s</a>", n++ ? ", " : "", name, name);
      g_string_append (markup, link);
    }
  g_autofree char *text = g_string_free (markup, FALSE);
  return markup_label (self, text, NULL);
}

static GtkWidget *
row_button (const char *label, const char *action, const char *id)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (id));
  return button;
}

static GtkWidget *
term_details (KringGlossaryView *self, KringRecord *term)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *name = kring_record_get_string (term, "term");
  const char *see_also = kring_record_get_string (term, "see_also");
  const char *source = kring_record_get_string (term, "source");
  g_autofree char *definition = kring_glossary_links_markup (
      kring_record_get_string (term, "definition") ?: "", (const char *const *) self->names, name);

  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 10, "margin-bottom", 6,
                NULL);
  gtk_box_append (GTK_BOX (box), markup_label (self, definition, NULL));
  if (see_also != NULL && *see_also)
    gtk_box_append (GTK_BOX (box), see_also_label (self, see_also));
  if (source != NULL && *source)
    {
      g_autofree char *text = g_strdup_printf (_("Source: %s"), source);

      gtk_box_append (GTK_BOX (box), kring_team_label_new (text, "dim-label"));
    }
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), row_button (_("Edit"), "glossary.edit",
                                                 kring_record_get_id (term)));
  gtk_box_append (GTK_BOX (buttons), row_button (_("Remove"), "glossary.remove",
                                                 kring_record_get_id (term)));
  gtk_box_append (GTK_BOX (box), buttons);
  return box;
}

/* Open, the definition shows in full below: the subtitle would repeat it. */
static void
on_expanded (AdwExpanderRow *row, GParamSpec *pspec, gpointer user_data)
{
  const char *definition = g_object_get_data (G_OBJECT (row), "definition");

  adw_expander_row_set_subtitle (row, adw_expander_row_get_expanded (row) || definition == NULL
                                      ? "" : definition);
}

static GtkWidget *
term_row (KringGlossaryView *self, KringRecord *term)
{
  GtkWidget *row = kring_summary_expander_new (kring_record_get_string (term, "term"),
                                               kring_record_get_string (term, "definition"));
  GtkWidget *inner = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (inner), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (inner), term_details (self, term));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), inner);
  g_object_set_data_full (G_OBJECT (row), "term",
                          g_strdup (kring_record_get_string (term, "term")), g_free);
  g_object_set_data_full (G_OBJECT (row), "definition",
                          g_strdup (kring_record_get_string (term, "definition")), g_free);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_expanded), NULL);
  return row;
}

/* --- searching --- */

/* 2: the term starts with the search, 1: the term or definition holds
 * it, 0: no match. */
static int
rank (KringRecord *term, const char *folded)
{
  g_autofree char *name = kring_directory_fold (kring_record_get_string (term, "term") ?: "");
  g_autofree char *definition = kring_directory_fold (
      kring_record_get_string (term, "definition") ?: "");

  if (*folded == '\0' || g_str_has_prefix (name, folded))
    return 2;
  return strstr (name, folded) != NULL || strstr (definition, folded) != NULL;
}

static void
append_ranked (KringGlossaryView *self, const char *folded, int wanted, guint *shown)
{
  for (guint i = 0; self->terms != NULL && i < g_list_model_get_n_items (self->terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (self->terms, i);

      if (rank (term, folded) != wanted)
        continue;
      gtk_list_box_append (self->list, term_row (self, term));
      (*shown)++;
    }
}

static void
refilter (KringGlossaryView *self, gboolean force)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  g_autofree char *folded = kring_directory_fold (text);
  g_autofree char *count = NULL;
  guint shown = 0, total = self->terms ? g_list_model_get_n_items (self->terms) : 0;

  if (!force && g_strcmp0 (self->shown_for, folded) == 0)
    return;
  g_free (self->shown_for);
  self->shown_for = g_strdup (folded);
  kring_summary_clear (GTK_WIDGET (self->list));
  append_ranked (self, folded, 2, &shown);
  append_ranked (self, folded, 1, &shown);
  count = *folded ? g_strdup_printf (ngettext ("%u of %u term", "%u of %u terms", total), shown,
                                     total)
                  : g_strdup_printf (ngettext ("%u term", "%u terms", total), total);
  gtk_label_set_text (self->count, self->store != NULL ? count : "");
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "none");
}

static void
on_search_changed (KringGlossaryView *self)
{
  refilter (self, FALSE);
}

GtkWidget *
kring_glossary_view_get_row (KringGlossaryView *self, const char *term)
{
  g_return_val_if_fail (KRING_IS_GLOSSARY_VIEW (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *name = g_object_get_data (G_OBJECT (row), "term");

      if (name != NULL && g_utf8_collate (name, term) == 0)
        return row;
      if (name != NULL && g_ascii_strcasecmp (name, term) == 0)
        return row;
    }
  return NULL;
}

gboolean
kring_glossary_view_show_term (KringGlossaryView *self, const char *term)
{
  GtkWidget *row;

  g_return_val_if_fail (KRING_IS_GLOSSARY_VIEW (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), term);
  refilter (self, FALSE);
  if ((row = kring_glossary_view_get_row (self, term)) == NULL)
    return FALSE;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (row);
  return TRUE;
}

void
kring_glossary_view_focus_search (KringGlossaryView *self)
{
  g_return_if_fail (KRING_IS_GLOSSARY_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

void
kring_glossary_view_set_data (KringGlossaryView *self, KringStore *store, GListModel *terms)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  g_return_if_fail (KRING_IS_GLOSSARY_VIEW (self));

  g_set_object (&self->store, store);
  g_set_object (&self->terms, terms);
  for (guint i = 0; self->terms != NULL && i < g_list_model_get_n_items (self->terms); i++)
    {
      g_autoptr (KringRecord) term = g_list_model_get_item (self->terms, i);

      g_ptr_array_add (names, g_strdup (kring_record_get_string (term, "term")));
    }
  g_ptr_array_add (names, NULL);
  g_strfreev (self->names);
  self->names = (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
  if (store == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  refilter (self, TRUE);
}

/* --- the form --- */

/* The glossary holds every term once, whatever its case. */
static char *
check_unique (KringFormDialog *dialog, gpointer user_data)
{
  KringGlossaryView *self = user_data;
  const char *term = kring_form_dialog_get (dialog, "term");
  const char *id = g_object_get_data (G_OBJECT (dialog), "term-id");

  for (guint i = 0; term != NULL && self->terms != NULL
                    && i < g_list_model_get_n_items (self->terms); i++)
    {
      g_autoptr (KringRecord) row = g_list_model_get_item (self->terms, i);
      g_autofree char *a = g_utf8_casefold (term, -1);
      g_autofree char *b = g_utf8_casefold (kring_record_get_string (row, "term") ?: "", -1);

      if (g_str_equal (a, b) && g_strcmp0 (kring_record_get_id (row), id) != 0)
        return g_strdup (_("This term is already in the glossary."));
    }
  return NULL;
}

static void
on_term_save (KringFormDialog *dialog, gpointer user_data)
{
  KringGlossaryView *self = user_data;
  const char *id = g_object_get_data (G_OBJECT (dialog), "term-id");
  g_autofree char *new_id = id == NULL ? kring_uuid_new () : NULL;
  g_autoptr (KringRecord) record = kring_record_new_with_id ("glossary_terms", id ? id : new_id);
  g_autoptr (GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  kring_form_dialog_fill_record (dialog, record);
  g_ptr_array_add (records, g_steal_pointer (&record));
  kring_team_save (GTK_WIDGET (self), self->store, records, dialog);
}

#define VALUE(column) (term != NULL ? kring_record_get_string (term, column) : NULL)

static void
open_form (KringGlossaryView *self, KringRecord *term)
{
  KringFormDialog *dialog;

  dialog = kring_form_dialog_new (kring_team_window (GTK_WIDGET (self)),
                                  term ? _("Edit Term") : _("Add Term"), NULL);
  kring_form_dialog_add_text (dialog, "term", _("Term"), VALUE ("term"), TRUE);
  kring_form_dialog_add_long_text (dialog, "definition", _("Definition"), VALUE ("definition"),
                                   TRUE);
  kring_form_dialog_add_text (dialog, "see_also", _("See also"), VALUE ("see_also"), FALSE);
  kring_form_dialog_add_note (dialog, _("Related terms, separated by commas."), FALSE);
  kring_form_dialog_add_text (dialog, "source", _("Source"), VALUE ("source"), FALSE);
  if (term != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "term-id", g_strdup (kring_record_get_id (term)),
                            g_free);
  kring_form_dialog_set_check (dialog, check_unique, self);
  g_signal_connect_object (dialog, "save", G_CALLBACK (on_term_save), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- actions --- */

static void
add_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringGlossaryView *self = KRING_GLOSSARY_VIEW (widget);

  if (self->store == NULL)
    kring_team_toast (widget, _("Open a profile first."));
  else
    open_form (self, NULL);
}

static void
edit_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringGlossaryView *self = KRING_GLOSSARY_VIEW (widget);
  g_autoptr (KringRecord) term = find_term (self, g_variant_get_string (param, NULL));

  if (term == NULL)
    kring_team_toast (widget, _("This term is no longer in the glossary."));
  else
    open_form (self, term);
}

static void
remove_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringGlossaryView *self = KRING_GLOSSARY_VIEW (widget);
  g_autoptr (KringRecord) term = find_term (self, g_variant_get_string (param, NULL));
  g_autofree char *message = NULL;

  if (term == NULL || self->store == NULL)
    {
      kring_team_toast (widget, _("This term is no longer in the glossary."));
      return;
    }
  message = g_strdup_printf (_("“%s” removed from the glossary"),
                             kring_record_get_string (term, "term"));
  kring_team_remove (widget, self->store, "glossary_terms", kring_record_get_id (term), message);
}

/* --- construction --- */

static void
kring_glossary_view_dispose (GObject *object)
{
  KringGlossaryView *self = KRING_GLOSSARY_VIEW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->terms);
  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->shown_for, g_free);
  G_OBJECT_CLASS (kring_glossary_view_parent_class)->dispose (object);
}

static void
kring_glossary_view_class_init (KringGlossaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_glossary_view_dispose;
  kring_team_add_signals (object_class);
  gtk_widget_class_install_action (widget_class, "glossary.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "glossary.edit", "s", edit_activated);
  gtk_widget_class_install_action (widget_class, "glossary.remove", "s", remove_activated);
}

static GtkWidget *
search_bar (KringGlossaryView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *add = gtk_button_new_with_label (_("Add Term"));

  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", _("Search the glossary"), "hexpand", TRUE, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the glossary"), -1);
  /* The glossary is a few dozen rows in memory: filter on every key. */
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_search_changed), self);
  self->count = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count), "dim-label");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "glossary.add");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->count));
  gtk_box_append (GTK_BOX (bar), add);
  return bar;
}

static void
kring_glossary_view_init (KringGlossaryView *self)
{
  GtkWidget *none = adw_status_page_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_box_append (GTK_BOX (self), search_bar (self));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "accessories-dictionary-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("Not in the Glossary"));
  adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                   _("Search for part of the word, or add the term so that the "
                                     "next new colleague finds it."));
  gtk_widget_add_css_class (none, "compact");
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->list), "list");
  gtk_stack_add_named (self->stack, none, "none");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
}

GtkWidget *
kring_glossary_view_new (void)
{
  return g_object_new (KRING_TYPE_GLOSSARY_VIEW, NULL);
}
