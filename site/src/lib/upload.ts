// Sending one photo to an upload route of the API (POST /media, POST /card/photo): same origin,
// with the CSRF header, with upload progress (fetch reports none), and any refusal as one sentence
// in the page's language: a photo's refusals in the words of the API's reasons (lib/error-words,
// loaded when one happens), the rest in the caller's words.
import type { Locale } from '../i18n/locales';
import { errorText } from './api-messages';
import type { ApiError } from './graphql-client';

/** Largest photo the API takes (api/src/modules/image/image-processing.ts). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What a refusal other than the photo's own is called, in the caller's words. */
export interface UploadWords {
  signIn: string;
  forbidden: string;
  network: string;
  failed: string;
}

export type UploadResult<T> = { ok: true; body: T } | { ok: false; text: string };

interface Refusal {
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

function post(path: string, form: FormData, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.responseType = 'json';
    xhr.timeout = 120_000;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response ?? null });
    xhr.onerror = xhr.ontimeout = () => resolve({ status: 0, body: null });
    xhr.send(form);
  });
}

/**
 * Sends `file` (the form's field `file`, after `fields`) to `path`; the answer's body when it has
 * `answerKey` (`image`, `photo`), else why not. An empty or too large file is refused unsent.
 */
export async function uploadPhoto<T extends object>(
  path: string,
  file: File,
  fields: Record<string, string>,
  answerKey: keyof T & string,
  { locale, words, onProgress = () => {} }: { locale: Locale; words: UploadWords; onProgress?: (percent: number) => void },
): Promise<UploadResult<T>> {
  if (file.size === 0) return { ok: false, text: await errorText(fileError('EMPTY'), locale) };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, text: await errorText(fileError('TOO_LARGE', { maxBytes: MAX_UPLOAD_BYTES }), locale) };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file);
  const { status, body } = await post(path, form, onProgress);
  if (body && typeof body === 'object' && answerKey in body) return { ok: true, body: body as T };
  const extensions = (body as Refusal | null)?.errors?.[0]?.extensions ?? {};
  const { code, reason } = extensions;
  const text =
    status === 0
      ? words.network
      : code === 'BAD_USER_INPUT' && typeof reason === 'string'
        ? await errorText(fileError(reason, extensions), locale)
        : status === 413
          ? await errorText(fileError('TOO_LARGE', { maxBytes: MAX_UPLOAD_BYTES }), locale)
          : code === 'UNAUTHENTICATED'
            ? words.signIn
            : code === 'FORBIDDEN'
              ? words.forbidden
              : words.failed;
  return { ok: false, text };
}
