import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { ContentStatus } from './content-status.js';

/**
 * 志愿榜样: an honoured volunteer. Unlike a volunteer's masked display name, `name` is the full
 * name as published in the honour list, shown with the person's consent.
 */
@Entity({ tableName: 'role_model' })
// Lists order by publication time, so whatever is public has one.
@Check({ name: 'role_model_published_has_time', expression: "status <> 'PUBLISHED' or published_at is not null" })
@Index({ properties: ['status', 'publishedAt', 'id'] })
@ObjectType('RoleModel', { implements: Node, description: '志愿榜样: an honoured volunteer, public once published.' })
export class RoleModel implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('rlm');

  @Property({ type: 'string', length: 60 })
  @Field(() => String, { description: 'Full name as in the honour list (published with consent)' })
  name!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'The honour, e.g. 十佳志愿者' })
  honor?: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Citation, plain text' })
  citation!: string;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Year of the honour' })
  year?: number | null;

  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'set null', index: true })
  volunteer?: Rel<Volunteer> | null;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null', index: true })
  organization?: Rel<Organization> | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  district?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'http(s) URL or a path on the site' })
  photoUrl?: string | null;

  @Enum({ items: () => ContentStatus, nativeEnumName: 'content_status' })
  @Field(() => ContentStatus)
  status: ContentStatus = ContentStatus.DRAFT;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => DateTimeResolver)
  updatedAt: Date = new Date();
}
