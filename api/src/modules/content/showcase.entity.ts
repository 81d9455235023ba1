import { Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Project } from '../project/project.entity.js';
import { PublishedContent, publishedHasTime } from './published-content.entity.js';

/** 重点项目展示: a featured project story, usually pointing at the project itself. */
@Entity({ tableName: 'showcase' })
@publishedHasTime('showcase')
@ObjectType('Showcase', { implements: Node, description: '重点项目展示: a featured project, public once published.' })
export class Showcase extends PublishedContent implements Node {
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
}
