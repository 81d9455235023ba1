import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The order of the audit trail: oldest first is the documented default; the staff's pages read newest first. */
export enum AuditOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}
registerEnumType(AuditOrder, { name: 'AuditOrder' });

/**
 * Who read personal data or decided about people and organisations, and when. Written by
 * services in the same transaction as the change, never updated; platform staff read it.
 */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['subjectId', 'createdAt'] })
@Index({ properties: ['actorId', 'id'] })
// Events about a team's things (its partner keys, …) name the team in their details.
@Index({
  name: 'audit_log_detail_organization',
  expression: `create index "audit_log_detail_organization" on "audit_log" ((detail->>'organizationId'), "id") where detail->>'organizationId' is not null`,
})
@ObjectType('AuditEvent', { description: 'One entry of the audit trail (platform staff only)' })
export class AuditLog {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  actorId?: string | null;

  @Field(() => String, { description: 'e.g. organization.approved, membership.role-changed, personal-data.read, partner-key.created' })
  @Property({ type: 'string', length: 60 })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The ID of what the action was about' })
  @Property({ type: 'string', length: 30, nullable: true })
  subjectId?: string | null;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
