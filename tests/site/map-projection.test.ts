// The schematic map's geometry (site/src/lib/map-projection.ts): points fit the box with its
// margin, north is up and east is right, shapes keep their proportions, and places are ranked by
// great-circle distance.
import { describe, expect, it } from 'vitest';
import { centroid, fitProjection, layoutMap, metresBetween, nearest } from '../../site/src/lib/map-projection.js';

// Teams in Shenzhen: 龙华 (north), 福田 (south-west of it), 龙岗 (east).
const LONGHUA = { lat: 22.6563, lng: 114.0297 };
const FUTIAN = { lat: 22.5226, lng: 114.0545 };
const LONGGANG = { lat: 22.7209, lng: 114.2461 };
const box = { width: 800, height: 500, margin: 20 };

describe('fitProjection', () => {
  const project = fitProjection([LONGHUA, FUTIAN, LONGGANG], box);
  const [a, b, c] = [LONGHUA, FUTIAN, LONGGANG].map(project);

  it('keeps every point inside the box, its margin included, and touches the margin on the tighter axis', () => {
    for (const p of [a, b, c]) {
      expect(p.x).toBeGreaterThanOrEqual(box.margin - 1e-9);
      expect(p.x).toBeLessThanOrEqual(box.width - box.margin + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(box.margin - 1e-9);
      expect(p.y).toBeLessThanOrEqual(box.height - box.margin + 1e-9);
    }
    const xs = [a.x, b.x, c.x];
    const ys = [a.y, b.y, c.y];
    const slackX = box.width - 2 * box.margin - (Math.max(...xs) - Math.min(...xs));
    const slackY = box.height - 2 * box.margin - (Math.max(...ys) - Math.min(...ys));
    expect(Math.min(slackX, slackY)).toBeCloseTo(0, 6);
  });

  it('puts north up and east right', () => {
    expect(b.y).toBeGreaterThan(a.y); // 福田 is south of 龙华
    expect(c.x).toBeGreaterThan(a.x); // 龙岗 is east of 龙华
    expect(c.y).toBeLessThan(b.y);
  });

  it('keeps proportions: ground distances and drawn distances have one ratio', () => {
    const drawn = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    const ratio1 = drawn(a, b) / metresBetween(LONGHUA, FUTIAN);
    const ratio2 = drawn(a, c) / metresBetween(LONGHUA, LONGGANG);
    expect(ratio1 / ratio2).toBeCloseTo(1, 2);
  });

  it('centres a single point and every point of an empty map', () => {
    expect(fitProjection([LONGHUA], box)(LONGHUA)).toEqual({ x: 400, y: 250 });
    expect(fitProjection([], box)(FUTIAN)).toEqual({ x: 400, y: 250 });
  });
});

describe('centroid, metresBetween and nearest', () => {
  it('finds the mean point, or none', () => {
    expect(centroid([])).toBeNull();
    const m = centroid([LONGHUA, FUTIAN])!;
    expect(m.lat).toBeCloseTo((LONGHUA.lat + FUTIAN.lat) / 2, 10);
    expect(m.lng).toBeCloseTo((LONGHUA.lng + FUTIAN.lng) / 2, 10);
  });

  it('measures great-circle distances (龙华 to 福田 about 15 km)', () => {
    expect(metresBetween(LONGHUA, LONGHUA)).toBe(0);
    expect(metresBetween(LONGHUA, FUTIAN)).toBeGreaterThan(14_000);
    expect(metresBetween(LONGHUA, FUTIAN)).toBeLessThan(16_000);
  });

  it('ranks places nearest first, leaving out those without a location, up to the limit', () => {
    const places = [
      { name: '龙岗', location: LONGGANG },
      { name: '无坐标', location: null },
      { name: '福田', location: FUTIAN },
      { name: '龙华', location: LONGHUA },
    ];
    expect(nearest(places, FUTIAN, 2).map((r) => r.place.name)).toEqual(['福田', '龙华']);
    expect(nearest(places, FUTIAN, 10).map((r) => r.place.name)).toEqual(['福田', '龙华', '龙岗']);
  });
});

describe('layoutMap', () => {
  const place = (id: string, district: string, location: { lat: number; lng: number } | null) => ({ id, district, location });

  it('draws one city in one frame, naming each district at the centroid of its places', () => {
    const layout = layoutMap([place('a', '龙华区', LONGHUA), place('b', '福田区', FUTIAN), place('c', '龙岗区', LONGGANG), place('d', '龙华区', null)], box);
    expect(layout.panels).toHaveLength(1);
    expect(layout.points.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(layout.labels.map((l) => l.district)).toEqual(['龙华区', '福田区', '龙岗区']);
    const a = layout.points.find((p) => p.id === 'a')!;
    expect(layout.labels.find((l) => l.district === '龙华区')).toMatchObject({ x: a.x, y: a.y, anchor: 'middle' });
  });

  it("names a district alone in its frame in the frame's top left corner, clear of its places", () => {
    const layout = layoutMap([place('a', '龙华区', LONGHUA), place('b', '龙华区', { lat: LONGHUA.lat + 0.02, lng: LONGHUA.lng + 0.03 })], box);
    expect(layout.labels).toEqual([{ district: '龙华区', x: 16, y: 42, anchor: 'start' }]);
    for (const p of layout.points) expect(p.y > 42 || p.x > 16 + 3 * 26).toBe(true);
  });

  it('gives districts of different cities a frame each, side by side', () => {
    const HAIKOU = { lat: 20.03, lng: 110.33 };
    const layout = layoutMap([place('a', '龙华区', LONGHUA), place('b', '福田区', FUTIAN), place('h', '海口龙华区', HAIKOU)], box);
    // Shenzhen's two districts are 15 km apart, Haikou 450 km: every district is a frame.
    expect(layout.panels).toHaveLength(3);
    for (const p of layout.points) {
      const frame = layout.panels.find((f) => p.x >= f.x && p.x <= f.x + f.width && p.y >= f.y && p.y <= f.y + f.height);
      expect(frame, p.id).toBeDefined();
    }
  });
});
