import { MembershipRequest } from '../organization/membership-request.entity.js';
import { MembershipRequestService } from '../organization/membership-request.service.js';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { nodeTypeOf } from '../../common/ids.js';
import type { Context } from '../../context.js';
import { OrganizationStatus } from '../organization/organization.entity.js';
import { findVisibleMembership } from '../organization/membership.service.js';
import { isVisibleProject } from '../project/project.service.js';
import { callerOrganizations, organizationById } from '../organization/organization.loaders.js';
import { Shift } from '../project/shift.entity.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { findVisibleSignup } from '../signup/signup.service.js';
import { NewsArticleService } from '../content/news-article.service.js';
import { RoleModelService } from '../content/role-model.service.js';
import { ShowcaseService } from '../content/showcase.service.js';
import { findVisibleCorrectionRequest, findVisibleHourEntry } from '../ledger/ledger-access.js';
import { Node } from '../../common/node.interface.js';
import { RatingService } from '../rating/rating.service.js';
import { storyService } from '../story/story.loaders.js';
import { StationService } from '../station/station.service.js';
import { StoredImage } from '../image/image.entity.js';
import { imageStorage } from '../image/image-storage.js';
import { toImage } from '../image/image.types.js';
import { ServiceRequestService } from '../service-request/service-request.service.js';
import { projectById } from '../project/project.loaders.js';
import { ContestService } from '../contest/contest.service.js';
import { TrainingService } from '../training/training.service.js';
import { qualificationKindById } from '../training/training.loaders.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its ID; null when unknown or not visible' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const { em, viewer } = ctx;
    switch (nodeTypeOf(id)) {
      case 'Organization': {
        const org = await organizationById(ctx).load(id);
        return org?.status === OrganizationStatus.APPROVED ? org : null;
      }
      case 'Project': {
        const project = await projectById(ctx).load(id);
        return project && isVisibleProject(project, await callerOrganizations(ctx)) ? project : null;
      }
      case 'Shift': {
        const shift = await em.findOne(Shift, { id });
        const project = shift && (await projectById(ctx).load(shift.project.id));
        return project && isVisibleProject(project, await callerOrganizations(ctx)) ? shift : null;
      }
      case 'Volunteer':
        return em.findOne(Volunteer, { id });
      // The volunteer, managers of the shift's organisation and platform staff only.
      case 'Signup':
        return findVisibleSignup(em, viewer, id);
      // The member, managers of its organisation and platform staff only.
      case 'Membership':
        return findVisibleMembership(em, viewer, id);
      // The volunteer who asked, the team's managers and platform staff only.
      case 'MembershipRequest': {
        const request = await em.findOne(MembershipRequest, { id });
        return request && (await new MembershipRequestService(em).visible(viewer, request)) ? request : null;
      }
      // The volunteer, managers of the recording organisation and platform staff only.
      case 'HourEntry':
        return findVisibleHourEntry(em, viewer, id);
      case 'HourCorrectionRequest':
        return findVisibleCorrectionRequest(em, viewer, id);
      // Public content: published, once its publication time has come.
      case 'NewsArticle':
        return new NewsArticleService(em).findPublic(id);
      case 'RoleModel':
        return new RoleModelService(em).findPublic(id);
      case 'Showcase':
        return new ShowcaseService(em).findPublic(id);
      // Its writer, managers of its team and platform staff only (anonymous to everyone else).
      case 'Rating':
        return new RatingService(em).findVisible(viewer, id);
      // Published for anyone; otherwise its writer, its team's managers and platform staff.
      case 'Story':
        return storyService(ctx).findVisible(viewer, id);
      // Uploaded images are public files (their URLs are on the pages that show them).
      case 'Image': {
        const stored = await em.findOne(StoredImage, { id });
        return stored && toImage(stored, imageStorage(ctx.settings.media));
      }
      // Public statuses for anyone; the rest for those taking part.
      case 'ServiceRequest':
        return new ServiceRequestService(em).findVisible(viewer, id);
      // Drafts for their organisers; entries once public, or for those who submitted or run them.
      case 'Contest':
        return new ContestService(em).findVisible(viewer, id);
      case 'ContestEntry':
        return new ContestService(em).findVisibleEntry(viewer, id);
      // Qualification kinds and published courses are public; drafts for those who manage them.
      case 'QualificationKind':
        return qualificationKindById(ctx).load(id);
      case 'Course':
        return new TrainingService(em).findVisible(viewer, id);
      case 'CourseSession':
        return new TrainingService(em).findVisibleSession(viewer, id);
      // Stations of approved operators are public; the rest for those who manage them.
      case 'Station':
        return new StationService(em).findVisible(viewer, id);
      default:
        return null;
    }
  }
}
