import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { GeoPoint } from '../../common/geo.js';

export enum ProjectStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });

/** Statuses anyone may read; drafts stay with the organisation. */
export const PUBLIC_PROJECT_STATUSES = [ProjectStatus.PUBLISHED, ProjectStatus.COMPLETED];

@Entity({ tableName: 'project' })
@Index({ properties: ['status', 'startsAt', 'id'] })
@Index({ properties: ['organization', 'startsAt', 'id'] })
// Chinese text search by character bigrams (no Chinese parser in PostgreSQL; trigrams miss two-character words).
@Index({ name: 'project_search_bigrams', expression: `create index "project_search_bigrams" on "project" using gin (aixin_bigrams(title || ' ' || summary))` })
// The service circle: distance on the earth's surface (earthdistance, no PostGIS needed).
@Index({
  name: 'project_location_earth',
  expression: `create index "project_location_earth" on "project" using gist (earth_point(lat, lng)) where lat is not null and lng is not null`,
})
@ObjectType('Project', { implements: Node, description: '志愿项目·活动: an activity with one or more shifts.' })
export class Project implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('prj');

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Property({ type: 'string', length: 120 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String)
  summary!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Markdown' })
  description?: string | null;

  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status' })
  @Field(() => ProjectStatus)
  status: ProjectStatus = ProjectStatus.DRAFT;

  @Property({ type: 'string', length: 40, nullable: true })
  @Index()
  @Field(() => String, { nullable: true })
  category?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Index()
  @Field(() => String, { nullable: true })
  district?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  address?: string | null;

  @Property({ type: 'double', nullable: true })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  lng?: number | null;

  @Field(() => GeoPoint, { nullable: true })
  get location(): GeoPoint | null {
    return this.lat == null || this.lng == null ? null : { lat: this.lat, lng: this.lng };
  }

  /** Earliest shift start and latest shift end, kept with the shifts for ordering and ranges. */
  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'Start of the earliest shift' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'End of the latest shift' })
  endsAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
