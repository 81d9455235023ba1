// Finding any team by part of its name, for the staff's pages (teams, keys, audit): a search field
// and its results, each shown by the page (a choose button by default).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { StaffTeamFragment, StaffTeamSearchQuery, StaffTeamSearchQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ADMIN_TEAM_WORDS } from './words/admin-teams';
import './admin.css';

// Read by codegen like every document; sent with each operation that spreads it.
export const staffTeam = /* GraphQL */ `
  fragment StaffTeam on Organization {
    id
    name
    status
    district
    memberCount
    createdAt
    returnedReason
    suspendedReason
    suspendedAt
  }
`;

const searchQuery = operation<StaffTeamSearchQuery, StaffTeamSearchQueryVariables>(
  /* GraphQL */ `
  query StaffTeamSearch($search: String!) {
    staffOrganizations(search: $search, first: 20) {
      totalCount
      nodes {
        ...StaffTeam
      }
    }
  }
`,
  staffTeam,
);

export type StaffTeam = StaffTeamFragment;

interface Props {
  id: string;
  locale: Locale;
  /** How a found team is shown; by default its name with a button that hands it to `onChoose`. */
  children?: (team: StaffTeam, refresh: () => void) => ComponentChildren;
  onChoose?: (team: StaffTeam) => void;
}

export function TeamFinder({ id, locale, children, onChoose }: Props) {
  const all = ADMIN_TEAM_WORDS[locale];
  const w = all.finder;
  const [term, setTerm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [found, setFound] = useState<{ total: number; teams: StaffTeam[] } | null>(null);
  const find = async (e?: Event) => {
    e?.preventDefault();
    const search = term.trim();
    if (!search) return;
    setStatus(null);
    const result = await send(searchQuery, { search }, locale, all.fields);
    if (!result.ok) {
      if (result.field === 'search') setError(result.text);
      return setStatus({ tone: 'error', text: result.text });
    }
    setFound({ total: result.data.staffOrganizations.totalCount, teams: result.data.staffOrganizations.nodes });
  };
  const input = `${id}-search`;
  return (
    <div class="team-finder">
      <form class="island-form manage-actions" role="search" onSubmit={(e) => void find(e)}>
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for={input}>{w.label}</label>
          <input
            id={input}
            type="search"
            maxLength={50}
            value={term}
            onInput={(e) => (setTerm(e.currentTarget.value), setError(null))}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${input}-hint ${input}-error`}
          />
          <p id={`${input}-hint`} class="field-hint">
            {w.hint}
          </p>
          <p id={`${input}-error`} class="field-error">
            {error}
          </p>
        </div>
        <button type="submit" class="signup-more">
          {w.find}
        </button>
      </form>
      <FormStatus status={status} locale={locale} />
      {found && (
        <div aria-live="polite">
          <p class="manage-meta">{found.teams.length ? w.results(found.total) : w.none}</p>
          <ul class="manage-list">
            {found.teams.map((team) =>
              children ? (
                children(team, () => void find())
              ) : (
                <li key={team.id} class="manage-item">
                  <strong>{team.name}</strong>
                  <span class="manage-meta">
                    {all.status[team.status]} · {team.district}
                  </span>
                  <div class="manage-actions">
                    <button type="button" class="signup-more" onClick={() => onChoose?.(team)}>
                      {w.choose}
                      <span class="visually-hidden">：{team.name}</span>
                    </button>
                  </div>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
