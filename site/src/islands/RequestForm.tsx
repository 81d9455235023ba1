// 提出服务需求 (/requests/new/): a signed-in resident, volunteer or team member describes the help
// needed, where (a map point puts it on the nearby page), and a contact the public never sees.
// Signed out, the page sends them to sign in first and back here. Submitted, the need awaits
// triage; the requester follows it in /account/.
import { useEffect, useState } from 'preact/hooks';
import type { ServiceRequestCategory, SubmitServiceRequestMutation, SubmitServiceRequestMutationVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { operation } from '../lib/manage-operation';
import { fromLocalInput, send } from '../lib/manage-submit';
import { loadViewer } from '../lib/session';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { MapPoint, pointField, pointInput } from './MapPoint';
import { REQUEST_WORDS } from './words/requests';
import './forms.css';
import './service-requests.css';

const submitMutation = operation<SubmitServiceRequestMutation, SubmitServiceRequestMutationVariables>(/* GraphQL */ `
  mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      id
      status
    }
  }
`);

const EMPTY = {
  title: '',
  description: '',
  category: 'ELDERLY' as ServiceRequestCategory,
  district: '',
  address: '',
  lat: '',
  lng: '',
  neededFrom: '',
  neededUntil: '',
  recurrence: '',
  volunteersNeeded: '2',
  contactName: '',
  contactPhone: '',
};
type Values = typeof EMPTY;

export function RequestForm({ locale }: { locale: Locale }) {
  const w = REQUEST_WORDS[locale];
  const [viewer, setViewer] = useState<'checking' | 'in' | 'out'>('checking');
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const login = `${localizePath('/login/', locale)}?next=${encodeURIComponent(localizePath('/requests/new/', locale))}`;
  useEffect(() => {
    void loadViewer().then((s) => {
      if (s.status === 'signed-out') location.replace(login);
      setViewer(s.status === 'signed-in' ? 'in' : 'out');
    });
  }, []);
  if (viewer === 'checking') return <p class="account-loading">{w.form.checking}</p>;
  if (viewer === 'out') {
    return (
      <section class="account-card account-signed-out">
        <p>{w.form.signedOut}</p>
        <a class="form-submit" href={login}>
          {w.form.logIn}
        </a>
      </section>
    );
  }
  if (done) {
    return (
      <section class="account-card">
        <FormStatus status={status} locale={locale} />
        <a href={localizePath('/account/', locale)}>{w.form.toAccount} →</a>
      </section>
    );
  }
  const set = (key: keyof Values) => (value: string) => (setValues((v) => ({ ...v, [key]: value })), setErrors((e) => ({ ...e, [key]: undefined })));
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.form.sending });
    const { recurrence, volunteersNeeded, neededFrom, neededUntil, lat, lng, ...rest } = values;
    const result = await send(
      submitMutation,
      {
        input: {
          ...rest,
          recurrence: recurrence.trim() || null,
          location: pointInput({ lat, lng }),
          volunteersNeeded: Number(volunteersNeeded),
          neededFrom: fromLocalInput(neededFrom) ?? '',
          neededUntil: fromLocalInput(neededUntil) ?? '',
          idempotencyKey: `web-${Date.now()}-${Math.random().toString(36).slice(2)}`,
        },
      },
      locale,
    );
    setBusy(false);
    if (result.ok) {
      setDone(true);
      return setStatus({ tone: 'success', text: w.form.sent });
    }
    const field = result.field && pointField(result.field);
    if (field && field in EMPTY) setErrors({ [field]: result.text });
    setStatus({ tone: 'error', text: result.text });
  };
  const f = w.form.fields;
  const plain = (key: keyof Values, label: string, extra: { hint?: string; optional?: boolean; type?: 'tel'; maxLength?: number } = {}) => (
    <Field name={key} label={label} value={values[key]} onValue={set(key)} error={errors[key]} locale={locale} {...extra} />
  );
  const other = (key: keyof Values, label: string, input: (id: string) => preact.JSX.Element) => (
    <div class={errors[key] ? 'field field-invalid' : 'field'}>
      <label for={`field-${key}`}>{label}</label>
      {input(`field-${key}`)}
      <p id={`field-${key}-error`} class="field-error">
        {errors[key]}
      </p>
    </div>
  );
  const describe = (key: keyof Values) => ({ 'aria-invalid': errors[key] ? ('true' as const) : undefined, 'aria-describedby': `field-${key}-error` });
  return (
    <form class="island-form request-form" onSubmit={(e) => void submit(e)} noValidate>
      {plain('title', f.title, { maxLength: 120 })}
      {other('description', f.description, (id) => (
        <textarea
          id={id}
          rows={4}
          maxLength={2000}
          required
          value={values.description}
          onInput={(e) => set('description')(e.currentTarget.value)}
          {...describe('description')}
        />
      ))}
      <div class="form-row">
        {other('category', f.category, (id) => (
          <select id={id} value={values.category} onChange={(e) => set('category')(e.currentTarget.value)} {...describe('category')}>
            {Object.entries(w.categories).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        ))}
        {other('volunteersNeeded', f.volunteersNeeded, (id) => (
          <input
            id={id}
            type="number"
            min={1}
            max={1000}
            required
            value={values.volunteersNeeded}
            onInput={(e) => set('volunteersNeeded')(e.currentTarget.value)}
            {...describe('volunteersNeeded')}
          />
        ))}
      </div>
      <div class="form-row">
        {plain('district', f.district, { maxLength: 40 })}
        {plain('address', f.address, { maxLength: 200 })}
      </div>
      <MapPoint lat={values.lat} lng={values.lng} change={(key, value) => set(key)(value)} errors={errors} locale={locale} />
      <div class="form-row">
        {other('neededFrom', f.neededFrom, (id) => (
          <input
            id={id}
            type="datetime-local"
            required
            value={values.neededFrom}
            onInput={(e) => set('neededFrom')(e.currentTarget.value)}
            {...describe('neededFrom')}
          />
        ))}
        {other('neededUntil', f.neededUntil, (id) => (
          <input
            id={id}
            type="datetime-local"
            required
            value={values.neededUntil}
            onInput={(e) => set('neededUntil')(e.currentTarget.value)}
            {...describe('neededUntil')}
          />
        ))}
      </div>
      {plain('recurrence', f.recurrence, { hint: f.recurrenceHint, optional: true, maxLength: 200 })}
      <div class="form-row">
        {plain('contactName', f.contactName, { hint: f.contactHint, maxLength: 30 })}
        {plain('contactPhone', f.contactPhone, { hint: f.contactHint, type: 'tel', maxLength: 20 })}
      </div>
      <button type="submit" class="form-submit" disabled={busy}>
        {busy ? w.form.sending : w.form.send}
      </button>
      <FormStatus status={status} locale={locale} />
    </form>
  );
}
