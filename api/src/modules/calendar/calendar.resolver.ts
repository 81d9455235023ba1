import { Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../../context.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { CalendarService } from './calendar.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';

@ObjectType('CalendarFeed', { description: 'A secret iCalendar address of the volunteer’s confirmed shifts, for calendar apps to subscribe to' })
export class CalendarFeedType {
  @Field(() => String, { description: 'https://…/calendar/<token>.ics (webcal:// works too); anyone with it can read the calendar' })
  url!: string;

  @Field(() => DateTimeResolver)
  createdAt!: Date;
}

@Resolver(() => Volunteer)
export class CalendarResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => CalendarFeedType, { description: 'A new calendar address for the signed-in volunteer; the previous one stops working' })
  resetCalendarFeed(@Ctx() ctx: Context): Promise<CalendarFeedType> {
    return new CalendarService(ctx.em, ctx.vault, ctx.settings.publicUrl).reset(ctx.viewer);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Boolean, { description: 'Turns the signed-in volunteer’s calendar address off; false when there was none' })
  revokeCalendarFeed(@Ctx() ctx: Context): Promise<boolean> {
    return new CalendarService(ctx.em, ctx.vault, ctx.settings.publicUrl).revoke(ctx.viewer);
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => CalendarFeedType, { nullable: true, description: 'The volunteer’s own calendar address (only they see it); null until created' })
  async calendarFeed(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<CalendarFeedType | null> {
    if (!ctx.viewer || ctx.viewer.volunteerId !== volunteer.id) return null;
    return new CalendarService(ctx.em, ctx.vault, ctx.settings.publicUrl).current(volunteer.id);
  }
}
