/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KRING_STORE_ERROR (kring_store_error_quark ())

/* Each code has its own screen or message in the UI; keep them distinct. */
typedef enum
{
  KRING_STORE_ERROR_FAILED,          /* anything else SQLite reported */
  KRING_STORE_ERROR_WRONG_KEY,       /* the file cannot be decrypted with this key (or is damaged) */
  KRING_STORE_ERROR_NOT_KRINGKAART,  /* a readable database, but not one of ours (plain SQLite, other app) */
  KRING_STORE_ERROR_TOO_NEW,         /* written by a newer Kringkaart: user_version above ours */
  KRING_STORE_ERROR_NO_SPACE,        /* disk full */
  KRING_STORE_ERROR_IO,              /* cannot read/write the file or directory */
  KRING_STORE_ERROR_INVALID,         /* unknown table/column, wrong type, constraint violated */
  KRING_STORE_ERROR_NOT_FOUND,       /* no record with that id */
  KRING_STORE_ERROR_CLOSED,          /* the store is locked/closed */
} KringStoreError;

GQuark kring_store_error_quark (void);

#define KRING_KEYRING_ERROR (kring_keyring_error_quark ())

typedef enum
{
  KRING_KEYRING_ERROR_UNAVAILABLE,  /* no D-Bus session or no Secret Service daemon */
  KRING_KEYRING_ERROR_NOT_FOUND,    /* the service works, but holds no key for this database */
  KRING_KEYRING_ERROR_LOCKED,       /* the user declined to unlock the keyring */
  KRING_KEYRING_ERROR_INVALID,      /* the stored secret is not a valid key */
  KRING_KEYRING_ERROR_FAILED,
} KringKeyringError;

GQuark kring_keyring_error_quark (void);

G_END_DECLS
