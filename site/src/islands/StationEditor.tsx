// A volunteer station's details as a form: opening one (platform staff, choosing the operator)
// or editing one (staff, or ADMINs of its operator).
import { useState } from 'preact/hooks';
import type { CreateStationMutation, CreateStationMutationVariables, UpdateStationMutation, UpdateStationMutationVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { STATION_DESK_WORDS } from './words/manage-stations';

const createMutation = operation<CreateStationMutation, CreateStationMutationVariables>(/* GraphQL */ `
  mutation CreateStation($input: CreateStationInput!) {
    createStation(input: $input) {
      id
      slug
    }
  }
`);

const updateMutation = operation<UpdateStationMutation, UpdateStationMutationVariables>(/* GraphQL */ `
  mutation UpdateStation($id: ID!, $input: UpdateStationInput!) {
    updateStation(id: $id, input: $input) {
      id
    }
  }
`);

export interface EditableStation {
  id: string;
  slug: string;
  name: string;
  address: string;
  district?: string | null;
  openingHours: string;
  services: string[];
}

type Values = { slug: string; name: string; address: string; district: string; openingHours: string; services: string };

/** With `station`, edits it; without, opens a new one run by the operator chosen from `operators`. */
export function StationEditor({
  station,
  operators,
  locale,
  onSaved,
}: {
  station?: EditableStation;
  operators?: { id: string; name: string }[];
  locale: Locale;
  onSaved: () => void;
}) {
  const w = STATION_DESK_WORDS[locale];
  const blank: Values = { slug: '', name: '', address: '', district: '', openingHours: '周一至周日 9:00–17:00', services: '' };
  const [values, setValues] = useState<Values>(station ? { ...station, district: station.district ?? '', services: station.services.join('\n') } : blank);
  const [operatorId, setOperatorId] = useState(operators?.[0]?.id ?? '');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const id = station ? `station-${station.id}` : 'station-new';
  const change = (key: keyof Values) => (value: string) => {
    setValues((old) => ({ ...old, [key]: value }));
    setErrors((old) => ({ ...old, [key]: undefined }));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const input = {
      slug: values.slug.trim(),
      name: values.name,
      address: values.address,
      district: values.district.trim() || null,
      openingHours: values.openingHours,
      services: values.services
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    const result = station
      ? await send(updateMutation, { id: station.id, input }, locale, w.fields)
      : await send(createMutation, { input: { ...input, operatorId } }, locale, w.fields);
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field.split('.')[0]]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    setStatus({ tone: 'success', text: station ? w.saved : w.created });
    if (!station) setValues(blank);
    onSaved();
  };
  return (
    <details class="station-editor" open={!station}>
      <summary>{station ? w.edit : w.create}</summary>
      <form class="island-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        {operators && (
          <div class="field">
            <label for={`${id}-operator`}>{w.operator}</label>
            <select id={`${id}-operator`} value={operatorId} onChange={(e) => setOperatorId(e.currentTarget.value)}>
              {operators.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="form-row">
          <Field name={`${id}-name`} label={w.fields.name} value={values.name} onValue={change('name')} error={errors.name} maxLength={60} locale={locale} />
          <Field name={`${id}-slug`} label={w.fields.slug} value={values.slug} onValue={change('slug')} error={errors.slug} maxLength={80} locale={locale} />
        </div>
        <div class="form-row">
          <Field
            name={`${id}-address`}
            label={w.fields.address}
            value={values.address}
            onValue={change('address')}
            error={errors.address}
            maxLength={200}
            locale={locale}
          />
          <Field
            name={`${id}-district`}
            label={w.fields.district}
            value={values.district}
            onValue={change('district')}
            error={errors.district}
            optional
            maxLength={40}
            locale={locale}
          />
        </div>
        <Field
          name={`${id}-hours`}
          label={w.fields.openingHours}
          value={values.openingHours}
          onValue={change('openingHours')}
          error={errors.openingHours}
          maxLength={200}
          locale={locale}
        />
        <div class={errors.services ? 'field field-invalid' : 'field'}>
          <label for={`${id}-services`}>{w.fields.services}</label>
          <textarea
            id={`${id}-services`}
            rows={4}
            value={values.services}
            onInput={(e) => change('services')(e.currentTarget.value)}
            aria-describedby={`${id}-services-hint`}
          />
          <p id={`${id}-services-hint`} class="field-hint">
            {errors.services ?? w.servicesHint}
          </p>
        </div>
        <button type="submit" class="form-submit" disabled={busy}>
          {station ? w.save : w.create}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
    </details>
  );
}
