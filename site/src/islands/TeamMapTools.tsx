// The teams' map's tools (/organizations/): filters by district and kind that hide the map's
// marks and the directory's entries together (both are static HTML with data-* attributes; without
// JavaScript the whole directory shows), the nearest organisations to the visitor's location or to
// a chosen district (`organizations(filter: { near })`, nearest first), and, only when the build
// has a tile provider, a tiled map (Leaflet, loaded on demand) in place of the schematic one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NearestTeamsDocument, type NearestTeamsQuery } from '../gql/graphql';
import { request } from '../lib/graphql-client';
import { nearest, type LatLng } from '../lib/map-projection';
import type { MapTiles } from '../lib/map-tiles';
import type * as Leaflet from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?url';
import leafletJs from 'leaflet/dist/leaflet.js?url';
import './forms.css';
import './nearby-projects.css';
import './team-map.css';

// Read by codegen; the island sends the typed document it generates (like NearbyProjects).
const operation = /* GraphQL */ `
  query NearestTeams($near: NearInput!) {
    organizations(first: 5, filter: { near: $near }) {
      nodes {
        id
        slug
        name
        district
        location {
          lat
          lng
        }
      }
    }
  }
`;

export interface TeamMapWords {
  filter: string;
  district: string;
  kind: string;
  all: string;
  shown: string;
  nearest: string;
  here: string;
  orDistrict: string;
  choose: string;
  find: string;
  locating: string;
  searching: string;
  denied: string;
  unavailable: string;
  failed: string;
  none: string;
  metres: string;
  kilometres: string;
  tiles: string;
}

interface Props {
  words: TeamMapWords;
  /** Each district with the centroid of its places (where "nearest to a district" measures from). */
  districts: { name: string; lat: number; lng: number }[];
  kinds: [value: string, label: string][];
  locale: string;
  /** Path prefix of this language: '' or '/en'. */
  prefix: string;
  tiles: MapTiles | null;
}

type Team = NearestTeamsQuery['organizations']['nodes'][number];
type Near = { step: 'idle' | 'locating' | 'searching' } | { step: 'failed'; text: string } | { step: 'done'; found: { place: Team; metres: number }[] };

const fill = (template: string, n: string | number) => template.replace('{n}', String(n));

/** The map's marks and the directory's entries, each with data-district and data-kind. */
const filtered = () => document.querySelectorAll<HTMLElement | SVGElement>('[data-team-map] [data-place], [data-directory] [data-kind]');

function position(): Promise<LatLng> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition((p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }), reject, {
      timeout: 15_000,
      maximumAge: 300_000,
    }),
  );
}

/**
 * Leaflet and its stylesheet, added to the page once, as files of the build (same origin). Not a
 * dynamic import: that would bring Vite's preload helper into the runtime every island shares.
 */
function loadLeaflet(): Promise<typeof Leaflet> {
  const global = window as unknown as { L?: typeof Leaflet };
  if (global.L) return Promise.resolve(global.L);
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletCss }));
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: leafletJs });
    script.onload = () => resolve(global.L!);
    script.onerror = reject;
    document.head.append(script);
  });
}

export function TeamMapTools({ words: w, districts, kinds, locale, prefix, tiles }: Props) {
  const [district, setDistrict] = useState('');
  const [kind, setKind] = useState('');
  const [shown, setShown] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [near, setNear] = useState<Near>({ step: 'idle' });
  const [ready, setReady] = useState(false);
  const tileBox = useRef<HTMLDivElement | null>(null);
  useEffect(() => setReady(true), []);

  // Filters: each mark and entry shows when it matches; sections left empty hide too.
  useEffect(() => {
    if (!ready) return;
    for (const el of filtered()) {
      const on = (!district || el.dataset.district === district) && (!kind || el.dataset.kind === kind || el.dataset.kind === 'STATION');
      el.classList.toggle('map-off', !on);
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-directory] section[data-district]')) {
      section.classList.toggle('map-off', !section.querySelector('li[data-kind]:not(.map-off)'));
    }
    // What a reader sees: an entry under a hidden one is hidden too.
    setShown([...document.querySelectorAll('[data-directory] li[data-kind]')].filter((li) => !li.closest('.map-off')).length);
  }, [ready, district, kind]);

  // The tiled map, when the build has a provider: Leaflet is fetched only then.
  useEffect(() => {
    if (!ready || !tiles || !tileBox.current) return;
    let map: { remove: () => void } | null = null;
    let gone = false;
    void (async () => {
      const L = await loadLeaflet();
      if (gone || !tileBox.current) return;
      const m = L.map(tileBox.current, { scrollWheelZoom: false });
      L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18, subdomains: tiles.subdomains }).addTo(m);
      const bounds: [number, number][] = [];
      for (const el of document.querySelectorAll<SVGElement>('[data-team-map] [data-place]')) {
        const at: [number, number] = [Number(el.dataset.lat), Number(el.dataset.lng)];
        bounds.push(at);
        const station = el.dataset.kind === 'STATION';
        L.circleMarker(at, { radius: station ? 8 : 6, color: '#fff', weight: 2, fillOpacity: 1, fillColor: getComputedStyle(el).fill || '#333' })
          .bindTooltip(el.querySelector('title')?.textContent ?? '')
          .addTo(m);
      }
      if (bounds.length) m.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
      else m.setView([35, 105], 4);
      tileBox.current.closest('[data-team-map]')?.classList.add('has-tiles');
      map = m;
    })();
    return () => {
      gone = true;
      map?.remove();
    };
  }, [ready, tiles]);

  const search = async (where: () => Promise<LatLng>) => {
    setNear({ step: 'locating' });
    let here: LatLng;
    try {
      here = await where();
    } catch (error) {
      return setNear({ step: 'failed', text: (error as GeolocationPositionError).code === 1 ? w.denied : w.unavailable });
    }
    setNear({ step: 'searching' });
    const res = await request(NearestTeamsDocument, { near: { ...here, radiusKm: 100 } });
    if (!res.ok) return setNear({ step: 'failed', text: w.failed });
    setNear({ step: 'done', found: nearest(res.data.organizations.nodes, here, 5) });
  };
  const fromHere = () => (navigator.geolocation ? search(position) : setNear({ step: 'failed', text: w.unavailable }));
  const fromDistrict = (e: Event) => {
    e.preventDefault();
    const d = districts.find((x) => x.name === from);
    if (d) void search(async () => ({ lat: d.lat, lng: d.lng }));
  };
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const distance = (m: number) => (m < 1000 ? fill(w.metres, Math.max(10, Math.round(m / 10) * 10)) : fill(w.kilometres, number.format(m / 1000)));
  const busy = !ready || near.step === 'locating' || near.step === 'searching';
  const status =
    near.step === 'locating'
      ? w.locating
      : near.step === 'searching'
        ? w.searching
        : near.step === 'failed'
          ? near.text
          : near.step === 'done' && !near.found.length
            ? w.none
            : '';

  return (
    <div class="team-tools">
      {tiles && <div class="team-tiles" ref={tileBox} role="region" aria-label={w.tiles} />}
      <fieldset class="team-filter nearby-controls">
        <legend>{w.filter}</legend>
        <label>
          {w.district}
          <select value={district} disabled={!ready} onChange={(e) => setDistrict(e.currentTarget.value)} data-filter="district">
            <option value="">{w.all}</option>
            {districts.map((d) => (
              <option key={d.name} value={d.name} lang="zh-CN">
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.kind}
          <select value={kind} disabled={!ready} onChange={(e) => setKind(e.currentTarget.value)} data-filter="kind">
            <option value="">{w.all}</option>
            {kinds.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <p class="team-shown" role="status">
          {shown === null ? '' : fill(w.shown, shown)}
        </p>
      </fieldset>
      <section class="team-nearest" aria-labelledby="team-nearest-h">
        <h2 id="team-nearest-h">{w.nearest}</h2>
        <form class="nearby-controls" onSubmit={fromDistrict}>
          <button type="button" class="form-submit" onClick={fromHere} disabled={busy}>
            {w.here}
          </button>
          <label for="team-from">{w.orDistrict}</label>
          <select id="team-from" value={from} disabled={busy} onChange={(e) => setFrom(e.currentTarget.value)}>
            <option value="">{w.choose}</option>
            {districts.map((d) => (
              <option key={d.name} value={d.name} lang="zh-CN">
                {d.name}
              </option>
            ))}
          </select>
          <button type="submit" class="signup-more" disabled={busy || !from}>
            {w.find}
          </button>
        </form>
        <p class={`nearby-status${near.step === 'failed' ? ' nearby-status-error' : ''}`} role="status" aria-live="polite">
          {status}
        </p>
        {near.step === 'done' && near.found.length > 0 && (
          <ol class="nearby-list" data-nearest>
            {near.found.map(({ place, metres }) => (
              <li key={place.id} class="nearby-item">
                <p class="nearby-distance">{distance(metres)}</p>
                <h3 class="nearby-title" lang="zh-CN">
                  <a href={`${prefix}/organizations/${place.slug}/`}>{place.name}</a>
                </h3>
                {place.district && (
                  <p class="nearby-meta" lang="zh-CN">
                    {place.district}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
