// Builds the GraphQL schema from the resolvers; the same function emits schema/schema.graphql.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { NodeResolver } from './modules/node/node.resolver.js';
import { MembershipResolver, VolunteerMembershipResolver } from './modules/organization/membership.resolver.js';
import { MembershipRequestResolver, OrganizationMembershipRequestResolver } from './modules/organization/membership-request.resolver.js';
import { NotificationResolver, VolunteerNotificationResolver } from './modules/notification/notification.resolver.js';
import { AuditEventOrganizationResolver, OrganizationResolver } from './modules/organization/organization.resolver.js';
import { OrganizationProjectsResolver, ProjectResolver, ShiftResolver } from './modules/project/project.resolver.js';
import { StatsResolver } from './modules/stats/stats.resolver.js';
import { AuditEventActorResolver, VolunteerResolver } from './modules/volunteer/volunteer.resolver.js';
import { IdentityResolver, VolunteerAccountResolver } from './modules/identity/identity.resolver.js';
import { contentResolvers } from './modules/content/content.resolver.js';
import { ProjectAdminResolver } from './modules/project/project-admin.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { JobsResolver } from './modules/jobs/jobs.resolver.js';
import { BroadcastResolver, OrganizationBroadcastResolver } from './modules/broadcast/broadcast.resolver.js';
import { OrganizationPartnerKeysResolver, PartnerKeyResolver } from './modules/partner/partner-key.resolver.js';
import { WebhookDeliveryResolver, WebhookResolver } from './modules/webhook/webhook.resolver.js';
import { ShiftSignupResolver, SignupResolver, VolunteerSignupResolver } from './modules/signup/signup.resolver.js';
import { LotteryResolver } from './modules/lottery/lottery.resolver.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import { ConsentResolver, VolunteerConsentResolver } from './modules/consent/consent.resolver.js';
import { ledgerResolvers } from './modules/ledger/ledger-resolvers.js';
import { imageResolvers } from './modules/image/image.resolver.js';
import { contentImageResolvers } from './modules/content/content-images.resolver.js';
import { ratingResolvers } from './modules/rating/rating.resolver.js';
import { trainingResolvers } from './modules/training/training.resolver.js';
import { storyResolvers } from './modules/story/story.resolver.js';
import { describeFieldAccess, keyScopeLine } from './common/key-scope.js';
import { appScopeLine } from './common/app-scope.js';
import { oauthResolvers } from './modules/oauth/oauth.resolver.js';
import { serviceRequestResolvers } from './modules/service-request/service-request.resolver.js';
import { contestResolvers } from './modules/contest/contest.resolver.js';
import { stationResolvers } from './modules/station/station.resolver.js';
import { cardResolvers } from './modules/card/card.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

export function getSchema(): Promise<GraphQLSchema> {
  return (schema ??= buildSchema({
    resolvers: [
      NodeResolver,
      OrganizationResolver,
      AuditEventOrganizationResolver,
      MembershipResolver,
      VolunteerMembershipResolver,
      MembershipRequestResolver,
      OrganizationMembershipRequestResolver,
      ProjectResolver,
      OrganizationProjectsResolver,
      ShiftResolver,
      StatsResolver,
      IdentityResolver,
      VolunteerAccountResolver,
      ConsentResolver,
      VolunteerConsentResolver,
      VolunteerResolver,
      AuditEventActorResolver,
      ProjectAdminResolver,
      SignupResolver,
      ShiftSignupResolver,
      VolunteerSignupResolver,
      PartnerKeyResolver,
      OrganizationPartnerKeysResolver,
      WebhookResolver,
      WebhookDeliveryResolver,
      AuditResolver,
      JobsResolver,
      BroadcastResolver,
      OrganizationBroadcastResolver,
      LotteryResolver,
      CalendarResolver,
      NotificationResolver,
      VolunteerNotificationResolver,
      ...contentResolvers,
      ...ledgerResolvers,
      ...imageResolvers,
      ...contentImageResolvers,
      ...serviceRequestResolvers,
      ...ratingResolvers,
      ...trainingResolvers,
      ...storyResolvers,
      ...oauthResolvers,
      ...contestResolvers,
      ...stationResolvers,
      ...cardResolvers,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
  }).then((schema) => describeFieldAccess(schema, [keyScopeLine, appScopeLine])));
}

const HEADER = '# Emitted from api/src by `npm run generate`. Do not edit by hand.\n\n';

/** The SDL committed as schema/schema.graphql, sorted so it is stable. */
export async function printSchemaFile(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
