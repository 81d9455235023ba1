import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Volunteer } from '../volunteer/volunteer.entity.js';

@ObjectType('CertificateIssuer', { description: 'Who issued a certificate (出具单位)' })
export class CertificateIssuer {
  @Field(() => String, { description: '出具单位' }) name!: string;
  @Field(() => String, { description: '负责人' }) personInCharge!: string;
  @Field(() => String, { description: '经办人' }) handler!: string;
  @Field(() => String, { description: '联系方式' }) contact!: string;
}

@ObjectType('CertificateRecord', { description: 'One service record as listed on a certificate when it was issued' })
export class CertificateRecord {
  @Field(() => String, { description: 'YYYY-MM-DD' }) serviceDate!: string;
  @Field(() => String) activity!: string;
  @Field(() => String) organization!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String) serviceContent!: string;
  @Field(() => Int) minutes!: number;
}

@ObjectType('CertificateQualification', { description: 'A qualification (资质) the holder held valid when the certificate was issued' })
export class CertificateQualification {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field(() => String, { description: 'Valid until, YYYY-MM-DD (China date)' }) expiresOn!: string;
}

/**
 * 志愿服务记录证明: issued from the ledger with a snapshot of the holder's records and totals,
 * so a later reversal never silently changes an issued certificate. The code ends in an HMAC
 * over these contents (see certificate-code.ts); rows are never updated or deleted (trigger).
 */
@Entity({ tableName: 'certificate' })
@Index({ properties: ['volunteer', 'issuedAt'] })
@ObjectType('Certificate', { description: '志愿服务记录证明: a verifiable certificate of service' })
export class Certificate {
  @PrimaryKey({ type: 'string', length: 40 })
  @Field(() => String, { description: 'Certificate number (证书编号) and verification code' })
  code!: string;

  @ManyToOne(() => Volunteer)
  volunteer!: Rel<Volunteer>;

  @Property({ type: 'string', length: 20 })
  @Field(() => String)
  volunteerNumber!: string;

  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'Masked name of the holder' })
  displayName!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Kind of identity document (证件类型)' })
  idType!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Masked document number' })
  idNumberMasked?: string | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Approved service minutes when issued' })
  totalMinutes!: number;

  @Property({ type: 'integer' })
  @Field(() => Int)
  recordCount!: number;

  @Property({ type: 'json' })
  @Field(() => [CertificateRecord])
  records!: CertificateRecord[];

  @Property({ type: 'json' })
  @Field(() => CertificateIssuer)
  issuer!: CertificateIssuer;

  @Property({ type: 'json', default: "'[]'" })
  @Field(() => [CertificateQualification], { description: 'Qualifications the holder held valid when it was issued (training)' })
  qualifications: CertificateQualification[] = [];

  /** Who asked for it (the holder). */
  @ManyToOne(() => Volunteer)
  issuedBy!: Rel<Volunteer>;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  issuedAt!: Date;

  @Field(() => Float)
  get hours(): number {
    return Math.round((this.totalMinutes / 60) * 100) / 100;
  }

  @Field(() => String, { description: 'Printable page (A4) with a QR code of the public verification link' })
  get url(): string {
    return `/certificates/${encodeURIComponent(this.code)}`;
  }
}
