// Per-request DataLoaders of this module, kept beside the request's context (not in it) so the
// module owns them: a list of memberships or organisations costs one query per field, not per row.
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import type { MemberRole } from './membership.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { MembershipService } from './membership.service.js';

export interface OrganizationLoaders {
  volunteer: DataLoader<string, Volunteer | null>;
  /** The signed-in viewer's role by organisation ID; null when not a member or signed out. */
  viewerRole: DataLoader<string, MemberRole | null>;
}

const perRequest = new WeakMap<Context, OrganizationLoaders>();

export function loadersFor(ctx: Context): OrganizationLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const { em, viewer } = ctx;
    loaders = {
      volunteer: new DataLoader(async (ids) => {
        const rows = await em.find(Volunteer, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((v) => [v.id, v]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      viewerRole: new DataLoader(async (organizationIds) =>
        viewer ? new MembershipService(em).rolesOf(viewer.volunteerId, organizationIds) : organizationIds.map(() => null),
      ),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

const callerOrganizationsOf = new WeakMap<Context, Promise<readonly string[]>>();

/**
 * Organisations whose projects the caller reads in every status, drafts included: those the
 * signed-in volunteer is a member of, or a partner key's own. Empty for anyone else. One query
 * per request.
 */
export function callerOrganizations(ctx: Context): Promise<readonly string[]> {
  let ids = callerOrganizationsOf.get(ctx);
  if (!ids) {
    ids = ctx.viewer ? new MembershipService(ctx.em).organizationsOf(ctx.viewer.volunteerId) : Promise.resolve(ctx.partner ? [ctx.partner.organizationId] : []);
    callerOrganizationsOf.set(ctx, ids);
  }
  return ids;
}

/** Forget what this request loaded about an organisation after changing it. */
export function forgetOrganization(ctx: Context, organizationId: string): void {
  ctx.loaders.organization.clear(organizationId);
  loadersFor(ctx).viewerRole.clear(organizationId);
  callerOrganizationsOf.delete(ctx);
}
