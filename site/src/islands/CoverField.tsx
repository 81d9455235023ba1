// A cover image or portrait, for now as its URL (an https:// address or a path on this site),
// with a small view of it. One component of its own, so an image upload can take its place.
import type { Locale } from '../i18n/locales';
import { Field } from './Field';

interface Props {
  name: string;
  label: string;
  hint: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  locale: Locale;
}

export function CoverField({ name, label, hint, value, onValue, error, locale }: Props) {
  const shown = /^(https?:\/\/|\/(?!\/))\S+$/.test(value.trim()) ? value.trim() : null;
  return (
    <div class="cover-field">
      <Field name={name} label={label} hint={hint} value={value} onValue={onValue} error={error} optional maxLength={500} locale={locale} />
      {shown && <img class="cover-field-image" src={shown} alt="" width="240" height="126" loading="lazy" referrerpolicy="no-referrer" />}
    </div>
  );
}
