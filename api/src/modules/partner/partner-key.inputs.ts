import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PartnerKey, PartnerScope } from './partner-key.entity.js';

@InputType('CreatePartnerKeyInput')
export class CreatePartnerKeyInput {
  @Field(() => ID, { description: 'The approved organisation the key acts for' })
  organizationId!: string;

  @Field(() => String, { description: 'What the key is for, 2..60 characters' })
  name!: string;

  @Field(() => [PartnerScope], {
    nullable: true,
    description: 'READ is always granted; add PUBLISH to manage the organisation’s activities, REQUEST to submit service requests',
  })
  scopes?: PartnerScope[] | null;
}

@ObjectType('CreatedPartnerKey')
export class CreatedPartnerKey {
  @Field(() => PartnerKey)
  key!: PartnerKey;

  @Field(() => String, { description: 'The bearer token. Shown this once: only its hash is kept' })
  secret!: string;
}
