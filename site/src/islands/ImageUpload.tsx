// One photo upload, for any form: choose a file (or drop it on the box), see it, watch it go up
// to POST /media, and (unless `alt={false}`) describe it. Refusals (not a photo, too big, signed
// out…) are said in the page's language, a photo's refusals in the words of the API's reasons
// (lib/error-words, loaded when one happens). Its own words and styles otherwise.
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
import { errorText } from '../lib/api-messages';
import type { ApiError } from '../lib/graphql-client';
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

const MAX_BYTES = 10 * 1024 * 1024;
let counter = 0;

type Progress = { tone: 'info' | 'error' | 'success'; text: string; percent?: number } | null;

interface MediaAnswer {
  image?: { id: string; url: string; width: number; height: number };
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/** A refusal of the file, as the error its sentence is chosen by. */
const fileError = (reason: string, details: Record<string, unknown> = {}): ApiError => ({
  message: '',
  code: 'BAD_USER_INPUT',
  field: 'file',
  reason,
  details: { ...details, reason },
});

/** Sends the file with upload progress (fetch reports none), as the API's own pages do: same origin, with the CSRF header. */
function send(form: FormData, onProgress: (percent: number) => void): Promise<{ status: number; body: MediaAnswer | null }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/media');
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.responseType = 'json';
    xhr.timeout = 120_000;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: (xhr.response as MediaAnswer | null) ?? null });
    xhr.onerror = xhr.ontimeout = () => resolve({ status: 0, body: null });
    xhr.send(form);
  });
}

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
    if (file.size === 0) return refuse(await errorText(fileError('EMPTY'), locale));
    if (file.size > MAX_BYTES) return refuse(await errorText(fileError('TOO_LARGE', { maxBytes: MAX_BYTES }), locale));
    setLocal(URL.createObjectURL(file));
    setBusy(true);
    setProgress({ tone: 'info', text: w.uploading(0), percent: 0 });
    const form = new FormData();
    form.append('purpose', purpose);
    if (organizationId) form.append('organizationId', organizationId);
    form.append('file', file);
    const { status, body } = await send(form, (percent) => setProgress({ tone: 'info', text: percent < 100 ? w.uploading(percent) : w.processing, percent }));
    setBusy(false);
    if (input.current) input.current.value = '';
    if (body?.image) {
      setLocal(null);
      setProgress({ tone: 'success', text: w.done });
      return onChange({ ...body.image, alt: value?.alt ?? '' });
    }
    const { code, reason } = body?.errors?.[0]?.extensions ?? {};
    refuse(
      status === 0
        ? w.network
        : code === 'BAD_USER_INPUT' && typeof reason === 'string'
          ? await errorText(fileError(reason, body?.errors?.[0]?.extensions), locale)
          : status === 413
            ? await errorText(fileError('TOO_LARGE', { maxBytes: MAX_BYTES }), locale)
            : code === 'UNAUTHENTICATED'
              ? w.signIn
              : code === 'FORBIDDEN'
                ? w.forbidden
                : w.failed,
    );
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
