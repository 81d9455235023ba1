import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Shift } from '../project/shift.entity.js';
import { PartnerKey } from '../partner/partner-key.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export enum HourEntryKind {
  SERVICE = 'SERVICE',
  REVERSAL = 'REVERSAL',
}
registerEnumType(HourEntryKind, {
  name: 'HourEntryKind',
  description: 'SERVICE records time served; REVERSAL cancels one SERVICE entry (negative minutes)',
});

/**
 * 服务时长记录: one line of the append-only ledger. PostgreSQL refuses UPDATE, DELETE and
 * TRUNCATE on this table (trigger `hour_entry_append_only`); a correction is a REVERSAL of the
 * wrong entry plus a new SERVICE entry. Each entry carries the record fields of MCA Order 67
 * (activity, date, place, service content, time, recorder, organisation) as they were when it
 * was written, so later edits elsewhere never rewrite a record.
 *
 * One live SERVICE entry per volunteer and shift: SERVICE entries of a (shift, volunteer) are
 * numbered by `revision` (0, then 1 after the first is reversed, ...) under a unique index, so
 * two concurrent recordings of the same person can never both land.
 */
@Entity({ tableName: 'hour_entry' })
@Index({ properties: ['volunteer', 'serviceDate', 'id'] })
@Index({ properties: ['organization', 'serviceDate', 'id'] })
@Index({
  name: 'hour_entry_one_service_per_revision',
  expression: `create unique index "hour_entry_one_service_per_revision" on "hour_entry" ("shift_id", "volunteer_id", "revision") where kind = 'SERVICE'`,
})
@Index({
  name: 'hour_entry_one_reversal',
  expression: `create unique index "hour_entry_one_reversal" on "hour_entry" ("reverses_id") where reverses_id is not null`,
})
// Importing the same earlier record twice records it once: each imported row's natural key.
@Index({
  name: 'hour_entry_import_key',
  expression: `create unique index "hour_entry_import_key" on "hour_entry" ("import_key") where import_key is not null`,
})
@Check({
  name: 'hour_entry_kind_shape',
  expression: `(kind = 'SERVICE' and minutes > 0 and reverses_id is null) or (kind = 'REVERSAL' and minutes < 0 and reverses_id is not null and reason is not null)`,
})
@ObjectType('HourEntry', { implements: Node, description: '服务时长记录: an entry of the append-only service-hour ledger' })
export class HourEntry implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('hre');

  @Enum({ items: () => HourEntryKind, nativeEnumName: 'hour_entry_kind' })
  @Field(() => HourEntryKind)
  kind!: HourEntryKind;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Service time in minutes; negative for a reversal' })
  minutes!: number;

  @ManyToOne(() => Volunteer)
  volunteer!: Rel<Volunteer>;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  /** Null for records imported from before the platform (no shift of ours behind them). */
  @ManyToOne(() => Shift, { nullable: true, deleteRule: 'restrict' })
  shift?: Rel<Shift> | null;

  /** 0 for the first SERVICE entry of a volunteer on a shift, n after n reversals; null for reversals and imports. */
  @Property({ type: 'smallint', nullable: true })
  revision?: number | null;

  @ManyToOne(() => HourEntry, { nullable: true, deleteRule: 'restrict' })
  reverses?: Rel<HourEntry> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why a reversal was made' })
  reason?: string | null;

  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Activity (活动名称) as recorded' })
  activity!: string;

  @Property({ type: 'date' })
  @Field(() => String, { description: 'Service date (服务日期) in China, YYYY-MM-DD' })
  serviceDate!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Place (服务地点) as recorded' })
  place?: string | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Service content (服务内容) as recorded' })
  serviceContent!: string;

  /** Null for imported records and for records a partner app wrote (recordedByKey). */
  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'restrict' })
  recordedBy?: Rel<Volunteer> | null;

  /** The partner app's key (RECORD_HOURS scope) that wrote the record, when one did. */
  @ManyToOne(() => PartnerKey, { nullable: true, deleteRule: 'restrict' })
  recordedByKey?: Rel<PartnerKey> | null;

  /** Imported records: SHA-256 of the organisation, volunteer, date, activity and minutes (see HourImportService). */
  @Property({ type: 'string', length: 64, nullable: true })
  importKey?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Imported records: where they came from (file name and when it was imported)' })
  importSource?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Field(() => Float, { description: 'minutes / 60' })
  get hours(): number {
    return Math.round((this.minutes / 60) * 100) / 100;
  }
}
