import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Project } from '../project/project.entity.js';
import { ProjectService } from '../project/project.service.js';
import { Organization } from './organization.entity.js';
import { OrganizationFilter } from './organization.inputs.js';
import { OrganizationService } from './organization.service.js';

export const OrganizationConnection = createConnectionType('Organization', Organization);
const ProjectConnection = createConnectionType('Project', Project);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Approved organisations' })
  organizations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Ctx() { em }: Context,
  ): Promise<Page<Organization>> {
    return new OrganizationService(em).list(args, filter);
  }

  @Query(() => Organization, { nullable: true })
  organization(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() { em }: Context,
  ): Promise<Organization | null> {
    return new OrganizationService(em).findPublic(id, slug);
  }

  @FieldResolver(() => Organization, { nullable: true })
  async parent(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> {
    if (!org.parent) return null;
    const parent = await loaders.organization.load(org.parent.id);
    return parent && parent.status === 'APPROVED' ? parent : null;
  }

  @FieldResolver(() => ProjectConnection, { description: 'Public projects of this organisation' })
  projects(
    @Root() org: Organization,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<Project>> {
    return new ProjectService(em).list(args, { organizationId: org.id });
  }
}
