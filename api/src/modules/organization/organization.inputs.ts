import { Field, ID, InputType } from 'type-graphql';
import { OrganizationKind } from './organization.entity.js';

@InputType('OrganizationFilter')
export class OrganizationFilter {
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'YOUTH_LEAGUE, GOVERNMENT, FEDERATION, NGO, SCHOOL, COMPANY or COMMUNITY' })
  kind?: string | null;
  @Field(() => ID, { nullable: true, description: 'Organisations under this parent (a federation and its teams)' })
  parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, e.g. 青年 (at most 50 characters; letter case ignored)' })
  search?: string | null;
}

@InputType('RegisterOrganizationInput')
export class RegisterOrganizationInput {
  @Field(() => String, { description: '2..60 characters, unique on the platform (spaces and letter case do not make a name different)' })
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, { description: 'District or county, e.g. 龙华区 (at most 40 characters)' })
  district!: string;

  @Field(() => String, { nullable: true, description: 'e.g. 海口市 (at most 40 characters)' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'An approved organisation this one belongs to (a federation for a team)' })
  parentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Web address name, e.g. longhua-youth (3..61 lower-case letters and digits, words joined by "-"); generated when omitted',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: '1..255 characters: the same key from the same caller replays the first result' })
  idempotencyKey?: string | null;
}
