// The volunteer card's QR code (一卡): `aixin-card:<volunteer number>:<window>:<code>`, where the
// window is the 30-second period it was drawn in and the code the first ten hex digits of
// HMAC-SHA256(card key, "<number>:<window>"). The card key is derived from the platform's key and
// the volunteer, handed to the volunteer's own browser once, so the card draws its code offline;
// a screenshot of it is worthless a minute later.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PersonalDataVault } from '../../common/personal-data.js';

export const CARD_PERIOD_SECONDS = 30;
/** Windows either side of now that still count (a clock a little off, a code read as it turned). */
export const CARD_WINDOW_SLACK = 1;
const PREFIX = 'aixin-card';
const CODE_LENGTH = 10;

/** The volunteer's card key (32 bytes), derived: nothing is stored, and only the volunteer is told it. */
export function cardKey(vault: PersonalDataVault, volunteerId: string): Buffer {
  return vault.mac('volunteer-card', volunteerId);
}

export function cardWindow(at: number = Date.now()): number {
  return Math.floor(at / (CARD_PERIOD_SECONDS * 1000));
}

export function cardCode(key: Buffer, volunteerNumber: string, window: number): string {
  return createHmac('sha256', key).update(`${volunteerNumber}:${window}`).digest('hex').slice(0, CODE_LENGTH);
}

export function cardPayload(key: Buffer, volunteerNumber: string, at: number = Date.now()): string {
  const window = cardWindow(at);
  return `${PREFIX}:${volunteerNumber}:${window}:${cardCode(key, volunteerNumber, window)}`;
}

export interface ScannedCard {
  volunteerNumber: string;
  window: number;
  code: string;
}

/** The parts of a scanned card, or null when the text is not a card's QR code. */
export function parseCard(text: string): ScannedCard | null {
  const match = /^aixin-card:([A-Z0-9]{4,20}):(\d{1,12}):([0-9a-f]{10})$/.exec(text.trim());
  return match ? { volunteerNumber: match[1], window: Number(match[2]), code: match[3] } : null;
}

/** Whether a scanned card's code was drawn by the holder of `key` within the slack of now. */
export function isFreshCard(key: Buffer, card: ScannedCard, at: number = Date.now()): boolean {
  if (Math.abs(card.window - cardWindow(at)) > CARD_WINDOW_SLACK) return false;
  const expected = Buffer.from(cardCode(key, card.volunteerNumber, card.window));
  const given = Buffer.from(card.code);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
