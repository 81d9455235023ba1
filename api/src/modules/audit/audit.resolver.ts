import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requirePlatformAdmin } from '../../common/auth.js';
import { ConnectionArgs, createConnectionType, paginate, type Page, type SortKey } from '../../common/connection.js';
import { BadUserInputError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { AuditLog } from './audit-log.entity.js';

const AuditEventConnection = createConnectionType('AuditEvent', AuditLog);
const AUDIT_ORDER: SortKey<AuditLog>[] = [{ column: 'a.id', value: (a) => Number(a.id), type: 'number' }];

@Resolver(() => AuditLog)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, oldest first, optionally about one subject or by one actor (platform staff)' })
  auditEvents(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('subjectId', () => ID, { nullable: true }) subjectId: string | null,
    @Arg('actorId', () => ID, { nullable: true }) actorId: string | null,
    @Arg('action', () => String, { nullable: true }) action: string | null,
    @Ctx() { em, viewer }: Context,
  ): Promise<Page<AuditLog>> {
    requirePlatformAdmin(viewer);
    for (const [field, value] of [['subjectId', subjectId], ['actorId', actorId], ['action', action]] as const) {
      if (value !== null && value !== undefined && (value.length < 1 || value.length > 60)) throw new BadUserInputError(field, `${field} must be 1..60 characters`);
    }
    const qb = em.createQueryBuilder(AuditLog, 'a');
    if (subjectId) qb.andWhere({ subjectId });
    if (actorId) qb.andWhere({ actorId });
    if (action) qb.andWhere({ action });
    return paginate(qb, args, AUDIT_ORDER);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Who did it (null for the system or an erased account)' })
  async actor(@Root() event: AuditLog, @Ctx() { loaders }: Context): Promise<Volunteer | null> {
    return event.actorId ? loaders.volunteer.load(event.actorId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Details as a JSON object; never personal data itself' })
  detail(@Root() event: AuditLog): string | null {
    return event.detail ? JSON.stringify(event.detail) : null;
  }
}
