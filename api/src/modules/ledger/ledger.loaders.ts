// Per-request DataLoaders of the ledger (common/request-scope.ts): a page of entries costs one
// query per field, not per row.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { perRequest } from '../../common/request-scope.js';
import { HourEntry } from './hour-entry.entity.js';
import { PartnerKey } from '../partner/partner-key.entity.js';
import { managedOrganizationIds } from '../organization/organization-access.js';

export interface LedgerLoaders {
  entry: DataLoader<string, HourEntry | null>;
  /** The REVERSAL of an entry, by the reversed entry's ID. */
  reversalOf: DataLoader<string, HourEntry | null>;
  /** The name of the partner app (its key) that recorded entries, by key ID. */
  appName: DataLoader<string, string | null>;
  /** Organisations the viewer manages (one query per request). */
  managed: () => Promise<string[]>;
}

export const ledgerLoaders = perRequest((ctx: Context): LedgerLoaders => {
  const { em, viewer } = ctx;
  let managed: Promise<string[]> | undefined;
  return {
    entry: new DataLoader(async (ids) => {
      const rows = await em.find(HourEntry, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    reversalOf: new DataLoader(async (ids) => {
      const rows = await em.find(HourEntry, { reverses: { $in: [...ids] } });
      const byReversed = new Map(rows.map((r) => [r.reverses!.id, r]));
      return ids.map((id) => byReversed.get(id) ?? null);
    }),
    appName: new DataLoader(async (ids) => {
      const rows = await em.find(PartnerKey, { id: { $in: [...ids] } }, { fields: ['id', 'name'] });
      const byId = new Map(rows.map((r) => [r.id, r.name]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    managed: () => (managed ??= viewer ? managedOrganizationIds(em, viewer.volunteerId) : Promise.resolve([])),
  };
});
