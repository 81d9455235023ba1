// Emitted by graphql-codegen (site/scripts/zod-from-documents.mjs) from the operations of site/src/data/build-queries.ts. Do not edit by hand.
import { z } from 'astro/zod';
import * as rules from '../lib/api-data-rules';

export const PictureImageFragmentSchema = z.object({
  url: rules.imageUrl,
  width: rules.count,
  height: rules.count,
  alt: z.string().nullable(),
  avifSrcset: rules.srcset,
  webpSrcset: rules.srcset,
});

export const DrawRecordFragmentSchema = z.object({
  algorithm: z.string(),
  seedCommitment: rules.sha256Hex,
  seed: rules.sha256Hex.nullable(),
  drawnAt: rules.isoDateTime.nullable(),
  entrantCount: rules.count.nullable(),
  selectedCount: rules.count.nullable(),
});

export const ProjectPagesQuerySchema = z.object({
  projects: z.object({
    nodes: z.array(z.object({
      id: rules.pathSafeId,
      title: z.string(),
      summary: z.string(),
      description: z.string().nullable(),
      category: z.string().nullable(),
      district: z.string().nullable(),
      address: z.string().nullable(),
      status: z.enum(['CANCELLED', 'COMPLETED', 'DRAFT', 'PUBLISHED']),
      startsAt: rules.isoDateTime,
      endsAt: rules.isoDateTime,
      publishedAt: rules.isoDateTime.nullable(),
      organization: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
      }),
      rating: z.object({
        average: rules.ratingAverage.nullable(),
        count: rules.count,
      }),
      photos: z.array(PictureImageFragmentSchema),
      shifts: z.array(z.object({
        id: z.string(),
        startsAt: rules.isoDateTime,
        endsAt: rules.isoDateTime,
        capacity: rules.count,
        confirmedCount: rules.count,
        remaining: rules.count,
        waitlist: z.boolean(),
        waitlistCount: rules.count,
        allocation: z.enum(['FIRST_COME', 'LOTTERY']),
        registrationOpensAt: rules.isoDateTime.nullable(),
        registrationClosesAt: rules.isoDateTime.nullable(),
        entrantCount: rules.count,
        draw: DrawRecordFragmentSchema.nullable(),
      })),
    })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

export const HomePageQuerySchema = z.object({
  stats: z.object({
    volunteerCount: rules.count,
    organizationCount: rules.count,
    projectCount: rules.count,
    totalServiceMinutes: rules.int,
    openShiftCount: rules.count,
    personTimes: rules.count,
    byYear: z.array(z.object({
      label: z.string(),
      hours: z.number(),
      personTimes: rules.count,
    })),
    byDistrict: z.array(z.object({
      label: z.string(),
      hours: z.number(),
      personTimes: rules.count,
    })),
  }),
});

export const SiteDetailsQuerySchema = z.object({
  siteInfo: z.object({
    operator: z.string(),
    supervisor: z.string().nullable(),
    hotline: z.string().nullable(),
    email: z.string().nullable(),
    icpNumber: z.string().nullable(),
    publicSecurityFiling: z.string().nullable(),
  }),
  legalDocuments: z.array(z.object({
    kind: z.enum(['PRIVACY', 'TERMS']),
    version: z.string(),
    zh: z.object({
      title: z.string(),
      sections: z.array(z.object({
        heading: z.string(),
        paragraphs: z.array(z.string()),
      })),
    }),
    en: z.object({
      title: z.string(),
      sections: z.array(z.object({
        heading: z.string(),
        paragraphs: z.array(z.string()),
      })),
    }),
  })),
});

export const OrganizationPagesQuerySchema = z.object({
  organizations: z.object({
    nodes: z.array(z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      kind: z.string().nullable(),
      district: z.string().nullable(),
      city: z.string().nullable(),
      description: z.string().nullable(),
      memberCount: rules.count,
      address: z.string().nullable(),
      location: z.object({
        lat: z.number(),
        lng: z.number(),
      }).nullable(),
      joinPolicy: z.enum(['APPROVAL', 'OPEN']),
      rating: z.object({
        average: rules.ratingAverage.nullable(),
        count: rules.count,
      }),
      logo: PictureImageFragmentSchema.nullable(),
      parent: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
      }).nullable(),
    })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

export const NewsPagesQuerySchema = z.object({
  news: z.object({
    nodes: z.array(z.object({
      id: z.string(),
      slug: rules.pathSafeSlug,
      title: z.string(),
      summary: z.string(),
      bodyHtml: z.string(),
      publishedAt: rules.isoDateTime,
      updatedAt: rules.isoDateTime,
      tags: z.array(rules.tag),
      coverImageUrl: rules.imageUrl.nullable(),
      coverImage: PictureImageFragmentSchema.nullable(),
      organization: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
      }).nullable(),
      project: z.object({
        id: rules.pathSafeId,
        title: z.string(),
      }).nullable(),
    })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

export const RoleModelPagesQuerySchema = z.object({
  roleModels: z.object({
    nodes: z.array(z.object({
      id: rules.pathSafeId,
      name: z.string(),
      honor: z.string().nullable(),
      citation: z.string(),
      year: rules.count.nullable(),
      district: z.string().nullable(),
      photoUrl: rules.imageUrl.nullable(),
      photo: PictureImageFragmentSchema.nullable(),
      publishedAt: rules.isoDateTime,
      volunteer: z.object({
        id: z.string(),
        volunteerNumber: z.string(),
        starLevel: rules.count,
      }).nullable(),
      organization: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
      }).nullable(),
    })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

export const ShowcasePagesQuerySchema = z.object({
  showcases: z.object({
    nodes: z.array(z.object({
      id: rules.pathSafeId,
      title: z.string(),
      summary: z.string(),
      bodyHtml: z.string().nullable(),
      coverImageUrl: rules.imageUrl.nullable(),
      coverImage: PictureImageFragmentSchema.nullable(),
      publishedAt: rules.isoDateTime,
      updatedAt: rules.isoDateTime,
      project: z.object({
        id: rules.pathSafeId,
        title: z.string(),
        status: z.enum(['CANCELLED', 'COMPLETED', 'DRAFT', 'PUBLISHED']),
      }).nullable(),
      organization: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
      }).nullable(),
    })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

export const StoryPagesQuerySchema = z.object({
  stories: z.object({
    nodes: z.array(z.object({
      id: z.string(),
      title: z.string(),
      body: z.string(),
      publishedAt: rules.isoDateTime.nullable(),
      likeCount: rules.count,
      photos: z.array(PictureImageFragmentSchema),
      author: z.object({
        id: z.string(),
        displayName: z.string(),
        volunteerNumber: z.string(),
        publicProfile: z.boolean(),
      }),
      project: z.object({
        id: rules.pathSafeId,
        title: z.string(),
      }),
      organization: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
      }),
    })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

export const StationPagesQuerySchema = z.object({
  stations: z.array(z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    address: z.string(),
    district: z.string().nullable(),
    location: z.object({
      lat: z.number(),
      lng: z.number(),
    }).nullable(),
    openingHours: z.string(),
    services: z.array(z.string()),
    operator: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
    }),
  })),
});

export const VolunteerRankFragmentSchema = z.object({
  rank: rules.count,
  minutes: rules.count,
  volunteer: z.object({
    id: z.string(),
    displayName: z.string(),
    starLevel: rules.count,
  }),
});

export const DistrictLeaderboardQuerySchema = z.object({
  organizationLeaderboard: z.object({
    totalCount: rules.count,
    nodes: z.array(z.object({
      rank: rules.count,
      minutes: rules.count,
      volunteerCount: rules.count,
      organization: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
      }),
    })),
  }),
  volunteerLeaderboard: z.object({
    totalCount: rules.count,
    nodes: z.array(VolunteerRankFragmentSchema),
  }),
});

export const ServiceRequestPagesQuerySchema = z.object({
  serviceRequests: z.object({
    nodes: z.array(z.object({
      id: rules.pathSafeId,
      title: z.string(),
      description: z.string(),
      category: z.enum(['CHILDREN', 'COMMUNITY', 'DISABILITY', 'DISASTER', 'EDUCATION', 'ELDERLY', 'ENVIRONMENT', 'HEALTH', 'OTHER']),
      district: z.string(),
      address: z.string(),
      neededFrom: rules.isoDateTime,
      neededUntil: rules.isoDateTime,
      recurrence: z.string().nullable(),
      volunteersNeeded: rules.count,
      volunteersClaimed: rules.count,
      status: z.enum(['CLAIMED', 'CLOSED', 'CONFIRMED', 'DECLINED', 'DONE', 'IN_PROGRESS', 'MERGED', 'OPEN', 'SUBMITTED']),
      openedAt: rules.isoDateTime.nullable(),
      score: rules.score.nullable(),
      createdAt: rules.isoDateTime,
      claims: z.array(z.object({
        volunteers: rules.count,
        organization: z.object({
          id: z.string(),
          slug: z.string(),
          name: z.string(),
        }),
        project: z.object({
          id: rules.pathSafeId,
          title: z.string(),
        }).nullable(),
      })),
    })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

export const ServiceRequestFiguresQuerySchema = z.object({
  serviceRequestFigures: z.array(z.object({
    district: z.string(),
    met: rules.count,
  })),
});
