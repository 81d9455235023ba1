import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Shift } from '../project/shift.entity.js';

/**
 * That a shift's volunteers were reminded `hoursBefore` its start: written in the transaction
 * that enqueues the reminders, so each reminder goes out once whoever runs its job, however often.
 */
@Entity({ tableName: 'shift_reminder' })
export class ShiftReminder {
  @ManyToOne(() => Shift, { primary: true, deleteRule: 'cascade' })
  shift!: Rel<Shift>;

  @PrimaryKey({ type: 'integer' })
  hoursBefore!: number;

  /** How many volunteers were reminded. */
  @Property({ type: 'integer' })
  recipients!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  sentAt: Date = new Date();
}
