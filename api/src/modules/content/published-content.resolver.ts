// The mutations, queries and fields news articles, role models and showcases share, made for each
// kind by a factory (TypeGraphQL's resolver inheritance): each kind's resolver extends the class it
// makes and adds its own. Each kind gives the names and the descriptions that differ, so the
// schema still says what each one does.
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware, type ClassType } from 'type-graphql';
import { AppAccess, APP_PUBLIC } from '../../common/app-scope.js';
import type { Viewer } from '../../common/auth.js';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import type { PublishedContent } from './published-content.entity.js';
import { isPublic, type PublishedContentService, type StaffContentService } from './published-content.service.js';
import { organizationById } from '../organization/organization.loaders.js';

/** A kind's service as the shared mutations call it. */
type ContentWriter<T extends PublishedContent, C extends object, U extends object> = PublishedContentService<T> & {
  create(viewer: Viewer | null, input: C): Promise<T>;
  update(viewer: Viewer | null, id: string, input: U): Promise<T>;
};

export interface ContentResolverOptions<T extends PublishedContent, C extends object, U extends object> {
  type: ClassType<T>;
  /** The type's name in the mutations: `NewsArticle` → createNewsArticle, publishNewsArticle, … */
  name: string;
  service: (em: EntityManager) => ContentWriter<T, C, U>;
  createInput: ClassType<C>;
  updateInput: ClassType<U>;
  /** The descriptions that differ between the kinds (none where left out). */
  describe: { create: string; publish: string; unpublish?: string; publishedAt?: string; organization?: string };
}

export const IS_PUBLIC = 'Published and its publication time has come: on the public site (PUBLISHED with a later publishedAt is scheduled)';

/** The organisation while it is approved (the public sees no other). */
async function approvedOrganization(ctx: Context, id: string | undefined): Promise<Organization | null> {
  if (!id) return null;
  const org = await organizationById(ctx).load(id);
  return org?.status === OrganizationStatus.APPROVED ? org : null;
}

/** Writing, publishing (now or at a time: scheduling) and withdrawing one kind, and its shared fields. */
export function createContentResolver<T extends PublishedContent, C extends object, U extends object>(o: ContentResolverOptions<T, C, U>) {
  @Resolver(() => o.type)
  abstract class ContentResolver {
    @KeyScope(PEOPLE_ONLY)
    @Mutation(() => o.type, { name: `create${o.name}`, description: o.describe.create })
    create(@Arg('input', () => o.createInput) input: C, @Ctx() { em, viewer }: Context): Promise<T> {
      return o.service(em).create(viewer, input);
    }

    @UseMiddleware(ChangesPublicSite)
    @KeyScope(PEOPLE_ONLY)
    @Mutation(() => o.type, { name: `update${o.name}` })
    update(@Arg('id', () => ID) id: string, @Arg('input', () => o.updateInput) input: U, @Ctx() { em, viewer }: Context): Promise<T> {
      return o.service(em).update(viewer, id, input);
    }

    @UseMiddleware(ChangesPublicSite)
    @KeyScope(PEOPLE_ONLY)
    @Mutation(() => o.type, { name: `publish${o.name}`, description: o.describe.publish })
    publish(
      @Arg('id', () => ID) id: string,
      @Arg('publishedAt', () => DateTimeResolver, { nullable: true }) publishedAt: Date | null,
      @Ctx() { em, viewer }: Context,
    ): Promise<T> {
      return o.service(em).publish(viewer, id, publishedAt);
    }

    @UseMiddleware(ChangesPublicSite)
    @KeyScope(PEOPLE_ONLY)
    @Mutation(() => o.type, { name: `unpublish${o.name}`, description: o.describe.unpublish })
    unpublish(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<T> {
      return o.service(em).unpublish(viewer, id);
    }

    @FieldResolver(() => DateTimeResolver, { description: o.describe.publishedAt })
    publishedAt(@Root() item: T): Date {
      return item.publishedAt ?? item.createdAt;
    }

    @FieldResolver(() => Organization, { nullable: true, description: o.describe.organization })
    organization(@Root() item: T, @Ctx() ctx: Context): Promise<Organization | null> {
      return approvedOrganization(ctx, item.organization?.id);
    }

    @FieldResolver(() => Boolean, { description: IS_PUBLIC })
    isPublic(@Root() item: T): boolean {
      return isPublic(item, new Date());
    }
  }
  return ContentResolver;
}

export interface StaffContentResolverOptions<T extends PublishedContent, C extends object, U extends object> extends Omit<
  ContentResolverOptions<T, C, U>,
  'describe'
> {
  service: (em: EntityManager) => ContentWriter<T, C, U> & StaffContentService<T>;
  /** The public list: its query's name and description. */
  list: { name: string; description: string };
  /** The desk's query. */
  desk: string;
}

/** A kind platform staff alone write: the shared resolver, the public list and the staff's desk. */
export function createStaffContentResolver<T extends PublishedContent, C extends object, U extends object>(o: StaffContentResolverOptions<T, C, U>) {
  const connection = createConnectionType(o.name, o.type);

  @Resolver(() => o.type)
  abstract class StaffContentResolver extends createContentResolver({
    ...o,
    describe: { create: 'A draft; platform staff only', publish: 'Publishes now, or at publishedAt (a time to come schedules it); platform staff' },
  }) {
    @AppAccess(APP_PUBLIC)
    @Query(() => connection, { name: o.list.name, description: o.list.description })
    list(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em }: Context): Promise<Page<T>> {
      return o.service(em).list(args);
    }

    @Query(() => connection, { name: o.desk, description: 'Every one in any status, most recently written first: the desk of platform staff' })
    desk(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<T>> {
      return o.service(em).desk(viewer, args);
    }
  }
  return StaffContentResolver;
}
