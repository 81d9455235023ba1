// Who may see what of a volunteer (the contract's "who may see what"), decided in one place
// and batched per request: one query answers the question for a whole page of volunteers.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { perRequest } from '../../common/request-scope.js';
import { writeAudit } from '../audit/audit.service.js';
import { coordinatedVolunteers, sealedCardPhotos, sealedRows, type SealedRow } from './volunteer.queries.js';

/** The team roles that see a volunteer as their coordinator (MemberRole's COORDINATOR and ADMIN; the organisation module sits above this one). */
export const COORDINATING_ROLES = ['COORDINATOR', 'ADMIN'] as const;

/** self: everything of their own; admin: all masked forms; coordinator: name and masked phone; public: public fields. */
export type VolunteerAccess = 'self' | 'admin' | 'coordinator' | 'public';

export type PersonalField = 'realName' | 'phoneMasked' | 'idNumberMasked' | 'email' | 'district' | 'skills' | 'cardPhoto';

const ALLOWED: Record<PersonalField, VolunteerAccess[]> = {
  realName: ['self', 'admin', 'coordinator'],
  phoneMasked: ['self', 'admin', 'coordinator'],
  idNumberMasked: ['self', 'admin'],
  email: ['self', 'admin'],
  district: ['self', 'admin', 'coordinator'],
  skills: ['self', 'admin', 'coordinator'],
  // Who checks the volunteer in sees the face on their card.
  cardPhoto: ['self', 'admin', 'coordinator'],
};

/** The personal fields whose reading by someone else is written to the audit trail. */
export type AuditedField = 'realName' | 'cardPhoto';

export function mayRead(access: VolunteerAccess, field: PersonalField): boolean {
  return ALLOWED[field].includes(access);
}

export interface PersonalData {
  realName: string | null;
  idNumber: string | null;
  phone: string | null;
}

/**
 * Per-request loaders: the viewer's access to each volunteer, their decrypted personal data and
 * card photos, and the audit trail of others reading a real name or a photo (written once per batch).
 */
export const volunteerLoaders = perRequest(({ em, viewer, vault }: Context) => {
  const access = new DataLoader<string, VolunteerAccess>(async (ids) => {
    if (!viewer) return ids.map(() => 'public');
    if (viewer.isPlatformAdmin) return ids.map((id) => (id === viewer.volunteerId ? 'self' : 'admin'));
    // An app acting for the volunteer sees others as the public does, never as their coordinator.
    if (viewer.app) return ids.map((id) => (id === viewer.volunteerId ? 'self' : 'public'));
    const others = ids.filter((id) => id !== viewer.volunteerId);
    const coordinated = new Set<string>();
    if (others.length) {
      // A coordinator or admin of an organisation the volunteer belongs to, or signed up with.
      for (const id of await coordinatedVolunteers(em, viewer.volunteerId, others, COORDINATING_ROLES)) coordinated.add(id);
    }
    return ids.map((id) => (id === viewer.volunteerId ? 'self' : coordinated.has(id) ? 'coordinator' : 'public'));
  });

  const personalData = new DataLoader<string, PersonalData>(async (ids) => {
    // The viewer's own row came with the session lookup: only others are read here.
    const own = viewer?.volunteerRow && 'real_name_enc' in viewer.volunteerRow ? (viewer.volunteerRow as SealedRow) : null;
    const others = ids.filter((id) => id !== own?.id);
    const rows = others.length ? await sealedRows(em, others) : [];
    const byId = new Map<string, SealedRow>(rows.map((r) => [r.id, r]));
    if (own) byId.set(own.id, own);
    return ids.map((id) => {
      const r = byId.get(id);
      const open = (b: Buffer | null | undefined) => (b ? vault.decrypt(b) : null);
      return { realName: open(r?.real_name_enc), idNumber: open(r?.id_number_enc), phone: open(r?.phone_enc) };
    });
  });

  // Only read where asked for (a coordinator's scan, the volunteer's own card): a photo is ~15 kB.
  const cardPhoto = new DataLoader<string, string | null>(async (ids) => {
    const byId = new Map((await sealedCardPhotos(em, ids)).map((r) => [r.id, vault.decrypt(r.card_photo_enc)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const auditRead = new DataLoader<{ subjectId: string; field: AuditedField }, true, string>(
    async (reads) => {
      await writeAudit(
        em,
        reads.map(({ subjectId, field }) => ({
          actorId: viewer?.volunteerId ?? null,
          action: 'personal-data.read' as const,
          subjectId,
          detail: { field },
        })),
      );
      return reads.map(() => true as const);
    },
    { cacheKeyFn: ({ subjectId, field }) => `${field}:${subjectId}` },
  );

  return { access, personalData, cardPhoto, auditRead };
});
