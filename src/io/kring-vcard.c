/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <glib/gi18n.h>

#include "kring-demo.h"
#include "kring-io-write.h"
#include "kring-vcard.h"

#define CRLF "\r\n"
/* RFC 6350 §3.2: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
#define MAX_OCTETS 75

/* The phone types of HSDS 3.0 that are also vCard TEL types (RFC 6350 §6.4.1). */
static const char * const tel_types[] = {
  "text", "voice", "fax", "cell", "video", "pager", "textphone", NULL
};

char *
kring_vcard_escape (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ',':  g_string_append (out, "\\,"); break;
        case ';':  g_string_append (out, "\\;"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r':
          /* CRLF and a lone CR are one line break each. */
          g_string_append (out, "\\n");
          if (p[1] == '\n')
            p++;
          break;
        default:   g_string_append_c (out, *p); break;
        }
    }
  return g_string_free (out, FALSE);
}

char *
kring_vcard_fold (const char *line)
{
  GString *out;
  gsize used = 0;

  g_return_val_if_fail (line != NULL, NULL);

  out = g_string_sized_new (strlen (line) + 8);
  for (const char *p = line; *p != '\0';)
    {
      const char *next = g_utf8_next_char (p);
      gsize size = (gsize) (next - p);

      /* A continuation line starts with a space, which counts as one octet. */
      if (used + size > MAX_OCTETS)
        {
          g_string_append (out, CRLF " ");
          used = 1;
        }
      g_string_append_len (out, p, (gssize) size);
      used += size;
      p = next;
    }
  g_string_append (out, CRLF);
  return g_string_free (out, FALSE);
}

static void
append_line (GString    *card,
             const char *name,
             const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);
  g_autofree char *folded = kring_vcard_fold (line);

  g_string_append (card, folded);
}

static void
append_text (GString    *card,
             const char *name,
             const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;
  escaped = kring_vcard_escape (text);
  append_line (card, name, escaped);
}

/* "Anouk de Vries" -> family "de Vries", given "Anouk": Dutch family names keep
 * their tussenvoegsel. One word is a family name. */
static char *
structured_name (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  const char *space = strchr (trimmed, ' ');
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  if (space == NULL)
    {
      family = kring_vcard_escape (trimmed);
      return g_strconcat (family, ";;;;", NULL);
    }
  given = g_strndup (trimmed, (gsize) (space - trimmed));
  family = g_strstrip (g_strdup (space + 1));
  {
    g_autofree char *given_escaped = kring_vcard_escape (given);
    g_autofree char *family_escaped = kring_vcard_escape (family);

    return g_strconcat (family_escaped, ";", given_escaped, ";;;", NULL);
  }
}

static void
append_names (GString     *card,
              KringRecord *contact,
              KringRecord *organization)
{
  const char *name = kring_record_get_string (contact, "name");
  const char *org_name = organization ? kring_record_get_string (organization, "name") : NULL;
  const char *full = name;
  g_autofree char *structured = NULL;

  /* FN is required; a contact without a name is known by its title. */
  if (full == NULL || *full == '\0')
    full = kring_record_get_string (contact, "title");
  if (full == NULL || *full == '\0')
    full = org_name != NULL ? org_name : kring_record_get_id (contact);
  append_text (card, "FN", full);
  structured = structured_name (name != NULL && *name != '\0' ? name : full);
  append_line (card, "N", structured);
}

static void
append_organization (GString     *card,
                     KringRecord *contact,
                     KringRecord *organization)
{
  const char *org_name = organization ? kring_record_get_string (organization, "name") : NULL;
  const char *department = kring_record_get_string (contact, "department");
  g_autofree char *org = NULL;
  g_autofree char *unit = NULL;

  if (org_name == NULL && department == NULL)
    return;
  org = kring_vcard_escape (org_name ? org_name : "");
  if (department == NULL)
    {
      append_line (card, "ORG", org);
      return;
    }
  unit = kring_vcard_escape (department);
  {
    g_autofree char *value = g_strconcat (org, ";", unit, NULL);

    append_line (card, "ORG", value);
  }
}

static gboolean
is_tel_type (const char *type)
{
  return type != NULL && g_strv_contains (tel_types, type);
}

static void
append_phone (GString     *card,
              GString     *note,
              KringRecord *phone)
{
  const char *number = kring_record_get_string (phone, "number");
  const char *type = kring_record_get_string (phone, "type");
  const char *description = kring_record_get_string (phone, "description");
  gint64 extension = kring_record_get_int (phone, "extension", -1);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (number == NULL || *number == '\0')
    return;
  /* Dutch numbers as written ("0123-81 72 02") are not tel: URIs, so the
   * value is text (RFC 6350 §6.4.1 allows VALUE=text). */
  text = extension >= 0 ? g_strdup_printf ("%s ext. %" G_GINT64_FORMAT, number, extension)
                        : g_strdup (number);
  name = is_tel_type (type) ? g_strdup_printf ("TEL;VALUE=text;TYPE=%s", type)
                            : g_strdup ("TEL;VALUE=text");
  append_text (card, name, text);
  if (description != NULL && *description != '\0')
    g_string_append_printf (note, "%s%s: %s", note->len ? "\n" : "", description, text);
}

static void
append_verified (GString     *note,
                 KringRecord *contact)
{
  const char *on = kring_record_get_string (contact, "verified_on");
  const char *by = kring_record_get_string (contact, "verified_by");

  if (note->len > 0 && on != NULL)
    g_string_append_c (note, '\n');
  if (on != NULL && by != NULL)
    g_string_append_printf (note, _("Verified on %s by %s"), on, by);
  else if (on != NULL)
    g_string_append_printf (note, _("Verified on %s"), on);
}

char *
kring_vcard_format (KringRecord *contact,
                    KringRecord *organization,
                    GListModel  *phones)
{
  g_autoptr (GString) note = g_string_new (NULL);
  g_autofree char *uid = NULL;
  GString *card;

  g_return_val_if_fail (KRING_IS_RECORD (contact), NULL);
  g_return_val_if_fail (organization == NULL || KRING_IS_RECORD (organization), NULL);
  g_return_val_if_fail (phones == NULL || G_IS_LIST_MODEL (phones), NULL);

  card = g_string_new ("BEGIN:VCARD" CRLF "VERSION:4.0" CRLF "KIND:individual" CRLF);
  append_names (card, contact, organization);
  append_organization (card, contact, organization);
  append_text (card, "TITLE", kring_record_get_string (contact, "title"));
  append_text (card, "EMAIL", kring_record_get_string (contact, "email"));
  for (guint i = 0; phones != NULL && i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr (KringRecord) phone = g_list_model_get_item (phones, i);

      append_phone (card, note, phone);
    }
  append_verified (note, contact);
  append_text (card, "NOTE", note->str);
  uid = g_strconcat ("urn:uuid:", kring_record_get_id (contact), NULL);
  append_line (card, "UID", uid);
  g_string_append (card, "END:VCARD" CRLF);
  return g_string_free (card, FALSE);
}

typedef struct
{
  char       *table;
  char       *id;
  GFile      *file;
  GListModel *contacts;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->table);
  g_free (data->id);
  g_clear_object (&data->file);
  g_clear_object (&data->contacts);
  g_free (data);
}

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* @models: the organisation (maybe absent), then the phones of each contact. */
static GBytes *
format_cards (GListModel *contacts,
              GPtrArray  *models)
{
  g_autoptr (KringRecord) organization = g_list_model_get_item (models->pdata[0], 0);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (contacts, i);
      g_autofree char *card = kring_vcard_format (contact, organization, models->pdata[i + 1]);

      g_string_append (out, card);
    }
  return g_string_free_to_bytes (out);
}

static void
details_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) models = kring_store_list_many_finish (KRING_STORE (source), result, &error);
  g_autoptr (GBytes) bytes = NULL;

  if (models == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  bytes = format_cards (data->contacts, models);
  kring_io_write_async (NULL, NULL, data->file, bytes, g_task_get_cancellable (task), write_done,
                        g_object_ref (task));
}

static const char *
organization_of (ExportData *data)
{
  g_autoptr (KringRecord) first = NULL;

  if (g_str_equal (data->table, "organizations"))
    return data->id;
  first = g_list_model_get_item (data->contacts, 0);
  /* The record lives on in data->contacts. */
  return kring_record_get_string (first, "organization_id");
}

static void
fetch_details (GTask      *task,
               KringStore *store)
{
  ExportData *data = g_task_get_task_data (task);
  guint n = g_list_model_get_n_items (data->contacts);
  g_autofree KringStoreListQuery *queries = g_new0 (KringStoreListQuery, n + 1);
  const char *organization_id = organization_of (data);

  /* An id that matches nothing yields an empty list: a contact without an
   * organisation still gets its card. */
  queries[0] = (KringStoreListQuery) { "organizations", "id",
                                       organization_id ? organization_id : "", NULL };
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KringRecord) contact = g_list_model_get_item (data->contacts, i);

      queries[i + 1] = (KringStoreListQuery) { "phones", "contact_id",
                                               kring_record_get_id (contact), NULL };
    }
  kring_store_list_many_async (store, queries, n + 1, g_task_get_cancellable (task),
                               details_done, g_object_ref (task));
}

static void
contacts_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  ExportData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  data->contacts = kring_store_list_finish (KRING_STORE (source), result, &error);
  if (data->contacts == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_list_model_get_n_items (data->contacts) == 0)
    {
      g_task_return_new_error (task, KRING_IO_ERROR, KRING_IO_ERROR_INVALID,
                               g_str_equal (data->table, "contacts")
                               ? _("The contact does not exist (any more)")
                               : _("This organisation has no contacts"));
      return;
    }
  fetch_details (task, KRING_STORE (source));
}

void
kring_vcard_export_async (KringStore          *store,
                          const char          *table,
                          const char          *id,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  ExportData *data;
  gboolean one = g_strcmp0 (table, "contacts") == 0;

  g_return_if_fail (KRING_IS_STORE (store));
  g_return_if_fail (one || g_strcmp0 (table, "organizations") == 0);
  g_return_if_fail (id != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, kring_vcard_export_async);
  data = g_new0 (ExportData, 1);
  data->table = g_strdup (table);
  data->id = g_strdup (id);
  data->file = g_object_ref (file);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  kring_store_list_async (store, "contacts", one ? "id" : "organization_id", id, "name",
                          cancellable, contacts_done, g_steal_pointer (&task));
}

gboolean
kring_vcard_export_finish (KringStore    *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (KRING_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kring_vcard_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
