/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "kring-lock-page.h"

struct _KringLockPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (KringLockPage, kring_lock_page, ADW_TYPE_BIN)

static void
kring_lock_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KRING_TYPE_LOCK_PAGE);
  G_OBJECT_CLASS (kring_lock_page_parent_class)->dispose (object);
}

static void
kring_lock_page_class_init (KringLockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kring_lock_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/kringkaart/Kringkaart/kring-lock-page.ui");
}

static void
kring_lock_page_init (KringLockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
