/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "kring-hsds-import-private.h"

struct _KringImportItem
{
  GObject                parent_instance;
  KringHsdsUnit         *unit;  /* owned by the import's parsed source */
  KringImportAction      action;
  KringImportResolution  resolution;
  char                  *source_hash;
  char                  *local_hash;
  char                  *state_id;
};

G_DEFINE_FINAL_TYPE (KringImportItem, kring_import_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_RESOLUTION, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
kring_import_item_finalize (GObject *object)
{
  KringImportItem *self = KRING_IMPORT_ITEM (object);

  g_free (self->source_hash);
  g_free (self->local_hash);
  g_free (self->state_id);
  G_OBJECT_CLASS (kring_import_item_parent_class)->finalize (object);
}

static void
kring_import_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KringImportItem *self = KRING_IMPORT_ITEM (object);

  switch (prop_id)
    {
    case PROP_RESOLUTION:
      g_value_set_int (value, self->resolution);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kring_import_item_class_init (KringImportItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kring_import_item_finalize;
  object_class->get_property = kring_import_item_get_property;

  /* Read-only as a property; kring_import_item_set_resolution() changes it. */
  properties[PROP_RESOLUTION] =
    g_param_spec_int ("resolution", NULL, NULL, KRING_IMPORT_RESOLUTION_TAKE_THEIRS,
                      KRING_IMPORT_RESOLUTION_KEEP_MINE, KRING_IMPORT_RESOLUTION_TAKE_THEIRS,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kring_import_item_init (KringImportItem *self)
{
}

KringImportItem *
kring_import_item_new (KringHsdsUnit *unit, KringImportAction action, const char *source_hash,
                       const char *local_hash, const char *state_id)
{
  KringImportItem *self = g_object_new (KRING_TYPE_IMPORT_ITEM, NULL);

  self->unit = unit;
  self->action = action;
  /* A conflict is the user's to decide; until then the local record stays. */
  self->resolution = action == KRING_IMPORT_ACTION_CONFLICT ? KRING_IMPORT_RESOLUTION_KEEP_MINE
                                                            : KRING_IMPORT_RESOLUTION_TAKE_THEIRS;
  self->source_hash = g_strdup (source_hash);
  self->local_hash = g_strdup (local_hash);
  self->state_id = g_strdup (state_id);
  return self;
}

const char *
kring_import_item_get_table (KringImportItem *self)
{
  g_return_val_if_fail (KRING_IS_IMPORT_ITEM (self), NULL);
  return self->unit->table;
}

const char *
kring_import_item_get_id (KringImportItem *self)
{
  g_return_val_if_fail (KRING_IS_IMPORT_ITEM (self), NULL);
  return self->unit->id;
}

const char *
kring_import_item_get_title (KringImportItem *self)
{
  g_return_val_if_fail (KRING_IS_IMPORT_ITEM (self), NULL);
  return self->unit->title;
}

KringImportAction
kring_import_item_get_action (KringImportItem *self)
{
  g_return_val_if_fail (KRING_IS_IMPORT_ITEM (self), KRING_IMPORT_ACTION_UNCHANGED);
  return self->action;
}

KringImportResolution
kring_import_item_get_resolution (KringImportItem *self)
{
  g_return_val_if_fail (KRING_IS_IMPORT_ITEM (self), KRING_IMPORT_RESOLUTION_KEEP_MINE);
  return self->resolution;
}

void
kring_import_item_set_resolution (KringImportItem *self, KringImportResolution resolution)
{
  g_return_if_fail (KRING_IS_IMPORT_ITEM (self));

  if (self->resolution == resolution)
    return;
  self->resolution = resolution;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION]);
}

KringHsdsUnit *
kring_import_item_get_unit (KringImportItem *self)
{
  return self->unit;
}

const char *
kring_import_item_get_source_hash (KringImportItem *self)
{
  return self->source_hash;
}

const char *
kring_import_item_get_local_hash (KringImportItem *self)
{
  return self->local_hash;
}

const char *
kring_import_item_get_state_id (KringImportItem *self)
{
  return self->state_id;
}
