// The profile fields shared by registering a team and editing its profile: contact person and
// phone, address and map point, how volunteers join, and the
// description. Errors appear beside their fields.
import type { Locale } from '../i18n/locales';
import { Field } from './Field';
import { MapPoint, pointField, pointInput } from './MapPoint';
import { TEAM_WORDS, type TeamField } from './words/manage-teams';

export interface TeamProfileValues {
  contactName: string;
  contactPhone: string;
  address: string;
  lat: string;
  lng: string;
  joinPolicy: 'APPROVAL' | 'OPEN';
  description: string;
}

export const EMPTY_PROFILE: TeamProfileValues = { contactName: '', contactPhone: '', address: '', lat: '', lng: '', joinPolicy: 'APPROVAL', description: '' };

/** The API's field for each form field, and back (location.lat is the latitude box). */
export function formField(apiField: string | null): TeamField | null {
  if (!apiField) return null;
  if (apiField === 'parentId') return 'parent';
  return pointField(apiField) as TeamField;
}

/** The profile's values as the API's input; the phone only when one was typed (blank keeps it on edit). */
export function profileInput(v: TeamProfileValues, editing: boolean) {
  return {
    contactName: v.contactName.trim() || null,
    ...(v.contactPhone.trim() || !editing ? { contactPhone: v.contactPhone.trim() || null } : {}),
    address: v.address.trim() || null,
    location: pointInput(v),
    joinPolicy: v.joinPolicy,
    description: v.description.trim() || null,
  };
}

interface Props {
  values: TeamProfileValues;
  change: (field: keyof TeamProfileValues, value: string) => void;
  errors: Partial<Record<TeamField, string>>;
  locale: Locale;
  /** Editing: the phone on file, masked, and blank keeps it. */
  phoneOnFile?: string | null;
}

export function TeamFields({ values, change, errors, locale, phoneOnFile }: Props) {
  const w = TEAM_WORDS[locale];
  const field = (name: 'contactName' | 'contactPhone' | 'address', extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      name={name}
      label={w.labels[name]}
      value={values[name]}
      onValue={(value) => change(name, value)}
      error={errors[name]}
      hint={w.hints[name]}
      optional
      locale={locale}
      {...extra}
    />
  );
  return (
    <>
      {field('contactName', { autoComplete: 'name', maxLength: 30 })}
      {field('contactPhone', {
        type: 'tel',
        inputMode: 'tel',
        autoComplete: 'tel',
        maxLength: 13,
        hint: phoneOnFile ? `${w.hints.contactPhone} ${w.phoneKept(phoneOnFile)}` : w.hints.contactPhone,
      })}
      {field('address', { maxLength: 200, autoComplete: 'street-address' })}
      <MapPoint lat={values.lat} lng={values.lng} change={change} errors={errors} locale={locale} />
      <fieldset class={errors.joinPolicy ? 'field field-invalid' : 'field'}>
        <legend>{w.labels.joinPolicy}</legend>
        {(['APPROVAL', 'OPEN'] as const).map((p) => (
          <label key={p} class="manage-radio">
            <input type="radio" name="joinPolicy" value={p} checked={values.joinPolicy === p} onChange={() => change('joinPolicy', p)} /> {w.policies[p]}
          </label>
        ))}
      </fieldset>
      <div class={errors.description ? 'field field-invalid' : 'field'}>
        <label for="field-description">{w.labels.description}</label>
        <textarea
          id="field-description"
          rows={4}
          maxLength={2000}
          value={values.description}
          onInput={(e) => change('description', e.currentTarget.value)}
          aria-invalid={errors.description ? 'true' : undefined}
          aria-describedby="field-description-error"
        />
        <p id="field-description-error" class="field-error">
          {errors.description}
        </p>
      </div>
    </>
  );
}
