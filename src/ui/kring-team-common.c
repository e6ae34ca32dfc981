/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include "kring-team-common.h"

void
kring_team_add_signals (GObjectClass *klass)
{
  g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);
  g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 2, G_TYPE_PTR_ARRAY, G_TYPE_STRING);
}

void
kring_team_toast (GtkWidget *widget, const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", text);
}

GtkWindow *
kring_team_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* --- saving --- */

typedef struct
{
  GWeakRef         section;
  KringFormDialog *dialog;
} SaveOp;

static void
save_op_free (SaveOp *op)
{
  g_weak_ref_clear (&op->section);
  g_clear_object (&op->dialog);
  g_free (op);
}

static void
on_saved (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SaveOp *op = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkWidget) section = g_weak_ref_get (&op->section);

  if (!kring_store_save_finish (KRING_STORE (source), result, &error))
    {
      g_autoptr (GError) shown = g_error_new (error->domain, error->code,
                                              _("Could not save: %s"), error->message);

      kring_form_dialog_done (op->dialog, shown);
    }
  else
    {
      kring_form_dialog_done (op->dialog, NULL);
      if (section != NULL)
        g_signal_emit_by_name (section, "changed");
    }
  save_op_free (op);
}

void
kring_team_save (GtkWidget *section, KringStore *store, GPtrArray *records,
                 KringFormDialog *dialog)
{
  SaveOp *op = g_new0 (SaveOp, 1);

  g_weak_ref_init (&op->section, section);
  op->dialog = g_object_ref (dialog);
  kring_store_save_async (store, records, NULL, on_saved, op);
}

/* --- removing --- */

typedef struct
{
  GWeakRef  section;
  char     *message;
} RemoveOp;

static void
on_removed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  RemoveOp *op = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkWidget) section = g_weak_ref_get (&op->section);
  g_autoptr (GPtrArray) rows = kring_store_delete_subtree_finish (KRING_STORE (source), result,
                                                                  &error);

  if (section != NULL && rows == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not remove: %s"), error->message);

      kring_team_toast (section, text);
    }
  else if (section != NULL)
    g_signal_emit_by_name (section, "removed", rows, op->message);
  g_weak_ref_clear (&op->section);
  g_free (op->message);
  g_free (op);
}

void
kring_team_remove (GtkWidget *section, KringStore *store, const char *table, const char *id,
                   const char *message)
{
  RemoveOp *op = g_new0 (RemoveOp, 1);

  g_weak_ref_init (&op->section, section);
  op->message = g_strdup (message);
  kring_store_delete_subtree_async (store, table, id, NULL, on_removed, op);
}

/* --- labels --- */

GtkWidget *
kring_team_label_new (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
kring_team_link_new (const char *scheme, const char *value)
{
  g_autofree char *target = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (value == NULL || *value == '\0')
    return NULL;
  /* Phone numbers are written "0123-17 14 58": the link dials the digits. */
  if (g_strcmp0 (scheme, "tel") == 0)
    {
      GString *digits = g_string_new ("tel:");

      for (const char *p = value; *p; p++)
        if (g_ascii_isdigit (*p) || *p == '+')
          g_string_append_c (digits, *p);
      target = g_string_free (digits, FALSE);
    }
  else if (scheme != NULL)
    target = g_strconcat (scheme, ":", value, NULL);
  else if (strstr (value, "://") == NULL)
    target = g_strconcat ("https://", value, NULL);
  else
    target = g_strdup (value);
  markup = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", target, value);
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}
