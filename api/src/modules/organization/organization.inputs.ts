import { Field, ID, InputType } from 'type-graphql';

@InputType('OrganizationFilter')
export class OrganizationFilter {
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'YOUTH_LEAGUE, GOVERNMENT, FEDERATION, NGO, SCHOOL, COMPANY or COMMUNITY' })
  kind?: string | null;
  @Field(() => ID, { nullable: true, description: 'Organisations under this parent (a federation and its teams)' })
  parentId?: string | null;
}
