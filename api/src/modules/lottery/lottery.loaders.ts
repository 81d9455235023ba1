// Per-request DataLoaders of the lottery (common/request-scope.ts): a page of shifts costs one
// query for their draws.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { perRequest } from '../../common/request-scope.js';
import { ShiftDraw } from './shift-draw.entity.js';

/** Each shift's draw (null: not drawn), by shift ID. */
export const drawOfShift = perRequest(
  ({ em }: Context) =>
    new DataLoader<string, ShiftDraw | null>(async (shiftIds) => {
      const draws = await em.find(ShiftDraw, { shift: { $in: [...shiftIds] } });
      const byShift = new Map(draws.map((d) => [d.shift.id, d]));
      return shiftIds.map((id) => byShift.get(id) ?? null);
    }),
);
