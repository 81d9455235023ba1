// What the lottery does when other modules change things (common/domain-events.ts).
import type { DomainEventHandlers } from '../../common/domain-events.js';
import '../project/project.events.js';
import { ShiftAllocation } from '../project/shift.entity.js';
import { insertDrawSeeds } from './lottery.queries.js';

export const lotteryEventHandlers: DomainEventHandlers = {
  // Each lottery gets its seed as its shift is written: the commitment is public from
  // publication, so the seed cannot be picked once the entries are known.
  shiftsCreated: async (tx, { shifts }) => {
    await insertDrawSeeds(
      tx,
      shifts.filter((s) => s.allocation === ShiftAllocation.LOTTERY).map((s) => s.id),
    );
  },
};
