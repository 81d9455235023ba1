import { ChangesPlatformFigures, ChangesPublicSite, PublishesProject, ReschedulesProject } from '../../common/site-changes.js';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { ProjectAdminService } from './project-admin.service.js';
import { Project } from './project.entity.js';
import { CancelShiftInput, CreateProjectInput, MoveShiftInput, UpdateProjectInput } from './project.inputs.js';
import { ShiftAdminService } from './shift-admin.service.js';
import { Shift } from './shift.entity.js';
import { KeyScope } from '../../common/key-scope.js';
import { PartnerScope } from '../../common/auth.js';

@ObjectType('ShiftChangePayload', { description: 'A shift moved or cancelled' })
export class ShiftChangePayload {
  @Field(() => Shift) shift!: Shift;
  @Field(() => Project, { description: 'Its activity, whose span (startsAt, endsAt) follows its shifts' }) project!: Project;
  @Field(() => Int, { description: 'Volunteers told of it (those holding, waiting for or entered for a place)' }) notified!: number;
}

@Resolver(() => Project)
export class ProjectAdminResolver {
  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => Project, { description: 'COORDINATOR/ADMIN of an APPROVED organisation; the project starts as a DRAFT' })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return new ProjectAdminService(ctx.em, ctx.events).create(ctx.viewer ?? ctx.partner, input);
  }

  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => Project, { description: 'Edits a DRAFT' })
  updateProject(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput, @Ctx() ctx: Context): Promise<Project> {
    return new ProjectAdminService(ctx.em, ctx.events).update(ctx.viewer ?? ctx.partner, id, input);
  }

  @UseMiddleware(ChangesPublicSite, ChangesPlatformFigures, PublishesProject)
  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => Project, { description: 'DRAFT → PUBLISHED; every shift must start in the future' })
  publishProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Project> {
    return new ProjectAdminService(ctx.em, ctx.events).publish(ctx.viewer ?? ctx.partner, id);
  }

  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => Project, {
    description: "A new DRAFT copying an activity's details and shifts, moved so the first shift falls on startsOn (YYYY-MM-DD, China time)",
  })
  copyProject(
    @Arg('id', () => ID) id: string,
    @Arg('startsOn', () => String) startsOn: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: '1..255 characters; a replay returns the first result' }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return new ProjectAdminService(ctx.em, ctx.events).copy(ctx.viewer ?? ctx.partner, id, startsOn, idempotencyKey);
  }

  @UseMiddleware(ChangesPublicSite, ChangesPlatformFigures)
  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => Project, { description: 'Cancels the project and every sign-up; volunteers are notified' })
  cancelProject(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<Project> {
    return new ProjectAdminService(ctx.em, ctx.events).cancel(ctx.viewer ?? ctx.partner, id, reason);
  }

  @UseMiddleware(ChangesPublicSite, ChangesPlatformFigures, ReschedulesProject)
  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => ShiftChangePayload, {
    description: 'COORDINATOR/ADMIN: new times for a shift of a PUBLISHED activity that has not started; its volunteers are told (shift.moved)',
  })
  moveShift(@Arg('input', () => MoveShiftInput) input: MoveShiftInput, @Ctx() ctx: Context): Promise<ShiftChangePayload> {
    return new ShiftAdminService(ctx.em, ctx.events).move(ctx.viewer ?? ctx.partner, input);
  }

  @UseMiddleware(ChangesPublicSite, ChangesPlatformFigures)
  @KeyScope(PartnerScope.PUBLISH)
  @Mutation(() => ShiftChangePayload, {
    description:
      'COORDINATOR/ADMIN: cancels one shift of a PUBLISHED activity that has not started, with its sign-ups; its volunteers are told (shift.cancelled). Not the last shift: CONFLICT (cancel the activity)',
  })
  cancelShift(@Arg('input', () => CancelShiftInput) input: CancelShiftInput, @Ctx() ctx: Context): Promise<ShiftChangePayload> {
    return new ShiftAdminService(ctx.em, ctx.events).cancel(ctx.viewer ?? ctx.partner, input);
  }
}
