import type { EntityManager } from '@mikro-orm/postgresql';
import { uploadedImagePath } from '../image/image-links.js';
import { requirePlatformAdmin, type Viewer } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { PUBLIC_PROJECT_STATUSES, Project } from '../project/project.entity.js';
import type { CreateShowcaseInput, UpdateShowcaseInput } from './content.inputs.js';
import { checkImageUrl, MAX_BODY, MAX_SUMMARY, MAX_TITLE, notNull } from './content-rules.js';
import { Showcase } from './showcase.entity.js';
import { approvedOrganization, StaffContentService, contentKind } from './published-content.service.js';

const KIND = contentKind(Showcase, { alias: 's', label: 'Showcase', audit: 'showcase' });

/** 重点项目展示: written and published by platform staff only. */
export class ShowcaseService extends StaffContentService<Showcase> {
  constructor(em: EntityManager, clock?: () => Date) {
    super(KIND, em, clock);
  }

  async create(viewer: Viewer | null, input: CreateShowcaseInput): Promise<Showcase> {
    requirePlatformAdmin(viewer);
    const showcase = new Showcase();
    showcase.title = checkText('title', input.title, 1, MAX_TITLE);
    showcase.summary = checkText('summary', input.summary, 1, MAX_SUMMARY);
    showcase.body = checkOptionalText('body', input.body, MAX_BODY);
    showcase.coverImageUrl = input.coverImageId
      ? await uploadedImagePath(this.em, 'coverImageId', input.coverImageId)
      : checkImageUrl('coverImageUrl', input.coverImageUrl);
    showcase.project = input.projectId ? await this.project(input.projectId) : null;
    showcase.organization = input.organizationId
      ? await approvedOrganization(this.em, 'organizationId', input.organizationId)
      : (showcase.project?.organization ?? null);
    await this.em.persistAndFlush(showcase);
    return showcase;
  }

  async update(viewer: Viewer | null, id: string, input: UpdateShowcaseInput): Promise<Showcase> {
    requirePlatformAdmin(viewer);
    const showcase = await this.load(id);
    const title = notNull('title', input.title);
    const summary = notNull('summary', input.summary);
    if (title !== undefined) showcase.title = checkText('title', title, 1, MAX_TITLE);
    if (summary !== undefined) showcase.summary = checkText('summary', summary, 1, MAX_SUMMARY);
    if (input.body !== undefined) showcase.body = checkOptionalText('body', input.body, MAX_BODY);
    if (input.coverImageId) showcase.coverImageUrl = await uploadedImagePath(this.em, 'coverImageId', input.coverImageId);
    else if (input.coverImageUrl !== undefined) showcase.coverImageUrl = checkImageUrl('coverImageUrl', input.coverImageUrl);
    if (input.projectId !== undefined) showcase.project = input.projectId ? await this.project(input.projectId) : null;
    if (input.organizationId !== undefined) {
      showcase.organization = input.organizationId ? await approvedOrganization(this.em, 'organizationId', input.organizationId) : null;
    }
    await this.em.flush();
    return showcase;
  }

  /** Only a project the public can see may be showcased. */
  private async project(id: string): Promise<Project> {
    const project = nodeTypeOf(id) === 'Project' ? await this.em.findOne(Project, { id }) : null;
    if (!project) throw new BadUserInputError('projectId', Reason.NOT_FOUND, 'No such project', { entity: 'Project' });
    if (!PUBLIC_PROJECT_STATUSES.includes(project.status)) {
      throw new BadUserInputError('projectId', Reason.PROJECT_NOT_PUBLIC, 'Only a published or completed project can be showcased');
    }
    return project;
  }
}
