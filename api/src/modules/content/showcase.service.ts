import type { EntityManager } from '@mikro-orm/postgresql';
import { uploadedImagePath } from '../image/image-links.js';
import { requirePlatformAdmin, type Viewer } from '../../common/auth.js';
import { paginate, type ConnectionArgs, type Page } from '../../common/connection.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { PUBLIC_PROJECT_STATUSES, Project } from '../project/project.entity.js';
import { approvedOrganization, deskOrder, flushAudited, isPublic, newestFirst, onlyPublic, publishItem, unpublishItem } from './content-common.js';
import type { CreateShowcaseInput, UpdateShowcaseInput } from './content.inputs.js';
import { checkImageUrl, checkPublishAt, MAX_BODY, MAX_SUMMARY, MAX_TITLE, notNull } from './content-rules.js';
import { Showcase } from './showcase.entity.js';

const ORDER = newestFirst<Showcase>('s');

/** 重点项目展示: written and published by platform staff only. */
export class ShowcaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Published showcases, most recently published first. */
  list(args: ConnectionArgs): Promise<Page<Showcase>> {
    const qb = onlyPublic(this.em.createQueryBuilder(Showcase, 's'), 's', this.clock());
    return paginate(qb, args, ORDER, 'desc');
  }

  /** Every one, whatever its status, most recently written first: the staff's desk. */
  desk(viewer: Viewer | null, args: ConnectionArgs): Promise<Page<Showcase>> {
    requirePlatformAdmin(viewer);
    return paginate(this.em.createQueryBuilder(Showcase, 's'), args, deskOrder<Showcase>('s'), 'desc');
  }

  /** A public one by ID (node). */
  async findPublic(id: string): Promise<Showcase | null> {
    const item = await this.em.findOne(Showcase, { id });
    return isPublic(item, this.clock()) ? item : null;
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

  /** Publishes now, or at `publishedAt` (a time to come schedules it). */
  async publish(viewer: Viewer | null, id: string, publishedAt?: Date | null): Promise<Showcase> {
    const v = requirePlatformAdmin(viewer);
    const showcase = await this.load(id);
    const now = this.clock();
    const from = showcase.status;
    publishItem(showcase, checkPublishAt('publishedAt', publishedAt, now), now);
    await flushAudited(this.em, v, 'showcase.published', showcase, { from });
    return showcase;
  }

  async unpublish(viewer: Viewer | null, id: string): Promise<Showcase> {
    const v = requirePlatformAdmin(viewer);
    const showcase = await this.load(id);
    const from = showcase.status;
    unpublishItem(showcase);
    await flushAudited(this.em, v, 'showcase.withdrawn', showcase, { from });
    return showcase;
  }

  private async load(id: string): Promise<Showcase> {
    const showcase = nodeTypeOf(id) === 'Showcase' ? await this.em.findOne(Showcase, { id }) : null;
    if (!showcase) throw new NotFoundError('Showcase');
    return showcase;
  }

  /** Only a project the public can see may be showcased. */
  private async project(id: string): Promise<Project> {
    const project = nodeTypeOf(id) === 'Project' ? await this.em.findOne(Project, { id }) : null;
    if (!project) throw new BadUserInputError('projectId', 'No such project');
    if (!PUBLIC_PROJECT_STATUSES.includes(project.status)) {
      throw new BadUserInputError('projectId', 'Only a published or completed project can be showcased');
    }
    return project;
  }
}
