/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-welcome-page.h"

struct _KringWelcomePage
{
  AdwBin parent_instance;

  GtkStack *stack;
  GtkSpinner *spinner;
};

G_DEFINE_FINAL_TYPE (KringWelcomePage, kring_welcome_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
kring_welcome_page_new (void)
{
  return g_object_new (KRING_TYPE_WELCOME_PAGE, NULL);
}

gboolean
kring_welcome_page_get_busy (KringWelcomePage *self)
{
  g_return_val_if_fail (KRING_IS_WELCOME_PAGE (self), FALSE);
  return gtk_spinner_get_spinning (self->spinner);
}

void
kring_welcome_page_set_busy (KringWelcomePage *self, gboolean busy)
{
  g_return_if_fail (KRING_IS_WELCOME_PAGE (self));

  busy = !!busy;
  if (busy == kring_welcome_page_get_busy (self))
    return;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_stack_set_visible_child_name (self->stack, busy ? "busy" : "buttons");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
kring_welcome_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringWelcomePage *self = KRING_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, kring_welcome_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_welcome_page_set_property (GObject *object, guint prop_id, const GValue *value,
                                 GParamSpec *pspec)
{
  KringWelcomePage *self = KRING_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      kring_welcome_page_set_busy (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_welcome_page_class_init (KringWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = kring_welcome_page_get_property;
  object_class->set_property = kring_welcome_page_set_property;

  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KringWelcomePage, stack);
  gtk_widget_class_bind_template_child (widget_class, KringWelcomePage, spinner);
}

static void
kring_welcome_page_init (KringWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
