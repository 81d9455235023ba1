// What the project module tells the modules above it, in the transaction of the change
// (common/domain-events.ts).
import type { ShiftAllocation } from './shift.entity.js';

declare module '../../common/domain-events.js' {
  interface DomainEvents {
    /** Shifts were written: a new activity's, or a draft's written again (their IDs are new). */
    shiftsCreated: { projectId: string; shifts: readonly { id: string; allocation: ShiftAllocation }[] };
  }
}
