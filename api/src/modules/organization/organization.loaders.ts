// Per-request DataLoaders of this module (common/request-scope.ts): a list of memberships or
// organisations costs one query per field, not per row.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { byIdLoader } from '../../common/loaders.js';
import { perRequest } from '../../common/request-scope.js';
import type { MemberRole } from './membership.entity.js';
import { MembershipService } from './membership.service.js';
import { Organization } from './organization.entity.js';

export const organizationById = perRequest((ctx: Context) => byIdLoader(ctx.em, Organization));

export interface OrganizationLoaders {
  /** The signed-in viewer's role by organisation ID; null when not a member or signed out. */
  viewerRole: DataLoader<string, MemberRole | null>;
}

export const loadersFor = perRequest((ctx: Context): OrganizationLoaders => {
  const { em, viewer } = ctx;
  return {
    viewerRole: new DataLoader(async (organizationIds) =>
      viewer ? new MembershipService(em).rolesOf(viewer.volunteerId, organizationIds) : organizationIds.map(() => null),
    ),
  };
});

/**
 * Organisations whose projects the caller reads in every status, drafts included: those the
 * signed-in volunteer is a member of, or a partner key's own. Empty for anyone else. One query
 * per request.
 */
export const callerOrganizations = perRequest((ctx: Context): Promise<readonly string[]> =>
  ctx.viewer ? new MembershipService(ctx.em).organizationsOf(ctx.viewer.volunteerId) : Promise.resolve(ctx.partner ? [ctx.partner.organizationId] : []),
);

/** Forget what this request loaded about an organisation after changing it. */
export function forgetOrganization(ctx: Context, organizationId: string): void {
  organizationById(ctx).clear(organizationId);
  loadersFor(ctx).viewerRole.clear(organizationId);
  callerOrganizations.forget(ctx);
}
