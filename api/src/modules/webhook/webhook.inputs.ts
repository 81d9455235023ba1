import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Webhook } from './webhook.entity.js';

@InputType('CreateWebhookInput')
export class CreateWebhookInput {
  @Field(() => ID, { description: 'The approved team whose events it receives' })
  organizationId!: string;

  @Field(() => String, { description: 'https URL the events are POSTed to (public addresses only; see docs/webhooks.md)' })
  url!: string;

  @Field(() => [String], {
    description:
      'Events to receive: activity.published, activity.cancelled, signup.created, signup.cancelled, hours.recorded, service_request.claimed, service_request.done, shift.moved, shift.cancelled',
  })
  events!: string[];
}

@ObjectType('CreatedWebhook')
export class CreatedWebhook {
  @Field(() => Webhook)
  webhook!: Webhook;

  @Field(() => String, { description: 'The signing secret (X-Aixin-Signature). Shown this once: it cannot be read again' })
  secret!: string;
}
