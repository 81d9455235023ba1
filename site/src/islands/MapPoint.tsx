// The map point of a place (a team's address, an activity, a need): latitude and longitude,
// typed or filled by "use my location", optional as a pair. What the nearby page and the
// 10-minute service circle find things by.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { Field } from './Field';
import { MAP_POINT_WORDS } from './words/map-point';
import './forms.css';
import './my-account.css';

export interface PointValues {
  lat: string;
  lng: string;
}

/** The two boxes as the API's `location`: null when both are blank (the API checks the numbers). */
export function pointInput({ lat, lng }: PointValues): { lat: number; lng: number } | null {
  const a = lat.trim();
  const b = lng.trim();
  return a || b ? { lat: Number(a), lng: Number(b) } : null;
}

/** The form's box for a field the API names: location.lat is the latitude box. */
export function pointField(apiField: string): string {
  return apiField.replace(/^location\./, '');
}

interface Props extends PointValues {
  change: (field: 'lat' | 'lng', value: string) => void;
  errors: Partial<Record<'lat' | 'lng', string>>;
  locale: Locale;
}

export function MapPoint({ lat, lng, change, errors, locale }: Props) {
  const w = MAP_POINT_WORDS[locale];
  const [where, setWhere] = useState<string | null>(null);
  const locate = () => {
    if (!navigator.geolocation) return setWhere(w.noLocation);
    setWhere(w.locating);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        change('lat', p.coords.latitude.toFixed(6));
        change('lng', p.coords.longitude.toFixed(6));
        setWhere(w.located);
      },
      () => setWhere(w.noLocation),
      { timeout: 10_000 },
    );
  };
  return (
    <>
      <div class="form-row">
        <Field
          name="lat"
          label={w.lat}
          value={lat}
          onValue={(v) => change('lat', v)}
          error={errors.lat}
          optional
          inputMode="numeric"
          maxLength={12}
          locale={locale}
        />
        <Field
          name="lng"
          label={w.lng}
          value={lng}
          onValue={(v) => change('lng', v)}
          error={errors.lng}
          optional
          inputMode="numeric"
          maxLength={13}
          locale={locale}
        />
      </div>
      <p class="form-locate">
        <button type="button" class="signup-more" onClick={locate}>
          {w.here}
        </button>
        <span role="status">{where ?? w.hint}</span>
      </p>
    </>
  );
}
