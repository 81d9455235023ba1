// 团队资料 (/manage/team/): the team's review (pending with its reviewer, returned with the
// reviewer's reason, approved) and its profile, which its ADMINs edit; for a returned team,
// saving is resubmitting. Coordinators read it.
import { useState } from 'preact/hooks';
import type {
  ManageSetTeamLogoMutation,
  ManageSetTeamLogoMutationVariables,
  ManageTeamProfileQuery,
  ManageTeamProfileQueryVariables,
  ManageUpdateTeamMutation,
  ManageUpdateTeamMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request, type ApiResult } from '../lib/graphql-client';
import { useLoaded } from '../lib/manage-load';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { Field } from './Field';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageSection } from './ManageSection';
import { formField, profileInput, TeamFields, type TeamProfileValues } from './TeamFields';
import { TEAM_WORDS, type TeamField } from './words/manage-teams';
import { PHOTO_WORDS } from './words/manage-photos';
import { ImageUpload } from './ImageUpload';

// Read by codegen like every document; sent with each operation that spreads it.
const teamProfile = /* GraphQL */ `
  fragment TeamProfile on Organization {
    id
    name
    status
    district
    city
    description
    address
    location {
      lat
      lng
    }
    contactName
    contactPhoneMasked
    joinPolicy
    returnedReason
    suspendedReason
    parent {
      id
      name
    }
    logo {
      id
      url
      width
      height
      alt
    }
  }
`;

const profileQuery = operation<ManageTeamProfileQuery, ManageTeamProfileQueryVariables>(
  /* GraphQL */ `
  query ManageTeamProfile($id: ID!) {
    organization(id: $id) {
      ...TeamProfile
    }
  }
`,
  teamProfile,
);

const updateMutation = operation<ManageUpdateTeamMutation, ManageUpdateTeamMutationVariables>(
  /* GraphQL */ `
  mutation ManageUpdateTeam($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      ...TeamProfile
    }
  }
`,
  teamProfile,
);

const logoMutation = operation<ManageSetTeamLogoMutation, ManageSetTeamLogoMutationVariables>(
  /* GraphQL */ `
  mutation ManageSetTeamLogo($id: ID!, $imageId: ID) {
    setOrganizationLogo(organizationId: $id, imageId: $imageId) {
      ...TeamProfile
    }
  }
`,
  teamProfile,
);

type Team = NonNullable<ManageTeamProfileQuery['organization']>;

export function ManageTeamProfile({ locale }: { locale: Locale }) {
  return (
    <ManageGate locale={locale} allowPending>
      {(org) => <TeamProfile org={org} locale={locale} />}
    </ManageGate>
  );
}

function valuesOf(team: Team): TeamProfileValues & { district: string; city: string } {
  return {
    contactName: team.contactName ?? '',
    contactPhone: '',
    address: team.address ?? '',
    lat: team.location ? String(team.location.lat) : '',
    lng: team.location ? String(team.location.lng) : '',
    joinPolicy: team.joinPolicy,
    description: team.description ?? '',
    district: team.district ?? '',
    city: team.city ?? '',
  };
}

function TeamProfile({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = TEAM_WORDS[locale];
  const { state, update, retry } = useLoaded(async (): Promise<ApiResult<Team | null>> => {
    const result = await request(profileQuery, { id: org.id });
    return result.ok ? { ok: true, data: result.data.organization ?? null } : result;
  }, locale);
  return (
    <ManageSection id="manage-team" title={w.statusTitle} state={state} retry={retry} locale={locale}>
      {(team) => <ProfileForm team={team} admin={org.role === 'ADMIN'} locale={locale} onSaved={(t) => update(() => t)} />}
    </ManageSection>
  );
}

function ProfileForm({ team, admin, locale, onSaved }: { team: Team; admin: boolean; locale: Locale; onSaved: (team: Team) => void }) {
  const w = TEAM_WORDS[locale];
  const [values, setValues] = useState(() => valuesOf(team));
  const [errors, setErrors] = useState<Partial<Record<TeamField, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const change = (field: keyof ReturnType<typeof valuesOf>, value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
    setErrors((old) => ({ ...old, [field]: undefined }));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const wasReturned = !!team.returnedReason;
    const result = await send(
      updateMutation,
      { id: team.id, input: { ...profileInput(values, true), district: values.district, city: values.city.trim() || null } },
      locale,
      w.fields,
    );
    setBusy(false);
    if (!result.ok) {
      const field = formField(result.field);
      if (field) setErrors({ [field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    onSaved(result.data.updateOrganization);
    setValues(valuesOf(result.data.updateOrganization));
    setStatus({ tone: 'success', text: wasReturned ? w.resubmitted : w.saved });
  };

  return (
    <>
      <p data-field="status">
        <span class="manage-badge" data-status={team.status}>
          {w.status[team.status]}
        </span>{' '}
        {team.status === 'PENDING' && w.pendingHint(team.parent?.name ?? null)}
        {team.status === 'SUSPENDED' && team.suspendedReason}
      </p>
      {team.returnedReason && (
        <div class="manage-failed" role="alert" data-field="returned">
          <p>
            <strong>{w.returned}</strong>：{team.returnedReason}
          </p>
          <p>{w.returnedHint}</p>
        </div>
      )}
      <h3 class="manage-subtitle">{team.name}</h3>
      <TeamLogo team={team} locale={locale} onSaved={onSaved} />
      {!admin && <p class="account-note">{w.readOnly}</p>}
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset disabled={!admin}>
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
          <TeamFields values={values} change={change} errors={errors} locale={locale} phoneOnFile={team.contactPhoneMasked} />
          {admin && (
            <button type="submit" class="form-submit" disabled={busy}>
              {busy ? w.saving : w.save}
            </button>
          )}
        </fieldset>
        <FormStatus status={status} locale={locale} />
      </form>
    </>
  );
}

/** The team's logo: its ADMINs and COORDINATORs change it at once (the team's name is its alt text). */
function TeamLogo({ team, locale, onSaved }: { team: Team; locale: Locale; onSaved: (team: Team) => void }) {
  const w = PHOTO_WORDS[locale];
  const [status, setStatus] = useState<Status>(null);
  const change = async (image: { id: string } | null) => {
    const result = await send(logoMutation, { id: team.id, imageId: image?.id ?? null }, locale);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onSaved(result.data.setOrganizationLogo);
    setStatus({ tone: 'success', text: image ? w.logoSaved : w.logoRemoved });
  };
  return (
    <div class="manage-logo" data-field="logo">
      <ImageUpload
        locale={locale}
        purpose="LOGO"
        organizationId={team.id}
        value={team.logo ? { ...team.logo, alt: team.logo.alt ?? team.name } : null}
        onChange={change}
        alt={false}
        label={w.logo}
      />
      <p class="form-note">{w.logoNote}</p>
      <FormStatus status={status} locale={locale} />
    </div>
  );
}
