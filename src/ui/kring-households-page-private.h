/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-household-view.h"
#include "kring-households-page.h"

G_BEGIN_DECLS

struct _KringHouseholdsPage
{
  AdwBin              parent_instance;

  AdwToastOverlay    *overlay;
  GtkStack           *stack;
  GtkStack           *views;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_drop;
  GtkDropDown        *regisseur_drop;
  GtkDropDown        *buurt_drop;
  GtkDropDown        *domain_drop;
  GtkToggleButton    *mine_toggle;
  KringHouseholdView *household_view;
  GtkSwitch          *closed_switch;
  GtkLabel           *count;
  GtkWidget          *clear_button;
  GtkStack           *results_stack;
  GtkSingleSelection *selection;
  GListStore         *households;
  GtkStack           *detail_stack;
  GtkLabel           *detail_title;
  GtkLabel           *detail_subtitle;
  GtkLabel           *detail_status;
  GMenu              *status_menu;
  GtkListBox         *history_list;
  GtkDropDown        *member_drop;
  GtkLabel           *tasks_count;
  GtkStack           *tasks_stack;
  GListStore         *tasks;

  KringStore         *store;
  GCancellable       *load_cancellable;
  GCancellable       *query_cancellable;
  GCancellable       *tasks_cancellable;
  GCancellable       *detail_cancellable;
  GPtrArray          *member_ids;   /* per regisseur_drop item; [0] is NULL (all) */
  GPtrArray          *buurt_ids;    /* per buurt_drop item; [0] is NULL (all) */
  GPtrArray          *domain_ids;   /* per domain_drop item; [0] is NULL (all) */
  char               *me;           /* the user's team member id ("Ik ben"), or NULL */
  GPtrArray          *task_member_ids; /* per member_drop item */
  char               *detail_id;    /* the household shown on the right, or NULL */
  gboolean            filling;      /* drop-downs being refilled: no queries */
};

/* kring-households-page-detail.c: the selected household, "Mijn taken" and
 * who the user is. */
void kring_households_page_show_detail  (KringHouseholdsPage *self,
                                         KringRecord         *household);
void kring_households_page_clear_detail (KringHouseholdsPage *self);
void kring_households_page_load_tasks   (KringHouseholdsPage *self);
void kring_households_page_fill_members (KringHouseholdsPage *self,
                                         GListModel          *members);
void kring_households_page_fill_drop_down (GtkDropDown *drop_down,
                                           GPtrArray   *ids,
                                           const char  *all_label,
                                           GListModel  *records,
                                           const char  *skip_kind);
void kring_households_page_toast        (KringHouseholdsPage *self,
                                         const char          *title);
void kring_households_page_run_query    (KringHouseholdsPage *self);
void kring_households_page_detail_class_init (GtkWidgetClass *widget_class);


G_END_DECLS
