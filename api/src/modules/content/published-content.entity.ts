// The columns news articles, role models and showcases share: where an item stands, when it is
// (or was) published, the organisation it belongs to, and when it was written and last changed.
// Each entity adds its own columns, its ID prefix and its table's check (`publishedHasTime`).
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { ContentStatus } from './content-status.js';

@Entity({ abstract: true })
// Public lists: published ones by publication time.
@Index({ properties: ['status', 'publishedAt', 'id'] })
// Not in the schema itself: its fields are inherited by each kind's own object type.
@ObjectType('PublishedContent')
export abstract class PublishedContent {
  /** Set by each kind with its own prefix (`nws`, `rlm`, `shw`): node(id) reads the type from it. */
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id!: string;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'set null', index: true })
  organization?: Rel<Organization> | null;

  @Enum({ items: () => ContentStatus, nativeEnumName: 'content_status' })
  @Field(() => ContentStatus)
  status: ContentStatus = ContentStatus.DRAFT;

  /** Set when first published (or given by staff, e.g. for imported news); kept when unpublished and republished. */
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  @Field(() => DateTimeResolver)
  updatedAt: Date = new Date();
}

/** The table's check that lists can order by publication time: whatever is public has one. */
export function publishedHasTime(table: string): ClassDecorator {
  return Check({ name: `${table}_published_has_time`, expression: "status <> 'PUBLISHED' or published_at is not null" });
}
