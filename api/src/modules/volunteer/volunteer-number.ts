// Unified volunteer numbers (志愿者编号): "AX" and ten digits from a database sequence,
// public and stable, carrying no personal data.
import type { EntityManager } from '@mikro-orm/postgresql';
import { nextNumberSequence } from './volunteer.queries.js';

export function formatVolunteerNumber(sequence: number): string {
  return `AX${String(sequence).padStart(10, '0')}`;
}

export async function nextVolunteerNumbers(em: EntityManager, count: number): Promise<string[]> {
  return (await nextNumberSequence(em, count)).map(formatVolunteerNumber);
}
