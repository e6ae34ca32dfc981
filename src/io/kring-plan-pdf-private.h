/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-plan-pdf.h"

G_BEGIN_DECLS

/*
 * The plan letter in two steps: kring-plan-pdf-content.c turns the plan's
 * records into blocks of Pango markup (what is said), kring-plan-pdf.c
 * lays them out on pages and draws them (how it looks).
 */

typedef enum
{
  PLAN_BLOCK_TITLE,       /* "Ons plan" */
  PLAN_BLOCK_SUBTITLE,    /* the household and the date */
  PLAN_BLOCK_HEADING,     /* a section */
  PLAN_BLOCK_TEXT,        /* a paragraph */
  PLAN_BLOCK_MEMBER,      /* one member: name, then role and age */
  PLAN_BLOCK_GOAL,        /* one goal, numbered */
  PLAN_BLOCK_ACTION,      /* one action under a goal, with a bullet */
  PLAN_BLOCK_ECOMAP,      /* the ecomap, on a page of its own */
} PlanBlockKind;

typedef struct
{
  PlanBlockKind kind;
  char         *markup;   /* NULL for PLAN_BLOCK_ECOMAP */
  gboolean      new_page; /* starts a page of its own */
} PlanBlock;

typedef struct
{
  GPtrArray     *blocks;      /* PlanBlock *, in reading order */
  char          *household;   /* the label or the pseudonym */
  KringMapGraph *ecomap;      /* a copy, pseudonymised; or NULL */
} PlanContent;

PlanContent *kring_plan_content_new  (GHashTable                *plan,
                                      const KringMapGraph       *ecomap,
                                      const char                *pseudonym,
                                      GDateTime                 *printed_on);
void         kring_plan_content_free (PlanContent               *content);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlanContent, kring_plan_content_free)

/* "15 december 2026" for "2026-12-15"; anything else as it is. */
char        *kring_plan_format_iso_date (const char             *iso);

G_END_DECLS
