// One photo upload, for any form: choose a file (or drop it on the box), see it, watch it go up
// to POST /media (lib/upload.ts), and (unless `alt={false}`) describe it. Refusals (not a photo,
// too big, signed out…) are said in the page's language. Its own words and styles otherwise.
//
//   <ImageUpload locale="zh-CN" purpose="COVER" organizationId={team.id}
//     value={cover} onChange={setCover} />
//
// - `purpose`: LOGO, PHOTO, COVER, PORTRAIT or STORY (what the API files it under).
// - `organizationId`: the team the photo is for; platform staff may leave it out.
// - `value`: the uploaded image (`UploadedImage`) or null; `onChange` gets the next one, or null when removed.
// - `alt` (default true): show the description field (its text is `value.alt`).
// - `label`: the box's heading (default: none).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { uploadPhoto } from '../lib/upload';
import { IMAGE_UPLOAD_WORDS } from './words/image-upload';
import './image-upload.css';

export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
  alt: string;
}

export type ImagePurpose = 'LOGO' | 'PHOTO' | 'COVER' | 'PORTRAIT' | 'STORY';

export interface ImageUploadProps {
  locale: Locale;
  purpose: ImagePurpose;
  organizationId?: string;
  value: UploadedImage | null;
  onChange: (image: UploadedImage | null) => void;
  alt?: boolean;
  label?: string;
}

let counter = 0;

type Progress = { tone: 'info' | 'error' | 'success'; text: string; percent?: number } | null;

export function ImageUpload({ locale, purpose, organizationId, value, onChange, alt = true, label }: ImageUploadProps) {
  const w = IMAGE_UPLOAD_WORDS[locale];
  const [id] = useState(() => `image-upload-${++counter}`);
  const [progress, setProgress] = useState<Progress>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [local, setLocal] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => void (local && URL.revokeObjectURL(local)), [local]);

  const refuse = (text: string) => (setProgress({ tone: 'error', text }), setLocal(null));

  const upload = async (file: File) => {
    if (busy) return;
    setLocal(URL.createObjectURL(file));
    setBusy(true);
    setProgress({ tone: 'info', text: w.uploading(0), percent: 0 });
    const fields: Record<string, string> = { purpose, ...(organizationId ? { organizationId } : {}) };
    const result = await uploadPhoto<{ image: Omit<UploadedImage, 'alt'> }>('/media', file, fields, 'image', {
      locale,
      words: w,
      onProgress: (percent) => setProgress({ tone: 'info', text: percent < 100 ? w.uploading(percent) : w.processing, percent }),
    });
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!result.ok) return refuse(result.text);
    setLocal(null);
    setProgress({ tone: 'success', text: w.done });
    onChange({ ...result.body.image, alt: value?.alt ?? '' });
  };

  const shown = local ?? value?.url ?? null;
  return (
    <div class="image-upload" data-dragging={dragging || undefined} data-busy={busy || undefined}>
      {label && <p class="image-upload-label">{label}</p>}
      <div
        class="image-upload-zone"
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void upload(file);
        }}
      >
        {shown && (
          <img
            class="image-upload-preview"
            src={shown}
            alt={value?.alt || w.preview}
            width={value && !local ? value.width : undefined}
            height={value && !local ? value.height : undefined}
            // A phone's HEIC photo has no preview in most browsers until the server has converted it.
            onError={(e) => (e.currentTarget.hidden = true)}
            onLoad={(e) => (e.currentTarget.hidden = false)}
          />
        )}
        <div class="image-upload-actions">
          <input
            ref={input}
            id={id}
            class="image-upload-input"
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
            disabled={busy}
            aria-describedby={`${id}-hint ${id}-status`}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void upload(file);
            }}
          />
          <label for={id} class="image-upload-choose">
            {value ? w.replace : w.choose}
          </label>
          <span class="image-upload-drop">{w.drop}</span>
          {value && !busy && (
            <button type="button" class="image-upload-remove" onClick={() => (onChange(null), setProgress({ tone: 'info', text: w.removed }))}>
              {w.remove}
            </button>
          )}
        </div>
        <p id={`${id}-hint`} class="image-upload-hint">
          {w.hint}
        </p>
        {busy && progress?.percent !== undefined && <progress class="image-upload-progress" max={100} value={progress.percent} aria-hidden="true" />}
        <p id={`${id}-status`} class="image-upload-status" data-tone={progress?.tone} role={progress?.tone === 'error' ? 'alert' : 'status'}>
          {progress?.text}
        </p>
      </div>
      {alt && value && (
        <div class="image-upload-alt">
          <label for={`${id}-alt`}>{w.alt}</label>
          <p id={`${id}-alt-hint`} class="image-upload-hint">
            {w.altHint}
          </p>
          <input
            id={`${id}-alt`}
            type="text"
            maxLength={200}
            value={value.alt}
            aria-describedby={`${id}-alt-hint`}
            onInput={(e) => onChange({ ...value, alt: e.currentTarget.value })}
          />
        </div>
      )}
    </div>
  );
}
