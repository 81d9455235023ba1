// 志愿者风采 (/volunteers/?n=<volunteer number>): a volunteer's public page, read live so that it
// shows as soon as they switch it on and is gone as soon as they switch it off. The API answers
// only public fields; a page that is off reads exactly as one that does not exist.
import { useEffect, useState } from 'preact/hooks';
import type { VolunteerProfilePageQuery, VolunteerProfilePageQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { loadViewer } from '../lib/session';
import { VOLUNTEER_PROFILE_WORDS } from './words/volunteer-profile';
import './facts.css';
import './volunteer-profile.css';

const profileQuery = operation<VolunteerProfilePageQuery, VolunteerProfilePageQueryVariables>(/* GraphQL */ `
  query VolunteerProfilePage($number: String!) {
    volunteerProfile(number: $number) {
      volunteerNumber
      displayName
      starLevel
      hours
      teams {
        id
        slug
        name
      }
      stories(first: 50) {
        totalCount
        nodes {
          id
          title
          publishedAt
        }
      }
    }
  }
`);

type Profile = NonNullable<VolunteerProfilePageQuery['volunteerProfile']>;
type State = { status: 'loading' } | { status: 'none' | 'hidden' } | { status: 'failed'; text: string } | { status: 'ready'; profile: Profile };

export function VolunteerProfile({ locale }: { locale: Locale }) {
  const w = VOLUNTEER_PROFILE_WORDS[locale];
  const [state, setState] = useState<State>({ status: 'loading' });
  // A signed-in visitor without a page to see is shown where to switch their own on.
  const [signedIn, setSignedIn] = useState(false);

  useEffect(() => {
    const number = new URLSearchParams(location.search).get('n')?.trim();
    void loadViewer().then((viewer) => setSignedIn(viewer.status === 'signed-in'));
    if (!number) return setState({ status: 'none' });
    void request(profileQuery, { number }).then(async (result) => {
      if (!result.ok) return setState({ status: 'failed', text: await failureText(result, locale) });
      const profile = result.data.volunteerProfile;
      setState(profile ? { status: 'ready', profile } : { status: 'hidden' });
      if (profile) document.title = `${profile.displayName} · ${document.title}`;
    });
  }, []);

  if (state.status === 'loading') return <p aria-live="polite">{w.loading}</p>;
  if (state.status !== 'ready') {
    const text = state.status === 'failed' ? state.text : state.status === 'none' ? w.noNumber : w.notPublic;
    return (
      <div class="volunteer-profile-note">
        <p role="status">{text}</p>
        {signedIn && state.status !== 'failed' && (
          <p>
            <a href={localizePath('/account/settings/#settings-public', locale)}>{w.ownPage}</a>
          </p>
        )}
      </div>
    );
  }
  const { profile } = state;
  return (
    <article class="volunteer-profile">
      <h2 lang="zh-CN">{profile.displayName}</h2>
      <dl class="facts">
        <div>
          <dt>{w.number}</dt>
          <dd>{profile.volunteerNumber}</dd>
        </div>
        <div>
          <dt>{w.stars}</dt>
          <dd>
            <span aria-hidden="true">{'★'.repeat(profile.starLevel) + '☆'.repeat(Math.max(0, 5 - profile.starLevel))} </span>
            {w.starsValue(profile.starLevel)}
          </dd>
        </div>
        <div>
          <dt>{w.hours}</dt>
          <dd>{w.hoursValue(String(profile.hours))}</dd>
        </div>
      </dl>
      <h3>{w.teams}</h3>
      {profile.teams.length ? (
        <ul class="volunteer-profile-list">
          {profile.teams.map((team) => (
            <li key={team.id}>
              <a href={localizePath(`/organizations/${encodeURIComponent(team.slug)}/`, locale)} lang="zh-CN">
                {team.name}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.noTeams}</p>
      )}
      <h3>{w.stories}</h3>
      {profile.stories.nodes.length ? (
        <ul class="volunteer-profile-list">
          {profile.stories.nodes.map((story) => (
            <li key={story.id}>
              <a href={localizePath(`/stories/${story.id}/`, locale)} lang="zh-CN">
                {story.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.noStories}</p>
      )}
    </article>
  );
}
