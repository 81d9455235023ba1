import type { EntityManager } from '@mikro-orm/postgresql';

export type AuditAction =
  | 'personal-data.read'
  | 'volunteer.registered'
  | 'volunteer.deleted'
  | 'volunteer.password-changed'
  | 'volunteer.profile-updated'
  | 'session.created'
  | 'session.revoked'
  | 'organization.registered'
  | 'organization.approved'
  | 'organization.suspended'
  | 'organization.returned'
  | 'organization.updated'
  | 'organization.logo-changed'
  | 'project.photos-updated'
  | 'organization.resubmitted'
  | 'membership.role-changed'
  | 'membership.removed'
  | 'membership.admin-handed-over'
  | 'membership-request.accepted'
  | 'membership-request.declined'
  | 'volunteer.registered-assisted'
  | 'signup.attended'
  | 'signup.no-show'
  | 'hours.walk-in'
  | 'hours.imported'
  | 'partner-key.created'
  | 'partner-key.revoked'
  | 'news.submitted'
  | 'news.published'
  | 'news.returned'
  | 'news.withdrawn'
  | 'role-model.published'
  | 'role-model.withdrawn'
  | 'showcase.published'
  | 'showcase.withdrawn';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  subjectId: string | null;
  detail?: Record<string, unknown>;
}

/** Appends audit entries in one statement; never carries the personal data itself. */
export async function writeAudit(em: EntityManager, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const values = entries.map(() => '(?, ?, ?, ?::jsonb)').join(', ');
  const params = entries.flatMap((e) => [e.actorId, e.action, e.subjectId, e.detail ? JSON.stringify(e.detail) : null]);
  await em.getConnection().execute(`insert into audit_log (actor_id, action, subject_id, detail) values ${values}`, params, 'run', em.getTransactionContext());
}
