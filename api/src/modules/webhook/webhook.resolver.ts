import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import { CreatedWebhook, CreateWebhookInput } from './webhook.inputs.js';
import { webhookBody } from './webhook.queries.js';
import { WebhookService } from './webhook.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';

const WebhookConnection = createConnectionType('Webhook', Webhook);
const WebhookDeliveryConnection = createConnectionType('WebhookDelivery', WebhookDelivery);

const service = (ctx: Context) => new WebhookService(ctx.em, ctx.vault, ctx.settings.webhooks);
/** Who asks: a partner key may not manage webhooks (FORBIDDEN), signed out is UNAUTHENTICATED. */
const actor = (ctx: Context) => ctx.viewer ?? ctx.partner;

@Resolver(() => Webhook)
export class WebhookResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => CreatedWebhook, {
    description: 'Adds an endpoint that receives the team’s events as signed POSTs (its ADMINs and platform staff). The signing secret is in this answer only',
  })
  createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: Context): Promise<CreatedWebhook> {
    return service(ctx).create(actor(ctx), input);
  }

  @Query(() => WebhookConnection, { description: "A team's webhook endpoints, oldest first (its ADMINs and platform staff)" })
  webhooks(
    @Arg('organizationId', () => ID) organizationId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Webhook>> {
    return service(ctx).list(actor(ctx), organizationId, args);
  }

  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first (its team's ADMINs and platform staff)" })
  webhookDeliveries(
    @Arg('webhookId', () => ID) webhookId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<WebhookDelivery>> {
    return service(ctx).deliveries(actor(ctx), webhookId, args);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again now, with the same ID and body (CONFLICT while the endpoint is disabled)' })
  redeliverWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    return service(ctx).redeliver(actor(ctx), id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => WebhookDelivery, { description: 'Sends a test event (webhook.ping) to the endpoint now, once' })
  pingWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    return service(ctx).ping(actor(ctx), id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Webhook, { description: 'Takes a disabled endpoint back into service; its waiting deliveries are sent at once' })
  enableWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Webhook> {
    return service(ctx).enable(actor(ctx), id);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => ID, { description: 'Deletes an endpoint and its delivery log; the ID of the endpoint deleted' })
  deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return service(ctx).delete(actor(ctx), id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => String, { description: 'The JSON body POSTed, byte for byte: the signature is over exactly this' })
  body(@Root() d: WebhookDelivery): string {
    return webhookBody({ id: d.id, event: d.event, created_at: d.createdAt, organization_id: d.organizationId ?? '', payload: d.payload });
  }
}
