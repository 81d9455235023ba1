// What the project module tells the modules above it, in the transaction of the change
// (common/domain-events.ts).
import type { OutboxTopic } from '../outbox/outbox.queries.js';
import type { ShiftScope } from './project.queries.js';
import type { ShiftAllocation } from './shift.entity.js';

declare module '../../common/domain-events.js' {
  interface DomainEvents {
    /** Shifts were written: a new activity's, or a draft's written again (their IDs are new). */
    /** A new activity (a draft), answering a resident's need when `serviceRequestId` is given. */
    projectCreated: { projectId: string; organizationId: string; serviceRequestId: string | null };
    shiftsCreated: { projectId: string; shifts: readonly { id: string; allocation: ShiftAllocation }[] };
    /**
     * Shifts were cancelled (locked first: one shift, or every shift of a cancelled activity): what
     * they held ends with them, and whoever held or waited for a place hears why, by `topic`.
     * Handlers add the volunteers they told to `told`.
     */
    shiftsCancelled: { scope: ShiftScope; projectId: string; topic: OutboxTopic; reason: string; told: number };
    /** A published shift moved (locked first); handlers add the volunteers they told to `told`. */
    shiftMoved: {
      projectId: string;
      shiftId: string;
      oldStartsAt: Date;
      oldEndsAt: Date;
      newStartsAt: Date;
      newEndsAt: Date;
      reason: string;
      told: number;
    };
  }
}
