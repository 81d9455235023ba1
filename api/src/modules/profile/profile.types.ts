import { Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * 志愿者风采: what a volunteer's public page shows, and nothing else. Built from the volunteer's
 * public fields only (volunteer number, masked display name, stars, service time); teams and
 * stories come through their own resolvers.
 */
@ObjectType('VolunteerProfile', {
  description:
    "志愿者风采: a volunteer's public page, shown only while they keep it on. Never any personal data (no real name, ID number, phone, birth date or email)",
})
export class VolunteerProfile {
  /** Not exposed: the page's volunteer, for its teams and stories. */
  volunteerId!: string;

  @Field(() => String, { description: 'Unified volunteer number (志愿者编号)' })
  volunteerNumber!: string;

  @Field(() => String, { description: 'The same public name as everywhere else (Volunteer.displayName, e.g. 张*明)' })
  displayName!: string;

  @Field(() => Int, { description: 'Approved service time in minutes' })
  totalMinutes!: number;

  @Field(() => Float, { description: 'Approved service time in hours' })
  get hours(): number {
    return Math.round((this.totalMinutes / 60) * 10) / 10;
  }
}
