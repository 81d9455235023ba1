import { Field, ID, InputType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';

@InputType('ProjectFilter')
export class ProjectFilter {
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Projects with a shift starting at or after this time' })
  startsAfter?: Date | null;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Projects with a shift starting before this time' })
  startsBefore?: Date | null;
}
