// The unsubscribe link of an email: a token naming the message it came with, signed with the
// platform's MAC key (it outlives data-key rotations, as certificate codes do), so the link
// says nothing about the volunteer and cannot be made for another message. Following it turns
// email off for the message's recipient; the inbox keeps every message.
import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { writeAudit } from '../audit/audit.service.js';
import { liveRecipientOf, turnEmailOff } from './outbox.queries.js';

const MAC_BYTES = 16;
const TOKEN = /^(\d{1,18})\.([A-Za-z0-9_-]{22})$/;

const signature = (vault: PersonalDataVault, messageId: string) => vault.mac('unsubscribe', `email:${messageId}`).subarray(0, MAC_BYTES);

export function unsubscribeToken(vault: PersonalDataVault, messageId: string): string {
  return `${messageId}.${signature(vault, messageId).toString('base64url')}`;
}

export function unsubscribeUrl(publicUrl: string, vault: PersonalDataVault, messageId: string): string {
  return `${publicUrl}/unsubscribe?token=${unsubscribeToken(vault, messageId)}`;
}

/** The message a token was made for, or null when it was not made here. */
export function messageOfToken(vault: PersonalDataVault, token: string): string | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const given = Buffer.from(match[2], 'base64url');
  return given.length === MAC_BYTES && timingSafeEqual(given, signature(vault, match[1])) ? match[1] : null;
}

/** Whether a token opens an account (its message's recipient, not closed). */
export async function recipientOfToken(em: EntityManager, vault: PersonalDataVault, token: string): Promise<string | null> {
  const messageId = messageOfToken(vault, token);
  if (!messageId) return null;
  return liveRecipientOf(em, messageId);
}

/** Turns email off for the recipient of the token's message; false when the token opens no account. */
export async function unsubscribe(em: EntityManager, vault: PersonalDataVault, token: string): Promise<boolean> {
  const volunteerId = await recipientOfToken(em, vault, token);
  if (!volunteerId) return false;
  await em.transactional(async (tx) => {
    if (await turnEmailOff(tx, volunteerId))
      await writeAudit(tx, [
        { actorId: volunteerId, action: 'volunteer.profile-updated', subjectId: volunteerId, detail: { notifyByEmail: false, via: 'unsubscribe link' } },
      ]);
  });
  return true;
}
