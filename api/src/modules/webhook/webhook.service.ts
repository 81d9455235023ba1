// Partner webhooks, managed by the team's ADMINs (and platform staff): endpoints are created
// with the events they take (the signing secret returned once), listed with their delivery
// logs, enabled again after they were disabled, deleted; a delivery may be sent again by hand,
// and a test event sent to check an endpoint. Creating, enabling and deleting are audited.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPartner, type Actor } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../common/connection.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { writeAudit } from '../audit/audit.service.js';
import { MemberRole } from '../organization/membership.entity.js';
import { requireOrgRole } from '../organization/organization-access.js';
import { lockOrganizationRow } from '../organization/organization.queries.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { parseWebhookUrl, resolveWebhookHost, WebhookAddressError, type WebhookSettings } from './webhook-address.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import type { CreateWebhookInput } from './webhook.inputs.js';
import { enableWebhook, insertPing, redueDelivery, wakeDeliverers, WEBHOOK_EVENTS } from './webhook.queries.js';

/** Endpoints per team: one per partner system and then some, few enough to review. */
export const MAX_WEBHOOKS = 10;
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

const ADMIN_ONLY = [MemberRole.ADMIN];
const WEBHOOK_ORDER: SortKey<Webhook>[] = [{ column: 'w.id', value: (w) => w.id, type: 'string' }];
const DELIVERY_ORDER: SortKey<WebhookDelivery>[] = [
  { column: 'd.created_at', value: (d) => d.createdAt, type: 'date' },
  { column: 'd.id', value: (d) => d.id, type: 'string' },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class WebhookService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
    private readonly settings: WebhookSettings,
  ) {}

  /** A new endpoint of an approved team; the secret is returned this once. */
  async create(actor: Actor | null, input: CreateWebhookInput): Promise<{ webhook: Webhook; secret: string }> {
    await requireOrgRole(this.em, actor, input.organizationId, ADMIN_ONLY);
    const events = checkEvents(input.events);
    let url: URL;
    try {
      url = parseWebhookUrl(input.url, this.settings);
      await resolveWebhookHost(url, this.settings);
    } catch (error) {
      if (error instanceof WebhookAddressError) throw new BadUserInputError('url', error.reason, error.message, error.details);
      throw error;
    }
    const secret = WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64url');
    return this.em.transactional(async (tx) => {
      // The organisation row lock serialises creation, so the count below holds.
      if ((await lockOrganizationRow(tx, input.organizationId)) !== OrganizationStatus.APPROVED)
        throw new ConflictError(Reason.TEAM_NOT_APPROVED, 'Only an approved team may have webhooks', 'organizationId');
      if ((await tx.count(Webhook, { organization: input.organizationId })) >= MAX_WEBHOOKS) {
        throw new ConflictError(Reason.WEBHOOK_LIMIT_REACHED, `A team has at most ${MAX_WEBHOOKS} endpoints: delete one first`, 'organizationId', {
          max: MAX_WEBHOOKS,
        });
      }
      const webhook = Object.assign(new Webhook(), {
        organization: tx.getReference(Organization, input.organizationId),
        url: url.href,
        events,
        secretEnc: this.vault.encrypt(secret),
        createdBy: isPartner(actor) ? null : tx.getReference(Volunteer, actor!.volunteerId),
      });
      await tx.persist(webhook).flush();
      await writeAudit(tx, [
        { actorId: actorId(actor), action: 'webhook.created', subjectId: webhook.id, detail: { organizationId: input.organizationId, host: url.host, events } },
      ]);
      return { webhook, secret };
    });
  }

  /** A team's endpoints, oldest first. */
  async list(actor: Actor | null, organizationId: string, args: ConnectionArgs): Promise<Page<Webhook>> {
    await requireOrgRole(this.em, actor, organizationId, ADMIN_ONLY);
    return paginate(this.em.createQueryBuilder(Webhook, 'w').where({ organization: organizationId }), args, WEBHOOK_ORDER);
  }

  /** An endpoint's delivery log, newest first. */
  async deliveries(actor: Actor | null, webhookId: string, args: ConnectionArgs): Promise<Page<WebhookDelivery>> {
    const webhook = await this.managed(actor, webhookId);
    const page = await paginate(this.em.createQueryBuilder(WebhookDelivery, 'd').where({ webhook: webhook.id }), args, DELIVERY_ORDER, 'desc');
    for (const d of page.nodes) d.organizationId = webhook.organization.id;
    return page;
  }

  /** Deletes an endpoint and its delivery log; nothing more is sent to it. */
  async delete(actor: Actor | null, id: string): Promise<string> {
    const webhook = await this.managed(actor, id);
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(Webhook, { id });
      await writeAudit(tx, [
        {
          actorId: actorId(actor),
          action: 'webhook.deleted',
          subjectId: id,
          detail: { organizationId: webhook.organization.id, host: new URL(webhook.url).host },
        },
      ]);
    });
    return id;
  }

  /** Takes a disabled endpoint back into service: its waiting deliveries are due at once. */
  async enable(actor: Actor | null, id: string): Promise<Webhook> {
    const webhook = await this.managed(actor, id);
    if (webhook.disabledAt) {
      await this.em.transactional(async (tx) => {
        await enableWebhook(tx, id);
        await wakeDeliverers(tx);
        await writeAudit(tx, [{ actorId: actorId(actor), action: 'webhook.enabled', subjectId: id, detail: { organizationId: webhook.organization.id } }]);
      });
    }
    return (await this.em.fork().findOne(Webhook, { id }))!;
  }

  /**
   * Sends a delivery again now, with the same ID and body: one more attempt for one that was
   * delivered or given up; the next attempt brought forward for one still waiting.
   */
  async redeliver(actor: Actor | null, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = UUID.test(deliveryId) ? await this.em.findOne(WebhookDelivery, { id: deliveryId }, { populate: ['webhook'] }) : null;
    if (!delivery) throw new NotFoundError('WebhookDelivery');
    await requireOrgRole(this.em, actor, delivery.webhook.organization.id, ADMIN_ONLY);
    if (delivery.webhook.disabledAt) throw new ConflictError(Reason.WEBHOOK_DISABLED, 'The endpoint is disabled: enable it first', 'id');
    const moved = await this.em.transactional(async (tx) => {
      const due = await redueDelivery(tx, deliveryId);
      if (due) await wakeDeliverers(tx);
      return due;
    });
    if (!moved) throw new ConflictError(Reason.DELIVERY_IN_PROGRESS, 'The delivery is being sent now', 'id');
    return this.loadDelivery(deliveryId, delivery.webhook.organization.id);
  }

  /** Sends a test event (webhook.ping) to an endpoint now, once. */
  async ping(actor: Actor | null, webhookId: string): Promise<WebhookDelivery> {
    const webhook = await this.managed(actor, webhookId);
    if (webhook.disabledAt) throw new ConflictError(Reason.WEBHOOK_DISABLED, 'The endpoint is disabled: enable it first', 'id');
    return this.loadDelivery(await insertPing(this.em, webhookId), webhook.organization.id);
  }

  private async loadDelivery(id: string, organizationId: string): Promise<WebhookDelivery> {
    const delivery = (await this.em.fork().findOne(WebhookDelivery, { id }))!;
    delivery.organizationId = organizationId;
    return delivery;
  }

  /** An endpoint the actor manages (ADMIN of its team, or platform staff). */
  private async managed(actor: Actor | null, id: string): Promise<Webhook> {
    const webhook = nodeTypeOf(id) === 'Webhook' ? await this.em.findOne(Webhook, { id }) : null;
    if (!webhook) throw new NotFoundError('Webhook');
    await requireOrgRole(this.em, actor, webhook.organization.id, ADMIN_ONLY);
    return webhook;
  }
}

function checkEvents(events: string[]): string[] {
  const chosen = [...new Set(events)];
  const unknown = chosen.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
  if (unknown.length)
    throw new BadUserInputError('events', Reason.BAD_FORMAT, `Unknown events: ${unknown.join(', ')}`, {
      expected: WEBHOOK_EVENTS.join(', '),
      allowed: WEBHOOK_EVENTS,
    });
  if (!chosen.length) throw new BadUserInputError('events', Reason.REQUIRED, 'Choose at least one event');
  return WEBHOOK_EVENTS.filter((e) => chosen.includes(e));
}

function actorId(actor: Actor | null): string | null {
  return actor && !isPartner(actor) ? actor.volunteerId : null;
}
