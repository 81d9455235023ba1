// What the 供需对接 needs do when other modules change things (common/domain-events.ts).
import type { DomainEventHandlers } from '../../common/domain-events.js';
import '../project/project.events.js';
import { ServiceRequestService } from './service-request.service.js';

export const serviceRequestEventHandlers: DomainEventHandlers = {
  // An activity created for a claimed need is linked to it, and the need is under way; an
  // unclaimed need fails the activity's creation (NOT_CLAIMED).
  projectCreated: async (tx, { projectId, organizationId, serviceRequestId }) => {
    if (serviceRequestId) await ServiceRequestService.linkProject(tx, serviceRequestId, organizationId, projectId);
  },
};
