// A cover image or portrait: a photo uploaded here (POST /media, through ImageUpload), which the
// content keeps by its stable path /media/<name>, or the address of a picture elsewhere (an
// https:// URL or a path on this site), with a small view of it.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { Field } from './Field';
import { ImageUpload, type ImagePurpose, type UploadedImage } from './ImageUpload';

interface Props {
  name: string;
  label: string;
  /** The upload box's heading. */
  uploadLabel: string;
  hint: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  locale: Locale;
  purpose: Extract<ImagePurpose, 'COVER' | 'PORTRAIT'>;
  /** The team the picture is for; platform staff's own content has none. */
  organizationId?: string | null;
}

/** The stable path of an upload: its stored name under /media/, wherever the file itself is kept. */
const mediaPath = (image: UploadedImage) => `/media/${image.url.split('/').pop() ?? ''}`;

export function CoverField({ name, label, uploadLabel, hint, value, onValue, error, locale, purpose, organizationId }: Props) {
  const [uploaded, setUploaded] = useState<UploadedImage | null>(null);
  const shown = !uploaded && /^(https?:\/\/|\/(?!\/))\S+$/.test(value.trim()) ? value.trim() : null;
  return (
    <div class="cover-field">
      <ImageUpload
        locale={locale}
        purpose={purpose}
        organizationId={organizationId ?? undefined}
        value={uploaded}
        alt={false}
        label={uploadLabel}
        onChange={(image) => {
          setUploaded(image);
          onValue(image ? mediaPath(image) : '');
        }}
      />
      <Field
        name={name}
        label={label}
        hint={hint}
        value={value}
        onValue={(v) => (setUploaded(null), onValue(v))}
        error={error}
        optional
        maxLength={500}
        locale={locale}
      />
      {shown && <img class="cover-field-image" src={shown} alt="" width="240" height="126" loading="lazy" referrerpolicy="no-referrer" />}
    </div>
  );
}
