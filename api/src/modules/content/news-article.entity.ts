import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { newId } from '../../common/ids.js';
import { Node } from '../../common/node.interface.js';
import { Project } from '../project/project.entity.js';
import { PublishedContent, publishedHasTime } from './published-content.entity.js';

/** 资讯: a news article in Markdown. Platform news, or an organisation's own news when `organization` is set. */
@Entity({ tableName: 'news_article' })
@publishedHasTime('news_article')
@Index({ name: 'news_article_tags_index', properties: ['tags'], type: 'gin' })
// The review queue, oldest submission first.
@Index({ properties: ['status', 'submittedAt', 'id'] })
@ObjectType('NewsArticle', { implements: Node, description: '资讯: a news article, public once published.' })
export class NewsArticle extends PublishedContent implements Node {
  id: string = newId('nws');

  @Property({ type: 'string', length: 80, unique: true })
  @Field(() => String, { description: 'ASCII, used in the article page URL (/news/<slug>/)' })
  slug!: string;

  @Property({ type: 'string', length: 120 })
  @Field(() => String)
  title!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String)
  summary!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Markdown source; raw HTML in it is shown as text (see bodyHtml)' })
  body!: string;

  @Property({ type: 'text[]', default: '{}' })
  @Field(() => [String])
  tags: string[] = [];

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'http(s) URL or a path on the site such as /images/cover-tree.svg' })
  coverImageUrl?: string | null;

  /** The activity this reports on (活动过程): one of the same organisation's. */
  @ManyToOne(() => Project, { nullable: true, deleteRule: 'set null', index: true })
  project?: Rel<Project> | null;

  /** When the team last submitted it for review: the queue's order. */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last submitted for review' })
  submittedAt?: Date | null;

  /** Why a reviewer sent it back; shown to the team (and reviewers), never to the public. */
  @Property({ type: 'string', length: 500, nullable: true })
  returnedReason?: string | null;
}
