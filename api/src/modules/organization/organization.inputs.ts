import { Field, ID, InputType } from 'type-graphql';
import { GeoPointInput, NearInput } from '../../common/geo.js';
import { JoinPolicy, OrganizationKind } from './organization.entity.js';

@InputType('OrganizationFilter')
export class OrganizationFilter {
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => String, { nullable: true, description: 'YOUTH_LEAGUE, GOVERNMENT, FEDERATION, NGO, SCHOOL, COMPANY or COMMUNITY' })
  kind?: string | null;
  @Field(() => ID, { nullable: true, description: 'Organisations under this parent (a federation and its teams)' })
  parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, e.g. 青年 (at most 50 characters; letter case ignored)' })
  search?: string | null;
  @Field(() => NearInput, { nullable: true, description: 'Teams within radiusKm of a point, nearest first' })
  near?: NearInput | null;
}

/** What a team tells about itself beyond its name: shared by registration and the profile. */
@InputType('OrganizationProfileInput')
export class OrganizationProfileFields {
  @Field(() => String, { nullable: true, description: 'Contact person (联系人), 2..30 characters' })
  contactName?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Contact person's mainland mobile number; stored encrypted, shown masked to the team's managers, its parent's admins and platform staff",
  })
  contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Where the team is found, at most 200 characters' })
  address?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Map point of the address' })
  location?: GeoPointInput | null;
  @Field(() => JoinPolicy, { nullable: true, description: 'APPROVAL (the default) or OPEN' })
  joinPolicy?: JoinPolicy | null;
}

@InputType('UpdateOrganizationInput', {
  description: "Changes to a team's profile; omitted fields stay as they are (the name stays: it is the registered one)",
})
export class UpdateOrganizationInput extends OrganizationProfileFields {
  @Field(() => String, { nullable: true, description: 'At most 2000 characters' })
  description?: string | null;
  @Field(() => String, { nullable: true, description: 'District or county, at most 40 characters' })
  district?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 40 characters' })
  city?: string | null;
}

@InputType('RegisterOrganizationInput')
export class RegisterOrganizationInput extends OrganizationProfileFields {
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
