/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "kring-map-panel.h"

G_BEGIN_DECLS

/* Shared between kring-map-panel.c (showing a node) and
 * kring-map-panel-edit.c (editing the team's relationship with it). */
struct _KringMapPanel
{
  AdwBin          parent_instance;

  /* Template children */
  GtkStack       *stack;
  GtkLabel       *kind;
  GtkLabel       *title;
  GtkLabel       *subtitle;
  GtkLabel       *ring;
  GtkWidget      *contacts_box;
  GtkListBox     *contacts_list;
  GtkWidget      *reach_box;
  GtkListBox     *reach_list;
  GtkWidget      *relationship_group;
  GtkSwitch      *agreement_switch;
  AdwEntryRow    *agreement_summary;
  AdwComboRow    *fixed_contact_row;
  GtkSwitch      *knows_switch;
  AdwComboRow    *trust_row;
  AdwComboRow    *frequency_row;
  GtkMenuButton  *last_contact_button;
  GtkCalendar    *last_contact_calendar;
  GtkSwitch      *reports_switch;
  GtkWidget      *partner_buttons;

  KringStore     *store;
  GCancellable   *cancellable;
  char           *team_id;
  char           *id;
  char           *table;
  char           *organization_id;
  /* The team's relationship with the organisation as stored (or a new one,
   * not yet stored), and the organisation's contacts for the combo row. */
  KringRecord    *relationship;
  GPtrArray      *contact_ids;
  gboolean        filling;
  gboolean        loading;
};

void kring_map_panel_toast               (KringMapPanel *self,
                                          const char    *title);
/* Shows @relationship (NULL: none yet) of the organisation with @contacts. */
void kring_map_panel_fill_relationship   (KringMapPanel *self,
                                          KringRecord   *relationship,
                                          GListModel    *contacts);
void kring_map_panel_clear_relationship  (KringMapPanel *self);
void kring_map_panel_class_init_edit     (GtkWidgetClass *widget_class);
void kring_map_panel_init_edit           (KringMapPanel *self);

G_END_DECLS
