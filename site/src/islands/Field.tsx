// One labelled input of an island's form, with its hint and its error tied to it for screen
// readers (aria-describedby, aria-invalid). The error line keeps its height when empty, so a
// message appearing does not push the rest of the form down.
import type { Ref } from 'preact';
import type { Locale } from '../i18n/locales';
import { FIELD_WORDS } from './words/field';

interface Props {
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'tel' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  maxLength?: number;
  list?: string;
  inputRef?: Ref<HTMLInputElement>;
  locale: Locale;
}

export function Field({
  name,
  label,
  value,
  onValue,
  error,
  hint,
  optional,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
  list,
  inputRef,
  locale,
}: Props) {
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="field-optional">{FIELD_WORDS[locale].optional}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        list={list}
        required={!optional}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      <p id={`${id}-error`} class="field-error">
        {error}
      </p>
    </div>
  );
}
