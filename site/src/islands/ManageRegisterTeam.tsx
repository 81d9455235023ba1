// 注册团队 (/manage/register-team/): a signed-in volunteer registers a team: its name, kind, place,
// the parent federation chosen from the directory (which then reviews it), contact person and
// phone, address and map point, how volunteers join and what it does. It starts PENDING; the
// page says who reviews it and leads to the team profile, where the review's outcome shows.
import { useEffect, useState } from 'preact/hooks';
import type {
  ManageParentSearchQuery,
  ManageParentSearchQueryVariables,
  ManageRegisterTeamMutation,
  ManageRegisterTeamMutationVariables,
  ManageSignedInQuery,
  ManageSignedInQueryVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { idempotencyKey } from '../lib/signups';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { EMPTY_PROFILE, formField, profileInput, TeamFields } from './TeamFields';
import { TEAM_WORDS, type TeamField } from './words/manage-teams';
import './forms.css';
import './my-account.css';
import './manage.css';

const signedInQuery = operation<ManageSignedInQuery, ManageSignedInQueryVariables>(/* GraphQL */ `
  query ManageSignedIn {
    me {
      id
    }
  }
`);

const parentsQuery = operation<ManageParentSearchQuery, ManageParentSearchQueryVariables>(/* GraphQL */ `
  query ManageParentSearch($search: String) {
    organizations(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
        district
      }
    }
  }
`);

const registerMutation = operation<ManageRegisterTeamMutation, ManageRegisterTeamMutationVariables>(/* GraphQL */ `
  mutation ManageRegisterTeam($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      id
      name
      status
    }
  }
`);

const KINDS = ['NGO', 'COMMUNITY', 'SCHOOL', 'COMPANY', 'FEDERATION', 'YOUTH_LEAGUE', 'GOVERNMENT'] as const;

export function ManageRegisterTeam({ locale }: { locale: Locale }) {
  const w = TEAM_WORDS[locale];
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [values, setValues] = useState({ name: '', kind: 'NGO', district: '', city: '', ...EMPTY_PROFILE });
  const [parent, setParent] = useState<{ id: string; name: string } | null>(null);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<{ id: string; name: string; district?: string | null }[]>([]);
  const [errors, setErrors] = useState<Partial<Record<TeamField, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ id: string; name: string } | null>(null);
  const [key] = useState(idempotencyKey);

  useEffect(() => void request(signedInQuery, {}).then((r) => setSignedIn(r.ok ? !!r.data.me : true)), []);
  useEffect(() => {
    const term = search.trim();
    if (!term) return setFound([]);
    const timer = setTimeout(() => void request(parentsQuery, { search: term }).then((r) => r.ok && setFound(r.data.organizations.nodes)), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const change = (field: keyof typeof values, value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
    setErrors((old) => ({ ...old, [field]: undefined }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const missing: Partial<Record<TeamField, string>> = {};
    if (!values.name.trim()) missing.name = w.missing;
    if (!values.district.trim()) missing.district = w.missing;
    if (Object.keys(missing).length) {
      setErrors(missing);
      return setStatus({ tone: 'error', text: w.missing });
    }
    setBusy(true);
    setStatus({ tone: 'info', text: w.registering });
    const { description, ...profile } = profileInput(values, false);
    const result = await send(
      registerMutation,
      {
        input: {
          name: values.name,
          kind: values.kind as (typeof KINDS)[number],
          district: values.district,
          city: values.city.trim() || null,
          parentId: parent?.id ?? null,
          description,
          ...profile,
          idempotencyKey: key,
        },
      },
      locale,
      w.fields,
    );
    setBusy(false);
    if (result.ok) {
      setDone(result.data.registerOrganization);
      return setStatus(null);
    }
    const field = formField(result.field);
    if (field) setErrors({ [field]: result.text });
    setStatus({ tone: 'error', text: result.text });
  };

  if (signedIn === false) {
    return (
      <section class="account-card account-signed-out">
        <h2>{w.signIn}</h2>
        <p>{w.signInText}</p>
        <p class="account-actions">
          <a class="form-submit" href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(location.pathname)}`}>
            {w.signIn}
          </a>
        </p>
      </section>
    );
  }
  if (done) {
    return (
      <section class="account-card" data-state="registered">
        <h2>{w.registered(done.name)}</h2>
        <p>
          <span class="manage-badge">{w.status.PENDING}</span> {w.reviewBy(parent?.name ?? null)}
        </p>
        <p class="account-actions">
          <a class="form-submit" href={`${localizePath('/manage/team/', locale)}?org=${encodeURIComponent(done.id)}`}>
            {w.toProfile}
          </a>
        </p>
      </section>
    );
  }

  return (
    <section class="account-card">
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        {/* Disabled until the island runs and knows who is signed in: what is typed before would be lost. */}
        <fieldset disabled={signedIn !== true}>
          <Field
            name="name"
            label={w.labels.name}
            value={values.name}
            onValue={(v) => change('name', v)}
            error={errors.name}
            hint={w.hints.name}
            maxLength={60}
            locale={locale}
          />
          <div class="field">
            <label for="field-kind">{w.labels.kind}</label>
            <select id="field-kind" value={values.kind} onChange={(e) => change('kind', e.currentTarget.value)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {w.kinds[k]}
                </option>
              ))}
            </select>
            <p class="field-error" />
          </div>
          <div class="form-row">
            <Field
              name="district"
              label={w.labels.district}
              value={values.district}
              onValue={(v) => change('district', v)}
              error={errors.district}
              maxLength={40}
              locale={locale}
            />
            <Field
              name="city"
              label={w.labels.city}
              value={values.city}
              onValue={(v) => change('city', v)}
              error={errors.city}
              optional
              maxLength={40}
              locale={locale}
            />
          </div>
          <fieldset class={errors.parent ? 'field field-invalid' : 'field'}>
            <legend>{w.labels.parent}</legend>
            <p class="field-hint" id="parent-hint">
              {w.hints.parent}
            </p>
            <p class="manage-meta" data-field="parent">
              {parent ? parent.name : w.noParent}
            </p>
            <label for="parent-search" class="visually-hidden">
              {w.parentSearch}
            </label>
            <input
              id="parent-search"
              type="search"
              placeholder={w.parentSearch}
              value={search}
              onInput={(e) => setSearch(e.currentTarget.value)}
              aria-describedby="parent-hint"
            />
            {found.length > 0 && (
              <ul class="manage-list" aria-label={w.parentResults(found.length)}>
                {found.map((o) => (
                  <li key={o.id}>
                    <button
                      type="button"
                      class="signup-more"
                      aria-pressed={parent?.id === o.id}
                      onClick={() => (setParent(o), setSearch(''), setErrors((e) => ({ ...e, parent: undefined })))}
                    >
                      {o.name}
                      {o.district ? ` · ${o.district}` : ''}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {parent && (
              <button type="button" class="signup-more" onClick={() => setParent(null)}>
                {w.noParent}
              </button>
            )}
            <p class="field-error">{errors.parent}</p>
          </fieldset>
          <TeamFields values={values} change={(f, v) => change(f, v)} errors={errors} locale={locale} />
          <button type="submit" class="form-submit" disabled={busy}>
            {busy ? w.registering : w.register}
          </button>
        </fieldset>
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}
