// Sending one of the islands' forms (the back office, the account settings): the operation's
// data, or the failure as a sentence in the page's language with the input field it is about (so
// the form shows it beside that field).
import type { AnyVariables } from '@urql/core';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { Locale } from '../i18n/locales';
import { failureText, type FieldSentences } from './api-messages';
import { chinaWallClock, fromChinaWallClock } from './china-time';
import { request } from './graphql-client';

export type Sent<T> = { ok: true; data: T } | { ok: false; text: string; field: string | null };

export async function send<TData, TVariables extends AnyVariables>(
  operation: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
  locale: Locale,
  own?: FieldSentences,
): Promise<Sent<TData>> {
  const result = await request(operation, variables);
  if (result.ok) return { ok: true, data: result.data };
  const field = result.network ? null : (result.errors[0].field ?? null);
  return { ok: false, text: await failureText(result, locale, own), field };
}

/** A China-time date-and-time input's value ("2026-12-12T09:00") as an instant, or null. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  return fromChinaWallClock(`${value}:00`).toISOString();
}

/** An instant as a China-time date-and-time input's value. */
export function toLocalInput(iso: string): string {
  return chinaWallClock(Date.parse(iso)).toISOString().slice(0, 16);
}
