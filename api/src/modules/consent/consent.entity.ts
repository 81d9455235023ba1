import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { LegalDocumentKind } from './legal-document.js';

export enum ConsentChannel {
  /** The volunteer ticked the box themselves (registration, or when asked again). */
  SELF = 'SELF',
  /** Station staff took the resident's consent at an assisted registration. */
  ASSISTED = 'ASSISTED',
}

/** A volunteer's consent to one version of a legal document, and how it was given. */
@Entity({ tableName: 'consent' })
export class Consent {
  @ManyToOne(() => Volunteer, { primary: true, deleteRule: 'cascade' })
  volunteer!: Rel<Volunteer>;

  @Enum({ items: () => LegalDocumentKind, nativeEnumName: 'legal_document_kind', primary: true })
  document!: LegalDocumentKind;

  @PrimaryKey({ type: 'string', length: 20 })
  version!: string;

  @Enum({ items: () => ConsentChannel, nativeEnumName: 'consent_channel' })
  channel!: ConsentChannel;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  acceptedAt: Date = new Date();
}
