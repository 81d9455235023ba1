import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../common/auth.js';
import { ConnectionArgs, createConnectionType, paginate, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Organization } from '../organization/organization.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Broadcast } from './broadcast.entity.js';
import { SendBroadcastInput } from './broadcast.inputs.js';
import { BroadcastService } from './broadcast.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { shiftById } from '../project/project.loaders.js';
import { volunteerById } from '../volunteer/volunteer.loaders.js';
import { broadcastLoaders } from './broadcast.loaders.js';

const BroadcastConnection = createConnectionType('Broadcast', Broadcast);
const ORDER = [{ column: 'b.id', value: (b: Broadcast) => b.id, type: 'string' as const }];

@Resolver(() => Broadcast)
export class BroadcastResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Broadcast, {
    description: "Sends a message to the team's members, or to one shift's volunteers, in their inboxes (COORDINATOR/ADMIN; RATE_LIMITED over the daily limit)",
  })
  sendBroadcast(@Arg('input', () => SendBroadcastInput) input: SendBroadcastInput, @Ctx() ctx: Context): Promise<Broadcast> {
    return new BroadcastService(ctx.em, ctx.settings.broadcastsPerDay).send(ctx.viewer, input);
  }

  @Query(() => Int, { description: 'How many volunteers a message would reach (COORDINATOR/ADMIN); the sender is left out' })
  broadcastAudience(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('shiftId', () => ID, { nullable: true }) shiftId: string | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return new BroadcastService(ctx.em, ctx.settings.broadcastsPerDay).audience(ctx.viewer, organizationId, shiftId);
  }

  @FieldResolver(() => Int, { description: 'Recipients who have read it in their inbox' })
  async readCount(@Root() b: Broadcast, @Ctx() ctx: Context): Promise<number> {
    return (await broadcastLoaders(ctx).reads.load(b.id)) ?? 0;
  }

  @FieldResolver(() => Shift, { nullable: true, description: 'The shift whose volunteers it went to (SHIFT)' })
  shift(@Root() b: Broadcast, @Ctx() ctx: Context): Promise<Shift | null> {
    return b.shift ? shiftById(ctx).load(b.shift.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Who sent it (null once their account is gone)' })
  author(@Root() b: Broadcast, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return b.author ? volunteerById(ctx).load(b.author.id) : Promise.resolve(null);
  }
}

@Resolver(() => Organization)
export class OrganizationBroadcastResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => BroadcastConnection, { description: "The team's messages, newest first (COORDINATOR/ADMIN)" })
  async broadcasts(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Broadcast>> {
    await requireOrgRole(ctx.em, requireViewer(ctx.viewer), org.id, MANAGING_ROLES);
    return paginate(ctx.em.createQueryBuilder(Broadcast, 'b').where({ organization: org.id }), args, ORDER, 'desc');
  }
}
