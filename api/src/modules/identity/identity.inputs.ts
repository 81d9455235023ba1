import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CodePurpose } from './verification-code.entity.js';
import { AcceptedDocumentInput } from '../consent/consent.inputs.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';

registerEnumType(CodePurpose, {
  name: 'CodePurpose',
  description:
    'REGISTER: proves the phone of a registration; RESET_PASSWORD: lets the owner of an account set a new password; CHANGE_PHONE: proves the new phone of a signed-in volunteer (CONFLICT when it is already registered)',
});

@InputType('RegisterVolunteerInput')
export class RegisterVolunteerInput {
  @Field(() => String, { description: '2..30 characters, as on the resident ID card' }) realName!: string;
  @Field(() => String, { description: '18-character PRC resident ID number (GB 11643)' }) idNumber!: string;
  @Field(() => String, { description: 'Mainland mobile number, 11 digits' }) phone!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The 6-digit code sent to the phone (requestVerificationCode with purpose REGISTER); required where the platform sends codes (Query.registrationNeedsPhoneCode)',
  })
  phoneCode?: string | null;
  @Field(() => String, { description: 'At least 8 characters' }) password!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 龙华区' }) district?: string | null;
  @Field(() => [String], { nullable: true }) skills?: string[] | null;
  @Field(() => String, { nullable: true, description: "Guardian's name; required under 14" }) guardianName?: string | null;
  @Field(() => String, { nullable: true, description: "Guardian's mobile number; required under 14" }) guardianPhone?: string | null;
  @Field(() => [AcceptedDocumentInput], {
    nullable: true,
    description:
      'The user agreement and privacy policy the volunteer accepted, at the versions shown (legalDocuments); recorded with the registration. Without it the volunteer is asked at sign-in (Volunteer.pendingConsents)',
  })
  accepted?: AcceptedDocumentInput[] | null;
}

@InputType('UpdateMyProfileInput', { description: 'What a volunteer may change about themselves: a field left out stays as it is; null or empty clears it' })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true, description: 'Also a login name; unique' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 龙华区' }) district?: string | null;
  @Field(() => [String], { nullable: true, description: 'At most 20, each at most 20 characters' }) skills?: string[] | null;
  @Field(() => String, { nullable: true, description: "Emergency contact's name (2..30 characters); given (or cleared) together with their phone" })
  emergencyContactName?: string | null;
  @Field(() => String, { nullable: true, description: "Emergency contact's mainland mobile number; stored encrypted" }) emergencyContactPhone?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether messages are emailed too (Volunteer.notifyByEmail); null or left out: as it is' })
  notifyByEmail?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether news is texted too (Volunteer.notifyBySms); null or left out: as it is' })
  notifyBySms?: boolean | null;
}

@ObjectType('EmergencyContact', { description: 'Whom to call if something happens during an activity; the volunteer only' })
export class EmergencyContact {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'e.g. 138****0002' }) phoneMasked!: string;
}

@InputType('LogInInput')
export class LogInInput {
  @Field(() => String, { description: 'Mobile number or email' }) login!: string;
  @Field(() => String) password!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Apps: the deviceToken an earlier sign-in on this device returned; its attempts then count against this device alone, so others' wrong passwords do not lock the owner out here (browsers hold it as a cookie)",
  })
  deviceToken?: string | null;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Session token for `Authorization: Bearer`; browsers also get an httpOnly cookie' })
  token!: string;
  @Field(() => Volunteer) volunteer!: Volunteer;
  @Field(() => String, { description: "This device's token for later sign-ins (LogInInput.deviceToken); browsers also get it as an httpOnly cookie" })
  deviceToken!: string;
}

@InputType('AssistedRegistrationInput', { description: 'A resident registered by station staff (a COORDINATOR or ADMIN of the team), with their consent' })
export class AssistedRegistrationInput {
  @Field(() => ID, { description: 'The team the resident joins as a MEMBER' }) organizationId!: string;
  @Field(() => String, { description: '2..30 characters, as on the resident ID card' }) realName!: string;
  @Field(() => String, { description: '18-character PRC resident ID number (GB 11643)' }) idNumber!: string;
  @Field(() => String, { description: "Mainland mobile number (a family member's will do); they sign in with it" }) phone!: string;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true, description: "Guardian's name; required under 14" }) guardianName?: string | null;
  @Field(() => String, { nullable: true, description: "Guardian's mobile number; required under 14" }) guardianPhone?: string | null;
  @Field(() => Boolean, {
    description: 'The resident agreed to register and to the processing of their personal data (must be true; recorded with who took it)',
  })
  consent!: boolean;
}

@ObjectType('AssistedRegistration')
export class AssistedRegistration {
  @Field(() => Volunteer) volunteer!: Volunteer;
  @Field(() => String, { description: 'Shown once: the resident signs in with their mobile number and this password' }) initialPassword!: string;
}

@InputType('RequestVerificationCodeInput')
export class RequestVerificationCodeInput {
  @Field(() => CodePurpose) purpose!: CodePurpose;
  @Field(() => String, { nullable: true, description: 'Mainland mobile number the code goes to by SMS (this or email)' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Email address the code goes to (RESET_PASSWORD only; this or phone)' }) email?: string | null;
}

@InputType('ChangePhoneInput')
export class ChangePhoneInput {
  @Field(() => String, { description: 'The new mainland mobile number; stored encrypted' }) phone!: string;
  @Field(() => String, { nullable: true, description: 'The code sent to the new phone (purpose CHANGE_PHONE), where the platform sends SMS' })
  code?: string | null;
  @Field(() => String, { description: "The account's current password" }) currentPassword!: string;
}

@ObjectType('VerificationCodeSent', {
  description: 'A code is on its way (for RESET_PASSWORD: if an account has that phone; the answer is the same either way)',
})
export class VerificationCodeSent {
  @Field(() => String, { description: 'e.g. 138****0002' }) sentTo!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Int, { description: 'Seconds before another code may be asked for' }) resendAfter!: number;
}

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field(() => String, { nullable: true, description: "The account's mobile number (this or email)" }) phone?: string | null;
  @Field(() => String, { nullable: true, description: "The account's email address (this or phone)" }) email?: string | null;
  @Field(() => String, { description: 'The 6-digit code sent to it (purpose RESET_PASSWORD)' }) code!: string;
  @Field(() => String, { description: 'At least 8 characters' }) newPassword!: string;
}

@ObjectType('MessageChannels', { description: 'How the platform sends messages besides the inbox' })
export class MessageChannels {
  @Field(() => Boolean, { description: 'By SMS: news that changes plans (a place, a draw, a cancellation, a reminder), never at night unless urgent' })
  sms!: boolean;
  @Field(() => Boolean, { description: 'By email: every message' }) email!: boolean;
}

@ObjectType('CodeChannels', { description: 'How the platform can send codes' })
export class CodeChannels {
  @Field(() => Boolean, { description: 'By SMS (registration then proves the phone; a password can be reset by phone)' }) sms!: boolean;
  @Field(() => Boolean, { description: 'By email (a password can be reset by email)' }) email!: boolean;
}
