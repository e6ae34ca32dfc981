/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include "kring-store.h"

G_BEGIN_DECLS

/*
 * Internals of KringStore, shared by its source files. Everything that touches
 * KringStoreConn runs on the store's worker thread only.
 */
struct _KringDirIndex;
struct _KringWhoIndex;

typedef struct
{
  sqlite3    *db;
  GHashTable *columns;     /* table name -> GHashTable set of its column names */
  GHashTable *statements;  /* SQL -> prepared sqlite3_stmt, reused */
  struct _KringDirIndex *dir_index;  /* kring-store-dirindex.h, built on demand */
  guint64     dir_changes; /* changes to the tables the directory index reads */
  /* kring-store-team.c: what who-does-what matches against, with the
   * dir_changes it was read at; built on demand. */
  struct _KringWhoIndex *who_index;
} KringStoreConn;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* kring-store-team.c: frees conn->who_index (when the connection closes). */
void          kring_who_index_free       (struct _KringWhoIndex *index);

/* --- kring-store-sql.c: statements, errors, identifiers, records --- */
void          kring_sql_set_error        (GError        **error,
                                          sqlite3        *db,
                                          int             rc);
gboolean      kring_sql_exec             (sqlite3        *db,
                                          const char     *sql,
                                          GError        **error);
sqlite3_stmt *kring_sql_prepare          (sqlite3        *db,
                                          const char     *sql,
                                          GError        **error);
/* Steps a statement that returns no rows. */
gboolean      kring_sql_run              (sqlite3        *db,
                                          sqlite3_stmt   *stmt,
                                          GError        **error);
gboolean      kring_sql_query_int        (sqlite3        *db,
                                          const char     *sql,
                                          gint64         *value,
                                          GError        **error);
char         *kring_sql_quote            (const char     *identifier);
void          kring_sql_bind_text        (sqlite3_stmt   *stmt,
                                          int             index,
                                          const char     *text);
gboolean      kring_sql_bind_value       (sqlite3_stmt   *stmt,
                                          int             index,
                                          GVariant       *value,
                                          const char     *column,
                                          GError        **error);
KringRecord  *kring_sql_row_to_record    (sqlite3_stmt   *stmt,
                                          const char     *table);
/* Steps @stmt (bound already) to the end and resets it: every row as a
 * record of @table, or NULL and @error. */
GListModel   *kring_sql_read_records     (sqlite3        *db,
                                          sqlite3_stmt   *stmt,
                                          const char     *table,
                                          GError        **error);

/* --- kring-store-sql.c: the connection's schema knowledge --- */
void          kring_conn_reset           (KringStoreConn *conn);
/* A prepared statement for @sql kept on the connection: reset, without
 * bindings, ready to bind and step. Owned by @conn: never finalize it. */
sqlite3_stmt *kring_conn_statement       (KringStoreConn *conn,
                                          const char     *sql,
                                          GError        **error);
/* Resets every cached statement: run after each job, so that a statement a
 * job stepped and left (one row read of a LIMIT 1 query) holds no lock on
 * its tables into the next job. */
void          kring_conn_reset_statements (KringStoreConn *conn);
/* Finalizes the cached statements (before the connection closes). */
void          kring_conn_drop_statements (KringStoreConn *conn);
/* The columns of an entity table (one with an id column); INVALID otherwise. */
GHashTable   *kring_conn_get_columns     (KringStoreConn *conn,
                                          const char     *table,
                                          GError        **error);
gboolean      kring_conn_check_column    (KringStoreConn *conn,
                                          const char     *table,
                                          const char     *column,
                                          GError        **error);
/* Reads one record; NOT_FOUND when there is no such row. */
KringRecord  *kring_conn_fetch           (KringStoreConn *conn,
                                          const char     *table,
                                          const char     *id,
                                          GError        **error);

/* --- kring-store-open.c: opening, verifying, migrating, closing --- */
gboolean      kring_conn_open            (KringStoreConn *conn,
                                          const char     *path,
                                          const KringKey *key,
                                          gboolean        create,
                                          GError        **error);
gboolean      kring_conn_close           (KringStoreConn *conn,
                                          GError        **error);

/* --- kring-store-worker.c: the worker thread and its job queue --- */
typedef gboolean (*KringStoreJobFunc) (KringStoreConn  *conn,
                                       gpointer         data,
                                       gpointer        *result,
                                       GError         **error);
typedef enum
{
  KRING_STORE_JOB_READ,   /* one deferred transaction; dropped when cancelled */
  KRING_STORE_JOB_WRITE,  /* one BEGIN IMMEDIATE transaction; always runs */
  KRING_STORE_JOB_PLAIN,  /* no transaction (open, close); always runs */
} KringStoreJobKind;

typedef struct _KringStoreWorker KringStoreWorker;

KringStoreWorker *kring_store_worker_new     (void);
/* Stops the thread after the queued jobs and releases the worker. */
void              kring_store_worker_stop    (KringStoreWorker  *worker);
gboolean          kring_store_worker_is_open (KringStoreWorker  *worker);
/* Runs @func on the worker; its result completes @task (transfer full).
 * @result_free NULL means a boolean result. @data is freed on the worker. */
void              kring_store_worker_push    (KringStoreWorker  *worker,
                                              GTask             *task,
                                              KringStoreJobKind  kind,
                                              KringStoreJobFunc  func,
                                              gpointer           data,
                                              GDestroyNotify     data_free,
                                              GDestroyNotify     result_free);

/* --- job functions (kring-store-crud.c, kring-store-search.c) --- */
typedef struct
{
  char *table;
  char *id;
  char *column;
  char *value;
  char *order_by;
} KringStoreQuery;

typedef struct
{
  char *actor;
  char *action;
  char *table;
  char *record_id;
} KringStoreAudit;

typedef struct
{
  char  *text;
  guint  limit;
} KringStoreSearch;

void     kring_store_query_free  (KringStoreQuery  *query);
void     kring_store_audit_free  (KringStoreAudit  *audit);
void     kring_store_search_free (KringStoreSearch *search);
gboolean kring_store_job_save   (KringStoreConn *conn, gpointer data, gpointer *result, GError **error);
gboolean kring_store_job_delete (KringStoreConn *conn, gpointer data, gpointer *result, GError **error);
gboolean kring_store_job_get    (KringStoreConn *conn, gpointer data, gpointer *result, GError **error);
/* Inserts or updates one record (matched by id), stamping created_at/updated_at
 * with @now where the table has them; the caller owns the transaction. */
gboolean kring_store_save_record (KringStoreConn *conn, KringRecord *record, const char *now,
                                  GError **error);
gboolean kring_store_job_list   (KringStoreConn *conn, gpointer data, gpointer *result, GError **error);
gboolean kring_store_job_list_many (KringStoreConn *conn, gpointer data, gpointer *result,
                                    GError **error);
gboolean kring_store_job_count  (KringStoreConn *conn, gpointer data, gpointer *result, GError **error);
gboolean kring_store_job_audit  (KringStoreConn *conn, gpointer data, gpointer *result, GError **error);
gboolean kring_store_job_search (KringStoreConn *conn, gpointer data, gpointer *result, GError **error);
/* Deletes the row named by a KringStoreQuery (table, id) and what cascades
 * from it; the result is a GPtrArray of the rows as they were, parents first. */
gboolean kring_store_job_delete_subtree (KringStoreConn *conn, gpointer data, gpointer *result,
                                         GError **error);
/* The FTS4 MATCH expression for what a user typed; NULL if it holds no word. */
char    *kring_store_build_match        (const char *text);
/* Registers the SQL functions the store uses (kring_uuid(), kring_rank()). */
gboolean kring_store_register_functions (sqlite3 *db, GError **error);
/* Installs per-connection TEMP triggers that leave a tombstone for every
 * deleted row of a shared table, however it is deleted (directly, by a
 * cascading foreign key or by a schema trigger). */
gboolean kring_store_install_tombstones (sqlite3 *db, GError **error);

/* --- kring-store.c: shared by the store's source files --- */
/* Copies of @records (may be NULL: an empty array) for a worker job: a
 * KringRecord is not thread-safe and the caller may keep editing its own. */
GPtrArray *kring_store_copy_records (GPtrArray *records);
/* Today in local time, "YYYY-MM-DD". */
char      *kring_store_today        (void);
/* An audit entry for household @household_id in the running job's
 * transaction: the same entry kring_store_audit_async() writes. */
gboolean   kring_store_audit_household (KringStoreConn *conn,
                                        const char     *actor,
                                        const char     *action,
                                        const char     *household_id,
                                        GError        **error);

/* --- kring-store.c: queueing a job from the store's other source files --- */
void     kring_store_push_job (KringStore          *self,
                               gpointer             source_tag,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data,
                               KringStoreJobKind    kind,
                               KringStoreJobFunc    func,
                               gpointer             data,
                               GDestroyNotify       data_free,
                               GDestroyNotify       result_free);

G_END_DECLS
