import { Field, InputType } from 'type-graphql';

@InputType('GuardianConsentInput', {
  description:
    "A minor's guardian agrees to the public page. The volunteer ticks that their guardian agrees and types the guardian's name; " +
    'where a guardian was named at registration (under 14), the name must be that one. The name is kept sealed with the time of consent, ' +
    'and both are erased when the page goes private again',
})
export class GuardianConsentInput {
  @Field(() => Boolean, { description: 'true: the guardian agrees to the public page' }) guardianAgrees!: boolean;
  @Field(() => String, { description: "The guardian's real name, 2..30 characters" }) guardianName!: string;
}

@InputType('SetProfileVisibilityInput', { description: 'Switches the public page (志愿者风采) on or off' })
export class SetProfileVisibilityInput {
  @Field(() => Boolean, { description: 'true shows the page; false hides it at once' }) 'public'!: boolean;
  @Field(() => GuardianConsentInput, {
    nullable: true,
    description: 'Required to switch the page on under 18 (GUARDIAN_CONSENT_REQUIRED otherwise); ignored for adults and when switching off',
  })
  guardianConsent?: GuardianConsentInput | null;
}
