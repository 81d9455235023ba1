// Plane geometry of the schematic maps (the teams' map, drawn at build time as SVG) and the
// distances the islands list places by. No map service: points are projected with a local
// equirectangular projection (longitude scaled by the cosine of the middle latitude, which at a
// city's scale matches Mercator to well under a pixel), fitted into a box with a margin.

export interface LatLng {
  lat: number;
  lng: number;
}

export interface Box {
  width: number;
  height: number;
  /** Empty space kept on every side, in the box's units. */
  margin: number;
}

export interface XY {
  x: number;
  y: number;
}

// A single point (or points on one line) still gets a frame about this many degrees wide.
const MIN_SPAN_DEG = 0.02;

/**
 * The projection that fits `points` into `box`, keeping the shape (one scale for both axes),
 * centred, north up. With no points, every point goes to the centre of the box.
 */
export function fitProjection(points: readonly LatLng[], box: Box): (p: LatLng) => XY {
  const centre = { x: box.width / 2, y: box.height / 2 };
  if (points.length === 0) return () => centre;
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLng = Infinity;
  let maxLng = -Infinity;
  for (const p of points) {
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    minLng = Math.min(minLng, p.lng);
    maxLng = Math.max(maxLng, p.lng);
  }
  const midLat = (minLat + maxLat) / 2;
  const midLng = (minLng + maxLng) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * kx, MIN_SPAN_DEG);
  const spanY = Math.max(maxLat - minLat, MIN_SPAN_DEG);
  const scale = Math.min((box.width - 2 * box.margin) / spanX, (box.height - 2 * box.margin) / spanY);
  return (p) => ({ x: centre.x + (p.lng - midLng) * kx * scale, y: centre.y - (p.lat - midLat) * scale });
}

/** The mean of the points (null for none): where a district's name goes on the map. */
export function centroid(points: readonly LatLng[]): LatLng | null {
  if (points.length === 0) return null;
  let lat = 0;
  let lng = 0;
  for (const p of points) {
    lat += p.lat;
    lng += p.lng;
  }
  return { lat: lat / points.length, lng: lng / points.length };
}

/** Great-circle distance in metres (the API orders by the same earth distance). */
export function metresBetween(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** `places` with their distance from `here`, nearest first, at most `limit`. */
export function nearest<T extends { location: LatLng | null }>(places: readonly T[], here: LatLng, limit: number): { place: T; metres: number }[] {
  return places
    .flatMap((place) => (place.location ? [{ place, metres: metresBetween(here, place.location) }] : []))
    .sort((a, b) => a.metres - b.metres)
    .slice(0, limit);
}

export interface MapPlace {
  id: string;
  district: string | null;
  location: LatLng | null;
}

export interface MapLayout {
  /** The frames the map is cut into: one for a city, one per district when they lie far apart. */
  panels: { x: number; y: number; width: number; height: number }[];
  /** Each place with a location, where it is drawn. */
  points: { id: string; x: number; y: number }[];
  /**
   * Each district's name: in its frame's top left corner when it is alone in the frame (where it
   * covers no place), else at the centroid of its places (`anchor` says which end of the text x is).
   */
  labels: { district: string; x: number; y: number; anchor: 'start' | 'middle' }[];
}

// Places spread wider than this many degrees (about 150 km) are districts of different cities:
// each district gets a panel of its own, or a city's teams would all fall on one spot.
const ONE_CITY_DEG = 1.5;

// A corner label's distance from its frame's edges, and the height of its text (its baseline is that far down).
const LABEL_INSET = 16;
const LABEL_HEIGHT = 26;

/** Where the places with a location and their districts' names are drawn in `box`. */
export function layoutMap(places: readonly MapPlace[], box: Box): MapLayout {
  const located = places.filter((p): p is MapPlace & { location: LatLng } => p.location !== null);
  const byDistrict = new Map<string, (MapPlace & { location: LatLng })[]>();
  for (const p of located) {
    const key = p.district ?? '';
    byDistrict.set(key, [...(byDistrict.get(key) ?? []), p]);
  }
  const lats = located.map((p) => p.location.lat);
  const lngs = located.map((p) => p.location.lng);
  const oneCity = located.length === 0 || (Math.max(...lats) - Math.min(...lats) <= ONE_CITY_DEG && Math.max(...lngs) - Math.min(...lngs) <= ONE_CITY_DEG);
  const groups = oneCity ? [located] : [...byDistrict.values()];
  const cols = groups.length <= 1 ? 1 : groups.length <= 4 ? 2 : 3;
  const rows = Math.ceil(groups.length / cols);
  const layout: MapLayout = { panels: [], points: [], labels: [] };
  groups.forEach((group, i) => {
    const panel = { x: (i % cols) * (box.width / cols), y: Math.floor(i / cols) * (box.height / rows), width: box.width / cols, height: box.height / rows };
    const project = fitProjection(
      group.map((p) => p.location),
      { width: panel.width, height: panel.height, margin: box.margin },
    );
    const at = (p: LatLng) => {
      const { x, y } = project(p);
      return { x: panel.x + x, y: panel.y + y };
    };
    layout.panels.push(panel);
    for (const p of group) layout.points.push({ id: p.id, ...at(p.location) });
    const districts = oneCity ? [...byDistrict] : [[group[0].district ?? '', group] as const];
    if (districts.length === 1) {
      const [[district]] = districts;
      if (district) layout.labels.push({ district, x: panel.x + LABEL_INSET, y: panel.y + LABEL_INSET + LABEL_HEIGHT, anchor: 'start' });
      return;
    }
    for (const [district, members] of districts) {
      const middle = centroid(members.map((p) => p.location));
      if (district && middle) layout.labels.push({ district, ...at(middle), anchor: 'middle' });
    }
  });
  return layout;
}
