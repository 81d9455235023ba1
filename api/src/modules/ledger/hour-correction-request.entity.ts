import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { HourEntry } from './hour-entry.entity.js';

export enum CorrectionStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(CorrectionStatus, { name: 'HourCorrectionStatus' });

/**
 * A volunteer's request to correct their service record (MCA Order 67: volunteers may ask the
 * organisation that recorded to correct it): a missing record for a shift they served, or a
 * wrong one. The organisation resolves it; accepting writes a reversal and/or a new entry.
 */
@Entity({ tableName: 'hour_correction_request' })
@Index({ properties: ['organization', 'status', 'id'] })
@Index({ properties: ['volunteer', 'id'] })
@Index({
  name: 'hour_correction_one_open_per_shift',
  expression: `create unique index "hour_correction_one_open_per_shift" on "hour_correction_request" ("volunteer_id", "shift_id") where status = 'OPEN'`,
})
@ObjectType('HourCorrectionRequest', { implements: Node, description: '时长更正申请: a request to correct a service record' })
export class HourCorrectionRequest implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('hcr');

  @ManyToOne(() => Volunteer)
  volunteer!: Rel<Volunteer>;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @ManyToOne(() => Shift)
  shift!: Rel<Shift>;

  /** The entry the volunteer disputes; null when the record is missing. */
  @ManyToOne(() => HourEntry, { nullable: true, deleteRule: 'restrict' })
  entry?: Rel<HourEntry> | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The minutes the volunteer says they served' })
  requestedMinutes!: number;

  @Property({ type: 'string', length: 500 })
  @Field(() => String)
  message!: string;

  @Enum({ items: () => CorrectionStatus, nativeEnumName: 'hour_correction_status' })
  @Field(() => CorrectionStatus)
  status: CorrectionStatus = CorrectionStatus.OPEN;

  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'restrict' })
  resolvedBy?: Rel<Volunteer> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: "The organisation's answer" })
  resolution?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  resolvedAt?: Date | null;
}
