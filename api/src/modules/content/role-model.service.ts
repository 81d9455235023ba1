import type { EntityManager } from '@mikro-orm/postgresql';
import { uploadedImagePath } from '../image/image-links.js';
import { requirePlatformAdmin, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page } from '../../common/connection.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { approvedOrganization, deskOrder, flushAudited, isPublic, newestFirst, onlyPublic, publishItem, unpublishItem } from './content-common.js';
import type { CreateRoleModelInput, UpdateRoleModelInput } from './content.inputs.js';
import { checkImageUrl, checkPublishAt, checkYear, notNull } from './content-rules.js';
import { RoleModel } from './role-model.entity.js';

const ORDER = newestFirst<RoleModel>('r');
const MAX_NAME = 60;
const MAX_HONOR = 60;
const MAX_CITATION = 2000;
const MAX_DISTRICT = 40;

/** 志愿榜样: written and published by platform staff only. */
export class RoleModelService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Published role models, most recently published first. */
  list(args: ConnectionArgs): Promise<Page<RoleModel>> {
    const qb = onlyPublic(this.em.createQueryBuilder(RoleModel, 'r'), 'r', this.clock());
    return paginate(qb, args, ORDER, 'desc');
  }

  /** Every one, whatever its status, most recently written first: the staff's desk. */
  desk(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<RoleModel>> {
    requirePlatformAdmin(viewer);
    return paginate(this.em.createQueryBuilder(RoleModel, 'r'), args, deskOrder<RoleModel>('r'), 'desc');
  }

  /** A public one by ID (node). */
  async findPublic(id: string): Promise<RoleModel | null> {
    const item = await this.em.findOne(RoleModel, { id });
    return isPublic(item, this.clock()) ? item : null;
  }

  async create(viewer: Viewer | null, input: CreateRoleModelInput): Promise<RoleModel> {
    requirePlatformAdmin(viewer);
    const model = new RoleModel();
    model.name = checkText('name', input.name, 1, MAX_NAME);
    model.honor = checkOptionalText('honor', input.honor, MAX_HONOR);
    model.citation = checkText('citation', input.citation, 1, MAX_CITATION);
    model.year = checkYear('year', input.year, this.clock());
    model.district = checkOptionalText('district', input.district, MAX_DISTRICT);
    model.photoUrl = input.photoImageId ? await uploadedImagePath(this.em, 'photoImageId', input.photoImageId) : checkImageUrl('photoUrl', input.photoUrl);
    model.volunteer = input.volunteerId ? await this.volunteer(input.volunteerId) : null;
    model.organization = input.organizationId ? await approvedOrganization(this.em, 'organizationId', input.organizationId) : null;
    await this.em.persistAndFlush(model);
    return model;
  }

  async update(viewer: Viewer | null, id: string, input: UpdateRoleModelInput): Promise<RoleModel> {
    requirePlatformAdmin(viewer);
    const model = await this.load(id);
    const name = notNull('name', input.name);
    const citation = notNull('citation', input.citation);
    if (name !== undefined) model.name = checkText('name', name, 1, MAX_NAME);
    if (citation !== undefined) model.citation = checkText('citation', citation, 1, MAX_CITATION);
    if (input.honor !== undefined) model.honor = checkOptionalText('honor', input.honor, MAX_HONOR);
    if (input.year !== undefined) model.year = checkYear('year', input.year, this.clock());
    if (input.district !== undefined) model.district = checkOptionalText('district', input.district, MAX_DISTRICT);
    if (input.photoImageId) model.photoUrl = await uploadedImagePath(this.em, 'photoImageId', input.photoImageId);
    else if (input.photoUrl !== undefined) model.photoUrl = checkImageUrl('photoUrl', input.photoUrl);
    if (input.volunteerId !== undefined) model.volunteer = input.volunteerId ? await this.volunteer(input.volunteerId) : null;
    if (input.organizationId !== undefined) {
      model.organization = input.organizationId ? await approvedOrganization(this.em, 'organizationId', input.organizationId) : null;
    }
    await this.em.flush();
    return model;
  }

  /** Publishes now, or at `publishedAt` (a time to come schedules it). */
  async publish(viewer: Viewer | null, id: string, publishedAt?: Date | null): Promise<RoleModel> {
    const v = requirePlatformAdmin(viewer);
    const model = await this.load(id);
    const now = this.clock();
    const from = model.status;
    publishItem(model, checkPublishAt('publishedAt', publishedAt, now), now);
    await flushAudited(this.em, v, 'role-model.published', model, { from });
    return model;
  }

  async unpublish(viewer: Viewer | null, id: string): Promise<RoleModel> {
    const v = requirePlatformAdmin(viewer);
    const model = await this.load(id);
    const from = model.status;
    unpublishItem(model);
    await flushAudited(this.em, v, 'role-model.withdrawn', model, { from });
    return model;
  }

  private async load(id: string): Promise<RoleModel> {
    const model = nodeTypeOf(id) === 'RoleModel' ? await this.em.findOne(RoleModel, { id }) : null;
    if (!model) throw new NotFoundError('Role model');
    return model;
  }

  private async volunteer(id: string): Promise<Volunteer> {
    const volunteer = nodeTypeOf(id) === 'Volunteer' ? await this.em.findOne(Volunteer, { id }) : null;
    if (!volunteer) throw new BadUserInputError('volunteerId', 'No such volunteer');
    return volunteer;
  }
}
