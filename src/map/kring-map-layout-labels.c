/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "kring-map-layout-private.h"

/*
 * Labels: horizontal text beside its node, on the outward side. Each label
 * tries a few positions and takes the first where it touches no other label,
 * no node disc, no sector name and not the centre; where none is free it is
 * shortened with "…" as little as the best position allows, and dropped as a
 * last resort. Collisions are found through a uniform grid, so each check
 * looks at a handful of neighbours and the whole pass stays close to O(n).
 */

#define ELLIPSIS "…"
/* Fewer characters than this before the "…" tell the reader nothing. */
#define MIN_CHARS 3
/* Grids finer than this many cells a side would cost more than they save. */
#define MAX_GRID_CELLS 1024
/* Touching is not overlapping; this keeps rounding from saying otherwise. */
#define EPSILON 1e-7
/* Without a measure function: the width of a character, in font sizes. */
#define ESTIMATE 0.55

typedef struct
{
  gboolean     is_disc;
  double       x, y, r;     /* a disc */
  KringMapRect box;         /* a box */
} Obstacle;

/* One obstacle in one cell; a cell's entries form a list through next. */
typedef struct
{
  guint obstacle;
  int   next;
} Entry;

typedef struct
{
  double  x0, y0, cell;
  int     nx, ny;
  GArray *obstacles;        /* Obstacle */
  GArray *entries;          /* Entry: every cell's lists in one array, not one each */
  int    *heads;            /* nx × ny: a cell's first entry, or -1 */
} Grid;

typedef struct
{
  const KringMapLayoutOptions *options;
  Grid                         grid;
  double                       gap;       /* between a node and its label */
} Labeller;

/* Grid */

static void
grid_init (Grid  *grid,
           double extent,
           double cell)
{
  grid->cell = MAX (cell, 2 * extent / MAX_GRID_CELLS);
  grid->nx = grid->ny = MAX (1, (int) ceil (2 * extent / grid->cell));
  grid->x0 = grid->y0 = -extent;
  grid->obstacles = g_array_new (FALSE, FALSE, sizeof (Obstacle));
  grid->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  grid->heads = g_new (int, (gsize) grid->nx * grid->ny);
  memset (grid->heads, 0xff, sizeof (int) * grid->nx * grid->ny);
}

static void
grid_clear (Grid *grid)
{
  g_free (grid->heads);
  g_array_unref (grid->entries);
  g_array_unref (grid->obstacles);
}

/* The cells a box covers; anything beyond the grid falls in its edge cells,
 * which keeps every check right, only slower for far-out labels. */
static void
grid_range (const Grid         *grid,
            const KringMapRect *box,
            int                *x0,
            int                *y0,
            int                *x1,
            int                *y1)
{
  *x0 = CLAMP ((int) floor ((box->x - grid->x0) / grid->cell), 0, grid->nx - 1);
  *y0 = CLAMP ((int) floor ((box->y - grid->y0) / grid->cell), 0, grid->ny - 1);
  *x1 = CLAMP ((int) floor ((box->x + box->width - grid->x0) / grid->cell), 0, grid->nx - 1);
  *y1 = CLAMP ((int) floor ((box->y + box->height - grid->y0) / grid->cell), 0, grid->ny - 1);
}

static KringMapRect
obstacle_bounds (const Obstacle *obstacle)
{
  if (obstacle->is_disc)
    return (KringMapRect) { obstacle->x - obstacle->r, obstacle->y - obstacle->r,
                            2 * obstacle->r, 2 * obstacle->r };
  return obstacle->box;
}

static void
grid_add (Grid           *grid,
          const Obstacle *obstacle)
{
  KringMapRect bounds = obstacle_bounds (obstacle);
  guint index = grid->obstacles->len;
  int x0, y0, x1, y1;

  g_array_append_val (grid->obstacles, *obstacle);
  grid_range (grid, &bounds, &x0, &y0, &x1, &y1);
  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      {
        int *head = &grid->heads[(gsize) y * grid->nx + x];
        Entry entry = { index, *head };

        *head = (int) grid->entries->len;
        g_array_append_val (grid->entries, entry);
      }
}

static gboolean
boxes_overlap (const KringMapRect *a,
               const KringMapRect *b)
{
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON
         && a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

static gboolean
obstacle_overlaps (const Obstacle     *obstacle,
                   const KringMapRect *box)
{
  double dx, dy;

  if (!obstacle->is_disc)
    return boxes_overlap (&obstacle->box, box);
  dx = MAX (MAX (box->x - obstacle->x, 0), obstacle->x - (box->x + box->width));
  dy = MAX (MAX (box->y - obstacle->y, 0), obstacle->y - (box->y + box->height));
  return dx * dx + dy * dy < (obstacle->r - EPSILON) * (obstacle->r - EPSILON);
}

static gboolean
grid_is_free (const Grid         *grid,
              const KringMapRect *box)
{
  int x0, y0, x1, y1;

  grid_range (grid, box, &x0, &y0, &x1, &y1);
  for (int y = y0; y <= y1; y++)
    for (int x = x0; x <= x1; x++)
      {
        for (int e = grid->heads[(gsize) y * grid->nx + x]; e >= 0;
             e = g_array_index (grid->entries, Entry, e).next)
          if (obstacle_overlaps (&g_array_index (grid->obstacles, Obstacle,
                                                 g_array_index (grid->entries, Entry, e).obstacle),
                                 box))
            return FALSE;
      }
  return TRUE;
}

static void
grid_add_box (Grid               *grid,
              const KringMapRect *box)
{
  Obstacle obstacle = { FALSE, 0, 0, 0, *box };

  grid_add (grid, &obstacle);
}

static void
grid_add_disc (Grid  *grid,
               double x,
               double y,
               double r)
{
  Obstacle obstacle = { TRUE, x, y, r, { 0 } };

  grid_add (grid, &obstacle);
}

/* Measuring */

static void
measure (const Labeller *labeller,
         const char     *text,
         double         *width,
         double         *height)
{
  const KringMapLayoutOptions *options = labeller->options;

  *width = *height = 0;
  if (options->measure != NULL)
    options->measure (text, options->font_size, width, height, options->measure_data);
  else
    {
      *width = ESTIMATE * options->font_size * g_utf8_strlen (text, -1);
      *height = 1.25 * options->font_size;
    }
  /* A measure function's NaN or negative size would poison every check. */
  if (!(*width >= 0))
    *width = 0;
  if (!(*height >= 0))
    *height = options->font_size;
}

/* The first @n characters of @text and "…", without trailing spaces. */
static char *
shorten (const char *text,
         glong       n)
{
  g_autofree char *prefix = g_strndup (text, g_utf8_offset_to_pointer (text, n) - text);

  return g_strconcat (g_strchomp (prefix), ELLIPSIS, NULL);
}

/* Node labels */

typedef enum
{
  SIDE_OUT,       /* beside the node, away from the centre */
  VERTICAL_OUT,   /* above the node on the upper half, below on the lower */
  VERTICAL_IN,
  SIDE_IN,
  N_POSITIONS
} Position;

/* Where a label at a position starts: its top, the x it grows from, and
 * which way (+1 right, -1 left, 0 both ways from the middle). */
typedef struct
{
  double x, y;
  int    grow;
} Anchor;

static Anchor
label_anchor (const Labeller      *labeller,
              const KringMapPlace *place,
              Position             position,
              double               height)
{
  /* Angles run clockwise from 12 o'clock: below π is the right half. */
  gboolean right = place->angle < G_PI;
  gboolean up = place->y < 0;
  double reach = place->radius + labeller->gap;

  if (position == SIDE_OUT || position == SIDE_IN)
    {
      gboolean to_right = (position == SIDE_OUT) == right;

      return (Anchor) { to_right ? place->x + reach : place->x - reach, place->y - height / 2,
                        to_right ? 1 : -1 };
    }
  if ((position == VERTICAL_OUT) == up)
    return (Anchor) { place->x, place->y - reach - height, 0 };
  return (Anchor) { place->x, place->y + reach, 0 };
}

static KringMapRect
anchor_box (const Anchor *anchor,
            double        width,
            double        height)
{
  double x = anchor->grow > 0 ? anchor->x
             : anchor->grow < 0 ? anchor->x - width : anchor->x - width / 2;

  return (KringMapRect) { x, anchor->y, width, height };
}

/* The x extent of @obstacle within the rows @y…@y + @height; FALSE when it
 * does not reach into them. */
static gboolean
obstacle_span (const Obstacle *obstacle,
               double          y,
               double          height,
               double         *x0,
               double         *x1)
{
  double dy, chord;

  if (!obstacle->is_disc)
    {
      const KringMapRect *box = &obstacle->box;

      *x0 = box->x;
      *x1 = box->x + box->width;
      return box->y < y + height - EPSILON && y < box->y + box->height - EPSILON;
    }
  dy = MAX (MAX (y - obstacle->y, 0), obstacle->y - (y + height));
  if (dy >= obstacle->r - EPSILON)
    return FALSE;
  chord = sqrt (obstacle->r * obstacle->r - dy * dy);
  *x0 = obstacle->x - chord;
  *x1 = obstacle->x + chord;
  return TRUE;
}

/* Narrows @room by the obstacles of one grid cell. */
static double
cell_room (const Grid   *grid,
           int           cx,
           int           cy,
           const Anchor *anchor,
           double        height,
           double        room)
{
  for (int e = grid->heads[(gsize) cy * grid->nx + cx]; e >= 0;
       e = g_array_index (grid->entries, Entry, e).next)
    {
      const Obstacle *obstacle = &g_array_index (grid->obstacles, Obstacle,
                                                 g_array_index (grid->entries, Entry, e).obstacle);
      double x0, x1;

      if (!obstacle_span (obstacle, anchor->y, height, &x0, &x1))
        continue;
      if (anchor->grow > 0 && x1 > anchor->x + EPSILON)
        room = MIN (room, MAX (x0 - anchor->x, 0));
      else if (anchor->grow < 0 && x0 < anchor->x - EPSILON)
        room = MIN (room, MAX (anchor->x - x1, 0));
      else if (anchor->grow == 0)
        room = MIN (room, x0 > anchor->x ? x0 - anchor->x : x1 < anchor->x ? anchor->x - x1 : 0);
    }
  return room;
}

/* How much room a label at @anchor has before it runs into anything, up
 * to @max_width: one look at the grid answers for every shortening. The
 * columns are visited from the anchor outwards, and the look stops at the
 * first column beyond the room found so far. */
static double
free_width (const Grid   *grid,
            const Anchor *anchor,
            double        height,
            double        max_width)
{
  KringMapRect area = anchor_box (anchor, max_width, height);
  double room = anchor->grow == 0 ? max_width / 2 : max_width;
  int cx0, cy0, cx1, cy1, start;

  grid_range (grid, &area, &cx0, &cy0, &cx1, &cy1);
  start = CLAMP ((int) floor ((anchor->x - grid->x0) / grid->cell), cx0, cx1);
  for (int d = 0; room > 0; d++)
    {
      int left = start - d, right = start + d;
      /* The nearest x of columns d away from the anchor's column. */
      double near = (d - 1) * grid->cell;

      if ((left < cx0 && right > cx1) || near >= room)
        break;
      for (int cy = cy0; cy <= cy1; cy++)
        {
          if (anchor->grow <= 0 && left >= cx0)
            room = cell_room (grid, left, cy, anchor, height, room);
          if (anchor->grow >= 0 && d > 0 && right <= cx1)
            room = cell_room (grid, right, cy, anchor, height, room);
          if (anchor->grow > 0 && d == 0)
            room = cell_room (grid, start, cy, anchor, height, room);
        }
    }
  return anchor->grow == 0 ? 2 * room : room;
}

/* The most characters (at least MIN_CHARS, fewer than the label has) that
 * fit in @room with the "…"; 0 when not even MIN_CHARS do. The estimate
 * grows by the same amount per character, so it needs no search. */
static glong
fit_chars (const Labeller *labeller,
           const char     *text,
           double          room,
           double         *width)
{
  const KringMapLayoutOptions *options = labeller->options;
  glong lo = MIN_CHARS, hi = g_utf8_strlen (text, -1) - 1, best = 0;

  if (options->measure == NULL)
    {
      hi = MIN (hi, (glong) floor (room / (ESTIMATE * options->font_size) + EPSILON) - 1);
      lo = MAX (lo, hi);
    }
  while (lo <= hi)
    {
      glong n = lo + (hi - lo) / 2;
      g_autofree char *shortened = shorten (text, n);
      double w, h;

      measure (labeller, shortened, &w, &h);
      if (w <= room)
        {
          best = n;
          *width = w;
          lo = n + 1;
        }
      else
        hi = n - 1;
    }
  return best;
}

static void
set_label (Labeller           *labeller,
           KringMapPlace      *place,
           char               *text,
           const KringMapRect *box)
{
  g_free (place->label);
  place->label = text;
  place->label_box = *box;
  grid_add_box (&labeller->grid, box);
}

/* No room at all: the text goes, the tooltip still has it. */
static void
drop_label (KringMapPlace *place)
{
  g_free (place->label);
  place->label = g_strdup ("");
  place->label_box = (KringMapRect) { place->x, place->y, 0, 0 };
}

static void
place_label (Labeller       *labeller,
             KringMapLayout *layout,
             KringMapPlace  *place)
{
  const char *text = kring_map_layout_node_label (layout, place);
  double width, height, room[N_POSITIONS];
  Position best = SIDE_OUT;
  KringMapRect box;
  glong n;

  drop_label (place);
  if (*text == '\0')
    return;
  measure (labeller, text, &width, &height);
  for (Position position = 0; position < N_POSITIONS; position++)
    {
      Anchor anchor = label_anchor (labeller, place, position, height);

      room[position] = free_width (&labeller->grid, &anchor, height, width);
      if (room[position] >= width)
        {
          box = anchor_box (&anchor, width, height);
          set_label (labeller, place, g_strdup (text), &box);
          return;
        }
      if (room[position] > room[best])
        best = position;
    }
  place->shortened = TRUE;
  n = fit_chars (labeller, text, room[best], &width);
  if (n > 0)
    {
      Anchor anchor = label_anchor (labeller, place, best, height);

      box = anchor_box (&anchor, width, height);
      /* The room was measured on the grid; this only guards the arithmetic. */
      if (grid_is_free (&labeller->grid, &box))
        set_label (labeller, place, shorten (text, n), &box);
    }
}

/* Sector names */

/* Centres the name on the arc's middle, just outside the outer band, moved
 * further out while it would overlap the name of a neighbouring sector. */
static void
place_sector_name (Labeller          *labeller,
                   KringMapLayout    *layout,
                   KringMapSectorArc *arc)
{
  double width, height, distance, middle = (arc->start + arc->end) / 2;
  KringMapRect box;

  measure (labeller, kring_map_layout_sector_name (layout, arc->sector), &width, &height);
  distance = layout->bands[KRING_MAP_N_RINGS - 1].outer + labeller->options->ring_gap / 2
             + width / 2 * fabs (sin (middle)) + height / 2 * fabs (cos (middle));
  for (guint attempt = 0;; attempt++)
    {
      arc->label_x = distance * sin (middle);
      arc->label_y = -distance * cos (middle);
      box = (KringMapRect) { arc->label_x - width / 2, arc->label_y - height / 2, width, height };
      if (attempt >= 100 || grid_is_free (&labeller->grid, &box))
        break;
      distance += height / 2;
    }
  arc->label_box = box;
  grid_add_box (&labeller->grid, &box);
}

/* A ring's name sits near the top of its band, just inside the outer edge,
 * where the eye starts reading a circle; moved sideways along the edge
 * while a node is in the way. Labels then keep clear of it. */
static void
place_ring_name (Labeller *labeller, KringMapLayout *layout, guint ring)
{
  KringMapBand *band = &layout->bands[ring];
  g_autofree char *name = g_utf8_strup (layout->graph->ring_names[ring], -1);
  double width, height, scale = KRING_MAP_RING_NAME_SIZE / labeller->options->font_size;
  KringMapRect box = { 0 };

  measure (labeller, name, &width, &height);
  /* Bold and letter-spaced: wider than the plain measure. */
  width = width * scale * 1.25 + 1.2 * g_utf8_strlen (name, -1);
  height *= scale;
  for (guint attempt = 0; attempt < 40; attempt++)
    {
      double angle = (attempt % 2 == 0 ? 1 : -1) * 0.03 * ((attempt + 1) / 2);
      double r = band->outer - 2.5 - height / 2;

      box = (KringMapRect) { r * sin (angle) - width / 2, -r * cos (angle) - height / 2,
                             width, height };
      if (grid_is_free (&labeller->grid, &box))
        break;
    }
  band->name_box = box;
  grid_add_box (&labeller->grid, &box);
}

/* Bounds */

static void
extend (KringMapLayout     *layout,
        const KringMapRect *box)
{
  KringMapRect *b = &layout->bounds;
  double x0 = MIN (b->x, box->x), y0 = MIN (b->y, box->y);
  double x1 = MAX (b->x + b->width, box->x + box->width);
  double y1 = MAX (b->y + b->height, box->y + box->height);
  double far_x = MAX (fabs (box->x), fabs (box->x + box->width));
  double far_y = MAX (fabs (box->y), fabs (box->y + box->height));

  *b = (KringMapRect) { x0, y0, x1 - x0, y1 - y0 };
  layout->radius = MAX (layout->radius, hypot (far_x, far_y));
}

static void
compute_bounds (KringMapLayout *layout)
{
  double outer = layout->bands[KRING_MAP_N_RINGS - 1].outer;

  layout->radius = outer;
  layout->bounds = (KringMapRect) { -outer, -outer, 2 * outer, 2 * outer };
  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *place = &g_array_index (layout->places, KringMapPlace, i);
      KringMapRect disc = { place->x - place->radius, place->y - place->radius,
                            2 * place->radius, 2 * place->radius };

      double radius = layout->radius;

      extend (layout, &disc);
      /* A disc's far point is nearer than its box's corner. */
      layout->radius = MAX (radius, hypot (place->x, place->y) + place->radius);
      if (place->label[0] != '\0')
        extend (layout, &place->label_box);
    }
  for (guint i = 0; i < layout->sectors->len; i++)
    extend (layout, &g_array_index (layout->sectors, KringMapSectorArc, i).label_box);
}

void
kring_map_layout_place_labels (KringMapLayout              *layout,
                               const KringMapLayoutOptions *options)
{
  double outer = layout->bands[KRING_MAP_N_RINGS - 1].outer;
  Labeller labeller = { options, { 0 }, 0.3 * options->font_size };

  grid_init (&labeller.grid, outer + 20 * options->font_size,
             4 * MAX (options->node_radius, options->font_size));
  grid_add_disc (&labeller.grid, 0, 0, layout->centre_radius);
  for (guint i = 0; i < layout->places->len; i++)
    {
      const KringMapPlace *place = &g_array_index (layout->places, KringMapPlace, i);

      grid_add_disc (&labeller.grid, place->x, place->y, place->radius);
    }
  for (guint i = 0; i < layout->sectors->len; i++)
    place_sector_name (&labeller, layout, &g_array_index (layout->sectors, KringMapSectorArc, i));
  for (guint ring = 0; ring < KRING_MAP_N_RINGS; ring++)
    place_ring_name (&labeller, layout, ring);
  for (guint i = 0; i < layout->places->len; i++)
    place_label (&labeller, layout, &g_array_index (layout->places, KringMapPlace, i));
  grid_clear (&labeller.grid);
  compute_bounds (layout);
}
