/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "kring-window.h"

G_BEGIN_DECLS

/*
 * The step runner of the screenshot mode. A part (the main pages, the map,
 * the import dialog …) is a table of steps; the runner calls them in order.
 * A step does its work and then says how to go on, with exactly one of
 * kring_shot_run_next/again/wait/hold/fail/done (kring_shot_run_save fails
 * the run itself when it returns FALSE). Each part gets its own zeroed data
 * block, cleared when the part ends or the run stops.
 */
typedef struct _KringShotRun KringShotRun;
typedef void (*KringShotStep) (KringShotRun *run);

typedef struct
{
  const KringShotStep *steps;
  guint                n_steps;
  /* Picture numbers the part reserves; 0: the next part goes on from the
   * last number used. */
  guint                count;
  gsize                data_size;
  /* Frees what the data block holds (not the block); may be NULL. */
  void               (*data_clear) (gpointer data);
} KringShotPart;

#define KRING_SHOT_PART(steps, count, Data, clear) \
  { (steps), G_N_ELEMENTS (steps), (count), sizeof (Data), (void (*) (gpointer)) (clear) }

/* Runs @parts (NULL-terminated), numbering the pictures from 1. */
void          kring_shot_run_async       (KringWindow          *window,
                                          const char           *directory,
                                          const KringShotPart *const *parts,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean      kring_shot_run_finish      (KringWindow          *window,
                                          GAsyncResult         *result,
                                          GError              **error);

KringWindow  *kring_shot_run_window      (KringShotRun *run);
gpointer      kring_shot_run_data        (KringShotRun *run);
GCancellable *kring_shot_run_cancellable (KringShotRun *run);

/* The next picture's file, NN-@name.@extension, taking its number. */
char         *kring_shot_run_take_path   (KringShotRun *run,
                                          const char   *name,
                                          const char   *extension);
/* Saves @widget (NULL: the window) as the next picture, NN-@name.png;
 * FALSE when that failed, and the run has then failed too. */
gboolean      kring_shot_run_save        (KringShotRun *run,
                                          GtkWidget    *widget,
                                          const char   *name);
/* The next picture gets number @offset counted from the part's first. */
void          kring_shot_run_set_number  (KringShotRun *run,
                                          guint         offset);

/* Goes on with the next step (of the next part after the last) once
 * @delay_ms have passed, so that the pages can draw. */
void          kring_shot_run_next        (KringShotRun *run,
                                          guint         delay_ms);
/* Runs the same step again after @delay_ms. */
void          kring_shot_run_again       (KringShotRun *run,
                                          guint         delay_ms);
/* Polls: runs the same step again after @delay_ms, unless it has already
 * waited @timeout_usec since it first ran; then the run fails with
 * @message. */
void          kring_shot_run_wait        (KringShotRun *run,
                                          guint         delay_ms,
                                          gint64        timeout_usec,
                                          const char   *message);
/* For an async call of the step: pass kring_shot_run_resume and
 * kring_shot_run_hold (run) as its callback and data. The next step then
 * runs at once and finds the result in kring_shot_run_result(). */
gpointer      kring_shot_run_hold        (KringShotRun *run);
void          kring_shot_run_resume      (GObject      *source,
                                          GAsyncResult *result,
                                          gpointer      user_data);
GAsyncResult *kring_shot_run_result      (KringShotRun *run);
/* Ends the run with @error (taken) or, with done, successfully. */
void          kring_shot_run_fail        (KringShotRun *run,
                                          GError       *error);
void          kring_shot_run_done        (KringShotRun *run);

G_END_DECLS
