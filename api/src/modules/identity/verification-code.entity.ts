import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** What a code proves. */
export enum CodePurpose {
  /** The phone number of a registration is the registrant's. */
  REGISTER = 'REGISTER',
  /** The account's phone or email is the person's: they may set a new password. */
  RESET_PASSWORD = 'RESET_PASSWORD',
  /** A signed-in volunteer's new phone number is theirs. */
  CHANGE_PHONE = 'CHANGE_PHONE',
}

/**
 * A one-time code sent by SMS or email. Only a keyed hash of the code and of its destination is
 * kept; a code expires, allows a few tries, and is used once.
 */
@Entity({ tableName: 'verification_code' })
@Index({ properties: ['purpose', 'target', 'createdAt'] })
export class VerificationCode {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Enum({ items: () => CodePurpose, nativeEnumName: 'code_purpose' })
  purpose!: CodePurpose;

  /** Keyed hash of the phone number or email address it was sent to. */
  @Property({ type: 'blob' })
  target!: Buffer;

  @Property({ type: 'blob' })
  codeHash!: Buffer;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  consumedAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
