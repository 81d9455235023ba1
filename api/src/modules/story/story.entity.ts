// 志愿心得: a story a volunteer writes about an activity they attended, with up to nine photos.
// It goes to review (the team's ADMINs and COORDINATORs, or platform staff) before the public
// sees it; signed-in volunteers like it (once each) and report abuse; platform staff hide it.
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { StoredImage } from '../image/image.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

export enum StoryStatus {
  PENDING = 'PENDING',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  HIDDEN = 'HIDDEN',
}
registerEnumType(StoryStatus, {
  name: 'StoryStatus',
  description: 'PENDING: waiting for review; PUBLISHED: public; REJECTED: returned with a note; HIDDEN: taken down by platform staff',
});

export enum StoryReportReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  PRIVACY = 'PRIVACY',
  FALSE = 'FALSE',
  OTHER = 'OTHER',
}
registerEnumType(StoryReportReason, {
  name: 'StoryReportReason',
  description: 'SPAM: advertising or spam; ABUSE: insulting or hateful; PRIVACY: shows personal data; FALSE: untrue; OTHER: see the note',
});

export const MAX_STORY_PHOTOS = 9;
export const MIN_TITLE = 2;
export const MAX_TITLE = 60;
export const MIN_BODY = 10;
export const MAX_BODY = 5000;
export const MAX_NOTE = 500;

@Entity({ tableName: 'story' })
@Index({ name: 'story_published', expression: `create index "story_published" on "story" ("published_at", "id") where status = 'PUBLISHED'` })
@Index({ properties: ['project', 'status'] })
@Index({ properties: ['organization', 'status', 'createdAt'] })
@Index({ properties: ['volunteer', 'createdAt'] })
@ObjectType('Story', { implements: Node, description: '志愿心得: a story an attendee wrote about an activity, with photos' })
export class Story implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('sty');

  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Rel<Project>;

  /** The activity's team, kept here so a team's queue and page need no join. */
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Property({ type: 'string', length: MAX_TITLE })
  @Field(() => String)
  title!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Plain text; paragraphs separated by blank lines' })
  body!: string;

  @Enum({ items: () => StoryStatus, nativeEnumName: 'story_status', default: StoryStatus.PENDING })
  @Field(() => StoryStatus)
  status: StoryStatus = StoryStatus.PENDING;

  /** Why the reviewer returned it, or what they said approving it; why staff hid it. */
  @Property({ type: 'string', length: MAX_NOTE, nullable: true })
  reviewNote?: string | null;

  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'set null' })
  reviewedBy?: Rel<Volunteer> | null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was approved' })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  hiddenAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Likes from signed-in volunteers, one each' })
  likeCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  reportCount: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}

/** A photo of a story, in its order. */
@Entity({ tableName: 'story_image' })
export class StoryImage {
  @ManyToOne(() => Story, { primary: true, deleteRule: 'cascade' })
  story!: Rel<Story>;

  @ManyToOne(() => StoredImage, { primary: true, deleteRule: 'cascade', index: true })
  image!: Rel<StoredImage>;

  /** From 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 200 })
  alt!: string;
}

/** One volunteer's like of a story: at most one each (the primary key). */
@Entity({ tableName: 'story_like' })
export class StoryLike {
  @ManyToOne(() => Story, { primary: true, deleteRule: 'cascade' })
  story!: Rel<Story>;

  @ManyToOne(() => Volunteer, { primary: true, deleteRule: 'cascade', index: true })
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A signed-in volunteer's report of an abusive story, read by platform staff; one per volunteer and story. */
@Entity({ tableName: 'story_report' })
@Unique({ name: 'story_report_one_per_volunteer', properties: ['story', 'reporter'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType('StoryReport', { description: 'A report of an abusive story (platform staff read them)' })
export class StoryReport {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('srp');

  @ManyToOne(() => Story, { deleteRule: 'cascade' })
  story!: Rel<Story>;

  /** Never exposed. */
  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  reporter!: Rel<Volunteer>;

  @Enum({ items: () => StoryReportReason, nativeEnumName: 'story_report_reason' })
  @Field(() => StoryReportReason)
  reason!: StoryReportReason;

  @Property({ type: 'string', length: MAX_NOTE, nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}
