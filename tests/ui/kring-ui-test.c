/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include "kring-ui-test.h"

#define WAIT_USEC (30 * G_USEC_PER_SEC)

void
kring_ui_test_wait (gboolean (*done) (gpointer data), gpointer data)
{
  gint64 end = g_get_monotonic_time () + WAIT_USEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
kring_ui_test_settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

KringFormDialog *
kring_ui_test_find_form (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (KRING_IS_FORM_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return KRING_FORM_DIALOG (window);
    }
  return NULL;
}

static gboolean
form_open (gpointer data)
{
  return kring_ui_test_find_form () != NULL;
}

static gboolean
form_closed (gpointer data)
{
  return kring_ui_test_find_form () == NULL;
}

KringFormDialog *
kring_ui_test_await_form (void)
{
  kring_ui_test_wait (form_open, NULL);
  return kring_ui_test_find_form ();
}

void
kring_ui_test_await_form_closed (void)
{
  kring_ui_test_wait (form_closed, NULL);
}

void
kring_ui_test_type (KringFormDialog *dialog, const char *column, const char *text)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

void
kring_ui_test_choose (KringFormDialog *dialog, const char *column, const char *label)
{
  GtkWidget *widget = kring_form_dialog_get_widget (dialog, column);
  GListModel *model;

  g_assert_true (GTK_IS_DROP_DOWN (widget));
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) != NULL)
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), i);
        return;
      }
  g_error ("No “%s” to choose in %s", label, column);
}

GtkWidget *
kring_ui_test_find_widget (GtkWidget *root, GType type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type)
                           ? child : kring_ui_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
