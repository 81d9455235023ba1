// Proof that the kept totals equal the ledger: every volunteer's and organisation's total and
// every monthly rollup against the sums of their entries (full scans: platform staff only).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ledgerSums, type LedgerSumsRow } from './ledger.queries.js';

@ObjectType('LedgerConsistency', { description: 'Totals checked against the sums of the ledger entries' })
export class LedgerConsistency {
  @Field(() => Boolean, { description: 'True when every total equals the sum of its entries' }) consistent!: boolean;
  @Field(() => Int) entryCount!: number;
  @Field(() => Int, { description: 'Sum of all entries' }) entryMinutes!: number;
  @Field(() => Int, { description: 'Sum of all volunteer totals' }) volunteerTotalMinutes!: number;
  @Field(() => Int, { description: 'Volunteers whose total differs from their entries' }) volunteerMismatches!: number;
  @Field(() => Int, { description: 'Organisations whose total differs from their entries' }) organizationMismatches!: number;
  @Field(() => Int, { description: 'Monthly and yearly rollups that differ from their entries' }) rollupMismatches!: number;
  @Field(() => DateTimeResolver) checkedAt!: Date;
}

export async function checkLedger(em: EntityManager): Promise<LedgerConsistency> {
  const row = await ledgerSums(em);
  const n = (k: keyof LedgerSumsRow) => Number(row[k]);
  const result = {
    entryCount: n('entry_count'),
    entryMinutes: n('entry_minutes'),
    volunteerTotalMinutes: n('volunteer_total'),
    volunteerMismatches: n('volunteer_mismatches'),
    organizationMismatches: n('organization_mismatches'),
    rollupMismatches: n('rollup_mismatches'),
    checkedAt: new Date(),
  };
  const consistent =
    result.volunteerMismatches === 0 &&
    result.organizationMismatches === 0 &&
    result.rollupMismatches === 0 &&
    result.entryMinutes === result.volunteerTotalMinutes;
  return Object.assign(new LedgerConsistency(), result, { consistent });
}
