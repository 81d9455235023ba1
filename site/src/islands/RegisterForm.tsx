// Real-name registration (/register/, /en/register/). The API checks every rule (name, resident
// ID with its check digit, phone, password, guardian under 14) and names the field it refuses
// and why: the sentence for that reason, in the page's language, is shown under the field,
// which is marked invalid and focused.
// Here only empty required fields are caught before asking, and the guardian fields appear
// when the ID number shows a child under 14.
import { useEffect, useRef, useState } from 'preact/hooks';
import { RegisterVolunteerDocument, type RegistrationNeedsPhoneCodeQuery, type RegistrationNeedsPhoneCodeQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { errorText, networkText } from '../lib/api-messages';
import { chinaWallClock } from '../lib/china-time';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { nextPath, nextQuery } from '../lib/session';
import { Field } from './Field';
import { CodeField } from './CodeField';
import { FormStatus, type Status } from './FormStatus';
import { FORM_WORDS } from './words/forms';
import './forms.css';

// In this island's own bundle, not the chunk every island shares (lib/manage-operation.ts).
const registrationNeedsPhoneCode = operation<RegistrationNeedsPhoneCodeQuery, RegistrationNeedsPhoneCodeQueryVariables>(/* GraphQL */ `
  query RegistrationNeedsPhoneCode {
    registrationNeedsPhoneCode
  }
`);

export const registerVolunteer = /* GraphQL */ `
  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      volunteer {
        id
        volunteerNumber
      }
    }
  }
`;

const FIELDS = ['realName', 'idNumber', 'phone', 'phoneCode', 'password', 'email', 'district', 'guardianName', 'guardianPhone'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;
type Errors = Partial<Record<FieldName, string>>;

const OPTIONAL = new Set<FieldName>(['email', 'district']);
const GUARDIAN_UNDER = 14;

/** Age in whole years on today's date in China, from the birth date inside an 18-character ID; null if there is none. */
export function ageFromIdNumber(idNumber: string, now = new Date()): number | null {
  const m = /^\d{6}(\d{4})(\d\d)(\d\d)\d{3}[\dX]$/i.exec(idNumber.trim());
  if (!m) return null;
  const today = chinaWallClock(now);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const birthdayPassed = today.getUTCMonth() + 1 > month || (today.getUTCMonth() + 1 === month && today.getUTCDate() >= day);
  return today.getUTCFullYear() - year - (birthdayPassed ? 0 : 1);
}

/** A legal document at the version in force when the site was built. */
export interface LegalVersion {
  kind: 'TERMS' | 'PRIVACY';
  version: string;
}

interface Props {
  /** Districts to suggest (from the organisations' directory). */
  districts: string[];
  /** The user agreement and privacy policy the volunteer accepts (their versions are recorded). */
  documents: LegalVersion[];
  locale: Locale;
}

export function RegisterForm({ districts, documents, locale }: Props) {
  const w = FORM_WORDS[locale].register;
  const LABELS = w.labels;
  const [values, setValues] = useState<Values>(() => Object.fromEntries(FIELDS.map((f) => [f, ''])) as Values);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState(false);
  const [guardianAsked, setGuardianAsked] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [consentError, setConsentError] = useState<string | null>(null);
  const consentBox = useRef<HTMLInputElement | null>(null);
  // Known after hydration only: the build knows no query string.
  const [next, setNext] = useState('');
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});
  // Where the platform sends SMS, the phone is proved with a code (the API says whether).
  const [codeNeeded, setCodeNeeded] = useState(false);

  useEffect(() => {
    setReady(true);
    setNext(nextQuery());
    void request(registrationNeedsPhoneCode, {}).then((r) => r.ok && setCodeNeeded(r.data.registrationNeedsPhoneCode));
  }, []);

  const age = ageFromIdNumber(values.idNumber);
  const needsGuardian = guardianAsked || (age !== null && age >= 0 && age < GUARDIAN_UNDER);
  const shown = FIELDS.filter((f) => (needsGuardian || !f.startsWith('guardian')) && (codeNeeded || f !== 'phoneCode'));

  const showErrors = (found: Errors, message: Status) => {
    setErrors(found);
    setStatus(message);
    const first = shown.find((f) => found[f]) ?? FIELDS.find((f) => found[f]);
    if (first) {
      // The guardian fields may only now be rendered: focus after the update.
      setTimeout(() => inputs.current[first]?.focus());
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing: Errors = {};
    for (const f of shown) if (!OPTIONAL.has(f) && !values[f].trim()) missing[f] = w.missing(LABELS[f]);
    if (Object.keys(missing).length) {
      showErrors(missing, { tone: 'error', text: w.missingSome });
      return;
    }
    if (!agreed) {
      setErrors({});
      setConsentError(w.consentMissing);
      setStatus({ tone: 'error', text: w.consentMissing });
      setTimeout(() => consentBox.current?.focus());
      return;
    }

    setBusy(true);
    setStatus({ tone: 'info', text: w.sending });
    const blank = (v: string) => v.trim() || null;
    const result = await request(RegisterVolunteerDocument, {
      input: {
        realName: values.realName.trim(),
        idNumber: values.idNumber.trim(),
        phone: values.phone.trim(),
        ...(codeNeeded ? { phoneCode: values.phoneCode.trim() } : {}),
        password: values.password,
        email: blank(values.email),
        district: blank(values.district),
        ...(needsGuardian ? { guardianName: values.guardianName.trim(), guardianPhone: values.guardianPhone.trim() } : {}),
        accepted: documents.map((d) => ({ document: d.kind, version: d.version })),
      },
    });
    setBusy(false);

    if (result.ok) {
      setErrors({});
      setStatus({ tone: 'success', text: w.done(result.data.registerVolunteer.volunteer.volunteerNumber) });
      location.assign(nextPath(location.search, localizePath('/account/', locale)));
      return;
    }
    if (result.network) {
      setStatus({ tone: 'error', text: networkText(locale) });
      return;
    }
    const [error] = result.errors;
    if (error.field === 'accepted') {
      // The texts changed since this page was built: read them again (a reload shows the new ones).
      const message = await errorText(error, locale, w.fields);
      setConsentError(message);
      setAgreed(false);
      setStatus({ tone: 'error', text: message });
      return;
    }
    const field = FIELDS.find((f) => f === error.field);
    if (!field) {
      showErrors({}, { tone: 'error', text: await errorText(error, locale, w.fields) });
      return;
    }
    if (field.startsWith('guardian')) setGuardianAsked(true);
    const message = await errorText(error, locale, w.fields);
    // A registered ID number or phone: the person most likely has an account already.
    const taken = error.code === 'CONFLICT';
    showErrors({ [field]: message }, { tone: 'error', text: taken ? message : w.about(LABELS[field], message), login: taken });
  };

  const set = (f: FieldName) => (v: string) => {
    setValues((old) => ({ ...old, [f]: v }));
    if (errors[f]) setErrors((old) => ({ ...old, [f]: undefined }));
  };
  const field = (f: FieldName, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      name={f}
      label={LABELS[f]}
      value={values[f]}
      onValue={set(f)}
      error={errors[f]}
      optional={OPTIONAL.has(f)}
      inputRef={(el) => void (inputs.current[f] = el)}
      hint={w.hints[f]}
      locale={locale}
      {...extra}
    />
  );

  return (
    <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
      {field('realName', { autoComplete: 'name', maxLength: 30 })}
      {field('idNumber', { autoComplete: 'off', maxLength: 18 })}
      {field('phone', { type: 'tel', autoComplete: 'tel-national', inputMode: 'numeric', maxLength: 14 })}
      {codeNeeded && (
        <CodeField
          purpose="REGISTER"
          phone={values.phone}
          value={values.phoneCode}
          onValue={set('phoneCode')}
          error={errors.phoneCode}
          onNote={setStatus}
          onDestinationError={(text) => showErrors({ phone: text }, { tone: 'error', text })}
          inputRef={(el) => void (inputs.current.phoneCode = el)}
          locale={locale}
        />
      )}
      {field('password', { type: 'password', autoComplete: 'new-password' })}
      {field('email', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
      {field('district', { list: 'register-districts', autoComplete: 'address-level3' })}
      <datalist id="register-districts">
        {districts.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      {needsGuardian && (
        <fieldset class="guardian">
          <legend>{w.guardian}</legend>
          <p class="field-hint">{w.guardianHint}</p>
          {field('guardianName', { autoComplete: 'off', maxLength: 30 })}
          {field('guardianPhone', { type: 'tel', autoComplete: 'off', inputMode: 'numeric', maxLength: 14 })}
        </fieldset>
      )}
      <p class="form-note">{w.privacy}</p>
      <div class="form-consent" data-invalid={consentError ? '' : undefined}>
        <input
          id="register-consent"
          type="checkbox"
          ref={consentBox}
          checked={agreed}
          aria-invalid={consentError ? true : undefined}
          aria-describedby={consentError ? 'register-consent-error' : undefined}
          onChange={(e) => {
            setAgreed((e.target as HTMLInputElement).checked);
            setConsentError(null);
          }}
        />
        <label for="register-consent">
          {w.consent[0]}
          <a href={localizePath('/terms/', locale)} target="_blank" rel="noopener">
            {w.consent[1]}
          </a>
          {w.consent[2]}
          <a href={localizePath('/privacy/', locale)} target="_blank" rel="noopener">
            {w.consent[3]}
          </a>
          {w.consent[4]}
        </label>
        {consentError && (
          <p id="register-consent-error" class="field-error">
            {consentError}
          </p>
        )}
      </div>
      <button class="form-submit" type="submit" disabled={!ready || busy}>
        {busy ? w.submitting : w.submit}
      </button>
      <FormStatus status={status} locale={locale} />
      <p class="form-switch">
        {w.haveAccount}
        <a href={`${localizePath('/login/', locale)}${next}`}>{w.logIn}</a>
      </p>
    </form>
  );
}
