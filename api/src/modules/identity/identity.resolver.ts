import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { ChangesPlatformFigures } from '../../common/site-changes.js';
import { maskPhone } from '../../common/masking.js';
import { requireViewer } from '../../common/auth.js';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import {
  AssistedRegistration,
  AssistedRegistrationInput,
  AuthPayload,
  EmergencyContact,
  LogInInput,
  RegisterVolunteerInput,
  RequestVerificationCodeInput,
  ResetPasswordInput,
  ChangePhoneInput,
  CodeChannels,
  MessageChannels,
  UpdateMyProfileInput,
  VerificationCodeSent,
} from './identity.inputs.js';
import { VerificationService } from './verification.service.js';
import { CodePurpose } from './verification-code.entity.js';
import { smsGateway } from '../../common/sms.js';
import { IdentityService, type IssuedSession } from './identity.service.js';
import { AccountService } from './account.service.js';
import { viewerVolunteer } from '../volunteer/volunteer.queries.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, APP_PUBLIC, NOT_FOR_APPS } from '../../common/app-scope.js';
import { AppScope } from '../../common/auth.js';
import { volunteerLoaders } from '../volunteer/volunteer-access.js';

function verification(ctx: Context): VerificationService {
  return new VerificationService(ctx.em, ctx.vault, { sms: smsGateway(ctx.settings.sms), smsSettings: ctx.settings.sms, mail: ctx.mailer });
}

function signedIn(ctx: Context, session: IssuedSession): AuthPayload {
  ctx.request.setSessionCookie(session.token, session.expiresAt);
  ctx.request.setDeviceCookie(session.deviceToken);
  // The rest of this request answers as the newly signed-in volunteer (their own payload unmasked):
  // what this request made for the previous viewer is made again for them.
  ctx.viewer = { volunteerId: session.volunteer.id, isPlatformAdmin: session.volunteer.isPlatformAdmin, sessionId: session.sessionId };
  ctx.scope.forget();
  return { token: session.token, volunteer: session.volunteer, deviceToken: session.deviceToken };
}

@Resolver()
export class IdentityResolver {
  @AppAccess(AppScope.PROFILE)
  @Query(() => Volunteer, { nullable: true, description: 'The signed-in volunteer' })
  me(@Ctx() { em, viewer }: Context): Promise<Volunteer | null> {
    return viewer ? viewerVolunteer(em, viewer) : Promise.resolve(null);
  }

  @UseMiddleware(ChangesPlatformFigures)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => AuthPayload, { description: 'Real-name registration; also signs in' })
  async registerVolunteer(@Arg('input', () => RegisterVolunteerInput) input: RegisterVolunteerInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const codes = verification(ctx);
    const verifyPhone = codes.bySms ? (phone: string) => codes.consume(CodePurpose.REGISTER, phone, input.phoneCode, 'phoneCode') : undefined;
    return signedIn(ctx, await new IdentityService(ctx.em, ctx.vault).register(input, ctx.request.userAgent, ctx.request.deviceToken, verifyPhone));
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => CodeChannels, { description: 'How the platform sends codes (a forgotten password is reset through one of them)' })
  codeChannels(@Ctx() ctx: Context): CodeChannels {
    const codes = verification(ctx);
    return { sms: codes.bySms, email: codes.byEmail };
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => MessageChannels, { description: "How the platform sends messages besides the inbox (a volunteer's choices apply to these)" })
  messageChannels(@Ctx() ctx: Context): MessageChannels {
    return { email: ctx.mailer !== null, sms: !!ctx.settings.sms?.noticeTemplate };
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => Boolean, { description: 'Whether registration asks for a code sent to the phone (the platform sends SMS)' })
  registrationNeedsPhoneCode(@Ctx() ctx: Context): boolean {
    return verification(ctx).bySms;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => VerificationCodeSent, {
    description:
      'Sends a 6-digit code by SMS (or, to reset a password, by email), valid 10 minutes (RATE_LIMITED: once a minute per phone, 5 per 15 minutes; CONFLICT with reason CODES_UNAVAILABLE where the platform sends no SMS)',
  })
  requestVerificationCode(
    @Arg('input', () => RequestVerificationCodeInput) input: RequestVerificationCodeInput,
    @Ctx() ctx: Context,
  ): Promise<VerificationCodeSent> {
    if (input.purpose === CodePurpose.CHANGE_PHONE) requireViewer(ctx.viewer);
    return verification(ctx).send(input.purpose, input, ctx.request.ip);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, {
    description: "Sets a new password with the code sent to the account's phone or email; every session of the account ends (sign in again)",
  })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await verification(ctx).resetPassword(input, input.code, input.newPassword);
    return true;
  }

  @UseMiddleware(ChangesPlatformFigures)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => AssistedRegistration, {
    description:
      "Station staff (the team's COORDINATORs and ADMINs) register a resident without a smartphone, with the resident's consent; they join the team and get an initial password",
  })
  registerVolunteerAssisted(
    @Arg('input', () => AssistedRegistrationInput) input: AssistedRegistrationInput,
    @Ctx() ctx: Context,
  ): Promise<AssistedRegistration> {
    return new IdentityService(ctx.em, ctx.vault).registerAssisted(ctx.viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => AuthPayload, { description: 'Sign in with mobile number or email' })
  async logIn(@Arg('input', () => LogInInput) input: LogInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return signedIn(
      ctx,
      await new IdentityService(ctx.em, ctx.vault, ctx.settings.login).logIn(input, ctx.request.ip, ctx.request.userAgent, ctx.request.deviceToken),
    );
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, { description: 'Ends the current session; false when there was none' })
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    ctx.request.clearSessionCookie();
    return new IdentityService(ctx.em, ctx.vault).logOut(ctx.viewer);
  }

  @UseMiddleware(ChangesPlatformFigures)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, {
    description: 'Deletes the signed-in account: personal data erased, service record kept anonymised, every session ended',
  })
  async deleteMyAccount(@Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx.viewer);
    await new AccountService(ctx.em, ctx.settings.login).deleteAccount(viewer, password);
    ctx.request.clearSessionCookie();
    return true;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, {
    description:
      "Changes the signed-in volunteer's password (BAD_USER_INPUT when currentPassword is wrong; RATE_LIMITED after 5 wrong in 15 minutes); every other session of the account ends",
  })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'At least 8 characters' }) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await new AccountService(ctx.em, ctx.settings.login).changePassword(requireViewer(ctx.viewer), currentPassword, newPassword);
    return true;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Volunteer, {
    description:
      "The signed-in volunteer moves their account to a new phone, with their current password and, where the platform sends SMS, the code sent to the new phone (CONFLICT when the phone is another account's)",
  })
  async changePhone(@Arg('input', () => ChangePhoneInput) input: ChangePhoneInput, @Ctx() ctx: Context): Promise<Volunteer> {
    const codes = verification(ctx);
    const verifyPhone = codes.bySms ? (phone: string) => codes.consume(CodePurpose.CHANGE_PHONE, phone, input.code, 'code') : undefined;
    const { volunteer, phone } = await new AccountService(ctx.em, ctx.settings.login).changePhone(requireViewer(ctx.viewer), ctx.vault, input, verifyPhone);
    // This request's viewer came with the old phone: the answer shows the new one.
    const personal = volunteerLoaders(ctx).personalData;
    const known = await personal.load(volunteer.id);
    personal.clear(volunteer.id).prime(volunteer.id, { ...known, phone });
    return volunteer;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Volunteer, {
    description:
      "The signed-in volunteer changes their email, district, skills, emergency contact and whether messages are emailed (CONFLICT when the email is another account's)",
  })
  updateMyProfile(@Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput, @Ctx() ctx: Context): Promise<Volunteer> {
    return new AccountService(ctx.em, ctx.settings.login).updateProfile(requireViewer(ctx.viewer), ctx.vault, input);
  }
}

@Resolver(() => Volunteer)
export class VolunteerAccountResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => EmergencyContact, { nullable: true, description: 'The volunteer only; null for others and when none is set' })
  async emergencyContact(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<EmergencyContact | null> {
    if (ctx.viewer?.volunteerId !== volunteer.id) return null;
    const contact = await new AccountService(ctx.em, ctx.settings.login).emergencyContact(volunteer.id, ctx.vault);
    return contact ? { name: contact.name, phoneMasked: maskPhone(contact.phone) } : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether messages are also emailed to the volunteer (when they have an email and the platform sends email); the inbox has them either way. The volunteer only; null for others',
  })
  notifyByEmail(@Root() volunteer: Volunteer, @Ctx() ctx: Context): boolean | null {
    return ctx.viewer?.volunteerId === volunteer.id ? volunteer.notifyEmail : null;
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether news that changes the volunteer's plans (a place, a draw, a cancellation, a reminder) is also texted to their phone, where the platform texts messages (messageChannels.sms). The volunteer only; null for others",
  })
  notifyBySms(@Root() volunteer: Volunteer, @Ctx() ctx: Context): boolean | null {
    return ctx.viewer?.volunteerId === volunteer.id ? volunteer.notifySms : null;
  }
}
