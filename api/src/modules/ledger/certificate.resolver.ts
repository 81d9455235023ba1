import { Arg, Args, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver, FieldResolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import { requireSelfOrStaff } from './ledger-access.js';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificateService } from './certificate.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, APP_PUBLIC } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';

const CertificateConnection = createConnectionType('Certificate', Certificate);

@ObjectType('CertificateVerification', { description: 'The answer to verifyCertificate' })
export class CertificateVerification {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => Certificate, { nullable: true, description: 'Null when the code is not valid' }) certificate!: Certificate | null;
  @Field(() => Int, { nullable: true, description: "The holder's approved minutes today" }) currentTotalMinutes!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the holder’s total has changed since the certificate was issued' })
  totalChangedSinceIssue!: boolean | null;
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Certificate, { description: "Issues a certificate of the signed-in volunteer's service records (志愿服务记录证明)" })
  issueCertificate(
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: '1..255 characters: the same key from the same volunteer replays the first certificate',
    })
    idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Certificate> {
    return new CertificateService(ctx.em, ctx.vault, ctx.settings).issue(ctx.viewer, idempotencyKey);
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => CertificateVerification, { description: 'Anyone: checks a certificate code; a forged or altered code is not valid' })
  async verifyCertificate(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<CertificateVerification> {
    const result = await new CertificateService(ctx.em, ctx.vault).verify(code);
    return {
      valid: result.valid,
      certificate: result.certificate,
      currentTotalMinutes: result.currentTotalMinutes,
      totalChangedSinceIssue: result.certificate ? result.currentTotalMinutes !== result.certificate.totalMinutes : null,
    };
  }
}

@Resolver(() => Volunteer)
export class VolunteerCertificateResolver {
  @AppAccess(AppScope.HOURS)
  @FieldResolver(() => CertificateConnection, {
    nullable: true,
    description: 'Certificates issued to the volunteer, newest first (the volunteer and platform staff)',
  })
  certificates(@Root() volunteer: Volunteer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Certificate>> {
    requireSelfOrStaff(ctx.viewer, volunteer.id);
    return new CertificateService(ctx.em, ctx.vault).listForVolunteer(volunteer.id, args);
  }
}
