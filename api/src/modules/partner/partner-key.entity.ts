import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerScope } from '../../common/auth.js';
import { newId } from '../../common/ids.js';
import { Organization } from '../organization/organization.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

registerEnumType(PartnerScope, { name: 'PartnerScope' });
export { PartnerScope };

/**
 * An API key a partner app (a government department, an NGO, another platform) sends as a
 * bearer token. It acts for one organisation and carries no person: it sees what the public
 * sees, and with PUBLISH manages that organisation's activities. Only the SHA-256 of the
 * secret is stored; the secret is shown once, when the key is created.
 */
@Entity({ tableName: 'partner_key' })
@Index({ properties: ['organization', 'revokedAt'] })
@ObjectType('PartnerKey', { description: "A partner app's API key (the secret itself is shown only once, on creation)" })
export class PartnerKey {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 30 })
  id: string = newId('pak');

  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Field(() => String, { description: 'What the key is for, e.g. 区民政局活动发布系统' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => String, { description: 'The first characters of the secret, to recognise a key in logs of the partner app' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'blob', unique: true, hidden: true })
  secretHash!: Buffer;

  @Field(() => [PartnerScope])
  @Property({ type: 'text[]' })
  scopes: PartnerScope[] = [PartnerScope.READ];

  @ManyToOne(() => Volunteer, { deleteRule: 'set null', nullable: true })
  createdBy?: Rel<Volunteer> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Within a minute' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
