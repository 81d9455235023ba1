import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { AuditLog, AuditOrder } from './audit-log.entity.js';
import { AuditService } from './audit.service.js';

const AuditEventConnection = createConnectionType('AuditEvent', AuditLog);

@Resolver(() => AuditLog)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, oldest first unless order says NEWEST_FIRST, optionally filtered (platform staff)',
  })
  auditEvents(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | null,
    @Arg('actorId', () => ID, { nullable: true }) actorId: string | null,
    @Arg('action', () => String, { nullable: true }) action: string | null,
    @Arg('actorNumber', () => String, { nullable: true, description: "The actor's volunteer number (志愿者编号)" }) actorNumber: string | null,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Events about this organisation or anything of it (its partner keys, …)' })
    organizationId: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'At or after this time' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Before this time' }) to: Date | null,
    @Arg('order', () => AuditOrder, { nullable: true, defaultValue: AuditOrder.OLDEST_FIRST }) order: AuditOrder,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<AuditLog>> {
    return new AuditService(em).list(viewer, args, { subjectId, actorId, action, actorNumber, organizationId, from, to }, order);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The reason given, when the action takes one (suspending, restoring, returning, …)' })
  reason(@Root() event: AuditLog): string | null {
    const reason = event.detail?.reason;
    return typeof reason === 'string' ? reason : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Details as a JSON object; never personal data itself' })
  detail(@Root() event: AuditLog): string | null {
    return event.detail ? JSON.stringify(event.detail) : null;
  }
}
