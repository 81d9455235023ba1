// The volunteer card in the graph: the owner's card key (Volunteer.card), taking its photo off
// (removeCardPhoto; it is put on by POST /card/photo, card.routes.ts) and checking a volunteer in
// by their card at the door (checkInByCard).
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import type { Context } from '../../context.js';
import { Signup } from '../signup/signup.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { viewerVolunteer } from '../volunteer/volunteer.queries.js';
import { requireViewer } from '../../common/auth.js';
import { CARD_PERIOD_SECONDS } from './card-code.js';
import { CardService } from './card.service.js';

@ObjectType('VolunteerCard', {
  description:
    '志愿者卡: what the volunteer’s browser needs to draw the card’s QR code offline: `aixin-card:<number>:<window>:<code>`, the window being floor(unix seconds / period) and the code the first 10 hex digits of HMAC-SHA256(key, "<number>:<window>")',
})
export class VolunteerCard {
  @Field(() => String) volunteerNumber!: string;
  @Field(() => String, { description: 'The card key, base64url (32 bytes): keep it on the volunteer’s device only' }) key!: string;
  @Field(() => Int, { description: 'Seconds each code lasts' }) period!: number;
}

@Resolver(() => Volunteer)
export class VolunteerCardResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => VolunteerCard, { nullable: true, description: 'The volunteer card (一卡): the volunteer only' })
  card(@Root() volunteer: Volunteer, @Ctx() { em, vault, viewer }: Context): VolunteerCard | null {
    if (!viewer || viewer.volunteerId !== volunteer.id || viewer.app) return null;
    return { volunteerNumber: volunteer.volunteerNumber, key: new CardService(em, vault).key(viewer), period: CARD_PERIOD_SECONDS };
  }
}

@Resolver()
export class CardPhotoResolver {
  @KeyScope(PEOPLE_ONLY)
  @AppAccess(NOT_FOR_APPS)
  @Mutation(() => Volunteer, {
    description: "Takes the signed-in volunteer's card photo off (Volunteer.cardPhoto becomes null); a photo is put on by POST /card/photo",
  })
  async removeCardPhoto(@Ctx() { em, vault, viewer }: Context): Promise<Volunteer> {
    await new CardService(em, vault).removePhoto(viewer);
    return (await viewerVolunteer(em, requireViewer(viewer)))!;
  }
}

@Resolver()
export class CardCheckInResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Signup, {
    description:
      "A coordinator of the shift's team checks a volunteer in by their card's QR code (drawn within the last minute; CARD_EXPIRED otherwise) or by their volunteer number; from an hour before the start",
  })
  checkInByCard(@Arg('shiftId', () => ID) shiftId: string, @Arg('card', () => String) card: string, @Ctx() { em, vault, viewer }: Context): Promise<Signup> {
    return new CardService(em, vault).checkIn(viewer, shiftId, card);
  }
}

export const cardResolvers = [VolunteerCardResolver, CardPhotoResolver, CardCheckInResolver] as const;
