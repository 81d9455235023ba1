// 代为注册, on the members page: station staff register a resident who has no smartphone (their
// consent ticked and recorded), read out the initial password once, and sign them up for one of
// the team's upcoming shifts.
import { useEffect, useState } from 'preact/hooks';
import type {
  ManageAssistedRegisterMutation,
  ManageAssistedRegisterMutationVariables,
  ManageOpenShiftsQuery,
  ManageOpenShiftsQueryVariables,
  ManageSignUpForMutation,
  ManageSignUpForMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import type { ManagedOrganization } from './ManageGate';
import { MEMBER_WORDS } from './words/manage-members';

const registerMutation = operation<ManageAssistedRegisterMutation, ManageAssistedRegisterMutationVariables>(/* GraphQL */ `
  mutation ManageAssistedRegister($input: AssistedRegistrationInput!) {
    registerVolunteerAssisted(input: $input) {
      initialPassword
      volunteer {
        id
        volunteerNumber
        realName
        displayName
      }
    }
  }
`);

const shiftsQuery = operation<ManageOpenShiftsQuery, ManageOpenShiftsQueryVariables>(/* GraphQL */ `
  query ManageOpenShifts($filter: ProjectFilter!) {
    projects(first: 50, filter: $filter) {
      nodes {
        id
        title
        status
        shifts {
          id
          startsAt
          endsAt
          remaining
        }
      }
    }
  }
`);

const signUpMutation = operation<ManageSignUpForMutation, ManageSignUpForMutationVariables>(/* GraphQL */ `
  mutation ManageSignUpFor($shiftId: ID!, $volunteerId: ID!) {
    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      status
    }
  }
`);

type Fields = 'realName' | 'idNumber' | 'phone' | 'district' | 'consent';

export function ManageAssisted({ org, locale, onRegistered }: { org: ManagedOrganization; locale: Locale; onRegistered: () => void }) {
  const w = MEMBER_WORDS[locale];
  const [values, setValues] = useState({ realName: '', idNumber: '', phone: '', district: '' });
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [person, setPerson] = useState<{ id: string; name: string; number: string; password: string } | null>(null);
  const [shifts, setShifts] = useState<{ id: string; label: string }[]>([]);
  const [shiftId, setShiftId] = useState('');
  const [signed, setSigned] = useState<Status>(null);

  useEffect(() => {
    if (!person) return;
    const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
    void request(shiftsQuery, { filter: { organizationId: org.id, startsAfter: new Date().toISOString() } }).then((r) => {
      if (!r.ok) return;
      const open = r.data.projects.nodes
        .filter((p) => p.status === 'PUBLISHED')
        .flatMap((p) =>
          p.shifts.filter((s) => Date.parse(s.startsAt) > Date.now()).map((s) => ({ id: s.id, label: `${p.title} · ${span(s.startsAt, s.endsAt)}` })),
        );
      setShifts(open);
      setShiftId(open[0]?.id ?? '');
    });
  }, [person?.id]);

  const change = (name: keyof typeof values, value: string) => {
    setValues((old) => ({ ...old, [name]: value }));
    setErrors((old) => ({ ...old, [name]: undefined }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.registering });
    const result = await send(
      registerMutation,
      { input: { organizationId: org.id, ...values, district: values.district.trim() || null, consent } },
      locale,
      w.fields,
    );
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field as Fields]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    const { volunteer, initialPassword } = result.data.registerVolunteerAssisted;
    const name = volunteer.realName ?? volunteer.displayName;
    setPerson({ id: volunteer.id, name, number: volunteer.volunteerNumber, password: initialPassword });
    setStatus({ tone: 'success', text: w.registered(name, volunteer.volunteerNumber) });
    setValues({ realName: '', idNumber: '', phone: '', district: '' });
    setConsent(false);
    onRegistered();
  };

  const signUp = async () => {
    if (!person || !shiftId) return;
    const result = await send(signUpMutation, { shiftId, volunteerId: person.id }, locale, w.fields);
    setSigned(
      result.ok
        ? { tone: 'success', text: w.signedUp(w.statuses[result.data.signUpVolunteer.status] ?? result.data.signUpVolunteer.status) }
        : { tone: 'error', text: result.text },
    );
  };

  return (
    <section class="account-card" aria-labelledby="manage-assisted">
      <h2 id="manage-assisted">{w.assisted}</h2>
      <p class="account-note">{w.assistedNote}</p>
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        <div class="form-row">
          <Field
            name="assisted-realName"
            label={w.realName}
            value={values.realName}
            onValue={(v) => change('realName', v)}
            error={errors.realName}
            maxLength={30}
            locale={locale}
          />
          <Field
            name="assisted-idNumber"
            label={w.idNumber}
            value={values.idNumber}
            onValue={(v) => change('idNumber', v)}
            error={errors.idNumber}
            maxLength={18}
            autoComplete="off"
            locale={locale}
          />
          <Field
            name="assisted-phone"
            label={w.phoneLabel}
            value={values.phone}
            onValue={(v) => change('phone', v)}
            error={errors.phone}
            type="tel"
            inputMode="tel"
            maxLength={13}
            locale={locale}
          />
          <Field
            name="assisted-district"
            label={w.district}
            value={values.district}
            onValue={(v) => change('district', v)}
            error={errors.district}
            optional
            maxLength={40}
            locale={locale}
          />
        </div>
        <div class={errors.consent ? 'field field-invalid' : 'field'}>
          <label class="manage-check">
            <input
              type="checkbox"
              checked={consent}
              onChange={(e) => (setConsent(e.currentTarget.checked), setErrors((o) => ({ ...o, consent: undefined })))}
              aria-describedby="assisted-consent-error"
            />
            {w.consent}
          </label>
          <p id="assisted-consent-error" class="field-error">
            {errors.consent}
          </p>
        </div>
        <button type="submit" class="form-submit" disabled={busy}>
          {busy ? w.registering : w.register}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
      {person && (
        <div class="manage-item" data-state="assisted-registered">
          <p>
            <strong data-field="initial-password">{w.password(person.password)}</strong>
          </p>
          <h3>{w.signUpFor}</h3>
          {shifts.length ? (
            <div class="manage-actions">
              <label for="assisted-shift" class="visually-hidden">
                {w.chooseShift}
              </label>
              <select id="assisted-shift" value={shiftId} onChange={(e) => setShiftId(e.currentTarget.value)}>
                {shifts.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
              <button type="button" class="form-submit" onClick={() => void signUp()}>
                {w.signUp}
              </button>
            </div>
          ) : (
            <p class="account-empty">{w.noShifts}</p>
          )}
          <FormStatus status={signed} locale={locale} />
        </div>
      )}
    </section>
  );
}
