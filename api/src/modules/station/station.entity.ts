import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GeoPoint } from '../../common/geo.js';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export const MAX_STATION_NAME = 60;
export const MAX_STATION_ADDRESS = 200;
export const MAX_OPENING_HOURS = 200;
export const MAX_SERVICES = 20;
export const MAX_SERVICE_LENGTH = 30;

/**
 * 志愿服务站: a county volunteer station, run by a team or federation (its operator) and staffed
 * by a duty rota of teams (值班制). Its dates are China calendar dates.
 */
@Entity({ tableName: 'station' })
@ObjectType('Station', { implements: Node, description: '志愿服务站: a volunteer station run by a team or federation and staffed by a duty rota of teams' })
export class Station implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('stn');

  @Property({ type: 'string', length: 80, unique: true })
  @Field(() => String, { description: 'Lower-case letters, digits and hyphens; names its page /stations/<slug>/' })
  slug!: string;

  @Property({ type: 'string', length: MAX_STATION_NAME })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: MAX_STATION_ADDRESS })
  @Field(() => String)
  address!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  district?: string | null;

  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  lng?: number | null;

  @Field(() => GeoPoint, { nullable: true })
  get location(): GeoPoint | null {
    return this.lat == null || this.lng == null ? null : { lat: this.lat, lng: this.lng };
  }

  @Property({ type: 'string', length: MAX_OPENING_HOURS })
  @Field(() => String, { description: 'e.g. 周一至周日 9:00–17:00' })
  openingHours!: string;

  @Property({ type: 'text[]', default: '{}' })
  @Field(() => [String], { description: 'What residents can do there, e.g. 志愿者注册, 活动咨询' })
  services: string[] = [];

  /** The team or federation that runs it; its ADMINs manage the station. */
  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  operator!: Rel<Organization>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}

/** Where a rota entry applies: a weekday every week, or one calendar date (which wins over its weekday). */
@Entity({ tableName: 'station_rota_entry' })
@Index({
  name: 'station_rota_weekday_once',
  expression: `create unique index "station_rota_weekday_once" on "station_rota_entry" ("station_id", "weekday") where weekday is not null`,
})
@Index({
  name: 'station_rota_date_once',
  expression: `create unique index "station_rota_date_once" on "station_rota_entry" ("station_id", "date") where date is not null`,
})
@Check({ name: 'station_rota_entry_weekday', expression: 'weekday >= 1 and weekday <= 7' })
@Check({ name: 'station_rota_entry_places', expression: 'places >= 1 and places <= 100' })
@ObjectType('StationRotaEntry', { description: "A line of a station's rota: the team on duty on a weekday (every week) or on one date, its hours and places" })
export class StationRotaEntry {
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('sre');

  @ManyToOne(() => Station, { deleteRule: 'cascade' })
  station!: Rel<Station>;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'ISO weekday, 1 (Monday)..7 (Sunday); null for a dated entry' })
  weekday?: number | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'China date YYYY-MM-DD of a one-off entry; null for a weekly one' })
  date?: string | null;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  team!: Rel<Organization>;

  @Property({ type: 'string', length: 5 })
  @Field(() => String, { description: 'Duty start, China time HH:MM' })
  startsAt!: string;

  @Property({ type: 'string', length: 5 })
  @Field(() => String, { description: 'Duty end, China time HH:MM' })
  endsAt!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Volunteers needed' })
  places!: number;
}

/**
 * A duty day of a station (值班): the team on duty that China calendar date, with the generated
 * activity (a published project of that team with one shift) its coordinators fill from their
 * members with the ordinary sign-up tools; hours are recorded on that shift like any other.
 */
@Entity({ tableName: 'station_duty' })
@Unique({ name: 'station_duty_once', properties: ['station', 'date'] })
@ObjectType('StationDuty', { description: 'A duty day of a station: the team on duty and how many of its places are filled' })
export class StationDuty {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('sdt');

  @ManyToOne(() => Station, { deleteRule: 'cascade' })
  station!: Rel<Station>;

  @Property({ type: 'date' })
  @Field(() => String, { description: 'China calendar date, YYYY-MM-DD' })
  date!: string;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  team!: Rel<Organization>;

  @ManyToOne(() => Project, { deleteRule: 'set null', nullable: true, index: true })
  project?: Rel<Project> | null;

  @ManyToOne(() => Shift, { deleteRule: 'set null', nullable: true, index: true })
  shift?: Rel<Shift> | null;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Places of the duty' })
  capacity!: number;

  /** The last China date the duty team's coordinators were told of a gap (once a day at most). */
  @Property({ type: 'date', nullable: true })
  gapNotifiedOn?: string | null;
}

export enum StationSwapStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(StationSwapStatus, {
  name: 'StationSwapStatus',
  description: 'PENDING awaits the other team; ACCEPTED swapped the two days; DECLINED changed nothing',
});

/** Team A asks team B to swap duty days: A's day becomes B's and B's day A's once B accepts. */
@Entity({ tableName: 'station_swap' })
@Index({ properties: ['station', 'createdAt'] })
@ObjectType('StationSwap', { description: 'A request between two teams to swap their duty days at a station' })
export class StationSwap {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('sws');

  @ManyToOne(() => Station, { deleteRule: 'cascade' })
  station!: Rel<Station>;

  /** The proposing team's day. */
  @ManyToOne(() => StationDuty, { deleteRule: 'cascade', index: true })
  fromDuty!: Rel<StationDuty>;

  /** The other team's day. */
  @ManyToOne(() => StationDuty, { deleteRule: 'cascade', index: true })
  toDuty!: Rel<StationDuty>;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  fromTeam!: Rel<Organization>;

  @ManyToOne(() => Organization, { deleteRule: 'cascade', index: true })
  toTeam!: Rel<Organization>;

  @Enum({ items: () => StationSwapStatus, nativeEnumName: 'station_swap_status' })
  @Field(() => StationSwapStatus)
  status: StationSwapStatus = StationSwapStatus.PENDING;

  @ManyToOne(() => Volunteer, { deleteRule: 'set null', nullable: true })
  proposedBy?: Rel<Volunteer> | null;

  @ManyToOne(() => Volunteer, { deleteRule: 'set null', nullable: true })
  answeredBy?: Rel<Volunteer> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  answeredAt?: Date | null;
}
