import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GeoPoint } from '../../common/geo.js';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Shift } from '../project/shift.entity.js';

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

/**
 * A duty day of a station (值班): the team on duty that China calendar date, with the generated
 * activity (a project of that team with one shift) its coordinators fill from their members.
 */
@ObjectType('StationDuty', { description: 'A duty day of a station: the team on duty and how many of its places are filled' })
export class StationDutyView {
  @Field(() => String, { description: 'China calendar date, YYYY-MM-DD' })
  date!: string;

  @Field(() => Organization)
  team!: Organization;

  @Field(() => Shift, { nullable: true, description: 'The duty shift the team fills (null until generated)' })
  shift!: Shift | null;

  @Field(() => Int, { description: 'Volunteers signed up (confirmed or attended)' })
  filled!: number;

  @Field(() => Int, { description: 'Places of the duty' })
  capacity!: number;
}
