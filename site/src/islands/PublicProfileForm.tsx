// The account settings' switch of the volunteer's public page (志愿者风采): on or off at once; under
// 18, on only with the guardian's consent (a tick and the guardian's name, which the API checks
// against the one given at registration where there is one). While it is on, a link to the page.
// Its operations are its own (operation()), so they stay out of the code every island shares.
import { useEffect, useState } from 'preact/hooks';
import type {
  PublicProfileSwitchQuery,
  PublicProfileSwitchQueryVariables,
  SetProfileVisibilityMutation,
  SetProfileVisibilityMutationVariables,
} from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { operation } from '../lib/manage-operation';
import { request } from '../lib/graphql-client';
import { send } from '../lib/manage-submit';
import { volunteerProfilePath } from '../lib/profiles';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { VOLUNTEER_PROFILE_WORDS } from './words/volunteer-profile';

const switchQuery = operation<PublicProfileSwitchQuery, PublicProfileSwitchQueryVariables>(/* GraphQL */ `
  query PublicProfileSwitch {
    me {
      id
      volunteerNumber
      publicProfile
      publicProfileNeedsGuardian
      guardianConsentAt
    }
  }
`);

const setVisibility = operation<SetProfileVisibilityMutation, SetProfileVisibilityMutationVariables>(/* GraphQL */ `
  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {
    setProfileVisibility(input: $input) {
      id
      publicProfile
      guardianConsentAt
    }
  }
`);

type Me = NonNullable<PublicProfileSwitchQuery['me']>;

export function PublicProfileForm({ locale }: { locale: Locale }) {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    void request(switchQuery, {}).then((result) => result.ok && setMe(result.data.me ?? null));
  }, []);
  return me ? <ProfileSwitch me={me} locale={locale} onSaved={(change) => setMe({ ...me, ...change })} /> : null;
}

function ProfileSwitch({ me, locale, onSaved }: { me: Me; locale: Locale; onSaved: (change: Partial<Me>) => void }) {
  const w = VOLUNTEER_PROFILE_WORDS[locale];
  const minor = !!me.publicProfileNeedsGuardian;
  const [agrees, setAgrees] = useState(false);
  const [guardian, setGuardian] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  // The box shows the change at once; it goes back if the API refuses it.
  const [on, setOn] = useState(me.publicProfile);

  const change = async (next: boolean) => {
    setOn(next);
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const consent = minor && next ? { guardianAgrees: agrees, guardianName: guardian.trim() } : null;
    const result = await send(setVisibility, { input: { public: next, guardianConsent: consent } }, locale);
    setBusy(false);
    if (!result.ok) {
      setOn(!next);
      setErrors(result.field ? { [result.field]: result.text } : {});
      return setStatus({ tone: 'error', text: result.text });
    }
    setErrors({});
    const { publicProfile, guardianConsentAt } = result.data.setProfileVisibility;
    setOn(publicProfile);
    setStatus({ tone: 'success', text: publicProfile ? w.on : w.off });
    onSaved({ publicProfile, guardianConsentAt });
  };

  // The day of consent, China time, in the page's language.
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
  return (
    <section class="account-card settings-part" aria-labelledby="settings-public-title" id="settings-public">
      <h2 id="settings-public-title">{w.switchTitle}</h2>
      <p class="account-note">{w.switchLead}</p>
      <form class="island-form" onSubmit={(e) => e.preventDefault()} aria-busy={busy}>
        {minor && !me.publicProfile && (
          <>
            <p class="account-note">{w.minorNote}</p>
            <div class="form-consent">
              <input
                id="settings-public-guardian-agrees"
                type="checkbox"
                checked={agrees}
                disabled={busy}
                onChange={(e) => setAgrees((e.target as HTMLInputElement).checked)}
                aria-invalid={errors.guardianConsent ? true : undefined}
              />
              <label for="settings-public-guardian-agrees">{w.guardianAgrees}</label>
            </div>
            <Field
              name="guardianName"
              label={w.guardianName}
              hint={w.guardianNameHint}
              autoComplete="off"
              maxLength={30}
              value={guardian}
              onValue={setGuardian}
              error={errors.guardianName}
              locale={locale}
            />
          </>
        )}
        <div class="form-consent">
          <input
            id="settings-public-switch"
            type="checkbox"
            role="switch"
            checked={on}
            disabled={busy}
            onChange={(e) => void change((e.target as HTMLInputElement).checked)}
          />
          <label for="settings-public-switch">{w.switchLabel}</label>
        </div>
        {me.publicProfile && me.guardianConsentAt && <p class="account-note">{w.consentSince(date(me.guardianConsentAt))}</p>}
        {me.publicProfile && (
          <p>
            <a href={localizePath(volunteerProfilePath(me), locale)}>{w.viewPage}</a>
          </p>
        )}
        <FormStatus status={status} locale={locale} />
      </form>
    </section>
  );
}
