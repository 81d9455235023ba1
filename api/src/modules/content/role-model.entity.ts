import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { PublishedContent, publishedHasTime } from './published-content.entity.js';

/**
 * 志愿榜样: an honoured volunteer. Unlike a volunteer's masked display name, `name` is the full
 * name as published in the honour list, shown with the person's consent.
 */
@Entity({ tableName: 'role_model' })
@publishedHasTime('role_model')
@ObjectType('RoleModel', { implements: Node, description: '志愿榜样: an honoured volunteer, public once published.' })
export class RoleModel extends PublishedContent implements Node {
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

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  district?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'http(s) URL or a path on the site' })
  photoUrl?: string | null;
}
