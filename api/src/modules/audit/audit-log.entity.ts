import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Who read or changed personal data, and when. Written by services, never updated. */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['subjectId', 'createdAt'] })
export class AuditLog {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 60 })
  action!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  subjectId?: string | null;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
