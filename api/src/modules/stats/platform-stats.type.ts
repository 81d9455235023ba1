import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('PlatformStats', { description: 'Figures of the whole platform' })
export class PlatformStats {
  @Field(() => Int) volunteerCount!: number;
  @Field(() => Int, { description: 'Approved organisations' }) organizationCount!: number;
  @Field(() => Int, { description: 'Published and completed projects' }) projectCount!: number;
  @Field(() => Int, { description: 'Approved service minutes of all volunteers' }) totalServiceMinutes!: number;
  @Field(() => Int, { description: 'Upcoming shifts with places still open' }) openShiftCount!: number;
}
