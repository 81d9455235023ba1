// A volunteer's inbox: the outbox messages addressed to them (a place from the waitlist, a
// lottery's result, a cancelled activity), newest first, each pointing at its sign-up, shift and
// activity, so a client words it in its own language. Only the volunteer reads their own.
import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { requireViewer } from '../../common/auth.js';
import { ConnectionArgs, createConnectionType, paginate, type Page } from '../../common/connection.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Project } from '../project/project.entity.js';
import { Shift } from '../project/shift.entity.js';
import { Signup } from '../signup/signup.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { DeliveryChannel, DeliveryStatus } from '../outbox/message-delivery.entity.js';
import { OutboxMessage } from '../outbox/outbox.entity.js';
import { deliveriesOf, OutboxTopic } from '../outbox/outbox.queries.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';
import { Reason } from '../../common/error-reasons.js';
import { organizationById } from '../organization/organization.loaders.js';
import { projectById, shiftById } from '../project/project.loaders.js';
import { signupById } from '../signup/signup.loaders.js';

export enum NotificationKind {
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  DRAW_RESULT = 'DRAW_RESULT',
  PROJECT_CANCELLED = 'PROJECT_CANCELLED',
  SERVICE_REQUEST_CLAIMED = 'SERVICE_REQUEST_CLAIMED',
  SERVICE_REQUEST_DONE = 'SERVICE_REQUEST_DONE',
  SHIFT_REMINDER = 'SHIFT_REMINDER',
  TEAM_MESSAGE = 'TEAM_MESSAGE',
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
  SHIFT_MOVED = 'SHIFT_MOVED',
  SHIFT_CANCELLED = 'SHIFT_CANCELLED',
  STORY_PUBLISHED = 'STORY_PUBLISHED',
  STORY_REJECTED = 'STORY_REJECTED',
  STORY_HIDDEN = 'STORY_HIDDEN',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'WAITLIST_PROMOTED: a place came free and the sign-up is now CONFIRMED; DRAW_RESULT: the lottery drew (see the sign-up status); PROJECT_CANCELLED: the activity was cancelled; SERVICE_REQUEST_CLAIMED: a team claimed your service request; SERVICE_REQUEST_DONE: a team marked it done (confirm and rate it); SHIFT_REMINDER: a shift the volunteer holds starts soon (see hoursBefore); TEAM_MESSAGE: a message from a team (see title, body, organization); WEBHOOK_DISABLED: to a team ADMIN, one of the team’s webhook endpoints kept failing and was disabled (see organization); SHIFT_MOVED: a shift the volunteer holds or waits for moved (see oldStartsAt, newStartsAt, reason); SHIFT_CANCELLED: such a shift was cancelled, and the sign-up with it (see reason); STORY_PUBLISHED: your story is public (see title, reason: the reviewer’s note); STORY_REJECTED: your story was returned (see title, reason); STORY_HIDDEN: platform staff took your story down (see title, reason)',
});

const KIND_OF_TOPIC: Record<string, NotificationKind> = {
  [OutboxTopic.SIGNUP_PROMOTED]: NotificationKind.WAITLIST_PROMOTED,
  [OutboxTopic.SIGNUP_DRAWN]: NotificationKind.DRAW_RESULT,
  [OutboxTopic.PROJECT_CANCELLED]: NotificationKind.PROJECT_CANCELLED,
  [OutboxTopic.SERVICE_REQUEST_CLAIMED]: NotificationKind.SERVICE_REQUEST_CLAIMED,
  [OutboxTopic.SERVICE_REQUEST_DONE]: NotificationKind.SERVICE_REQUEST_DONE,
  [OutboxTopic.SHIFT_REMINDER]: NotificationKind.SHIFT_REMINDER,
  [OutboxTopic.TEAM_MESSAGE]: NotificationKind.TEAM_MESSAGE,
  [OutboxTopic.WEBHOOK_DISABLED]: NotificationKind.WEBHOOK_DISABLED,
  [OutboxTopic.SHIFT_MOVED]: NotificationKind.SHIFT_MOVED,
  [OutboxTopic.SHIFT_CANCELLED]: NotificationKind.SHIFT_CANCELLED,
  [OutboxTopic.STORY_PUBLISHED]: NotificationKind.STORY_PUBLISHED,
  [OutboxTopic.STORY_REJECTED]: NotificationKind.STORY_REJECTED,
  [OutboxTopic.STORY_HIDDEN]: NotificationKind.STORY_HIDDEN,
};
const TOPICS = Object.keys(KIND_OF_TOPIC);

/** The messages of a volunteer's inbox, for listing, counting and marking alike. */
const inboxOf = (recipientId: string) => ({ recipientId, topic: { $in: TOPICS } });

@ObjectType('Notification', { description: 'A message to the signed-in volunteer' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Boolean, { description: 'Marked read with markNotificationsRead' }) read!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "Why the activity was cancelled (PROJECT_CANCELLED), or the shift moved or cancelled (SHIFT_MOVED, SHIFT_CANCELLED); the reviewer's or staff's note on a story (STORY_*)",
  })
  reason!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the shift was to start before it moved (SHIFT_MOVED)' }) oldStartsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the shift was to end before it moved (SHIFT_MOVED)' }) oldEndsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it starts since this move (SHIFT_MOVED; a later move has its own message)' })
  newStartsAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it ends since this move (SHIFT_MOVED)' }) newEndsAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'How many hours before the shift the reminder was sent (SHIFT_REMINDER)' }) hoursBefore!: number | null;
  @Field(() => String, { nullable: true, description: "The team message's title (TEAM_MESSAGE), the story's title (STORY_*)" }) title!: string | null;
  @Field(() => String, { nullable: true, description: "The team message's text (TEAM_MESSAGE)" }) body!: string | null;
  organizationId!: string | null;
  signupId!: string | null;
  shiftId!: string | null;
  projectId!: string | null;
  serviceRequestId!: string | null;
  /** The deliveries of the page's messages, read together when asked for. */
  deliveriesOf!: DataLoader<string, NotificationDelivery[]>;
}

@ObjectType('NotificationDelivery', { description: 'A message through a channel besides the inbox (which always has it)' })
export class NotificationDelivery {
  @Field(() => DeliveryChannel) channel!: DeliveryChannel;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Int, { description: 'Attempts so far' }) attempts!: number;
  @Field(() => Date, { nullable: true, description: 'When the channel took it (SENT)' }) sentAt!: Date | null;
}

/** One statement for the deliveries of a page of messages. */
function deliveryLoader(ctx: Context): DataLoader<string, NotificationDelivery[]> {
  return new DataLoader(async (ids) => {
    const rows = await deliveriesOf(ctx.em, ids);
    return ids.map((id) =>
      rows
        .filter((r) => String(r.message_id) === id)
        .map((r) =>
          Object.assign(new NotificationDelivery(), {
            channel: r.channel,
            status: r.status,
            attempts: r.attempts,
            sentAt: r.sent_at ? new Date(r.sent_at) : null,
          }),
        ),
    );
  });
}

const NotificationConnection = createConnectionType('Notification', Notification);
const ORDER = [{ column: 'o.id', value: (m: OutboxMessage) => Number(m.id), type: 'number' as const }];

function notificationOf(message: OutboxMessage, deliveriesOf: DataLoader<string, NotificationDelivery[]>): Notification {
  const payload = message.payload;
  const id = (key: string) => (typeof payload[key] === 'string' ? payload[key] : null);
  const moment = (key: string) => (typeof payload[key] === 'string' ? new Date(payload[key]) : null);
  return Object.assign(new Notification(), {
    id: String(message.id),
    kind: KIND_OF_TOPIC[message.topic],
    createdAt: message.createdAt,
    read: !!message.readAt,
    reason: id('reason'),
    hoursBefore: typeof payload.hoursBefore === 'number' ? payload.hoursBefore : null,
    oldStartsAt: moment('oldStartsAt'),
    oldEndsAt: moment('oldEndsAt'),
    newStartsAt: moment('newStartsAt'),
    newEndsAt: moment('newEndsAt'),
    title: id('title'),
    body: id('body'),
    organizationId: id('organizationId'),
    signupId: id('signupId'),
    shiftId: id('shiftId'),
    projectId: id('projectId'),
    serviceRequestId: id('serviceRequestId'),
    deliveriesOf,
  });
}

function requireSelf(ctx: Context, volunteer: Volunteer): string {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.volunteerId !== volunteer.id) throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only the volunteer reads their own messages');
  return viewer.volunteerId;
}

@Resolver(() => Volunteer)
export class VolunteerNotificationResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => NotificationConnection, { description: 'The volunteer only (FORBIDDEN for others); newest first' })
  async notifications(@Root() volunteer: Volunteer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<Notification>> {
    const recipient = requireSelf(ctx, volunteer);
    const page = await paginate(ctx.em.createQueryBuilder(OutboxMessage, 'o').where(inboxOf(recipient)), args, ORDER, 'desc');
    const deliveries = deliveryLoader(ctx);
    const edges = page.edges.map((e) => ({ cursor: e.cursor, node: notificationOf(e.node, deliveries) }));
    return { ...page, edges, nodes: edges.map((e) => e.node) };
  }

  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => Int, { nullable: true, description: 'Messages not yet marked read; null for anyone but the volunteer' })
  async unreadNotificationCount(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<number | null> {
    if (ctx.viewer?.volunteerId !== volunteer.id) return null;
    return ctx.em.count(OutboxMessage, { ...inboxOf(volunteer.id), readAt: null });
  }
}

@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => Signup, { nullable: true })
  signup(@Root() n: Notification, @Ctx() ctx: Context): Promise<Signup | null> {
    return n.signupId ? signupById(ctx).load(n.signupId) : Promise.resolve(null);
  }

  @FieldResolver(() => [NotificationDelivery], {
    description:
      'How the message left the platform besides the inbox: one entry a channel once a deliverer took it up (none yet, or none when no channel applies)',
  })
  deliveries(@Root() n: Notification): Promise<NotificationDelivery[]> {
    return n.deliveriesOf.load(n.id);
  }

  @FieldResolver(() => Shift, { nullable: true })
  shift(@Root() n: Notification, @Ctx() ctx: Context): Promise<Shift | null> {
    return n.shiftId ? shiftById(ctx).load(n.shiftId) : Promise.resolve(null);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The team it is from (TEAM_MESSAGE)' })
  organization(@Root() n: Notification, @Ctx() ctx: Context): Promise<Organization | null> {
    return n.organizationId ? organizationById(ctx).load(n.organizationId) : Promise.resolve(null);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The activity, whatever its status now' })
  async project(@Root() n: Notification, @Ctx() ctx: Context): Promise<Project | null> {
    if (n.projectId) return projectById(ctx).load(n.projectId);
    const shift = n.shiftId ? await shiftById(ctx).load(n.shiftId) : null;
    return shift ? projectById(ctx).load(shift.project.id) : null;
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Int, { description: "Marks the signed-in volunteer's messages read, up to and including upTo (all when omitted); the number marked" })
  async markNotificationsRead(@Arg('upTo', () => ID, { nullable: true }) upTo: string | null, @Ctx() ctx: Context): Promise<number> {
    const viewer = requireViewer(ctx.viewer);
    if (upTo != null && !/^\d{1,18}$/.test(upTo)) throw new BadUserInputError('upTo', Reason.BAD_FORMAT, 'upTo is not a message ID');
    return ctx.em.nativeUpdate(
      OutboxMessage,
      { ...inboxOf(viewer.volunteerId), readAt: null, ...(upTo != null ? { id: { $lte: upTo } } : {}) },
      { readAt: new Date() },
    );
  }
}
