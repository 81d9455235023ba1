import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, createConnectionType, type Page } from '../../common/connection.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { PartnerKey } from './partner-key.entity.js';
import { CreatedPartnerKey, CreatePartnerKeyInput } from './partner-key.inputs.js';
import { PartnerKeyService } from './partner-key.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { AppAccess, NOT_FOR_APPS } from '../../common/app-scope.js';

const PartnerKeyConnection = createConnectionType('PartnerKey', PartnerKey);

@Resolver(() => PartnerKey)
export class PartnerKeyResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => CreatedPartnerKey, {
    description: 'Issues an API key for a partner app acting for an approved organisation (its ADMINs and platform staff). The secret is in this answer only',
  })
  async createPartnerKey(@Arg('input', () => CreatePartnerKeyInput) input: CreatePartnerKeyInput, @Ctx() { em, viewer }: Context): Promise<CreatedPartnerKey> {
    return new PartnerKeyService(em).create(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => PartnerKey, { description: 'Revokes an API key at once (ADMINs of its organisation and platform staff)' })
  revokePartnerKey(@Arg('id', () => ID) id: string, @Ctx() { em, viewer }: Context): Promise<PartnerKey> {
    return new PartnerKeyService(em).revoke(viewer, id);
  }
}

@Resolver(() => Organization)
export class OrganizationPartnerKeysResolver {
  @AppAccess(NOT_FOR_APPS)
  @FieldResolver(() => PartnerKeyConnection, { nullable: true, description: "The organisation's partner API keys (its ADMINs and platform staff)" })
  partnerKeys(@Root() org: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { em, viewer }: Context): Promise<Page<PartnerKey>> {
    return new PartnerKeyService(em).list(viewer, org.id, args);
  }
}
