// The 10-minute service circle (/nearby/): with the visitor's consent, the browser's location
// goes to the API once (`projects(filter: { near, startsAfter })` and the open service requests'
// `serviceRequests(filter: { near })`, nearest first) and the upcoming activities and the needs
// waiting for volunteers within the chosen circle are listed with their distance. Nothing is asked
// before the button is pressed, and the location is kept nowhere. Its words come as a prop from
// the page (i18n/messages.ts `nearbyPage.island`), so each language ships only its own.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NearbyProjectsDocument, type NearbyProjectsQuery } from '../gql/graphql';
import { request } from '../lib/graphql-client';
import { metresBetween } from '../lib/map-projection';
import './forms.css';
import './nearby-projects.css';

const operation = /* GraphQL */ `
  query NearbyProjects($near: NearInput!, $after: DateTime!) {
    projects(first: 30, filter: { near: $near, startsAfter: $after }) {
      nodes {
        id
        title
        district
        address
        location {
          lat
          lng
        }
        organization {
          name
        }
        shifts {
          id
          startsAt
          endsAt
          remaining
        }
      }
    }
    serviceRequests(first: 30, filter: { near: $near }) {
      nodes {
        id
        title
        district
        address
        volunteersNeeded
        volunteersClaimed
        location {
          lat
          lng
        }
      }
    }
  }
`;

export interface NearbyWords {
  locate: string;
  again: string;
  radius: string;
  radii: [number, string][];
  locating: string;
  searching: string;
  found: string;
  foundOne: string;
  none: string;
  denied: string;
  unavailable: string;
  unsupported: string;
  failed: string;
  metres: string;
  kilometres: string;
  remaining: string;
  full: string;
  results: string;
  needs: string;
  stillNeeded: string;
}

interface Props {
  words: NearbyWords;
  /** BCP 47 tag for dates and numbers: zh-CN or en. */
  locale: string;
  /** Path prefix of this language: '' or '/en'. */
  prefix: string;
}

type Project = NearbyProjectsQuery['projects']['nodes'][number];
type Found = { project: Project; metres: number; next: Project['shifts'][number] };
type Need = NearbyProjectsQuery['serviceRequests']['nodes'][number];
type FoundNeed = { need: Need; metres: number };
type State = { step: 'idle' | 'locating' | 'searching' } | { step: 'failed'; text: string } | { step: 'done'; km: number; found: Found[]; needs: FoundNeed[] };

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

const formats = new Map<string, { when: Intl.DateTimeFormat; number: Intl.NumberFormat }>();

/** The island's date and number formats for a locale, made once (not on every render). */
function formatsFor(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    f = {
      // English dates as the rest of the English site writes them (Fri 11 Dec).
      when: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
        timeZone: 'Asia/Shanghai',
        month: 'short',
        day: 'numeric',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    };
    formats.set(locale, f);
  }
  return f;
}

function position(): Promise<{ lat: number; lng: number }> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition((p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }), reject, {
      enableHighAccuracy: false,
      timeout: 15_000,
      maximumAge: 300_000,
    }),
  );
}

export function NearbyProjects({ words: w, locale, prefix }: Props) {
  const [radius, setRadius] = useState(w.radii[1]?.[0] ?? 3);
  const [state, setState] = useState<State>({ step: 'idle' });
  const results = useRef<HTMLHeadingElement | null>(null);
  // Rendered at build time with the controls disabled: they work once the island runs.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const { when, number } = formatsFor(locale);

  const find = async () => {
    if (!('geolocation' in navigator)) return setState({ step: 'failed', text: w.unsupported });
    setState({ step: 'locating' });
    let here: { lat: number; lng: number };
    try {
      here = await position();
    } catch (error) {
      return setState({ step: 'failed', text: (error as GeolocationPositionError).code === 1 ? w.denied : w.unavailable });
    }
    setState({ step: 'searching' });
    const now = new Date();
    const res = await request(NearbyProjectsDocument, { near: { ...here, radiusKm: radius }, after: now.toISOString() });
    if (!res.ok) return setState({ step: 'failed', text: w.failed });
    const found = res.data.projects.nodes.flatMap((project): Found[] => {
      const next = project.shifts.find((s) => new Date(s.startsAt) > now);
      return project.location && next ? [{ project, next, metres: metresBetween(here, project.location) }] : [];
    });
    const needs = res.data.serviceRequests.nodes.flatMap((need): FoundNeed[] => (need.location ? [{ need, metres: metresBetween(here, need.location) }] : []));
    setState({ step: 'done', km: radius, found, needs });
    requestAnimationFrame(() => results.current?.focus());
  };

  // To the nearest 10 m below a kilometre, else to a tenth of a kilometre.
  const distanceText = (metres: number) => {
    const rounded = Math.max(10, Math.round(metres / 10) * 10);
    return rounded < 1000 ? fill(w.metres, { n: rounded }) : fill(w.kilometres, { n: number.format(metres / 1000) });
  };
  const busy = !ready || state.step === 'locating' || state.step === 'searching';
  const status =
    state.step === 'locating'
      ? w.locating
      : state.step === 'searching'
        ? w.searching
        : state.step === 'failed'
          ? state.text
          : state.step === 'done'
            ? fill(state.found.length === 0 ? w.none : state.found.length === 1 ? w.foundOne : w.found, { n: state.found.length, km: state.km })
            : '';
  return (
    <div class="nearby">
      <div class="nearby-controls">
        <label for="nearby-radius">{w.radius}</label>
        <select id="nearby-radius" value={radius} onChange={(e) => setRadius(Number(e.currentTarget.value))} disabled={busy}>
          {w.radii.map(([km, label]) => (
            <option key={km} value={km}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" class="form-submit" onClick={find} disabled={busy} aria-busy={ready && busy}>
          {state.step === 'done' || state.step === 'failed' ? w.again : w.locate}
        </button>
      </div>
      <p class={`nearby-status${state.step === 'failed' ? ' nearby-status-error' : ''}`} role="status" aria-live="polite">
        {status}
      </p>
      {state.step === 'done' && state.found.length > 0 && (
        <>
          <h2 class="visually-hidden" tabIndex={-1} ref={results}>
            {w.results}
          </h2>
          <ol class="nearby-list">
            {state.found.map(({ project, next, metres }) => (
              <li key={project.id} class="nearby-item" data-project={project.id}>
                <p class="nearby-distance" data-metres={Math.round(metres)}>
                  {distanceText(metres)}
                </p>
                <h3 class="nearby-title" lang="zh-CN">
                  <a href={`${prefix}/projects/${project.id}/`}>{project.title}</a>
                </h3>
                <p class="nearby-meta">
                  <time dateTime={next.startsAt}>{when.format(new Date(next.startsAt))}</time>
                  <span>{next.remaining > 0 ? fill(w.remaining, { n: next.remaining }) : w.full}</span>
                </p>
                <p class="nearby-meta" lang="zh-CN">
                  <span>{project.organization.name}</span>
                  {(project.address || project.district) && <span>{project.address || project.district}</span>}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {state.step === 'done' && state.needs.length > 0 && (
        <>
          <h2 class="nearby-needs">{w.needs}</h2>
          <ol class="nearby-list">
            {state.needs.map(({ need, metres }) => (
              <li key={need.id} class="nearby-item nearby-need" data-request={need.id}>
                <p class="nearby-distance" data-metres={Math.round(metres)}>
                  {distanceText(metres)}
                </p>
                <h3 class="nearby-title" lang="zh-CN">
                  <a href={`${prefix}/requests/${need.id}/`}>{need.title}</a>
                </h3>
                <p class="nearby-meta">
                  <span>{fill(w.stillNeeded, { n: need.volunteersNeeded - need.volunteersClaimed })}</span>
                </p>
                <p class="nearby-meta" lang="zh-CN">
                  <span>{need.address || need.district}</span>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
