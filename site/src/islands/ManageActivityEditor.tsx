// 新建/编辑活动 (/manage/activities/edit/, ?id= for a draft): an activity's details and its shifts
// (first come or lottery, places, waitlist, the lottery's entry window), or a weekly repeat that
// makes the shifts when saved; errors appear beside their fields, shifts' errors on their row; a
// preview shows it as the public will see it. Saved drafts are published from the list.
import { useEffect, useState } from 'preact/hooks';
import type {
  ManageCreateActivityMutation,
  ManageCreateActivityMutationVariables,
  ManageEditActivityQuery,
  ManageEditActivityQueryVariables,
  ManageActivityFromRequestQuery,
  ManageActivityFromRequestQueryVariables,
  ManageUpdateActivityMutation,
  ManageUpdateActivityMutationVariables,
  ManageQualificationKindsQuery,
  ManageQualificationKindsQueryVariables,
  ShiftAllocation,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { fromLocalInput, send, toLocalInput } from '../lib/manage-submit';
import { idempotencyKey } from '../lib/signups';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { MapPoint, pointField, pointInput } from './MapPoint';
import { ACTIVITY_WORDS, englishShiftError } from './words/manage-activities';
import { PHOTO_WORDS } from './words/manage-photos';
import { REQUEST_WORDS } from './words/requests';
import { ActivityPhotos } from './ActivityPhotos';
import './manage-activities.css';

const editQuery = operation<ManageEditActivityQuery, ManageEditActivityQueryVariables>(/* GraphQL */ `
  query ManageEditActivity($id: ID!) {
    project(id: $id) {
      id
      title
      summary
      description
      category
      district
      address
      status
      location {
        lat
        lng
      }
      shifts {
        id
        startsAt
        endsAt
        capacity
        waitlist
        allocation
        registrationOpensAt
        registrationClosesAt
        requiredQualification {
          id
        }
      }
    }
  }
`);

// What a shift may require (training): the qualification kinds platform staff keep.
const kindsQuery = operation<ManageQualificationKindsQuery, ManageQualificationKindsQueryVariables>(/* GraphQL */ `
  query ManageQualificationKinds {
    qualificationKinds(first: 100) {
      nodes {
        id
        name
        nameEn
      }
    }
  }
`);

// A need the team claimed: the new activity starts from its details, its first time and the
// volunteers the team said it brings.
const fromRequestQuery = operation<ManageActivityFromRequestQuery, ManageActivityFromRequestQueryVariables>(/* GraphQL */ `
  query ManageActivityFromRequest($id: ID!) {
    serviceRequest(id: $id) {
      id
      title
      description
      category
      district
      address
      location {
        lat
        lng
      }
      neededFrom
      neededUntil
      claims {
        organization {
          id
        }
        volunteers
      }
    }
  }
`);

/** The first time of a need as a shift: from its start, at most three hours, within its range. */
const SHIFT_FROM_REQUEST_MS = 3 * 3_600_000;

const createMutation = operation<ManageCreateActivityMutation, ManageCreateActivityMutationVariables>(/* GraphQL */ `
  mutation ManageCreateActivity($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);

const updateMutation = operation<ManageUpdateActivityMutation, ManageUpdateActivityMutationVariables>(/* GraphQL */ `
  mutation ManageUpdateActivity($id: ID!, $input: UpdateProjectInput!) {
    updateProject(id: $id, input: $input) {
      id
    }
  }
`);

interface ShiftRow {
  startsAt: string;
  endsAt: string;
  capacity: string;
  waitlist: boolean;
  allocation: ShiftAllocation;
  opensAt: string;
  closesAt: string;
  /** The qualification kind volunteers must hold to sign up; '' for none. */
  kindId: string;
}

type Detail = 'title' | 'summary' | 'category' | 'district' | 'address' | 'lat' | 'lng' | 'description';
type Values = Record<Detail, string>;

const emptyShift = (): ShiftRow => ({
  startsAt: '',
  endsAt: '',
  capacity: '20',
  waitlist: true,
  allocation: 'FIRST_COME',
  opensAt: '',
  closesAt: '',
  kindId: '',
});

export function ManageActivityEditor({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <Editor org={org} locale={locale} />}</ManageGate>;
}

function Editor({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = ACTIVITY_WORDS[locale];
  const [id, setId] = useState<string | null>(() => new URLSearchParams(location.search).get('id'));
  // Opened from a claimed service request (/manage/requests/): the new activity answers it.
  const [serviceRequestId] = useState(() => new URLSearchParams(location.search).get('serviceRequest'));
  const [values, setValues] = useState<Values>({ title: '', summary: '', description: '', category: '', district: '', address: '', lat: '', lng: '' });
  const [shifts, setShifts] = useState<ShiftRow[]>([emptyShift()]);
  const [repeat, setRepeat] = useState(false);
  const [recurrence, setRecurrence] = useState({ firstDate: '', weekdays: [6] as number[], startTime: '09:00', endTime: '11:30', weeks: '8', capacity: '20' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  const [key, setKey] = useState(idempotencyKey);
  const [kinds, setKinds] = useState<{ id: string; name: string; nameEn?: string | null }[]>([]);
  useEffect(() => void request(kindsQuery, {}).then((r) => r.ok && setKinds(r.data.qualificationKinds.nodes)), []);

  const [answers, setAnswers] = useState<{ id: string; title: string } | null>(null);
  useEffect(() => {
    if (id || !serviceRequestId) return;
    void request(fromRequestQuery, { id: serviceRequestId }).then((r) => {
      const need = r.ok ? r.data.serviceRequest : null;
      if (!need) return;
      setAnswers({ id: need.id, title: need.title });
      setValues({
        title: need.title,
        summary: need.description.split(/\n/)[0].slice(0, 120),
        description: need.description,
        category: REQUEST_WORDS[locale].categories[need.category],
        district: need.district,
        address: need.address,
        lat: need.location ? String(need.location.lat) : '',
        lng: need.location ? String(need.location.lng) : '',
      });
      const from = Date.parse(need.neededFrom);
      const until = Math.min(Date.parse(need.neededUntil), from + SHIFT_FROM_REQUEST_MS);
      const ours = need.claims.find((c) => c.organization.id === org.id);
      setShifts([
        {
          ...emptyShift(),
          startsAt: toLocalInput(need.neededFrom),
          endsAt: toLocalInput(new Date(until).toISOString()),
          capacity: String(ours?.volunteers ?? 1),
        },
      ]);
    });
  }, [serviceRequestId]);

  useEffect(() => {
    if (!id) return;
    void request(editQuery, { id }).then((r) => {
      const p = r.ok ? r.data.project : null;
      if (!p) return setStatus({ tone: 'error', text: w.notDraft });
      setReadOnly(p.status !== 'DRAFT');
      setValues({
        title: p.title,
        summary: p.summary,
        description: p.description ?? '',
        category: p.category ?? '',
        district: p.district ?? '',
        address: p.address ?? '',
        lat: p.location ? String(p.location.lat) : '',
        lng: p.location ? String(p.location.lng) : '',
      });
      setShifts(
        p.shifts.map((s) => ({
          startsAt: toLocalInput(s.startsAt),
          endsAt: toLocalInput(s.endsAt),
          capacity: String(s.capacity),
          waitlist: s.waitlist,
          allocation: s.allocation,
          opensAt: s.registrationOpensAt ? toLocalInput(s.registrationOpensAt) : '',
          closesAt: s.registrationClosesAt ? toLocalInput(s.registrationClosesAt) : '',
          kindId: s.requiredQualification?.id ?? '',
        })),
      );
    });
  }, []);

  const edited = () => (setKey(idempotencyKey()), setStatus(null));
  const change = (name: Detail, value: string) => (setValues((o) => ({ ...o, [name]: value })), setErrors(({ [name]: _, ...rest }) => rest), edited());
  const changeShift = (i: number, row: Partial<ShiftRow>) => (setShifts((o) => o.map((s, j) => (j === i ? { ...s, ...row } : s))), setErrors({}), edited());
  const changeRepeat = (row: Partial<typeof recurrence>) => (setRecurrence((o) => ({ ...o, ...row })), setErrors({}), edited());

  const input = () => {
    return {
      title: values.title,
      summary: values.summary,
      description: values.description.trim() || null,
      category: values.category.trim() || null,
      district: values.district.trim() || null,
      address: values.address.trim() || null,
      location: pointInput(values),
      shifts: shifts
        .filter((s) => s.startsAt || s.endsAt)
        .map((s) => ({
          startsAt: fromLocalInput(s.startsAt) ?? '',
          endsAt: fromLocalInput(s.endsAt) ?? '',
          capacity: Number(s.capacity),
          waitlist: s.waitlist,
          allocation: s.allocation,
          registrationOpensAt: s.allocation === 'LOTTERY' ? fromLocalInput(s.opensAt) : null,
          registrationClosesAt: s.allocation === 'LOTTERY' ? fromLocalInput(s.closesAt) : null,
          requiredQualificationKindId: s.kindId || null,
        })),
      recurrence: repeat ? { ...recurrence, weeks: Number(recurrence.weeks), capacity: Number(recurrence.capacity), weekdays: recurrence.weekdays } : null,
    };
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const data = input();
    // Rows left half filled are the form's to point out; the API checks the rest.
    const local: Record<string, string> = {};
    shifts.forEach((s, i) => {
      if ((s.startsAt || s.endsAt) && !fromLocalInput(s.startsAt)) local[`shifts.${i}.startsAt`] = w.fix;
      if ((s.startsAt || s.endsAt) && !fromLocalInput(s.endsAt)) local[`shifts.${i}.endsAt`] = w.fix;
    });
    if (Object.keys(local).length) return (setErrors(local), setStatus({ tone: 'error', text: w.fix }));
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const result = id
      ? await send(updateMutation, { id, input: data }, locale, w.fields)
      : await send(createMutation, { input: { ...data, organizationId: org.id, serviceRequestId, idempotencyKey: key } }, locale, w.fields);
    setBusy(false);
    if (!result.ok) {
      const text = locale === 'en' && result.field ? (englishShiftError(result.field) ?? result.text) : result.text;
      if (result.field) setErrors({ [pointField(result.field)]: text });
      return setStatus({ tone: 'error', text });
    }
    const saved = 'createProject' in result.data ? result.data.createProject.id : result.data.updateProject.id;
    if (!id) {
      setId(saved);
      history.replaceState(null, '', `${location.pathname}?id=${encodeURIComponent(saved)}`);
    }
    // The weekly repeat is now shifts of the draft: reload them as rows.
    if (repeat) location.reload();
    setStatus({ tone: 'success', text: w.saved });
  };

  const detail = (name: Exclude<Detail, 'description' | 'lat' | 'lng'>, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      name={name}
      label={w.labels[name]}
      value={values[name]}
      onValue={(v) => change(name, v)}
      error={errors[name]}
      optional={name !== 'title' && name !== 'summary'}
      locale={locale}
      {...extra}
    />
  );
  const dateInput = (name: string, label: string, value: string, onValue: (v: string) => void, type = 'datetime-local') => (
    <div class={errors[name] ? 'field field-invalid' : 'field'}>
      <label for={`f-${name}`}>{label}</label>
      <input
        id={`f-${name}`}
        type={type}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={`f-${name}-error`}
      />
      <p id={`f-${name}-error`} class="field-error">
        {errors[name]}
      </p>
    </div>
  );
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;
  const listPath = `${localizePath('/manage/activities/', locale)}?org=${encodeURIComponent(org.id)}`;

  return (
    <section class="account-card" aria-labelledby="activity-editor">
      <p class="page-back">
        <a href={listPath}>← {w.back}</a>
      </p>
      <h2 id="activity-editor">{id ? w.editor.edit : w.editor.create}</h2>
      {answers && (
        <p class="manage-meta" data-answers={answers.id}>
          {w.answers} <a href={localizePath(`/requests/${answers.id}/`, locale)}>{answers.title}</a>
        </p>
      )}
      <form class="island-form" onSubmit={save} noValidate aria-busy={busy}>
        <fieldset disabled={readOnly}>
          {detail('title', { maxLength: 120 })}
          {detail('summary', { maxLength: 300 })}
          <div class={errors.description ? 'field field-invalid' : 'field'}>
            <label for="f-description">{w.labels.description}</label>
            <textarea
              id="f-description"
              rows={6}
              value={values.description}
              onInput={(e) => change('description', e.currentTarget.value)}
              aria-describedby="f-description-error"
            />
            <p id="f-description-error" class="field-error">
              {errors.description}
            </p>
          </div>
          <div class="form-row">
            {detail('category', { maxLength: 40 })}
            {detail('district', { maxLength: 40 })}
          </div>
          {detail('address', { maxLength: 200 })}
          <MapPoint lat={values.lat} lng={values.lng} change={change} errors={errors} locale={locale} />
          <h3 class="manage-subtitle">{w.shifts}</h3>
          {errors.shifts && (
            <p class="field-error" role="alert" data-field="shifts">
              {errors.shifts}
            </p>
          )}
          <ol class="manage-list" data-list="shifts">
            {shifts.map((s, i) => (
              <li key={i} class="manage-item" data-shift-row={i}>
                <strong>{w.shift(i + 1)}</strong>
                <div class="form-row">
                  {dateInput(`shifts.${i}.startsAt`, w.startsAt, s.startsAt, (v) => changeShift(i, { startsAt: v }))}
                  {dateInput(`shifts.${i}.endsAt`, w.endsAt, s.endsAt, (v) => changeShift(i, { endsAt: v }))}
                </div>
                <div class="form-row">
                  <Field
                    name={`shifts.${i}.capacity`}
                    label={w.capacity}
                    value={s.capacity}
                    onValue={(v) => changeShift(i, { capacity: v })}
                    error={errors[`shifts.${i}.capacity`]}
                    inputMode="numeric"
                    maxLength={5}
                    locale={locale}
                  />
                  <div class="field">
                    <label for={`f-alloc-${i}`}>{w.allocation}</label>
                    <select id={`f-alloc-${i}`} value={s.allocation} onChange={(e) => changeShift(i, { allocation: e.currentTarget.value as ShiftAllocation })}>
                      <option value="FIRST_COME">{w.allocations.FIRST_COME}</option>
                      <option value="LOTTERY">{w.allocations.LOTTERY}</option>
                    </select>
                  </div>
                </div>
                <div class={errors[`shifts.${i}.requiredQualificationKindId`] ? 'field field-invalid' : 'field'}>
                  <label for={`f-kind-${i}`}>{w.requiredQualification}</label>
                  <select
                    id={`f-kind-${i}`}
                    value={s.kindId}
                    onChange={(e) => changeShift(i, { kindId: e.currentTarget.value })}
                    aria-describedby={`f-kind-${i}-error`}
                  >
                    <option value="">{w.noQualification}</option>
                    {kinds.map((k) => (
                      <option key={k.id} value={k.id}>
                        {locale === 'en' ? (k.nameEn ?? k.name) : k.name}
                      </option>
                    ))}
                  </select>
                  <p id={`f-kind-${i}-error`} class="field-error">
                    {errors[`shifts.${i}.requiredQualificationKindId`]}
                  </p>
                </div>
                {s.allocation === 'LOTTERY' && (
                  <div class="form-row">
                    {dateInput(`shifts.${i}.registrationOpensAt`, w.opensAt, s.opensAt, (v) => changeShift(i, { opensAt: v }))}
                    {dateInput(`shifts.${i}.registrationClosesAt`, w.closesAt, s.closesAt, (v) => changeShift(i, { closesAt: v }))}
                  </div>
                )}
                <label class="manage-check">
                  <input type="checkbox" checked={s.waitlist} onChange={(e) => changeShift(i, { waitlist: e.currentTarget.checked })} />
                  {w.waitlist}
                </label>
                {shifts.length > 1 && (
                  <button type="button" class="signup-more" onClick={() => (setShifts((o) => o.filter((_, j) => j !== i)), edited())}>
                    {w.removeShift}
                  </button>
                )}
              </li>
            ))}
          </ol>
          <button type="button" class="signup-more" onClick={() => (setShifts((o) => [...o, emptyShift()]), edited())}>
            {w.addShift}
          </button>
          <fieldset class="manage-item manage-repeat">
            <legend>
              <label class="manage-check">
                <input type="checkbox" checked={repeat} onChange={(e) => (setRepeat(e.currentTarget.checked), edited())} />
                {w.repeat}
              </label>
            </legend>
            <p class="form-note">{w.repeatNote}</p>
            {repeat && (
              <>
                <div class="form-row">
                  {dateInput('recurrence.firstDate', w.firstDate, recurrence.firstDate, (v) => changeRepeat({ firstDate: v }), 'date')}
                  <Field
                    name="recurrence.weeks"
                    label={w.weeks}
                    value={recurrence.weeks}
                    onValue={(v) => changeRepeat({ weeks: v })}
                    error={errors['recurrence.weeks']}
                    inputMode="numeric"
                    maxLength={2}
                    locale={locale}
                  />
                  {dateInput('recurrence.startTime', w.startTime, recurrence.startTime, (v) => changeRepeat({ startTime: v }), 'time')}
                  {dateInput('recurrence.endTime', w.endTime, recurrence.endTime, (v) => changeRepeat({ endTime: v }), 'time')}
                  <Field
                    name="recurrence.capacity"
                    label={w.capacity}
                    value={recurrence.capacity}
                    onValue={(v) => changeRepeat({ capacity: v })}
                    error={errors['recurrence.capacity']}
                    inputMode="numeric"
                    maxLength={5}
                    locale={locale}
                  />
                </div>
                <fieldset class="manage-weekdays">
                  <legend>{w.weekdays}</legend>
                  {w.weekdayNames.map((name, d) => (
                    <label key={d} class="manage-check">
                      <input
                        type="checkbox"
                        checked={recurrence.weekdays.includes(d + 1)}
                        onChange={(e) =>
                          changeRepeat({ weekdays: e.currentTarget.checked ? [...recurrence.weekdays, d + 1] : recurrence.weekdays.filter((x) => x !== d + 1) })
                        }
                      />
                      {name}
                    </label>
                  ))}
                </fieldset>
              </>
            )}
          </fieldset>
        </fieldset>
        <div class="manage-actions">
          {!readOnly && (
            <button type="submit" class="form-submit" disabled={busy}>
              {busy ? w.saving : w.save}
            </button>
          )}
          <button type="button" class="signup-more" aria-expanded={preview} onClick={() => setPreview(!preview)}>
            {preview ? w.hidePreview : w.preview}
          </button>
        </div>
        <FormStatus status={status} locale={locale} />
      </form>
      {id ? <ActivityPhotos projectId={id} organizationId={org.id} locale={locale} /> : <p class="form-note">{PHOTO_WORDS[locale].galleryAfterSave}</p>}
      {preview && (
        <article class="activity-preview" aria-label={w.previewTitle} data-state="preview">
          <p class="manage-meta">{w.previewTitle}</p>
          <h1>{values.title}</h1>
          <p class="page-lead">{values.summary}</p>
          <p class="manage-meta">{[values.category, values.district, values.address].filter(Boolean).join(' · ')}</p>
          {values.description
            .split(/\n{2,}/)
            .filter(Boolean)
            .map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          <ul class="manage-list">
            {input()
              .shifts.filter((s) => s.startsAt && s.endsAt)
              .map((s, i) => (
                <li key={i} class="manage-item">
                  {span(s.startsAt, s.endsAt)} · {w.places(0, s.capacity)}
                </li>
              ))}
          </ul>
        </article>
      )}
    </section>
  );
}
