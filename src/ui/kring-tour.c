/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "kring-tour.h"
#include "kring-window.h"

/* The example district's household with the fullest plan (its id is a
 * uuid5 of its name, fixed in data/demo). */
#define EXAMPLE_HOUSEHOLD_ID "2f3bcb08-42dd-5e77-b294-95dd5a2bbd48"
/* Set on a KringWindow whose first-start tour must not show (screenshot runs). */
#define INHIBIT_KEY "kring-tour-inhibited"

typedef struct
{
  const char *icon;
  const char *title;
  const char *text;
  const char *button;
  /* Either a view to switch to, or a win.* action with a string target. */
  const char *view;
  const char *action;
  const char *target;
} TourPage;

static const TourPage tour_pages[] = {
  { "nl.kringkaart.Kringkaart", N_("Welcome to Kringkaart"),
    N_("Kringkaart shows who works together in your neighbourhood: your team, its partners and "
       "the plans of the households you support. One household, one plan, one case lead. "
       "Everything stays encrypted on this computer."),
    N_("Show the team"), "team", NULL, NULL },
  { "find-location-symbolic", N_("The ecosystem map"),
    N_("Your core team sits in the middle. Around it are the inner ring of close partners, the "
       "outer ring of specialists you call in, and the rest of the social map. The lines show "
       "how the collaboration goes: a fixed contact person, agreements, trust."),
    N_("Show the map"), "map", NULL, NULL },
  { "x-office-address-book-symbolic", N_("The social map"),
    N_("Search organisations and their services by name, life domain or access route: what they "
       "do, for whom and how to refer someone. Every entry says when it was last checked, so you "
       "know what to call about."),
    N_("Show the social map"), "directory", NULL, NULL },
  { "user-home-symbolic", N_("A household"),
    N_("Every household has one plan with one case lead. You score the life domains, set goals "
       "and actions with who does what, and draw the household's own network in an ecogram."),
    N_("Open the example: Huishouden Jansen"), NULL, "win.open-household",
    EXAMPLE_HOUSEHOLD_ID },
  { "applications-science-symbolic", N_("Neighbourhood analysis"),
    N_("Put the neighbourhood figures beside the supply in your rings and the demand from your "
       "own households, counted anonymously. You see which life domains are covered and where "
       "something is missing, write a note with each chart, and share it all as a report."),
    N_("Show the analysis"), "analysis", NULL, NULL },
  { "system-users-symbolic", N_("Who does what?"),
    N_("Search a subject, such as debts, and see which colleagues and partners know about it. "
       "The glossary explains the words you hear a lot in the team, such as access route, "
       "Wmo and voorliggende voorziening."),
    N_("Open the glossary"), NULL, "win.show-term", "Toegang" },
};

struct _KringTour
{
  AdwWindow parent_instance;

  AdwCarousel *carousel;
  GtkLabel *position_label;
  GtkStack *end_stack;

  GtkWindow *parent;
  guint page;
};

G_DEFINE_FINAL_TYPE (KringTour, kring_tour, ADW_TYPE_WINDOW)

static void
update_buttons (KringTour *self)
{
  guint n_pages = adw_carousel_get_n_pages (self->carousel);
  g_autofree char *position = g_strdup_printf (_("Step %u of %u"), self->page + 1, n_pages);

  gtk_label_set_label (self->position_label, position);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tour.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tour.next", self->page + 1 < n_pages);
  gtk_stack_set_visible_child_name (self->end_stack,
                                    self->page + 1 < n_pages ? "next" : "done");
}

static void
on_page_changed (KringTour *self, guint index)
{
  self->page = index;
  update_buttons (self);
}

static void
go_to (KringTour *self, int index)
{
  guint n_pages = adw_carousel_get_n_pages (self->carousel);

  if (index < 0 || (guint) index >= n_pages)
    return;
  adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, index),
                          TRUE);
}

static void
previous_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringTour *self = KRING_TOUR (widget);

  go_to (self, (int) self->page - 1);
}

static void
next_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringTour *self = KRING_TOUR (widget);

  go_to (self, (int) self->page + 1);
}

/* Shows what a page is about in the main window behind the tour; the tour
 * stays open so that the new colleague can go on with the next page. */
static void
show_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  KringTour *self = KRING_TOUR (widget);
  const TourPage *page = &tour_pages[g_variant_get_uint32 (param)];
  gboolean shown = FALSE;

  if (KRING_IS_WINDOW (self->parent)
      && g_strcmp0 (kring_window_get_state (KRING_WINDOW (self->parent)), "main") == 0)
    {
      if (page->view != NULL)
        kring_window_set_visible_view_name (KRING_WINDOW (self->parent), page->view);
      shown = page->view != NULL
              || gtk_widget_activate_action (GTK_WIDGET (self->parent), page->action, "s",
                                             page->target);
    }
  if (!shown)
    {
      /* Nothing to show it in (the data is locked): say so instead of doing nothing. */
      gtk_window_close (GTK_WINDOW (self));
      if (KRING_IS_WINDOW (self->parent))
        kring_window_add_toast (KRING_WINDOW (self->parent),
                                _("Open your data first to see this part of the tour"));
    }
}

static GtkWidget *
build_page (guint index)
{
  const TourPage *page = &tour_pages[index];
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_label (_(page->button));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), page->icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _(page->title));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _(page->text));
  gtk_widget_set_hexpand (status, TRUE);
  gtk_widget_set_vexpand (status, TRUE);
  gtk_widget_add_css_class (status, "compact");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tour.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  adw_status_page_set_child (ADW_STATUS_PAGE (status), button);
  return status;
}

/* Closes the tour when the main window locks: it must not stay over the
 * locked screen, and its buttons would have nothing to show. */
static void
on_parent_state (KringTour *self)
{
  if (g_strcmp0 (kring_window_get_state (KRING_WINDOW (self->parent)), "main") != 0)
    gtk_window_close (GTK_WINDOW (self));
}

static void
kring_tour_dispose (GObject *object)
{
  KringTour *self = KRING_TOUR (object);

  if (self->parent != NULL)
    g_signal_handlers_disconnect_by_data (self->parent, self);
  g_clear_weak_pointer (&self->parent);
  G_OBJECT_CLASS (kring_tour_parent_class)->dispose (object);
}

static void
add_arrow_keys (KringTour *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Captured, so that the arrows turn pages even when a button has the focus. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Left, 0),
                      gtk_named_action_new ("tour.previous")));
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Right, 0),
                      gtk_named_action_new ("tour.next")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
kring_tour_class_init (KringTourClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_tour_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/kringkaart/Kringkaart/kring-tour.ui");
  gtk_widget_class_bind_template_child (widget_class, KringTour, carousel);
  gtk_widget_class_bind_template_child (widget_class, KringTour, position_label);
  gtk_widget_class_bind_template_child (widget_class, KringTour, end_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);
  gtk_widget_class_install_action (widget_class, "tour.previous", NULL, previous_activated);
  gtk_widget_class_install_action (widget_class, "tour.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "tour.show", "u", show_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kring_tour_init (KringTour *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (tour_pages); i++)
    adw_carousel_append (self->carousel, build_page (i));
  add_arrow_keys (self);
  update_buttons (self);
}

KringTour *
kring_tour_new (GtkWindow *parent)
{
  KringTour *self = g_object_new (KRING_TYPE_TOUR, "transient-for", parent, "modal", TRUE,
                                  NULL);

  g_set_weak_pointer (&self->parent, parent);
  if (KRING_IS_WINDOW (parent))
    g_signal_connect_swapped (parent, "notify::state", G_CALLBACK (on_parent_state), self);
  return self;
}

guint
kring_tour_get_page (KringTour *self)
{
  g_return_val_if_fail (KRING_IS_TOUR (self), 0);
  return self->page;
}

guint
kring_tour_get_n_pages (KringTour *self)
{
  g_return_val_if_fail (KRING_IS_TOUR (self), 0);
  return adw_carousel_get_n_pages (self->carousel);
}

void
kring_tour_inhibit (GtkWindow *parent)
{
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_object_set_data (G_OBJECT (parent), INHIBIT_KEY, GINT_TO_POINTER (TRUE));
}

gboolean
kring_tour_present_once (GtkWindow *parent)
{
  g_autoptr (GSettings) settings = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), FALSE);

  if (g_object_get_data (G_OBJECT (parent), INHIBIT_KEY) != NULL)
    return FALSE;
  settings = g_settings_new (APP_ID);
  if (g_settings_get_boolean (settings, "tour-shown"))
    return FALSE;
  g_settings_set_boolean (settings, "tour-shown", TRUE);
  gtk_window_present (GTK_WINDOW (kring_tour_new (parent)));
  return TRUE;
}
