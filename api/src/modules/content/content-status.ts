import { registerEnumType } from 'type-graphql';

/**
 * Where a piece of public content (news, role models, showcases) stands. Staff move their own
 * writing between DRAFT and PUBLISHED; a team's news goes DRAFT → IN_REVIEW → PUBLISHED (or
 * RETURNED with a reason, edited and submitted again). Only PUBLISHED items whose publication
 * time has come are public.
 */
export enum ContentStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  RETURNED = 'RETURNED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ContentStatus, {
  name: 'ContentStatus',
  description:
    "DRAFT while written; IN_REVIEW once a team submits its news; RETURNED with a reviewer's reason; PUBLISHED (public once its publishedAt has come).",
  valuesConfig: {
    DRAFT: { description: 'Being written; not public' },
    IN_REVIEW: { description: "A team's news awaiting review by platform staff or its parent federation's admins" },
    RETURNED: { description: 'Sent back to the team with a reason (returnedReason); edit and submit again' },
    PUBLISHED: { description: 'Public from publishedAt on (a time still to come means scheduled)' },
  },
});
