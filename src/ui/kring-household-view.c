/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include "kring-household-domains.h"
#include "kring-household-ecomap.h"
#include "kring-household-editor.h"
#include "kring-household-export.h"
#include "kring-household-overview.h"
#include "kring-household-plan.h"
#include "kring-household-view.h"
#include "kring-households-rows.h"
#include "kring-summary.h"

/*
 * The view reads the household once into a KringHouseholdContext and hands
 * it to the four tabs; after every change it reads it again and hands them
 * the new one. So a tab never shows half a change, and the plan on screen is
 * always what the store holds.
 */

struct _KringHouseholdView
{
  AdwBin                  parent_instance;

  AdwToastOverlay        *overlay;
  GtkStack               *state;
  AdwStatusPage          *error_page;
  GtkLabel               *title;
  GtkLabel               *status;
  GtkLabel               *subtitle;
  GMenu                  *status_menu;
  AdwViewStack           *tabs;
  GtkWidget              *overview;
  GtkWidget              *domains;
  GtkWidget              *plan;
  GtkWidget              *ecomap;

  KringStore             *store;
  char                   *household_id;
  KringHouseholdContext  *context;
  GCancellable           *cancellable;
  GPtrArray              *deleted;   /* what "Verwijderen" took, for Undo */
};

G_DEFINE_FINAL_TYPE (KringHouseholdView, kring_household_view, ADW_TYPE_BIN)

enum { SIGNAL_CLOSED, SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define SETTINGS_ID "nl.kringkaart.Kringkaart"

/* --- who the user is --- */

const char *
kring_household_view_actor_name (void)
{
  const char *name = g_get_real_name ();

  if (name == NULL || *name == '\0' || g_strcmp0 (name, "Unknown") == 0)
    name = g_get_user_name ();
  return name;
}

/* NULL when the schema is not installed (tests without GSettings). */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = source != NULL
                                         ? g_settings_schema_source_lookup (source, SETTINGS_ID,
                                                                            TRUE)
                                         : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "current-member"))
    return NULL;
  return g_settings_new (SETTINGS_ID);
}

char *
kring_household_view_current_member (void)
{
  g_autoptr (GSettings) settings = settings_new ();
  g_autofree char *id = settings != NULL ? g_settings_get_string (settings, "current-member")
                                         : NULL;

  return id != NULL && *id != '\0' ? g_steal_pointer (&id) : NULL;
}

void
kring_household_view_set_current_member (const char *member_id)
{
  g_autoptr (GSettings) settings = settings_new ();

  if (settings != NULL)
    g_settings_set_string (settings, "current-member", member_id != NULL ? member_id : "");
}

/* --- showing the context --- */

static void
set_tabs (KringHouseholdView *self, KringHouseholdContext *context)
{
  kring_household_overview_set_context (KRING_HOUSEHOLD_OVERVIEW (self->overview), context);
  kring_household_domains_set_context (KRING_HOUSEHOLD_DOMAINS (self->domains), context);
  kring_household_plan_tab_set_context (KRING_HOUSEHOLD_PLAN_TAB (self->plan), context);
  kring_household_ecomap_set_context (KRING_HOUSEHOLD_ECOMAP (self->ecomap), context);
}

static char *
header_subtitle (KringHouseholdContext *context)
{
  KringRecord *household = context->household;
  g_autofree char *regisseur = kring_household_context_name (
    context, "team_members", kring_record_get_string (household, "regisseur_id"));
  g_autofree char *lead = *regisseur != '\0' ? g_strdup_printf (_("Regisseur %s"), regisseur)
                                             : g_strdup (_("No regisseur yet"));
  g_autofree char *buurt = kring_household_context_name (
    context, "neighbourhoods", kring_record_get_string (household, "neighbourhood_id"));
  g_autofree char *since = kring_households_format_day (kring_record_get_string (household,
                                                                                 "opened_on"));
  g_autofree char *opened = since != NULL && *since != '\0'
                              ? g_strdup_printf (_("in the plan since %s"), since) : NULL;
  const char *parts[] = { *buurt != '\0' ? buurt : NULL, lead, opened };

  return kring_summary_join_parts (parts, G_N_ELEMENTS (parts));
}

static void
show_context (KringHouseholdView *self, KringHouseholdContext *context)
{
  const char *status = kring_record_get_string (context->household, "status");
  g_autofree char *subtitle = header_subtitle (context);

  g_clear_pointer (&self->context, kring_household_context_unref);
  self->context = kring_household_context_ref (context);
  gtk_label_set_text (self->title, kring_record_get_string (context->household, "label"));
  kring_households_set_status_pill (self->status, status);
  gtk_label_set_text (self->subtitle, subtitle);
  kring_households_fill_status_menu (self->status_menu, status, "household.set-status");
  set_tabs (self, context);
  gtk_stack_set_visible_child_name (self->state, "content");
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdView) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KringHouseholdContext) context = kring_household_context_load_finish (result,
                                                                                  &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store == NULL)
    return;
  if (context == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->state, "error");
      return;
    }
  show_context (self, context);
}

static void
load (KringHouseholdView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL || self->household_id == NULL)
    return;
  self->cancellable = g_cancellable_new ();
  if (self->context != NULL)
    kring_household_context_reload_async (self->context, self->cancellable, on_loaded,
                                          g_object_ref (self));
  else
    kring_household_context_load_async (self->store, self->household_id,
                                        kring_household_view_actor_name (), GTK_WIDGET (self),
                                        self->cancellable, on_loaded, g_object_ref (self));
}

/* Closing drops everything the household showed, as locking must. */
static void
clear (KringHouseholdView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_tabs (self, NULL);
  g_clear_pointer (&self->context, kring_household_context_unref);
  g_clear_pointer (&self->deleted, g_ptr_array_unref);
  g_clear_pointer (&self->household_id, g_free);
  g_clear_object (&self->store);
  gtk_label_set_text (self->title, "");
  gtk_label_set_text (self->subtitle, "");
  g_menu_remove_all (self->status_menu);
  gtk_stack_set_visible_child_name (self->state, "loading");
}

void
kring_household_view_open (KringHouseholdView *self, KringStore *store, const char *household_id)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_VIEW (self));
  g_return_if_fail (store == NULL || KRING_IS_STORE (store));

  clear (self);
  if (store == NULL || household_id == NULL)
    return;
  self->store = g_object_ref (store);
  self->household_id = g_strdup (household_id);
  adw_view_stack_set_visible_child_name (self->tabs, "overview");
  load (self);
}

void
kring_household_view_reload (KringHouseholdView *self)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_VIEW (self));
  load (self);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

KringHouseholdContext *
kring_household_view_get_context (KringHouseholdView *self)
{
  g_return_val_if_fail (KRING_IS_HOUSEHOLD_VIEW (self), NULL);
  return self->context;
}

void
kring_household_view_show_tab (KringHouseholdView *self, const char *name)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_VIEW (self));
  adw_view_stack_set_visible_child_name (self->tabs, name);
}

void
kring_household_view_toast (KringHouseholdView *self, AdwToast *toast)
{
  g_return_if_fail (KRING_IS_HOUSEHOLD_VIEW (self));
  adw_toast_overlay_add_toast (self->overlay, toast);
}

static void
toast (KringHouseholdView *self, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->overlay, adw_toast_new (escaped));
}

/* --- actions --- */

static void
back (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdView *self = KRING_HOUSEHOLD_VIEW (widget);

  clear (self);
  g_signal_emit (self, signals[SIGNAL_CLOSED], 0);
}

static void
on_status_set (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdView) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_household_set_status_finish (KRING_STORE (source), result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The status was not changed: %s"),
                                               error->message);

      toast (self, text);
      return;
    }
  toast (self, _("Status changed"));
  kring_household_view_reload (self);
}

static void
set_status (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdView *self = KRING_HOUSEHOLD_VIEW (widget);
  int status = kring_household_status_parse (g_variant_get_string (parameter, NULL));

  if (self->store == NULL || self->household_id == NULL || status < 0)
    return;
  kring_store_household_set_status_async (self->store, self->household_id, status, NULL, NULL,
                                          kring_household_view_actor_name (), NULL,
                                          on_status_set, g_object_ref (self));
}

static void
on_edited (const char *household_id, gpointer user_data)
{
  KringHouseholdView *self = user_data;

  if (self->store != NULL)
    kring_household_view_reload (self);
}

static void
edit (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdView *self = KRING_HOUSEHOLD_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->context == NULL)
    return;
  kring_household_editor_show (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                               self->context->household, on_edited, self);
}

static void
export (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdView *self = KRING_HOUSEHOLD_VIEW (widget);

  if (self->context != NULL)
    kring_household_export_show (self->context);
}

static void
on_deleted (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdView) self = user_data;
  g_autoptr (GError) error = NULL;
  GPtrArray *rows = kring_store_household_remove_finish (KRING_STORE (source), result, &error);

  if (rows == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The household was not deleted: %s"),
                                               error->message);

      toast (self, text);
      return;
    }
  set_tabs (self, NULL);
  g_clear_pointer (&self->context, kring_household_context_unref);
  g_clear_pointer (&self->deleted, g_ptr_array_unref);
  self->deleted = rows;
  gtk_stack_set_visible_child_name (self->state, "deleted");
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_delete_response (AdwMessageDialog *dialog, const char *response, gpointer user_data)
{
  KringHouseholdView *self = user_data;

  if (g_strcmp0 (response, "delete") != 0 || self->store == NULL || self->household_id == NULL)
    return;
  kring_store_household_remove_async (self->store, self->household_id, "households",
                                      self->household_id, kring_household_view_actor_name (),
                                      NULL, on_deleted, g_object_ref (self));
}

static void
delete_household (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdView *self = KRING_HOUSEHOLD_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->context == NULL)
    return;
  body = g_strdup_printf (_("“%s” is deleted with its members, plan, scores, consents, "
                            "journal and ecomap versions. You can undo this right after."),
                          kring_record_get_string (self->context->household, "label"));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete This Household?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_restored (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KringHouseholdView) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!kring_store_household_save_finish (KRING_STORE (source), result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The household was not restored: %s"),
                                               error->message);

      toast (self, text);
      return;
    }
  g_clear_pointer (&self->deleted, g_ptr_array_unref);
  toast (self, _("Household restored"));
  kring_household_view_reload (self);
}

static void
undo_delete (GtkWidget *widget, const char *action, GVariant *parameter)
{
  KringHouseholdView *self = KRING_HOUSEHOLD_VIEW (widget);

  if (self->deleted == NULL || self->store == NULL)
    return;
  kring_store_household_save_async (self->store, self->household_id, self->deleted, NULL,
                                    kring_household_view_actor_name (), NULL, on_restored,
                                    g_object_ref (self));
}

/* --- the type --- */

static void
kring_household_view_dispose (GObject *object)
{
  KringHouseholdView *self = KRING_HOUSEHOLD_VIEW (object);

  clear (self);
  G_OBJECT_CLASS (kring_household_view_parent_class)->dispose (object);
}

#define BIND_CHILD(name) \
  gtk_widget_class_bind_template_child (widget_class, KringHouseholdView, name)

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "household.back", NULL, back);
  gtk_widget_class_install_action (widget_class, "household.set-status", "s", set_status);
  gtk_widget_class_install_action (widget_class, "household.edit", NULL, edit);
  gtk_widget_class_install_action (widget_class, "household.export", NULL, export);
  gtk_widget_class_install_action (widget_class, "household.delete", NULL, delete_household);
  gtk_widget_class_install_action (widget_class, "household.undo-delete", NULL, undo_delete);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "household.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "household.edit", NULL);
}

static void
kring_household_view_class_init (KringHouseholdViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kring_household_view_dispose;
  signals[SIGNAL_CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  g_type_ensure (KRING_TYPE_HOUSEHOLD_OVERVIEW);
  g_type_ensure (KRING_TYPE_HOUSEHOLD_DOMAINS);
  g_type_ensure (KRING_TYPE_HOUSEHOLD_PLAN_TAB);
  g_type_ensure (KRING_TYPE_HOUSEHOLD_ECOMAP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-household-view.ui");
  BIND_CHILD (overlay); BIND_CHILD (state); BIND_CHILD (error_page); BIND_CHILD (title);
  BIND_CHILD (status); BIND_CHILD (subtitle); BIND_CHILD (status_menu); BIND_CHILD (tabs);
  BIND_CHILD (overview); BIND_CHILD (domains); BIND_CHILD (plan); BIND_CHILD (ecomap);
  install_actions (widget_class);
}

static void
kring_household_view_init (KringHouseholdView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->state, "loading");
}

GtkWidget *
kring_household_view_new (void)
{
  return g_object_new (KRING_TYPE_HOUSEHOLD_VIEW, NULL);
}
