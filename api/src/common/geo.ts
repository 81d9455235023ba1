// "Near a place" for any table with lat/lng columns: validation of the point and radius, the SQL
// that filters and orders by distance on the earth's surface (earthdistance, no PostGIS), and
// the same distance computed here so keyset cursors can carry it.
//
// Indexes and queries use `earth_point(lat, lng)` (Migration20261204061000_earth_point), not
// earthdistance's `ll_to_earth`: that function's body names `earth()` and `cube()` without a
// schema, so an index on it cannot be rebuilt under pg_restore's empty search_path.
import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors.js';
import { Reason } from './error-reasons.js';

@ObjectType('GeoPoint', { description: 'WGS-84 coordinates' })
export class GeoPoint {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@InputType('NearInput')
export class NearInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
  @Field(() => Float, { description: '0.1..100 km' }) radiusKm!: number;
}

/** A map point from input, checked (each coordinate's error names its field under `field`); null when none was given. */
export function checkGeoPoint(point: GeoPointInput | null | undefined, field = 'location'): { lat: number | null; lng: number | null } {
  if (!point) return { lat: null, lng: null };
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90)
    throw new BadUserInputError(`${field}.lat`, Reason.OUT_OF_RANGE, 'lat must be -90..90', { min: -90, max: 90 });
  if (!Number.isFinite(point.lng) || point.lng < -180 || point.lng > 180)
    throw new BadUserInputError(`${field}.lng`, Reason.OUT_OF_RANGE, 'lng must be -180..180', { min: -180, max: 180 });
  return { lat: point.lat, lng: point.lng };
}

export interface NearPoint {
  lat: number;
  lng: number;
  radiusKm: number;
}

/** Refuses a point or radius out of range, naming the field under `field` (e.g. `filter.near`). */
export function checkNear(near: NearPoint, field = 'filter.near'): NearPoint {
  const { lat, lng, radiusKm } = near;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90)
    throw new BadUserInputError(`${field}.lat`, Reason.OUT_OF_RANGE, 'lat must be -90..90', { min: -90, max: 90 });
  if (!Number.isFinite(lng) || lng < -180 || lng > 180)
    throw new BadUserInputError(`${field}.lng`, Reason.OUT_OF_RANGE, 'lng must be -180..180', { min: -180, max: 180 });
  if (!Number.isFinite(radiusKm) || radiusKm < 0.1 || radiusKm > 100)
    throw new BadUserInputError(`${field}.radiusKm`, Reason.OUT_OF_RANGE, 'radiusKm must be 0.1..100', { min: 0.1, max: 100 });
  return { lat: Number(lat), lng: Number(lng), radiusKm: Number(radiusKm) };
}

/**
 * SQL for rows of `alias` within the radius (`where`, which a GiST index on
 * `earth_point(lat, lng)` serves) and their distance in metres rounded to 0.1 (`distance`).
 * The numbers are validated (checkNear) and written into the SQL, so the same expression can
 * order and page.
 */
export function nearSql(alias: string, near: NearPoint): { where: string; distance: string } {
  const { lat, lng, radiusKm } = checkNear(near);
  const here = `earth_point(${lat}, ${lng})`;
  const there = `earth_point(${alias}.lat, ${alias}.lng)`;
  const metres = Math.round(radiusKm * 1000);
  return {
    where: `${alias}.lat is not null and ${alias}.lng is not null and earth_box(${here}, ${metres}) @> ${there} and earth_distance(${here}, ${there}) <= ${metres}`,
    distance: `round(earth_distance(${here}, ${there})::numeric, 1)`,
  };
}

// earthdistance's sphere (cube's earth radius), so cursors carry the distance SQL orders by.
const EARTH_RADIUS_M = 6378168;

export function roundedEarthDistance(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const point = (lat: number, lng: number) => {
    const φ = (lat * Math.PI) / 180;
    const λ = (lng * Math.PI) / 180;
    return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)].map((c) => c * EARTH_RADIUS_M);
  };
  const a = point(lat1, lng1);
  const b = point(lat2, lng2);
  const chord = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  const metres = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, chord / (2 * EARTH_RADIUS_M)));
  return Math.round(metres * 10) / 10;
}
