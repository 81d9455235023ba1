import type { EntityManager } from '@mikro-orm/postgresql';
import { uploadedImagePath } from '../image/image-links.js';
import { requirePlatformAdmin, type Viewer } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import type { CreateRoleModelInput, UpdateRoleModelInput } from './content.inputs.js';
import { checkImageUrl, checkYear, notNull } from './content-rules.js';
import { RoleModel } from './role-model.entity.js';
import { approvedOrganization, StaffContentService, contentKind } from './published-content.service.js';

const KIND = contentKind(RoleModel, { alias: 'r', label: 'Role model', audit: 'role-model' });

const MAX_NAME = 60;
const MAX_HONOR = 60;
const MAX_CITATION = 2000;
const MAX_DISTRICT = 40;

/** 志愿榜样: written and published by platform staff only. */
export class RoleModelService extends StaffContentService<RoleModel> {
  constructor(em: EntityManager, clock?: () => Date) {
    super(KIND, em, clock);
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

  private async volunteer(id: string): Promise<Volunteer> {
    const volunteer = nodeTypeOf(id) === 'Volunteer' ? await this.em.findOne(Volunteer, { id }) : null;
    if (!volunteer) throw new BadUserInputError('volunteerId', Reason.NOT_FOUND, 'No such volunteer', { entity: 'Volunteer' });
    return volunteer;
  }
}
