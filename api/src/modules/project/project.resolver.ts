import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { callerOrganizations, organizationById } from '../organization/organization.loaders.js';
import { Project } from './project.entity.js';
import { ProjectFilter } from './project.inputs.js';
import { ProjectService } from './project.service.js';
import { Shift } from './shift.entity.js';
import { AppAccess, APP_PUBLIC } from '../../common/app-scope.js';
import { projectById, shiftsOfProject } from './project.loaders.js';

const ProjectConnection = createConnectionType('Project', Project);

@Resolver(() => Project)
export class ProjectResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => ProjectConnection, {
    description:
      "Published (and completed) projects, soonest first; for members of an organisation and its partner keys, that organisation's drafts and cancelled projects too",
  })
  async projects(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Page<Project>> {
    return new ProjectService(ctx.em).list(args, filter, await callerOrganizations(ctx));
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => Project, { nullable: true, description: 'A project by ID; a draft only for members of its organisation and its partner keys' })
  async project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Project | null> {
    return new ProjectService(ctx.em).findVisible(id, await callerOrganizations(ctx));
  }

  @FieldResolver(() => Organization)
  async organization(@Root() project: Project, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(project.organization.id))!;
  }

  @FieldResolver(() => [Shift], { description: 'Shifts in time order' })
  shifts(@Root() project: Project, @Ctx() ctx: Context): Promise<Shift[]> {
    return shiftsOfProject(ctx).load(project.id);
  }
}

@Resolver(() => Shift)
export class ShiftResolver {
  @FieldResolver(() => Project)
  async project(@Root() shift: Shift, @Ctx() ctx: Context): Promise<Project> {
    return (await projectById(ctx).load(shift.project.id))!;
  }
}

/** An organisation's activities: the project module adds them to the organisation it builds on. */
@Resolver(() => Organization)
export class OrganizationProjectsResolver {
  @FieldResolver(() => ProjectConnection, {
    description: 'Projects of this organisation, soonest first: the public ones, and for its members and partner keys drafts and cancelled ones too',
  })
  async projects(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Project>> {
    return new ProjectService(ctx.em).list(args, { organizationId: org.id }, await callerOrganizations(ctx));
  }
}
