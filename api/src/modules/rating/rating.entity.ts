import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { MAX_COMMENT, MAX_SCORE, MIN_SCORE } from '../../common/rating-scale.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

/**
 * 活动评价: a volunteer's score (1–5) and optional comment for an activity they attended, given
 * once. Anonymous to everyone but its writer: no answer names the volunteer. Platform staff may
 * hide an abusive comment; the score still counts.
 */
@Entity({ tableName: 'rating' })
@Unique({ name: 'rating_one_per_volunteer', properties: ['project', 'volunteer'] })
@Index({ properties: ['organization', 'createdAt', 'id'] })
@Index({ properties: ['project', 'createdAt', 'id'] })
// Staff's queue of comments to look over, newest first.
@Index({ name: 'rating_comments', expression: `create index "rating_comments" on "rating" ("created_at", "id") where comment is not null` })
@Check({ name: 'rating_score_range', expression: `score >= ${MIN_SCORE} and score <= ${MAX_SCORE}` })
@ObjectType('Rating', { implements: Node, description: '活动评价: an attendee’s anonymous score and comment for an activity' })
export class Rating implements Node {
  @PrimaryKey({ type: 'string', length: 30 })
  @Field(() => ID)
  id: string = newId('rat');

  @ManyToOne(() => Project, { deleteRule: 'cascade' })
  project!: Rel<Project>;

  /** The project's organisation, kept here so a team's ratings and its summary need no join. */
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  /** Never exposed: ratings are anonymous to the team and the public. */
  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: `${MIN_SCORE}..${MAX_SCORE}` })
  score!: number;

  @Property({ type: 'string', length: MAX_COMMENT, nullable: true })
  comment?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  hiddenAt?: Date | null;

  @Property({ type: 'string', length: 500, nullable: true })
  hiddenReason?: string | null;

  @ManyToOne(() => Volunteer, { nullable: true, deleteRule: 'set null' })
  hiddenBy?: Rel<Volunteer> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();

  @Field(() => String, { name: 'comment', nullable: true, description: 'The comment; null when none was written or platform staff hid it' })
  get visibleComment(): string | null {
    return this.hiddenAt ? null : (this.comment ?? null);
  }

  @Field(() => Boolean, { description: 'Platform staff hid the comment as abusive (the score still counts)' })
  get commentHidden(): boolean {
    return !!this.hiddenAt;
  }
}

@ObjectType('RatingSummary', { description: 'Average score and number of ratings; no names, no comments' })
export class RatingSummary {
  @Field(() => Float, { nullable: true, description: 'Mean score, 1..5 with two decimals; null while there are none' })
  average!: number | null;

  @Field(() => Int)
  count!: number;
}
