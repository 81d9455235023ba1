import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../node/node.interface.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { ContentStatus } from './content-status.js';

/** 重点项目展示: a featured project story, usually pointing at the project itself. */
@Entity({ tableName: 'showcase' })
// Lists order by publication time, so whatever is public has one.
@Check({ name: 'showcase_published_has_time', expression: "status <> 'PUBLISHED' or published_at is not null" })
@Index({ properties: ['status', 'publishedAt', 'id'] })
@ObjectType('Showcase', { implements: Node, description: '重点项目展示: a featured project, public once published.' })
export class Showcase implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('shw');

  @Property({ type: 'string', length: 120 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String)
  summary!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Markdown source (see bodyHtml)' })
  body?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'http(s) URL or a path on the site' })
  coverImageUrl?: string | null;

  @ManyToOne(() => Project, { nullable: true, deleteRule: 'set null', index: true })
  project?: Rel<Project> | null;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null', index: true })
  organization?: Rel<Organization> | null;

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
