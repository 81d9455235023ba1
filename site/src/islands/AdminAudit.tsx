// 审计记录 (/admin/audit/): the audit trail newest first, filtered by action, the actor's volunteer
// number, the team concerned and a date range (China dates), a page at a time with "more"; each
// event in words ("张三 暂停了「某某志愿队」：原因").
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AdminAuditQuery, AdminAuditQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { fromChinaWallClock } from '../lib/china-time';
import { formatMoment } from '../lib/format';
import { formatMomentEn } from '../lib/format-en';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { AdminGate } from './AdminGate';
import { FormStatus, type Status } from './FormStatus';
import { TeamFinder, type StaffTeam } from './TeamFinder';
import { AUDIT_WORDS } from './words/admin-audit';
import { ADMIN_TEAM_WORDS } from './words/admin-teams';

const auditQuery = operation<AdminAuditQuery, AdminAuditQueryVariables>(/* GraphQL */ `
  query AdminAudit($action: String, $actorNumber: String, $organizationId: ID, $from: DateTime, $to: DateTime, $after: String) {
    auditEvents(action: $action, actorNumber: $actorNumber, organizationId: $organizationId, from: $from, to: $to, order: NEWEST_FIRST, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        subjectId
        reason
        createdAt
        actor {
          id
          displayName
          volunteerNumber
        }
        organization {
          id
          name
        }
      }
    }
  }
`);

type Page = AdminAuditQuery['auditEvents'];
type AuditRow = Page['nodes'][number];
type Filter = Omit<AdminAuditQueryVariables, 'after'>;

const DAY_MS = 86_400_000;
/** The start of a China calendar day ("2026-12-04") as an instant, `days` later. */
const chinaDayStart = (ymd: string, days = 0) => new Date(fromChinaWallClock(`${ymd}T00:00:00`).getTime() + days * DAY_MS).toISOString();

export function AdminAudit({ locale }: { locale: Locale }) {
  return <AdminGate locale={locale}>{() => <Audit locale={locale} />}</AdminGate>;
}

function Audit({ locale }: { locale: Locale }) {
  const w = AUDIT_WORDS[locale];
  const [action, setAction] = useState('');
  const [actorNumber, setActorNumber] = useState('');
  const [team, setTeam] = useState<StaffTeam | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [page, setPage] = useState<{ filter: Filter; total: number; events: AuditRow[]; next: string | null } | null>(null);

  const load = async (filter: Filter, after: string | null) => {
    setBusy(true);
    const result = await send(auditQuery, { ...filter, after }, locale, w.fields);
    setBusy(false);
    if (!result.ok) {
      if (result.field) setErrors({ [result.field]: result.text });
      return setStatus({ tone: 'error', text: result.text });
    }
    setStatus(null);
    const { totalCount, nodes, pageInfo } = result.data.auditEvents;
    setPage((old) => ({
      filter,
      total: totalCount,
      events: after && old ? [...old.events, ...nodes] : nodes,
      next: pageInfo.hasNextPage ? pageInfo.endCursor! : null,
    }));
  };
  useEffect(() => void load({}, null), []);

  const apply = (e: Event) => {
    e.preventDefault();
    setErrors({});
    void load(
      {
        action: action || null,
        actorNumber: actorNumber.trim() || null,
        organizationId: team?.id ?? null,
        from: from ? chinaDayStart(from) : null,
        to: to ? chinaDayStart(to, 1) : null,
      },
      null,
    );
  };
  const reset = () => {
    setAction('');
    setActorNumber('');
    setTeam(null);
    setFrom('');
    setTo('');
    setErrors({});
    void load({}, null);
  };
  const field = (id: string, label: string, input: JSX.Element, hint?: string) => (
    <div class={errors[id] ? 'field field-invalid' : 'field'}>
      <label for={`audit-${id}`}>{label}</label>
      {input}
      {hint && (
        <p id={`audit-${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <p id={`audit-${id}-error`} class="field-error">
        {errors[id]}
      </p>
    </div>
  );
  const described = (id: string, hint = false) => ({
    id: `audit-${id}`,
    'aria-invalid': errors[id] ? ('true' as const) : undefined,
    'aria-describedby': `${hint ? `audit-${id}-hint ` : ''}audit-${id}-error`,
  });
  return (
    <>
      <section class="account-card manage-section" aria-labelledby="audit-filters">
        <h2 id="audit-filters">{w.filters}</h2>
        <h3 class="manage-subtitle">{w.team}</h3>
        <TeamFinder id="audit-team" locale={locale} onChoose={setTeam} />
        <form class="island-form" onSubmit={apply}>
          <div class="audit-filters">
            {field(
              'action',
              w.action,
              <select {...described('action')} value={action} onChange={(e) => setAction(e.currentTarget.value)}>
                <option value="">{w.anyAction}</option>
                {Object.keys(w.actions).map((a) => (
                  <option key={a} value={a}>
                    {phrase(w.actions[a], '…')}
                  </option>
                ))}
              </select>,
            )}
            {field(
              'actorNumber',
              w.actorNumber,
              <input {...described('actorNumber', true)} maxLength={60} value={actorNumber} onInput={(e) => setActorNumber(e.currentTarget.value)} />,
              w.actorNumberHint,
            )}
            {field('from', w.from, <input {...described('from')} type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />)}
            {field('to', w.to, <input {...described('to')} type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />)}
          </div>
          <p class="manage-meta" aria-live="polite">
            {w.team}: {team ? ADMIN_TEAM_WORDS[locale].finder.chosen(team.name) : '—'}
            {team && (
              <button type="button" class="signup-more" onClick={() => setTeam(null)}>
                {ADMIN_TEAM_WORDS[locale].finder.clear}
              </button>
            )}
          </p>
          <div class="manage-actions">
            <button type="submit" class="form-submit" disabled={busy}>
              {w.apply}
            </button>
            <button type="button" class="signup-more" onClick={reset}>
              {w.reset}
            </button>
          </div>
          <FormStatus status={status} locale={locale} />
        </form>
      </section>
      <section class="account-card manage-section" aria-labelledby="audit-events" aria-busy={busy}>
        <h2 id="audit-events">{w.events}</h2>
        {page && (
          <>
            <p class="manage-meta">{w.count(page.total)}</p>
            {page.events.length ? (
              <ol class="manage-list">
                {page.events.map((e) => (
                  <AuditEvent key={e.id} event={e} locale={locale} />
                ))}
              </ol>
            ) : (
              <p class="account-empty">{w.none}</p>
            )}
            {page.next && (
              <button type="button" class="signup-more" disabled={busy} onClick={() => void load(page.filter, page.next)}>
                {w.more}
              </button>
            )}
          </>
        )}
      </section>
    </>
  );
}

const phrase = (template: string, team: string) => template.replace('{team}', team);

function AuditEvent({ event: e, locale }: { event: AuditRow; locale: Locale }) {
  const w = AUDIT_WORDS[locale];
  const moment = locale === 'en' ? formatMomentEn : formatMoment;
  const team = e.organization ? (locale === 'en' ? e.organization.name : `「${e.organization.name}」`) : (e.subjectId ?? w.something);
  const what = w.actions[e.action] ? phrase(w.actions[e.action], team) : `${e.action} ${team}`;
  return (
    <li class="manage-item audit-event" data-action={e.action}>
      <p>
        <strong>{e.actor ? e.actor.displayName : w.system}</strong> {what}
        {e.reason && `${w.reasonSep}${e.reason}`}
      </p>
      <p class="manage-meta">
        <time dateTime={e.createdAt}>{moment(e.createdAt)}</time>
        {e.actor && ` · ${e.actor.volunteerNumber}`}
      </p>
    </li>
  );
}
