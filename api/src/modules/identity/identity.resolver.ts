import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../common/auth.js';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { AssistedRegistration, AssistedRegistrationInput, AuthPayload, LogInInput, RegisterVolunteerInput } from './identity.inputs.js';
import { IdentityService, type IssuedSession } from './identity.service.js';
import { AccountService } from './account.service.js';
import { createVolunteerLoaders } from '../volunteer/volunteer-access.js';
import { findActiveVolunteer, volunteerFromRow } from '../volunteer/volunteer-lookup.js';

function signedIn(ctx: Context, session: IssuedSession): AuthPayload {
  ctx.request.setSessionCookie(session.token, session.expiresAt);
  ctx.request.setDeviceCookie(session.deviceToken);
  // The rest of this request answers as the newly signed-in volunteer (their own payload unmasked).
  ctx.viewer = { volunteerId: session.volunteer.id, isPlatformAdmin: session.volunteer.isPlatformAdmin, sessionId: session.sessionId };
  ctx.loaders.volunteers = createVolunteerLoaders(ctx.em, ctx.viewer, ctx.vault);
  return { token: session.token, volunteer: session.volunteer, deviceToken: session.deviceToken };
}

@Resolver()
export class IdentityResolver {
  @Query(() => Volunteer, { nullable: true, description: 'The signed-in volunteer' })
  me(@Ctx() { em, viewer }: Context): Promise<Volunteer | null> {
    if (!viewer) return Promise.resolve(null);
    // The session lookup already read the volunteer's row for this request.
    return Promise.resolve(viewer.volunteerRow ? volunteerFromRow(em, viewer.volunteerRow) : findActiveVolunteer(em, viewer.volunteerId));
  }

  @Mutation(() => AuthPayload, { description: 'Real-name registration; also signs in' })
  async registerVolunteer(@Arg('input', () => RegisterVolunteerInput) input: RegisterVolunteerInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return signedIn(ctx, await new IdentityService(ctx.em, ctx.vault).register(input, ctx.request.userAgent, ctx.request.deviceToken));
  }

  @Mutation(() => AssistedRegistration, {
    description: "Station staff (the team's COORDINATORs and ADMINs) register a resident without a smartphone, with the resident's consent; they join the team and get an initial password",
  })
  registerVolunteerAssisted(@Arg('input', () => AssistedRegistrationInput) input: AssistedRegistrationInput, @Ctx() ctx: Context): Promise<AssistedRegistration> {
    return new IdentityService(ctx.em, ctx.vault).registerAssisted(ctx.viewer, input);
  }

  @Mutation(() => AuthPayload, { description: 'Sign in with mobile number or email' })
  async logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return signedIn(ctx, await new IdentityService(ctx.em, ctx.vault).logIn(input, ctx.request.ip, ctx.request.userAgent, ctx.request.deviceToken));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; false when there was none' })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    ctx.request.clearSessionCookie();
    return new IdentityService(ctx.em, ctx.vault).logOut(ctx.viewer);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes the signed-in account: personal data erased, service record kept anonymised, every session ended',
  })
  async deleteMyAccount(@Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    await new AccountService(ctx.em).deleteAccount(viewer, password);
    ctx.request.clearSessionCookie();
    return true;
  }
}
