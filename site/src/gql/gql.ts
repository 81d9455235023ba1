/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PictureImage on Image {\n    url\n    width\n    height\n    alt\n    avifSrcset\n    webpSrcset\n  }\n": typeof types.PictureImageFragmentDoc,
    "\n  query ProjectPages($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        summary\n        description\n        category\n        district\n        address\n        status\n        startsAt\n        endsAt\n        publishedAt\n        organization {\n          id\n          slug\n          name\n        }\n        rating {\n          average\n          count\n        }\n        photos {\n          ...PictureImage\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          capacity\n          confirmedCount\n          remaining\n          waitlist\n          waitlistCount\n          allocation\n          registrationOpensAt\n          registrationClosesAt\n          entrantCount\n          draw {\n            ...DrawRecord\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProjectPagesDocument,
    "\n  query HomePage {\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n      openShiftCount\n      personTimes\n      byYear {\n        label\n        hours\n        personTimes\n      }\n      byDistrict {\n        label\n        hours\n        personTimes\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query SiteDetails {\n    siteInfo {\n      operator\n      supervisor\n      hotline\n      email\n      icpNumber\n      publicSecurityFiling\n    }\n    legalDocuments {\n      kind\n      version\n      zh {\n        title\n        sections {\n          heading\n          paragraphs\n        }\n      }\n      en {\n        title\n        sections {\n          heading\n          paragraphs\n        }\n      }\n    }\n  }\n": typeof types.SiteDetailsDocument,
    "\n  query OrganizationPages($first: Int!, $after: String) {\n    organizations(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        district\n        city\n        description\n        memberCount\n        address\n        location {\n          lat\n          lng\n        }\n        joinPolicy\n        rating {\n          average\n          count\n        }\n        logo {\n          ...PictureImage\n        }\n        parent {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationPagesDocument,
    "\n  query NewsPages($first: Int!, $after: String) {\n    news(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        title\n        summary\n        bodyHtml\n        publishedAt\n        updatedAt\n        tags\n        coverImageUrl\n        coverImage {\n          ...PictureImage\n        }\n        organization {\n          id\n          slug\n          name\n        }\n        project {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NewsPagesDocument,
    "\n  query RoleModelPages($first: Int!, $after: String) {\n    roleModels(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        honor\n        citation\n        year\n        district\n        photoUrl\n        photo {\n          ...PictureImage\n        }\n        publishedAt\n        volunteer {\n          id\n          volunteerNumber\n          starLevel\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RoleModelPagesDocument,
    "\n  query ShowcasePages($first: Int!, $after: String) {\n    showcases(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        summary\n        bodyHtml\n        coverImageUrl\n        coverImage {\n          ...PictureImage\n        }\n        publishedAt\n        updatedAt\n        project {\n          id\n          title\n          status\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ShowcasePagesDocument,
    "\n  query StoryPages($first: Int!, $after: String) {\n    stories(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        body\n        publishedAt\n        likeCount\n        photos {\n          ...PictureImage\n        }\n        author {\n          id\n          displayName\n          volunteerNumber\n          publicProfile\n        }\n        project {\n          id\n          title\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StoryPagesDocument,
    "\n  query StationPages {\n    stations {\n      id\n      slug\n      name\n      address\n      district\n      location {\n        lat\n        lng\n      }\n      openingHours\n      services\n      operator {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.StationPagesDocument,
    "\n  query DistrictLeaderboard($district: String!, $from: String!, $to: String!) {\n    organizationLeaderboard(district: $district, from: $from, to: $to, first: 50) {\n      totalCount\n      nodes {\n        rank\n        minutes\n        volunteerCount\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n    volunteerLeaderboard(district: $district, from: $from, to: $to, first: 50) {\n      totalCount\n      nodes {\n        ...VolunteerRank\n      }\n    }\n  }\n  fragment VolunteerRank on VolunteerRanking {\n    rank\n    minutes\n    volunteer {\n      id\n      displayName\n      starLevel\n    }\n  }\n": typeof types.DistrictLeaderboardDocument,
    "\n  query ServiceRequestPages($first: Int!, $after: String, $status: ServiceRequestStatus!) {\n    serviceRequests(first: $first, after: $after, filter: { status: $status }) {\n      nodes {\n        id\n        title\n        description\n        category\n        district\n        address\n        neededFrom\n        neededUntil\n        recurrence\n        volunteersNeeded\n        volunteersClaimed\n        status\n        openedAt\n        score\n        createdAt\n        claims {\n          volunteers\n          organization {\n            id\n            slug\n            name\n          }\n          project {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServiceRequestPagesDocument,
    "\n  query ServiceRequestFigures {\n    serviceRequestFigures {\n      district\n      met\n    }\n  }\n": typeof types.ServiceRequestFiguresDocument,
    "\n  fragment SettingsOfMe on Volunteer {\n    id\n    email\n    notifyByEmail\n    notifyBySms\n    phoneMasked\n    district\n    skills\n    emergencyContact {\n      name\n      phoneMasked\n    }\n  }\n  query AccountSettings {\n    me {\n      ...SettingsOfMe\n    }\n    messageChannels {\n      sms\n    }\n    codeChannels {\n      sms\n    }\n  }\n\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SettingsOfMe\n    }\n  }\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.SettingsOfMeFragmentDoc,
    "\n  mutation ChangePhone($input: ChangePhoneInput!) {\n    changePhone(input: $input) {\n      id\n      phoneMasked\n    }\n  }\n": typeof types.ChangePhoneDocument,
    "\n  fragment ActivityGallery on Project {\n    id\n    photos {\n      id\n      url\n      width\n      height\n      alt\n    }\n  }\n": typeof types.ActivityGalleryFragmentDoc,
    "\n  query ManageActivityPhotos($id: ID!) {\n    project(id: $id) {\n      ...ActivityGallery\n    }\n  }\n": typeof types.ManageActivityPhotosDocument,
    "\n  mutation ManageSetActivityPhotos($projectId: ID!, $photos: [ProjectPhotoInput!]!) {\n    setProjectPhotos(projectId: $projectId, photos: $photos) {\n      ...ActivityGallery\n    }\n  }\n": typeof types.ManageSetActivityPhotosDocument,
    "\n  fragment AppRow on OAuthApp {\n    id\n    name\n    homepageUrl\n    redirectUris\n    scopes\n    createdAt\n    disabledAt\n  }\n": typeof types.AppRowFragmentDoc,
    "\n  query OAuthApps {\n    oauthApps(first: 100) {\n      nodes {\n        ...AppRow\n      }\n    }\n  }\n": typeof types.OAuthAppsDocument,
    "\n  mutation RegisterApp($input: RegisterAppInput!) {\n    registerApp(input: $input) {\n      ...AppRow\n    }\n  }\n": typeof types.RegisterAppDocument,
    "\n  mutation DisableApp($id: ID!) {\n    disableApp(id: $id) {\n      ...AppRow\n    }\n  }\n": typeof types.DisableAppDocument,
    "\n  query AdminAudit($action: String, $actorNumber: String, $organizationId: ID, $from: DateTime, $to: DateTime, $after: String) {\n    auditEvents(action: $action, actorNumber: $actorNumber, organizationId: $organizationId, from: $from, to: $to, order: NEWEST_FIRST, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        subjectId\n        reason\n        createdAt\n        actor {\n          id\n          displayName\n          volunteerNumber\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditDocument,
    "\n  fragment AdminRoleModelFields on RoleModel {\n    id\n    name\n    honor\n    citation\n    year\n    district\n    photoUrl\n    status\n    isPublic\n    publishedAt\n  }\n": typeof types.AdminRoleModelFieldsFragmentDoc,
    "\n  fragment AdminShowcaseFields on Showcase {\n    id\n    title\n    summary\n    body\n    coverImageUrl\n    status\n    isPublic\n    publishedAt\n  }\n": typeof types.AdminShowcaseFieldsFragmentDoc,
    "\n    query AdminNewsDesk {\n      newsDesk(first: 100) {\n        nodes {\n          ...DeskArticle\n        }\n      }\n    }\n  ": typeof types.AdminNewsDeskDocument,
    "\n    query AdminRoleModelDesk {\n      roleModelDesk(first: 100) {\n        nodes {\n          ...AdminRoleModelFields\n        }\n      }\n    }\n  ": typeof types.AdminRoleModelDeskDocument,
    "\n    query AdminShowcaseDesk {\n      showcaseDesk(first: 100) {\n        nodes {\n          ...AdminShowcaseFields\n        }\n      }\n    }\n  ": typeof types.AdminShowcaseDeskDocument,
    "\n    mutation AdminSaveRoleModel($id: ID!, $create: CreateRoleModelInput!, $update: UpdateRoleModelInput!, $isNew: Boolean!) {\n      createRoleModel(input: $create) @include(if: $isNew) {\n        ...AdminRoleModelFields\n      }\n      updateRoleModel(id: $id, input: $update) @skip(if: $isNew) {\n        ...AdminRoleModelFields\n      }\n    }\n  ": typeof types.AdminSaveRoleModelDocument,
    "\n    mutation AdminSaveShowcase($id: ID!, $create: CreateShowcaseInput!, $update: UpdateShowcaseInput!, $isNew: Boolean!) {\n      createShowcase(input: $create) @include(if: $isNew) {\n        ...AdminShowcaseFields\n      }\n      updateShowcase(id: $id, input: $update) @skip(if: $isNew) {\n        ...AdminShowcaseFields\n      }\n    }\n  ": typeof types.AdminSaveShowcaseDocument,
    "\n    mutation AdminPublishRoleModel($id: ID!, $at: DateTime) {\n      publishRoleModel(id: $id, publishedAt: $at) {\n        ...AdminRoleModelFields\n      }\n    }\n  ": typeof types.AdminPublishRoleModelDocument,
    "\n    mutation AdminPublishShowcase($id: ID!, $at: DateTime) {\n      publishShowcase(id: $id, publishedAt: $at) {\n        ...AdminShowcaseFields\n      }\n    }\n  ": typeof types.AdminPublishShowcaseDocument,
    "\n    mutation AdminWithdrawRoleModel($id: ID!) {\n      unpublishRoleModel(id: $id) {\n        ...AdminRoleModelFields\n      }\n    }\n  ": typeof types.AdminWithdrawRoleModelDocument,
    "\n    mutation AdminWithdrawShowcase($id: ID!) {\n      unpublishShowcase(id: $id) {\n        ...AdminShowcaseFields\n      }\n    }\n  ": typeof types.AdminWithdrawShowcaseDocument,
    "\n  fragment AdminKind on QualificationKind {\n    id\n    name\n    nameEn\n    description\n    validityMonths\n  }\n": typeof types.AdminKindFragmentDoc,
    "\n    query AdminQualificationKinds {\n      qualificationKinds(first: 100) {\n        nodes {\n          ...AdminKind\n        }\n      }\n    }\n  ": typeof types.AdminQualificationKindsDocument,
    "\n    mutation AdminCreateQualificationKind($input: CreateQualificationKindInput!) {\n      createQualificationKind(input: $input) {\n        ...AdminKind\n      }\n    }\n  ": typeof types.AdminCreateQualificationKindDocument,
    "\n  fragment FigureRowFields on FigureRow {\n    key\n    label\n    volunteers\n    teams\n    activities\n    hours\n    personTimes\n  }\n": typeof types.FigureRowFieldsFragmentDoc,
    "\n  query AdminFigures {\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n      personTimes\n      byYear {\n        ...FigureRowFields\n      }\n      byDistrict {\n        ...FigureRowFields\n      }\n      byTeam(first: 10) {\n        ...FigureRowFields\n      }\n    }\n  }\n": typeof types.AdminFiguresDocument,
    "\n  query AdminViewer {\n    me {\n      id\n      displayName\n      isPlatformAdmin\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  fragment BackgroundJobLine on BackgroundJob {\n    id\n    queue\n    state\n    data\n    retryCount\n    retryLimit\n    createdAt\n    startAfter\n    startedAt\n    completedAt\n    error\n    result\n  }\n": typeof types.BackgroundJobLineFragmentDoc,
    "\n    query AdminJobs($state: BackgroundJobState) {\n      backgroundJobCounts {\n        queue\n        state\n        count\n      }\n      backgroundJobs(state: $state, first: 50) {\n        ...BackgroundJobLine\n      }\n    }\n  ": typeof types.AdminJobsDocument,
    "\n    mutation AdminRetryJob($id: ID!) {\n      retryBackgroundJob(id: $id) {\n        ...BackgroundJobLine\n      }\n    }\n  ": typeof types.AdminRetryJobDocument,
    "\n  query AdminOverview {\n    pendingOrganizations(first: 1) {\n      totalCount\n    }\n    staffOrganizations(status: SUSPENDED, first: 1) {\n      totalCount\n    }\n    stats {\n      personTimes\n    }\n  }\n": typeof types.AdminOverviewDocument,
    "\n    query AdminRatings($after: String) {\n      staffRatings(first: 20, after: $after) {\n        ...RatingPage\n      }\n    }\n  ": typeof types.AdminRatingsDocument,
    "\n    mutation AdminHideRating($input: HideRatingInput!) {\n      hideRating(input: $input) {\n        ...RatingLine\n      }\n    }\n  ": typeof types.AdminHideRatingDocument,
    "\n  query AdminStations {\n    managedStations {\n      id\n      slug\n      name\n      address\n      district\n      openingHours\n      services\n      operator {\n        id\n        name\n      }\n    }\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminStationsDocument,
    "\n    query AdminStories {\n      storyReports(first: 50) {\n        nodes {\n          id\n          reason\n          note\n          createdAt\n          story {\n            ...ReviewStoryLine\n          }\n        }\n      }\n      storiesToReview(first: 50) {\n        nodes {\n          ...ReviewStoryLine\n        }\n      }\n    }\n  ": typeof types.AdminStoriesDocument,
    "\n    mutation AdminHideStory($input: HideStoryInput!) {\n      hideStory(input: $input) {\n        ...ReviewStoryLine\n      }\n    }\n  ": typeof types.AdminHideStoryDocument,
    "\n  query AdminTeams {\n    pendingOrganizations(first: 100) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n    staffOrganizations(status: SUSPENDED, first: 100) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation AdminApproveTeam($id: ID!) {\n    approveOrganization(id: $id) {\n      ...StaffTeam\n    }\n  }\n": typeof types.AdminApproveTeamDocument,
    "\n  mutation AdminReturnTeam($id: ID!, $reason: String!) {\n    returnOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n": typeof types.AdminReturnTeamDocument,
    "\n  mutation AdminSuspendTeam($id: ID!, $reason: String!) {\n    suspendOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n": typeof types.AdminSuspendTeamDocument,
    "\n  mutation AdminRestoreTeam($id: ID!, $reason: String!) {\n    restoreOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n": typeof types.AdminRestoreTeamDocument,
    "\n  query AppConsent($input: AppAuthorizationInput!) {\n    appAuthorization(input: $input) {\n      appName\n      homepageUrl\n      redirectHost\n      scopes\n    }\n  }\n": typeof types.AppConsentDocument,
    "\n  mutation AuthorizeApp($input: AppAuthorizationInput!, $allow: Boolean!) {\n    authorizeApp(input: $input, allow: $allow) {\n      redirectTo\n    }\n  }\n": typeof types.AuthorizeAppDocument,
    "\n  query ManagePreviewMarkdown($source: String!) {\n    previewMarkdown(source: $source)\n  }\n": typeof types.ManagePreviewMarkdownDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query MyOpenShifts {\n    me {\n      id\n      signups(first: 50) {\n        nodes {\n          id\n          status\n          shift {\n            id\n            startsAt\n            endsAt\n            project {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOpenShiftsDocument,
    "\n  mutation CheckInShift($shiftId: ID!, $code: String!) {\n    checkInToShift(shiftId: $shiftId, code: $code) {\n      id\n      status\n      shift {\n        id\n        project {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CheckInShiftDocument,
    "\n  mutation RequestPhoneCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      sentTo\n      resendAfter\n    }\n  }\n": typeof types.RequestPhoneCodeDocument,
    "\n  query ConnectedApps {\n    me {\n      id\n      connectedApps {\n        id\n        appName\n        homepageUrl\n        scopes\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.ConnectedAppsDocument,
    "\n  mutation DisconnectApp($id: ID!) {\n    disconnectApp(id: $id)\n  }\n": typeof types.DisconnectAppDocument,
    "\n  fragment PendingConsent on LegalDocument {\n    kind\n    version\n    zh {\n      title\n    }\n    en {\n      title\n    }\n  }\n": typeof types.PendingConsentFragmentDoc,
    "\n  mutation AcceptLegalDocuments($accepted: [AcceptedDocumentInput!]!) {\n    acceptLegalDocuments(accepted: $accepted) {\n      kind\n    }\n  }\n": typeof types.AcceptLegalDocumentsDocument,
    "\n  query ManagedContests {\n    managedContests(first: 50) {\n      nodes {\n        id\n        title\n        status\n        organizer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ManagedContestsDocument,
    "\n  query ContestDesk($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      status\n      voteWeight\n      judges {\n        id\n        displayName\n        volunteerNumber\n      }\n      categories {\n        id\n        name\n        kind\n        places\n        entries(first: 100) {\n          nodes {\n            id\n            title\n            status\n            voteCount\n            flaggedVotes\n            judgeCount\n            judgeScore\n            rank\n            winner\n            volunteer {\n              displayName\n              volunteerNumber\n            }\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            roleModel {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContestDeskDocument,
    "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateContestDocument,
    "\n  mutation AddContestCategory($input: AddContestCategoryInput!) {\n    addContestCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.AddContestCategoryDocument,
    "\n  mutation AddContestJudge($input: ContestJudgeInput!) {\n    addContestJudge(input: $input) {\n      id\n    }\n  }\n": typeof types.AddContestJudgeDocument,
    "\n  mutation AdvanceContest($input: AdvanceContestInput!) {\n    advanceContest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdvanceContestDocument,
    "\n  mutation ReviewContestEntry($input: ReviewContestEntryInput!) {\n    reviewContestEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.ReviewContestEntryDocument,
    "\n  mutation HonourContestWinner($input: HonourContestWinnerInput!) {\n    honourContestWinner(input: $input) {\n      id\n    }\n  }\n": typeof types.HonourContestWinnerDocument,
    "\n  query ContestsList($after: String) {\n    contests(first: 20, after: $after) {\n      nodes {\n        id\n        title\n        status\n        votingEndsAt\n        organizer {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ContestsListDocument,
    "\n  query ContestPage($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      description\n      status\n      votingEndsAt\n      viewerIsJudge\n      organizer {\n        name\n      }\n      categories {\n        id\n        name\n        kind\n        places\n        viewerVote\n        entries(first: 100) {\n          totalCount\n          nodes {\n            id\n            title\n            statement\n            status\n            voteCount\n            viewerScore\n            volunteer {\n              displayName\n              volunteerNumber\n            }\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            story {\n              id\n            }\n          }\n        }\n        results {\n          id\n          rank\n          winner\n          finalScore\n        }\n      }\n    }\n  }\n": typeof types.ContestPageDocument,
    "\n  mutation VoteForContestEntry($id: ID!) {\n    voteForContestEntry(entryId: $id) {\n      id\n      voteCount\n    }\n  }\n": typeof types.VoteForContestEntryDocument,
    "\n  mutation EnterContest($input: EnterContestInput!) {\n    enterContest(input: $input) {\n      id\n    }\n  }\n": typeof types.EnterContestDocument,
    "\n  query MyPublishedStories {\n    myStories(first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.MyPublishedStoriesDocument,
    "\n  mutation ScoreContestEntry($input: ScoreContestEntryInput!) {\n    scoreContestEntry(input: $input) {\n      id\n      viewerScore\n    }\n  }\n": typeof types.ScoreContestEntryDocument,
    "\n  fragment DeskCourse on Course {\n    id\n    title\n    description\n    status\n    qualificationKind {\n      id\n      name\n      nameEn\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      place\n      capacity\n      enrolledCount\n    }\n  }\n": typeof types.DeskCourseFragmentDoc,
    "\n  fragment DeskKinds on Query {\n    qualificationKinds(first: 100) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.DeskKindsFragmentDoc,
    "\n  query DeskRoster($id: ID!) {\n    courseSession(id: $id) {\n      id\n      enrolments(first: 100) {\n        nodes {\n          id\n          status\n          volunteer {\n            id\n            displayName\n            volunteerNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeskRosterDocument,
    "\n    query DeskTeamCourses($organizationId: ID!) {\n      teamCourses(organizationId: $organizationId, first: 50) {\n        nodes {\n          ...DeskCourse\n        }\n      }\n      ...DeskKinds\n    }\n  ": typeof types.DeskTeamCoursesDocument,
    "\n    query DeskPlatformCourses {\n      platformCourses(first: 50) {\n        nodes {\n          ...DeskCourse\n        }\n      }\n      ...DeskKinds\n    }\n  ": typeof types.DeskPlatformCoursesDocument,
    "\n    mutation DeskCreateCourse($input: CreateCourseInput!) {\n      createCourse(input: $input) {\n        ...DeskCourse\n      }\n    }\n  ": typeof types.DeskCreateCourseDocument,
    "\n    mutation DeskPublishCourse($id: ID!) {\n      publishCourse(id: $id) {\n        ...DeskCourse\n      }\n    }\n  ": typeof types.DeskPublishCourseDocument,
    "\n    mutation DeskAddSession($input: AddCourseSessionInput!) {\n      addCourseSession(input: $input) {\n        id\n        course {\n          ...DeskCourse\n        }\n      }\n    }\n  ": typeof types.DeskAddSessionDocument,
    "\n  mutation DeskAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeskAttendanceDocument,
    "\n  query CourseList {\n    me {\n      id\n    }\n    courses(first: 50) {\n      nodes {\n        id\n        title\n        description\n        organization {\n          id\n          name\n        }\n        qualificationKind {\n          id\n          name\n          nameEn\n          validityMonths\n        }\n        sessions {\n          id\n          startsAt\n          endsAt\n          place\n          capacity\n          remaining\n          viewerEnrolment {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseListDocument,
    "\n  mutation EnrolInSession($input: EnrolInSessionInput!) {\n    enrolInSession(input: $input) {\n      id\n      status\n      session {\n        id\n        remaining\n      }\n    }\n  }\n": typeof types.EnrolInSessionDocument,
    "\n  mutation CancelEnrolment($id: ID!) {\n    cancelEnrolment(id: $id) {\n      id\n      status\n      session {\n        id\n        remaining\n      }\n    }\n  }\n": typeof types.CancelEnrolmentDocument,
    "\n  query JoinTeamState($id: ID!) {\n    me {\n      id\n    }\n    organization(id: $id) {\n      id\n      viewerRole\n      viewerJoinRequest {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n": typeof types.JoinTeamStateDocument,
    "\n  mutation RequestToJoin($id: ID!, $message: String) {\n    requestToJoin(organizationId: $id, message: $message) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.RequestToJoinDocument,
    "\n  mutation WithdrawJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.WithdrawJoinRequestDocument,
    "\n  mutation JoinTeam($id: ID!) {\n    joinOrganization(organizationId: $id) {\n      id\n      role\n    }\n  }\n": typeof types.JoinTeamDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      volunteer {\n        id\n        displayName\n        pendingConsents {\n          ...PendingConsent\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  fragment ActivityRow on Project {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    shifts {\n      id\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      waitlistCount\n      entrantCount\n    }\n  }\n": typeof types.ActivityRowFragmentDoc,
    "\n  query ManageActivities($id: ID!) {\n    organization(id: $id) {\n      id\n      projects(first: 100) {\n        nodes {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": typeof types.ManageActivitiesDocument,
    "\n  mutation ManagePublishActivity($id: ID!) {\n    publishProject(id: $id) {\n      ...ActivityRow\n    }\n  }\n": typeof types.ManagePublishActivityDocument,
    "\n  mutation ManageCancelActivity($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ActivityRow\n    }\n  }\n": typeof types.ManageCancelActivityDocument,
    "\n  mutation ManageCopyActivity($id: ID!, $startsOn: String!, $key: String) {\n    copyProject(id: $id, startsOn: $startsOn, idempotencyKey: $key) {\n      ...ActivityRow\n    }\n  }\n": typeof types.ManageCopyActivityDocument,
    "\n  mutation ManageMoveShift($input: MoveShiftInput!) {\n    moveShift(input: $input) {\n      notified\n      project {\n        ...ActivityRow\n      }\n    }\n  }\n": typeof types.ManageMoveShiftDocument,
    "\n  mutation ManageCancelShift($input: CancelShiftInput!) {\n    cancelShift(input: $input) {\n      notified\n      project {\n        ...ActivityRow\n      }\n    }\n  }\n": typeof types.ManageCancelShiftDocument,
    "\n  query ManageEditActivity($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      summary\n      description\n      category\n      district\n      address\n      status\n      location {\n        lat\n        lng\n      }\n      shifts {\n        id\n        startsAt\n        endsAt\n        capacity\n        waitlist\n        allocation\n        registrationOpensAt\n        registrationClosesAt\n        requiredQualification {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ManageEditActivityDocument,
    "\n  query ManageQualificationKinds {\n    qualificationKinds(first: 100) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.ManageQualificationKindsDocument,
    "\n  query ManageActivityFromRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      title\n      description\n      category\n      district\n      address\n      location {\n        lat\n        lng\n      }\n      neededFrom\n      neededUntil\n      claims {\n        organization {\n          id\n        }\n        volunteers\n      }\n    }\n  }\n": typeof types.ManageActivityFromRequestDocument,
    "\n  mutation ManageCreateActivity($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": typeof types.ManageCreateActivityDocument,
    "\n  mutation ManageUpdateActivity($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ManageUpdateActivityDocument,
    "\n  mutation ManageAssistedRegister($input: AssistedRegistrationInput!) {\n    registerVolunteerAssisted(input: $input) {\n      initialPassword\n      volunteer {\n        id\n        volunteerNumber\n        realName\n        displayName\n      }\n    }\n  }\n": typeof types.ManageAssistedRegisterDocument,
    "\n  query ManageOpenShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        status\n        shifts {\n          id\n          startsAt\n          endsAt\n          remaining\n        }\n      }\n    }\n  }\n": typeof types.ManageOpenShiftsDocument,
    "\n  mutation ManageSignUpFor($shiftId: ID!, $volunteerId: ID!) {\n    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      status\n    }\n  }\n": typeof types.ManageSignUpForDocument,
    "\n  fragment RosterRow on Signup {\n    id\n    status\n    walkIn\n    waitlistPosition\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n      phoneMasked\n    }\n  }\n": typeof types.RosterRowFragmentDoc,
    "\n  query ManageRoster($id: ID!) {\n    node(id: $id) {\n      ... on Shift {\n        id\n        capacity\n        confirmedCount\n        waitlistCount\n        signups(first: 100) {\n          nodes {\n            ...RosterRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManageRosterDocument,
    "\n  mutation ManageMarkAttended($id: ID!) {\n    markAttended(signupId: $id) {\n      ...RosterRow\n    }\n  }\n": typeof types.ManageMarkAttendedDocument,
    "\n  mutation ManageMarkNoShow($id: ID!) {\n    markNoShow(signupId: $id) {\n      ...RosterRow\n    }\n  }\n": typeof types.ManageMarkNoShowDocument,
    "\n  fragment ManageBroadcastLine on Broadcast {\n    id\n    audience\n    title\n    body\n    recipientCount\n    readCount\n    createdAt\n    shift {\n      id\n      startsAt\n      endsAt\n      project {\n        title\n      }\n    }\n  }\n": typeof types.ManageBroadcastLineFragmentDoc,
    "\n  query ManageBroadcastAudience($organizationId: ID!, $shiftId: ID) {\n    broadcastAudience(organizationId: $organizationId, shiftId: $shiftId)\n  }\n": typeof types.ManageBroadcastAudienceDocument,
    "\n    query ManageBroadcasts($id: ID!, $after: String) {\n      node(id: $id) {\n        ... on Organization {\n          broadcasts(first: 20, after: $after) {\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            nodes {\n              ...ManageBroadcastLine\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.ManageBroadcastsDocument,
    "\n    mutation ManageSendBroadcast($input: SendBroadcastInput!) {\n      sendBroadcast(input: $input) {\n        ...ManageBroadcastLine\n      }\n    }\n  ": typeof types.ManageSendBroadcastDocument,
    "\n  mutation CheckInByCard($shiftId: ID!, $card: String!) {\n    checkInByCard(shiftId: $shiftId, card: $card) {\n      id\n      status\n      volunteer {\n        displayName\n        realName\n        volunteerNumber\n        cardPhoto\n      }\n    }\n  }\n": typeof types.CheckInByCardDocument,
    "\n  query ManageChildTeams($id: ID!) {\n    organization(id: $id) {\n      id\n      pendingChildren(first: 50) {\n        nodes {\n          id\n          name\n          kind\n          district\n          description\n          address\n          contactName\n          contactPhoneMasked\n          returnedReason\n          createdAt\n        }\n      }\n    }\n    organizations(first: 100, filter: { parentId: $id }) {\n      nodes {\n        id\n        name\n        district\n        memberCount\n      }\n    }\n  }\n": typeof types.ManageChildTeamsDocument,
    "\n  mutation ManageApproveTeam($id: ID!) {\n    approveOrganization(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ManageApproveTeamDocument,
    "\n  mutation ManageReturnTeam($id: ID!, $reason: String!) {\n    returnOrganization(id: $id, reason: $reason) {\n      id\n      returnedReason\n    }\n  }\n": typeof types.ManageReturnTeamDocument,
    "\n  query NominationContests($org: ID!) {\n    contests(first: 50) {\n      nodes {\n        id\n        title\n        status\n        organizer {\n          id\n          name\n        }\n        categories {\n          id\n          name\n          kind\n        }\n      }\n    }\n    organization(id: $org) {\n      id\n      kind\n      parent {\n        id\n      }\n      projects(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.NominationContestsDocument,
    "\n  mutation NominateForContest($input: NominateForContestInput!) {\n    nominateForContest(input: $input) {\n      id\n    }\n  }\n": typeof types.NominateForContestDocument,
    "\n  query ManageCorrections($id: ID!) {\n    organization(id: $id) {\n      id\n      hourCorrectionRequests(status: OPEN, first: 50) {\n        totalCount\n        nodes {\n          ...OpenCorrection\n        }\n      }\n    }\n  }\n\n  fragment OpenCorrection on HourCorrectionRequest {\n    id\n    requestedMinutes\n    message\n    createdAt\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n    }\n    shift {\n      id\n      startsAt\n      endsAt\n      project {\n        id\n        title\n      }\n    }\n    entry {\n      id\n      minutes\n    }\n  }\n": typeof types.ManageCorrectionsDocument,
    "\n  mutation ResolveCorrection($input: ResolveHourCorrectionInput!) {\n    resolveHourCorrection(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveCorrectionDocument,
    "\n  query ManageDoor($id: ID!, $origin: String!) {\n    node(id: $id) {\n      ... on Shift {\n        id\n        startsAt\n        endsAt\n        confirmedCount\n        project {\n          id\n          title\n        }\n        signups(first: 100) {\n          nodes {\n            status\n          }\n        }\n        checkInCode(origin: $origin) {\n          code\n          qrSvg\n          validUntil\n        }\n      }\n    }\n  }\n": typeof types.ManageDoorDocument,
    "\n  query ManageHoursExport($id: ID!, $from: String!, $to: String!) {\n    organization(id: $id) {\n      id\n      hoursExport(from: $from, to: $to) {\n        csvUrl\n        xlsxUrl\n      }\n    }\n  }\n": typeof types.ManageHoursExportDocument,
    "\n  query ManageOrganizations {\n    me {\n      id\n      memberships(first: 100) {\n        nodes {\n          role\n          organization {\n            id\n            name\n            slug\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManageOrganizationsDocument,
    "\n  query ManageAwaitingShifts($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      shiftsAwaitingHours(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ManageAwaitingShiftsDocument,
    "\n  query ManageAwaitingShift($id: ID!) {\n    node(id: $id) {\n      ... on Shift {\n        ...AwaitingShift\n      }\n    }\n  }\n\n  fragment AwaitingShift on Shift {\n    id\n    startsAt\n    endsAt\n    project {\n      id\n      title\n    }\n    unrecordedSignups(first: 100) {\n      totalCount\n      nodes {\n        id\n        volunteer {\n          id\n          realName\n          displayName\n          volunteerNumber\n        }\n      }\n    }\n  }\n": typeof types.ManageAwaitingShiftDocument,
    "\n  mutation RecordShiftHours($input: RecordHoursInput!) {\n    recordHours(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordShiftHoursDocument,
    "\n  fragment ImportResult on HourImportResult {\n    recorded\n    alreadyImported\n    refused\n    ready\n    rows {\n      row\n      status\n      field\n      message\n      volunteer\n    }\n  }\n": typeof types.ImportResultFragmentDoc,
    "\n  query ManagePreviewImport($input: HourImportInput!) {\n    previewHourImport(input: $input) {\n      ...ImportResult\n    }\n  }\n": typeof types.ManagePreviewImportDocument,
    "\n  mutation ManageImportHours($input: HourImportInput!) {\n    importHourRecords(input: $input) {\n      ...ImportResult\n    }\n  }\n": typeof types.ManageImportHoursDocument,
    "\n  fragment MemberRow on Membership {\n    id\n    role\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n      phoneMasked\n    }\n  }\n": typeof types.MemberRowFragmentDoc,
    "\n  query ManageMembers($id: ID!, $search: String, $after: String) {\n    organization(id: $id) {\n      id\n      joinRequests(status: PENDING, first: 50) {\n        nodes {\n          id\n          message\n          createdAt\n          volunteer {\n            id\n            displayName\n            volunteerNumber\n            totalMinutes\n          }\n        }\n      }\n      members(first: 100, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MemberRow\n        }\n      }\n    }\n  }\n": typeof types.ManageMembersDocument,
    "\n  mutation ManageAcceptRequest($id: ID!) {\n    acceptJoinRequest(id: $id) {\n      ...MemberRow\n    }\n  }\n": typeof types.ManageAcceptRequestDocument,
    "\n  mutation ManageDeclineRequest($id: ID!, $reason: String!) {\n    declineJoinRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ManageDeclineRequestDocument,
    "\n  mutation ManageSetRole($id: ID!, $role: MemberRole!) {\n    setMemberRole(membershipId: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ManageSetRoleDocument,
    "\n  mutation ManageRemoveMember($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": typeof types.ManageRemoveMemberDocument,
    "\n  mutation ManageHandOver($id: ID!) {\n    handOverAdmin(membershipId: $id) {\n      id\n      role\n    }\n  }\n": typeof types.ManageHandOverDocument,
    "\n  query ManageNewsDesk($id: ID!) {\n    newsDesk(organizationId: $id, first: 100) {\n      nodes {\n        ...DeskArticle\n      }\n    }\n    organization(id: $id) {\n      id\n      projects(first: 100) {\n        nodes {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.ManageNewsDeskDocument,
    "\n  query ManageOverview($id: ID!) {\n    organization(id: $id) {\n      id\n      shiftsAwaitingHours(first: 1) {\n        totalCount\n      }\n      hourCorrectionRequests(status: OPEN, first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.ManageOverviewDocument,
    "\n    query ManageRatings($id: ID!, $after: String) {\n      organization(id: $id) {\n        id\n        rating {\n          average\n          count\n        }\n        ratings(first: 20, after: $after) {\n          ...RatingPage\n        }\n      }\n    }\n  ": typeof types.ManageRatingsDocument,
    "\n  query ManageSignedIn {\n    me {\n      id\n    }\n  }\n": typeof types.ManageSignedInDocument,
    "\n  query ManageParentSearch($search: String) {\n    organizations(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        district\n      }\n    }\n  }\n": typeof types.ManageParentSearchDocument,
    "\n  mutation ManageRegisterTeam($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.ManageRegisterTeamDocument,
    "\n  fragment ManagedRequest on ServiceRequest {\n    id\n    title\n    description\n    category\n    district\n    address\n    status\n    neededFrom\n    neededUntil\n    recurrence\n    volunteersNeeded\n    volunteersClaimed\n    contactNameMasked\n    contactPhoneMasked\n    contactName\n    contactPhone\n    claims {\n      volunteers\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ManagedRequestFragmentDoc,
    "\n  query ManageRequests($id: ID!) {\n    serviceRequests(first: 20) {\n      nodes {\n        ...ManagedRequest\n      }\n    }\n    claimedServiceRequests(organizationId: $id, first: 30) {\n      nodes {\n        ...ManagedRequest\n      }\n    }\n  }\n": typeof types.ManageRequestsDocument,
    "\n  mutation ManageClaimRequest($input: ClaimServiceRequestInput!) {\n    claimServiceRequest(input: $input) {\n      ...ManagedRequest\n    }\n  }\n": typeof types.ManageClaimRequestDocument,
    "\n  mutation ManageRequestStep($id: ID!, $org: ID!, $start: Boolean!, $done: Boolean!, $withdraw: Boolean!) {\n    started: startServiceRequest(id: $id, organizationId: $org) @include(if: $start) {\n      ...ManagedRequest\n    }\n    done: completeServiceRequest(id: $id, organizationId: $org) @include(if: $done) {\n      ...ManagedRequest\n    }\n    withdrawn: withdrawServiceRequestClaim(id: $id, organizationId: $org) @include(if: $withdraw) {\n      ...ManagedRequest\n    }\n  }\n": typeof types.ManageRequestStepDocument,
    "\n  mutation ManageCloseRequest($id: ID!, $org: ID!, $reason: String!) {\n    closeServiceRequest(id: $id, organizationId: $org, reason: $reason) {\n      ...ManagedRequest\n    }\n  }\n": typeof types.ManageCloseRequestDocument,
    "\n  fragment StationSwapRow on StationSwap {\n    id\n    status\n    station {\n      id\n      name\n    }\n    fromTeam {\n      id\n      name\n    }\n    toTeam {\n      id\n      name\n    }\n    fromDuty {\n      id\n      date\n    }\n    toDuty {\n      id\n      date\n    }\n  }\n": typeof types.StationSwapRowFragmentDoc,
    "\n    query ManageStationDesk($from: String!, $to: String!) {\n      managedStations {\n        id\n        slug\n        name\n        address\n        district\n        openingHours\n        services\n        operator {\n          id\n        }\n        rota {\n          weekday\n          date\n          startsAt\n          endsAt\n          places\n          team {\n            id\n            name\n          }\n        }\n        duties(from: $from, to: $to) {\n          id\n          date\n          filled\n          capacity\n          team {\n            id\n            name\n          }\n        }\n      }\n      organizations(first: 100) {\n        nodes {\n          id\n          name\n        }\n      }\n      stationSwaps {\n        ...StationSwapRow\n      }\n    }\n  ": typeof types.ManageStationDeskDocument,
    "\n  fragment DutyMember on Membership {\n    id\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n    }\n  }\n": typeof types.DutyMemberFragmentDoc,
    "\n    query ManageTeamDuties($org: ID!, $from: String!, $to: String!) {\n      teamStationDuties {\n        id\n        date\n        filled\n        capacity\n        team {\n          id\n        }\n        shift {\n          id\n        }\n        station {\n          id\n          name\n          duties(from: $from, to: $to) {\n            id\n            date\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n      organization(id: $org) {\n        id\n        members(first: 100) {\n          nodes {\n            ...DutyMember\n          }\n        }\n      }\n      stationSwaps {\n        ...StationSwapRow\n      }\n    }\n  ": typeof types.ManageTeamDutiesDocument,
    "\n  query FindRotaTeams($search: String!) {\n    organizations(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FindRotaTeamsDocument,
    "\n  query FindDutyMembers($org: ID!, $search: String!) {\n    organization(id: $org) {\n      id\n      members(first: 20, search: $search) {\n        nodes {\n          ...DutyMember\n        }\n      }\n    }\n  }\n": typeof types.FindDutyMembersDocument,
    "\n  mutation SetStationRota($input: SetStationRotaInput!) {\n    setStationRota(input: $input) {\n      id\n    }\n  }\n": typeof types.SetStationRotaDocument,
    "\n  mutation AnswerStationSwap($id: ID!, $accept: Boolean!) {\n    answerStationSwap(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n": typeof types.AnswerStationSwapDocument,
    "\n  mutation ProposeStationSwap($input: ProposeStationSwapInput!) {\n    proposeStationSwap(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeStationSwapDocument,
    "\n  mutation StationSignUpMember($shiftId: ID!, $volunteerId: ID!) {\n    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      status\n    }\n  }\n": typeof types.StationSignUpMemberDocument,
    "\n    query ManageStories($id: ID!, $after: String) {\n      storiesToReview(filter: { organizationId: $id }, first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...ReviewStoryLine\n        }\n      }\n    }\n  ": typeof types.ManageStoriesDocument,
    "\n  fragment TeamProfile on Organization {\n    id\n    name\n    status\n    district\n    city\n    description\n    address\n    location {\n      lat\n      lng\n    }\n    contactName\n    contactPhoneMasked\n    joinPolicy\n    returnedReason\n    suspendedReason\n    parent {\n      id\n      name\n    }\n    logo {\n      id\n      url\n      width\n      height\n      alt\n    }\n  }\n": typeof types.TeamProfileFragmentDoc,
    "\n  query ManageTeamProfile($id: ID!) {\n    organization(id: $id) {\n      ...TeamProfile\n    }\n  }\n": typeof types.ManageTeamProfileDocument,
    "\n  mutation ManageUpdateTeam($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...TeamProfile\n    }\n  }\n": typeof types.ManageUpdateTeamDocument,
    "\n  mutation ManageSetTeamLogo($id: ID!, $imageId: ID) {\n    setOrganizationLogo(organizationId: $id, imageId: $imageId) {\n      ...TeamProfile\n    }\n  }\n": typeof types.ManageSetTeamLogoDocument,
    "\n  fragment TeamWebhookRow on Webhook {\n    id\n    url\n    events\n    active\n    disabledAt\n    failureCount\n    lastDeliveredAt\n    createdAt\n  }\n": typeof types.TeamWebhookRowFragmentDoc,
    "\n    query TeamWebhooks($organizationId: ID!) {\n      webhooks(organizationId: $organizationId, first: 20) {\n        nodes {\n          ...TeamWebhookRow\n        }\n      }\n    }\n  ": typeof types.TeamWebhooksDocument,
    "\n  query WebhookDeliveryLog($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 10) {\n      nodes {\n        id\n        event\n        status\n        attempts\n        responseStatus\n        error\n        createdAt\n        nextAttemptAt\n        deliveredAt\n      }\n    }\n  }\n": typeof types.WebhookDeliveryLogDocument,
    "\n    mutation CreateTeamWebhook($input: CreateWebhookInput!) {\n      createWebhook(input: $input) {\n        secret\n        webhook {\n          ...TeamWebhookRow\n        }\n      }\n    }\n  ": typeof types.CreateTeamWebhookDocument,
    "\n  mutation PingTeamWebhook($id: ID!) {\n    pingWebhook(id: $id) {\n      id\n    }\n  }\n": typeof types.PingTeamWebhookDocument,
    "\n    mutation EnableTeamWebhook($id: ID!) {\n      enableWebhook(id: $id) {\n        ...TeamWebhookRow\n      }\n    }\n  ": typeof types.EnableTeamWebhookDocument,
    "\n  mutation DeleteTeamWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteTeamWebhookDocument,
    "\n  mutation RedeliverTeamWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n    }\n  }\n": typeof types.RedeliverTeamWebhookDeliveryDocument,
    "\n  query MyAccount($after: String) {\n    me {\n      id\n      volunteerNumber\n      realName\n      displayName\n      idNumberMasked\n      phoneMasked\n      email\n      district\n      isPlatformAdmin\n      pendingConsents {\n        ...PendingConsent\n      }\n      memberships(first: 100) {\n        nodes {\n          role\n        }\n      }\n      totalMinutes\n      starLevel\n      calendarFeed {\n        url\n        createdAt\n      }\n      signups(first: 50, after: $after) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          drawPosition\n          shift {\n            id\n            startsAt\n            endsAt\n            registrationClosesAt\n            draw {\n              drawnAt\n              selectedCount\n            }\n            project {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  query MyCertificates($after: String) {\n    me {\n      id\n      certificates(first: 5, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyCertificate\n        }\n      }\n    }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  mutation IssueCertificate {\n    issueCertificate {\n      ...MyCertificate\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  query MyHourEntries($after: String) {\n    me {\n      id\n      hourEntries(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyHourEntry\n        }\n      }\n    }\n  }\n": typeof types.MyHourEntriesDocument,
    "\n  mutation RequestHourCorrection($input: RequestHourCorrectionInput!) {\n    requestHourCorrection(input: $input) {\n      ...MyCorrection\n    }\n  }\n": typeof types.RequestHourCorrectionDocument,
    "\n  query MyNotifications($after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 10, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyNotification\n        }\n      }\n    }\n  }\n\n  fragment MyNotification on Notification {\n    id\n    kind\n    read\n    reason\n    hoursBefore\n    oldStartsAt\n    oldEndsAt\n    newStartsAt\n    newEndsAt\n    title\n    body\n    organization {\n      name\n    }\n    createdAt\n    project {\n      id\n      title\n      status\n    }\n    shift {\n      startsAt\n      endsAt\n    }\n    signup {\n      status\n      waitlistPosition\n    }\n    serviceRequest {\n      id\n      title\n    }\n    deliveries {\n      channel\n      status\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyQualifications {\n    myQualifications {\n      id\n      valid\n      expiresAt\n      kind {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.MyQualificationsDocument,
    "\n  query MyServiceRequests {\n    myServiceRequests(first: 50) {\n      nodes {\n        id\n        title\n        district\n        status\n        reason\n        score\n        feedbackComment\n        claims {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyServiceRequestsDocument,
    "\n  mutation ConfirmServiceRequest($input: ConfirmServiceRequestInput!) {\n    confirmServiceRequest(input: $input) {\n      id\n      status\n      score\n      feedbackComment\n    }\n  }\n": typeof types.ConfirmServiceRequestDocument,
    "\n  query NearbyProjects($near: NearInput!, $after: DateTime!) {\n    projects(first: 30, filter: { near: $near, startsAfter: $after }) {\n      nodes {\n        id\n        title\n        district\n        address\n        location {\n          lat\n          lng\n        }\n        organization {\n          name\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          remaining\n        }\n      }\n    }\n    serviceRequests(first: 30, filter: { near: $near }) {\n      nodes {\n        id\n        title\n        district\n        address\n        volunteersNeeded\n        volunteersClaimed\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": typeof types.NearbyProjectsDocument,
    "\n  fragment DeskArticle on NewsArticle {\n    id\n    slug\n    title\n    summary\n    body\n    bodyHtml\n    tags\n    coverImageUrl\n    status\n    isPublic\n    publishedAt\n    submittedAt\n    returnedReason\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      title\n    }\n  }\n": typeof types.DeskArticleFragmentDoc,
    "\n  mutation ManageCreateNews($input: CreateNewsArticleInput!) {\n    createNewsArticle(input: $input) {\n      ...DeskArticle\n    }\n  }\n": typeof types.ManageCreateNewsDocument,
    "\n  mutation ManageUpdateNews($id: ID!, $input: UpdateNewsArticleInput!) {\n    updateNewsArticle(id: $id, input: $input) {\n      ...DeskArticle\n    }\n  }\n": typeof types.ManageUpdateNewsDocument,
    "\n  mutation ManageSubmitNews($id: ID!) {\n    submitNewsArticle(id: $id) {\n      ...DeskArticle\n    }\n  }\n": typeof types.ManageSubmitNewsDocument,
    "\n  mutation ManagePublishNews($id: ID!, $at: DateTime) {\n    publishNewsArticle(id: $id, publishedAt: $at) {\n      ...DeskArticle\n    }\n  }\n": typeof types.ManagePublishNewsDocument,
    "\n  mutation ManageWithdrawNews($id: ID!) {\n    unpublishNewsArticle(id: $id) {\n      ...DeskArticle\n    }\n  }\n": typeof types.ManageWithdrawNewsDocument,
    "\n  fragment KeyRow on PartnerKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.KeyRowFragmentDoc,
    "\n  query PartnerKeys($id: ID!) {\n    organization(id: $id) {\n      id\n      partnerKeys(first: 100) {\n        nodes {\n          ...KeyRow\n        }\n      }\n    }\n  }\n": typeof types.PartnerKeysDocument,
    "\n  mutation IssuePartnerKey($input: CreatePartnerKeyInput!) {\n    createPartnerKey(input: $input) {\n      secret\n      key {\n        ...KeyRow\n      }\n    }\n  }\n": typeof types.IssuePartnerKeyDocument,
    "\n  mutation RevokeTeamKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      ...KeyRow\n    }\n  }\n": typeof types.RevokeTeamKeyDocument,
    "\n  query PublicProfileSwitch {\n    me {\n      id\n      volunteerNumber\n      publicProfile\n      publicProfileNeedsGuardian\n      guardianConsentAt\n    }\n  }\n": typeof types.PublicProfileSwitchDocument,
    "\n  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n    setProfileVisibility(input: $input) {\n      id\n      publicProfile\n      guardianConsentAt\n    }\n  }\n": typeof types.SetProfileVisibilityDocument,
    "\n  fragment MyAttendedProject on Project {\n    id\n    title\n    endsAt\n    organization {\n      id\n      name\n    }\n    viewerRating {\n      id\n      score\n      comment\n      commentHidden\n    }\n  }\n": typeof types.MyAttendedProjectFragmentDoc,
    "\n    query MyAttendedProjects($after: String) {\n      me {\n        id\n        attendedProjects(first: 10, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...MyAttendedProject\n          }\n        }\n      }\n    }\n  ": typeof types.MyAttendedProjectsDocument,
    "\n  mutation RateProject($input: RateProjectInput!) {\n    rateProject(input: $input) {\n      id\n      score\n      comment\n      commentHidden\n    }\n  }\n": typeof types.RateProjectDocument,
    "\n  fragment RatingLine on Rating {\n    id\n    score\n    comment\n    commentHidden\n    createdAt\n    project {\n      id\n      title\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.RatingLineFragmentDoc,
    "\n  fragment RatingPage on RatingConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...RatingLine\n    }\n  }\n": typeof types.RatingPageFragmentDoc,
    "\n  query RegistrationNeedsPhoneCode {\n    registrationNeedsPhoneCode\n  }\n": typeof types.RegistrationNeedsPhoneCodeDocument,
    "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      volunteer {\n        id\n        volunteerNumber\n      }\n    }\n  }\n": typeof types.RegisterVolunteerDocument,
    "\n  mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitServiceRequestDocument,
    "\n  query TriageRequests($staff: Boolean!) {\n    queue: serviceRequestQueue(first: 30) {\n      nodes {\n        ...TriagedRequest\n      }\n    }\n    stale: serviceRequestQueue(stale: true, first: 30) {\n      nodes {\n        ...TriagedRequest\n      }\n    }\n    rated: serviceRequests(filter: { status: CONFIRMED }, first: 30) @include(if: $staff) {\n      nodes {\n        id\n        title\n        score\n        feedbackComment\n        feedbackHidden\n      }\n    }\n  }\n  fragment TriagedRequest on ServiceRequest {\n    id\n    title\n    description\n    category\n    district\n    address\n    status\n    neededFrom\n    neededUntil\n    volunteersNeeded\n    unclaimedSince\n    contactName\n    contactPhone\n  }\n": typeof types.TriageRequestsDocument,
    "\n  mutation TriageDecision($id: ID!, $accept: Boolean!, $decline: Boolean!, $merge: Boolean!, $reason: String!, $intoId: ID!) {\n    accepted: acceptServiceRequest(id: $id) @include(if: $accept) {\n      id\n      status\n    }\n    declined: declineServiceRequest(id: $id, reason: $reason) @include(if: $decline) {\n      id\n      status\n    }\n    merged: mergeServiceRequest(id: $id, intoId: $intoId) @include(if: $merge) {\n      id\n      status\n    }\n  }\n": typeof types.TriageDecisionDocument,
    "\n  mutation HideRequestFeedback($id: ID!) {\n    hideServiceRequestFeedback(id: $id) {\n      id\n      feedbackHidden\n    }\n  }\n": typeof types.HideRequestFeedbackDocument,
    "\n  query CodeChannels {\n    codeChannels {\n      sms\n      email\n    }\n  }\n": typeof types.CodeChannelsDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query ManageReviewQueue {\n    newsAwaitingReview(first: 100) {\n      nodes {\n        ...DeskArticle\n      }\n    }\n  }\n": typeof types.ManageReviewQueueDocument,
    "\n  mutation ManageReturnNews($id: ID!, $reason: String!) {\n    returnNewsArticle(id: $id, reason: $reason) {\n      ...DeskArticle\n    }\n  }\n": typeof types.ManageReturnNewsDocument,
    "\n  query ShiftSignups($id: ID!) {\n    me {\n      id\n    }\n    project(id: $id) {\n      id\n      status\n      shifts {\n        ...ShiftFigures\n        startsAt\n        registrationOpensAt\n        registrationClosesAt\n        draw {\n          ...DrawRecord\n        }\n        viewerSignup {\n          id\n          status\n          waitlistPosition\n          drawPosition\n        }\n        viewerDrawEntry {\n          id\n          status\n          waitlistPosition\n          drawPosition\n        }\n      }\n    }\n  }\n": typeof types.ShiftSignupsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      status\n      waitlistPosition\n      drawPosition\n      shift {\n        ...ShiftFigures\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query StationDutyWeek($slug: String!, $from: String!, $to: String!) {\n    station(slug: $slug) {\n      id\n      dutyToday {\n        date\n        filled\n        capacity\n        team {\n          id\n          slug\n          name\n        }\n      }\n      duties(from: $from, to: $to) {\n        date\n        filled\n        capacity\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.StationDutyWeekDocument,
    "\n  mutation CreateStation($input: CreateStationInput!) {\n    createStation(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateStationDocument,
    "\n  mutation UpdateStation($id: ID!, $input: UpdateStationInput!) {\n    updateStation(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateStationDocument,
    "\n  query StationScreen($slug: String!, $after: DateTime!, $district: String) {\n    station(slug: $slug) {\n      id\n      name\n      dutyToday {\n        date\n        filled\n        capacity\n        team {\n          id\n          name\n        }\n        shift {\n          startsAt\n          endsAt\n        }\n      }\n    }\n    projects(first: 6, filter: { startsAfter: $after, district: $district }) {\n      nodes {\n        id\n        title\n        address\n        organization {\n          name\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          capacity\n          remaining\n        }\n      }\n    }\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n    }\n    roleModels(first: 4) {\n      nodes {\n        id\n        name\n        honor\n        citation\n      }\n    }\n  }\n": typeof types.StationScreenDocument,
    "\n  query StoryViewerState($id: ID!) {\n    story(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n": typeof types.StoryViewerStateDocument,
    "\n  mutation LikeStory($id: ID!) {\n    likeStory(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n": typeof types.LikeStoryDocument,
    "\n  mutation UnlikeStory($id: ID!) {\n    unlikeStory(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n": typeof types.UnlikeStoryDocument,
    "\n  mutation ReportStory($input: ReportStoryInput!) {\n    reportStory(input: $input)\n  }\n": typeof types.ReportStoryDocument,
    "\n  fragment ReviewStoryLine on Story {\n    id\n    title\n    body\n    status\n    createdAt\n    reviewNote\n    reportCount\n    author {\n      id\n      displayName\n    }\n    project {\n      id\n      title\n    }\n    organization {\n      id\n      name\n    }\n    photos {\n      id\n      url\n      alt\n    }\n  }\n": typeof types.ReviewStoryLineFragmentDoc,
    "\n    mutation ReviewStory($input: ReviewStoryInput!) {\n      reviewStory(input: $input) {\n        ...ReviewStoryLine\n      }\n    }\n  ": typeof types.ReviewStoryDocument,
    "\n  fragment StaffTeam on Organization {\n    id\n    name\n    status\n    district\n    memberCount\n    createdAt\n    returnedReason\n    suspendedReason\n    suspendedAt\n  }\n": typeof types.StaffTeamFragmentDoc,
    "\n  query StaffTeamSearch($search: String!) {\n    staffOrganizations(search: $search, first: 20) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n  }\n": typeof types.StaffTeamSearchDocument,
    "\n  query NearestTeams($near: NearInput!) {\n    organizations(first: 5, filter: { near: $near }) {\n      nodes {\n        id\n        slug\n        name\n        district\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": typeof types.NearestTeamsDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      currentTotalMinutes\n      totalChangedSinceIssue\n      certificate {\n        code\n        displayName\n        volunteerNumber\n        totalMinutes\n        recordCount\n        issuedAt\n        issuer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  query MyCard {\n    me {\n      id\n      displayName\n      realName\n      volunteerNumber\n      starLevel\n      totalMinutes\n      cardPhoto\n      card {\n        key\n        period\n      }\n    }\n  }\n": typeof types.MyCardDocument,
    "\n  mutation RemoveCardPhoto {\n    removeCardPhoto {\n      id\n      cardPhoto\n    }\n  }\n": typeof types.RemoveCardPhotoDocument,
    "\n  query VolunteerProfilePage($number: String!) {\n    volunteerProfile(number: $number) {\n      volunteerNumber\n      displayName\n      starLevel\n      hours\n      teams {\n        id\n        slug\n        name\n      }\n      stories(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.VolunteerProfilePageDocument,
    "\n  query ManageEndedShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        shifts {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.ManageEndedShiftsDocument,
    "\n  mutation ManageWalkIn($input: RecordWalkInInput!) {\n    recordWalkIn(input: $input) {\n      id\n      minutes\n    }\n  }\n": typeof types.ManageWalkInDocument,
    "\n  fragment MyStory on Story {\n    id\n    title\n    status\n    reviewNote\n    createdAt\n    project {\n      id\n      title\n    }\n  }\n": typeof types.MyStoryFragmentDoc,
    "\n    query MyStories {\n      me {\n        id\n        attendedProjects(first: 50) {\n          nodes {\n            id\n            title\n          }\n        }\n      }\n      myStories(first: 20) {\n        nodes {\n          ...MyStory\n        }\n      }\n    }\n  ": typeof types.MyStoriesDocument,
    "\n    mutation WriteStory($input: WriteStoryInput!) {\n      writeStory(input: $input) {\n        ...MyStory\n      }\n    }\n  ": typeof types.WriteStoryDocument,
    "\n  fragment MyHourEntry on HourEntry {\n    id\n    kind\n    minutes\n    activity\n    serviceDate\n    place\n    reason\n    organization {\n      id\n      name\n    }\n    shift {\n      id\n      startsAt\n      endsAt\n    }\n    reversedBy {\n      id\n      reason\n    }\n    reverses {\n      id\n      activity\n    }\n  }\n\n  fragment MyCorrection on HourCorrectionRequest {\n    id\n    status\n    requestedMinutes\n    message\n    resolution\n    createdAt\n    organization {\n      id\n      name\n    }\n    shift {\n      id\n      startsAt\n      project {\n        id\n        title\n      }\n    }\n    entry {\n      id\n      minutes\n    }\n  }\n\n  fragment MyCertificate on Certificate {\n    code\n    issuedAt\n    totalMinutes\n    recordCount\n    url\n  }\n": typeof types.MyHourEntryFragmentDoc,
    "\n  query MyLedger {\n    me {\n      id\n      hourEntries(first: 20) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyHourEntry\n        }\n      }\n      hourCorrectionRequests(first: 20) {\n        totalCount\n        nodes {\n          ...MyCorrection\n        }\n      }\n      certificates(first: 5) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyCertificate\n        }\n      }\n    }\n  }\n": typeof types.MyLedgerDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      realName\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment ShiftFigures on Shift {\n    id\n    remaining\n    confirmedCount\n    capacity\n    waitlistCount\n    entrantCount\n  }\n": typeof types.ShiftFiguresFragmentDoc,
    "\n  fragment DrawRecord on ShiftDraw {\n    algorithm\n    seedCommitment\n    seed\n    drawnAt\n    entrantCount\n    selectedCount\n  }\n": typeof types.DrawRecordFragmentDoc,
    "\n  mutation CancelSignup($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      shift {\n        ...ShiftFigures\n      }\n    }\n  }\n": typeof types.CancelSignupDocument,
    "\n  query ManageTeamShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        status\n        shifts {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.ManageTeamShiftsDocument,
};
const documents: Documents = {
    "\n  fragment PictureImage on Image {\n    url\n    width\n    height\n    alt\n    avifSrcset\n    webpSrcset\n  }\n": types.PictureImageFragmentDoc,
    "\n  query ProjectPages($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        summary\n        description\n        category\n        district\n        address\n        status\n        startsAt\n        endsAt\n        publishedAt\n        organization {\n          id\n          slug\n          name\n        }\n        rating {\n          average\n          count\n        }\n        photos {\n          ...PictureImage\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          capacity\n          confirmedCount\n          remaining\n          waitlist\n          waitlistCount\n          allocation\n          registrationOpensAt\n          registrationClosesAt\n          entrantCount\n          draw {\n            ...DrawRecord\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProjectPagesDocument,
    "\n  query HomePage {\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n      openShiftCount\n      personTimes\n      byYear {\n        label\n        hours\n        personTimes\n      }\n      byDistrict {\n        label\n        hours\n        personTimes\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  query SiteDetails {\n    siteInfo {\n      operator\n      supervisor\n      hotline\n      email\n      icpNumber\n      publicSecurityFiling\n    }\n    legalDocuments {\n      kind\n      version\n      zh {\n        title\n        sections {\n          heading\n          paragraphs\n        }\n      }\n      en {\n        title\n        sections {\n          heading\n          paragraphs\n        }\n      }\n    }\n  }\n": types.SiteDetailsDocument,
    "\n  query OrganizationPages($first: Int!, $after: String) {\n    organizations(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        district\n        city\n        description\n        memberCount\n        address\n        location {\n          lat\n          lng\n        }\n        joinPolicy\n        rating {\n          average\n          count\n        }\n        logo {\n          ...PictureImage\n        }\n        parent {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationPagesDocument,
    "\n  query NewsPages($first: Int!, $after: String) {\n    news(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        title\n        summary\n        bodyHtml\n        publishedAt\n        updatedAt\n        tags\n        coverImageUrl\n        coverImage {\n          ...PictureImage\n        }\n        organization {\n          id\n          slug\n          name\n        }\n        project {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NewsPagesDocument,
    "\n  query RoleModelPages($first: Int!, $after: String) {\n    roleModels(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        honor\n        citation\n        year\n        district\n        photoUrl\n        photo {\n          ...PictureImage\n        }\n        publishedAt\n        volunteer {\n          id\n          volunteerNumber\n          starLevel\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RoleModelPagesDocument,
    "\n  query ShowcasePages($first: Int!, $after: String) {\n    showcases(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        summary\n        bodyHtml\n        coverImageUrl\n        coverImage {\n          ...PictureImage\n        }\n        publishedAt\n        updatedAt\n        project {\n          id\n          title\n          status\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ShowcasePagesDocument,
    "\n  query StoryPages($first: Int!, $after: String) {\n    stories(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        body\n        publishedAt\n        likeCount\n        photos {\n          ...PictureImage\n        }\n        author {\n          id\n          displayName\n          volunteerNumber\n          publicProfile\n        }\n        project {\n          id\n          title\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StoryPagesDocument,
    "\n  query StationPages {\n    stations {\n      id\n      slug\n      name\n      address\n      district\n      location {\n        lat\n        lng\n      }\n      openingHours\n      services\n      operator {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.StationPagesDocument,
    "\n  query DistrictLeaderboard($district: String!, $from: String!, $to: String!) {\n    organizationLeaderboard(district: $district, from: $from, to: $to, first: 50) {\n      totalCount\n      nodes {\n        rank\n        minutes\n        volunteerCount\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n    volunteerLeaderboard(district: $district, from: $from, to: $to, first: 50) {\n      totalCount\n      nodes {\n        ...VolunteerRank\n      }\n    }\n  }\n  fragment VolunteerRank on VolunteerRanking {\n    rank\n    minutes\n    volunteer {\n      id\n      displayName\n      starLevel\n    }\n  }\n": types.DistrictLeaderboardDocument,
    "\n  query ServiceRequestPages($first: Int!, $after: String, $status: ServiceRequestStatus!) {\n    serviceRequests(first: $first, after: $after, filter: { status: $status }) {\n      nodes {\n        id\n        title\n        description\n        category\n        district\n        address\n        neededFrom\n        neededUntil\n        recurrence\n        volunteersNeeded\n        volunteersClaimed\n        status\n        openedAt\n        score\n        createdAt\n        claims {\n          volunteers\n          organization {\n            id\n            slug\n            name\n          }\n          project {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServiceRequestPagesDocument,
    "\n  query ServiceRequestFigures {\n    serviceRequestFigures {\n      district\n      met\n    }\n  }\n": types.ServiceRequestFiguresDocument,
    "\n  fragment SettingsOfMe on Volunteer {\n    id\n    email\n    notifyByEmail\n    notifyBySms\n    phoneMasked\n    district\n    skills\n    emergencyContact {\n      name\n      phoneMasked\n    }\n  }\n  query AccountSettings {\n    me {\n      ...SettingsOfMe\n    }\n    messageChannels {\n      sms\n    }\n    codeChannels {\n      sms\n    }\n  }\n\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SettingsOfMe\n    }\n  }\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.SettingsOfMeFragmentDoc,
    "\n  mutation ChangePhone($input: ChangePhoneInput!) {\n    changePhone(input: $input) {\n      id\n      phoneMasked\n    }\n  }\n": types.ChangePhoneDocument,
    "\n  fragment ActivityGallery on Project {\n    id\n    photos {\n      id\n      url\n      width\n      height\n      alt\n    }\n  }\n": types.ActivityGalleryFragmentDoc,
    "\n  query ManageActivityPhotos($id: ID!) {\n    project(id: $id) {\n      ...ActivityGallery\n    }\n  }\n": types.ManageActivityPhotosDocument,
    "\n  mutation ManageSetActivityPhotos($projectId: ID!, $photos: [ProjectPhotoInput!]!) {\n    setProjectPhotos(projectId: $projectId, photos: $photos) {\n      ...ActivityGallery\n    }\n  }\n": types.ManageSetActivityPhotosDocument,
    "\n  fragment AppRow on OAuthApp {\n    id\n    name\n    homepageUrl\n    redirectUris\n    scopes\n    createdAt\n    disabledAt\n  }\n": types.AppRowFragmentDoc,
    "\n  query OAuthApps {\n    oauthApps(first: 100) {\n      nodes {\n        ...AppRow\n      }\n    }\n  }\n": types.OAuthAppsDocument,
    "\n  mutation RegisterApp($input: RegisterAppInput!) {\n    registerApp(input: $input) {\n      ...AppRow\n    }\n  }\n": types.RegisterAppDocument,
    "\n  mutation DisableApp($id: ID!) {\n    disableApp(id: $id) {\n      ...AppRow\n    }\n  }\n": types.DisableAppDocument,
    "\n  query AdminAudit($action: String, $actorNumber: String, $organizationId: ID, $from: DateTime, $to: DateTime, $after: String) {\n    auditEvents(action: $action, actorNumber: $actorNumber, organizationId: $organizationId, from: $from, to: $to, order: NEWEST_FIRST, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        subjectId\n        reason\n        createdAt\n        actor {\n          id\n          displayName\n          volunteerNumber\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminAuditDocument,
    "\n  fragment AdminRoleModelFields on RoleModel {\n    id\n    name\n    honor\n    citation\n    year\n    district\n    photoUrl\n    status\n    isPublic\n    publishedAt\n  }\n": types.AdminRoleModelFieldsFragmentDoc,
    "\n  fragment AdminShowcaseFields on Showcase {\n    id\n    title\n    summary\n    body\n    coverImageUrl\n    status\n    isPublic\n    publishedAt\n  }\n": types.AdminShowcaseFieldsFragmentDoc,
    "\n    query AdminNewsDesk {\n      newsDesk(first: 100) {\n        nodes {\n          ...DeskArticle\n        }\n      }\n    }\n  ": types.AdminNewsDeskDocument,
    "\n    query AdminRoleModelDesk {\n      roleModelDesk(first: 100) {\n        nodes {\n          ...AdminRoleModelFields\n        }\n      }\n    }\n  ": types.AdminRoleModelDeskDocument,
    "\n    query AdminShowcaseDesk {\n      showcaseDesk(first: 100) {\n        nodes {\n          ...AdminShowcaseFields\n        }\n      }\n    }\n  ": types.AdminShowcaseDeskDocument,
    "\n    mutation AdminSaveRoleModel($id: ID!, $create: CreateRoleModelInput!, $update: UpdateRoleModelInput!, $isNew: Boolean!) {\n      createRoleModel(input: $create) @include(if: $isNew) {\n        ...AdminRoleModelFields\n      }\n      updateRoleModel(id: $id, input: $update) @skip(if: $isNew) {\n        ...AdminRoleModelFields\n      }\n    }\n  ": types.AdminSaveRoleModelDocument,
    "\n    mutation AdminSaveShowcase($id: ID!, $create: CreateShowcaseInput!, $update: UpdateShowcaseInput!, $isNew: Boolean!) {\n      createShowcase(input: $create) @include(if: $isNew) {\n        ...AdminShowcaseFields\n      }\n      updateShowcase(id: $id, input: $update) @skip(if: $isNew) {\n        ...AdminShowcaseFields\n      }\n    }\n  ": types.AdminSaveShowcaseDocument,
    "\n    mutation AdminPublishRoleModel($id: ID!, $at: DateTime) {\n      publishRoleModel(id: $id, publishedAt: $at) {\n        ...AdminRoleModelFields\n      }\n    }\n  ": types.AdminPublishRoleModelDocument,
    "\n    mutation AdminPublishShowcase($id: ID!, $at: DateTime) {\n      publishShowcase(id: $id, publishedAt: $at) {\n        ...AdminShowcaseFields\n      }\n    }\n  ": types.AdminPublishShowcaseDocument,
    "\n    mutation AdminWithdrawRoleModel($id: ID!) {\n      unpublishRoleModel(id: $id) {\n        ...AdminRoleModelFields\n      }\n    }\n  ": types.AdminWithdrawRoleModelDocument,
    "\n    mutation AdminWithdrawShowcase($id: ID!) {\n      unpublishShowcase(id: $id) {\n        ...AdminShowcaseFields\n      }\n    }\n  ": types.AdminWithdrawShowcaseDocument,
    "\n  fragment AdminKind on QualificationKind {\n    id\n    name\n    nameEn\n    description\n    validityMonths\n  }\n": types.AdminKindFragmentDoc,
    "\n    query AdminQualificationKinds {\n      qualificationKinds(first: 100) {\n        nodes {\n          ...AdminKind\n        }\n      }\n    }\n  ": types.AdminQualificationKindsDocument,
    "\n    mutation AdminCreateQualificationKind($input: CreateQualificationKindInput!) {\n      createQualificationKind(input: $input) {\n        ...AdminKind\n      }\n    }\n  ": types.AdminCreateQualificationKindDocument,
    "\n  fragment FigureRowFields on FigureRow {\n    key\n    label\n    volunteers\n    teams\n    activities\n    hours\n    personTimes\n  }\n": types.FigureRowFieldsFragmentDoc,
    "\n  query AdminFigures {\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n      personTimes\n      byYear {\n        ...FigureRowFields\n      }\n      byDistrict {\n        ...FigureRowFields\n      }\n      byTeam(first: 10) {\n        ...FigureRowFields\n      }\n    }\n  }\n": types.AdminFiguresDocument,
    "\n  query AdminViewer {\n    me {\n      id\n      displayName\n      isPlatformAdmin\n    }\n  }\n": types.AdminViewerDocument,
    "\n  fragment BackgroundJobLine on BackgroundJob {\n    id\n    queue\n    state\n    data\n    retryCount\n    retryLimit\n    createdAt\n    startAfter\n    startedAt\n    completedAt\n    error\n    result\n  }\n": types.BackgroundJobLineFragmentDoc,
    "\n    query AdminJobs($state: BackgroundJobState) {\n      backgroundJobCounts {\n        queue\n        state\n        count\n      }\n      backgroundJobs(state: $state, first: 50) {\n        ...BackgroundJobLine\n      }\n    }\n  ": types.AdminJobsDocument,
    "\n    mutation AdminRetryJob($id: ID!) {\n      retryBackgroundJob(id: $id) {\n        ...BackgroundJobLine\n      }\n    }\n  ": types.AdminRetryJobDocument,
    "\n  query AdminOverview {\n    pendingOrganizations(first: 1) {\n      totalCount\n    }\n    staffOrganizations(status: SUSPENDED, first: 1) {\n      totalCount\n    }\n    stats {\n      personTimes\n    }\n  }\n": types.AdminOverviewDocument,
    "\n    query AdminRatings($after: String) {\n      staffRatings(first: 20, after: $after) {\n        ...RatingPage\n      }\n    }\n  ": types.AdminRatingsDocument,
    "\n    mutation AdminHideRating($input: HideRatingInput!) {\n      hideRating(input: $input) {\n        ...RatingLine\n      }\n    }\n  ": types.AdminHideRatingDocument,
    "\n  query AdminStations {\n    managedStations {\n      id\n      slug\n      name\n      address\n      district\n      openingHours\n      services\n      operator {\n        id\n        name\n      }\n    }\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.AdminStationsDocument,
    "\n    query AdminStories {\n      storyReports(first: 50) {\n        nodes {\n          id\n          reason\n          note\n          createdAt\n          story {\n            ...ReviewStoryLine\n          }\n        }\n      }\n      storiesToReview(first: 50) {\n        nodes {\n          ...ReviewStoryLine\n        }\n      }\n    }\n  ": types.AdminStoriesDocument,
    "\n    mutation AdminHideStory($input: HideStoryInput!) {\n      hideStory(input: $input) {\n        ...ReviewStoryLine\n      }\n    }\n  ": types.AdminHideStoryDocument,
    "\n  query AdminTeams {\n    pendingOrganizations(first: 100) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n    staffOrganizations(status: SUSPENDED, first: 100) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation AdminApproveTeam($id: ID!) {\n    approveOrganization(id: $id) {\n      ...StaffTeam\n    }\n  }\n": types.AdminApproveTeamDocument,
    "\n  mutation AdminReturnTeam($id: ID!, $reason: String!) {\n    returnOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n": types.AdminReturnTeamDocument,
    "\n  mutation AdminSuspendTeam($id: ID!, $reason: String!) {\n    suspendOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n": types.AdminSuspendTeamDocument,
    "\n  mutation AdminRestoreTeam($id: ID!, $reason: String!) {\n    restoreOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n": types.AdminRestoreTeamDocument,
    "\n  query AppConsent($input: AppAuthorizationInput!) {\n    appAuthorization(input: $input) {\n      appName\n      homepageUrl\n      redirectHost\n      scopes\n    }\n  }\n": types.AppConsentDocument,
    "\n  mutation AuthorizeApp($input: AppAuthorizationInput!, $allow: Boolean!) {\n    authorizeApp(input: $input, allow: $allow) {\n      redirectTo\n    }\n  }\n": types.AuthorizeAppDocument,
    "\n  query ManagePreviewMarkdown($source: String!) {\n    previewMarkdown(source: $source)\n  }\n": types.ManagePreviewMarkdownDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.ResetCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query MyOpenShifts {\n    me {\n      id\n      signups(first: 50) {\n        nodes {\n          id\n          status\n          shift {\n            id\n            startsAt\n            endsAt\n            project {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyOpenShiftsDocument,
    "\n  mutation CheckInShift($shiftId: ID!, $code: String!) {\n    checkInToShift(shiftId: $shiftId, code: $code) {\n      id\n      status\n      shift {\n        id\n        project {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CheckInShiftDocument,
    "\n  mutation RequestPhoneCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      sentTo\n      resendAfter\n    }\n  }\n": types.RequestPhoneCodeDocument,
    "\n  query ConnectedApps {\n    me {\n      id\n      connectedApps {\n        id\n        appName\n        homepageUrl\n        scopes\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.ConnectedAppsDocument,
    "\n  mutation DisconnectApp($id: ID!) {\n    disconnectApp(id: $id)\n  }\n": types.DisconnectAppDocument,
    "\n  fragment PendingConsent on LegalDocument {\n    kind\n    version\n    zh {\n      title\n    }\n    en {\n      title\n    }\n  }\n": types.PendingConsentFragmentDoc,
    "\n  mutation AcceptLegalDocuments($accepted: [AcceptedDocumentInput!]!) {\n    acceptLegalDocuments(accepted: $accepted) {\n      kind\n    }\n  }\n": types.AcceptLegalDocumentsDocument,
    "\n  query ManagedContests {\n    managedContests(first: 50) {\n      nodes {\n        id\n        title\n        status\n        organizer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ManagedContestsDocument,
    "\n  query ContestDesk($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      status\n      voteWeight\n      judges {\n        id\n        displayName\n        volunteerNumber\n      }\n      categories {\n        id\n        name\n        kind\n        places\n        entries(first: 100) {\n          nodes {\n            id\n            title\n            status\n            voteCount\n            flaggedVotes\n            judgeCount\n            judgeScore\n            rank\n            winner\n            volunteer {\n              displayName\n              volunteerNumber\n            }\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            roleModel {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ContestDeskDocument,
    "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      id\n    }\n  }\n": types.CreateContestDocument,
    "\n  mutation AddContestCategory($input: AddContestCategoryInput!) {\n    addContestCategory(input: $input) {\n      id\n    }\n  }\n": types.AddContestCategoryDocument,
    "\n  mutation AddContestJudge($input: ContestJudgeInput!) {\n    addContestJudge(input: $input) {\n      id\n    }\n  }\n": types.AddContestJudgeDocument,
    "\n  mutation AdvanceContest($input: AdvanceContestInput!) {\n    advanceContest(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdvanceContestDocument,
    "\n  mutation ReviewContestEntry($input: ReviewContestEntryInput!) {\n    reviewContestEntry(input: $input) {\n      id\n    }\n  }\n": types.ReviewContestEntryDocument,
    "\n  mutation HonourContestWinner($input: HonourContestWinnerInput!) {\n    honourContestWinner(input: $input) {\n      id\n    }\n  }\n": types.HonourContestWinnerDocument,
    "\n  query ContestsList($after: String) {\n    contests(first: 20, after: $after) {\n      nodes {\n        id\n        title\n        status\n        votingEndsAt\n        organizer {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ContestsListDocument,
    "\n  query ContestPage($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      description\n      status\n      votingEndsAt\n      viewerIsJudge\n      organizer {\n        name\n      }\n      categories {\n        id\n        name\n        kind\n        places\n        viewerVote\n        entries(first: 100) {\n          totalCount\n          nodes {\n            id\n            title\n            statement\n            status\n            voteCount\n            viewerScore\n            volunteer {\n              displayName\n              volunteerNumber\n            }\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            story {\n              id\n            }\n          }\n        }\n        results {\n          id\n          rank\n          winner\n          finalScore\n        }\n      }\n    }\n  }\n": types.ContestPageDocument,
    "\n  mutation VoteForContestEntry($id: ID!) {\n    voteForContestEntry(entryId: $id) {\n      id\n      voteCount\n    }\n  }\n": types.VoteForContestEntryDocument,
    "\n  mutation EnterContest($input: EnterContestInput!) {\n    enterContest(input: $input) {\n      id\n    }\n  }\n": types.EnterContestDocument,
    "\n  query MyPublishedStories {\n    myStories(first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.MyPublishedStoriesDocument,
    "\n  mutation ScoreContestEntry($input: ScoreContestEntryInput!) {\n    scoreContestEntry(input: $input) {\n      id\n      viewerScore\n    }\n  }\n": types.ScoreContestEntryDocument,
    "\n  fragment DeskCourse on Course {\n    id\n    title\n    description\n    status\n    qualificationKind {\n      id\n      name\n      nameEn\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      place\n      capacity\n      enrolledCount\n    }\n  }\n": types.DeskCourseFragmentDoc,
    "\n  fragment DeskKinds on Query {\n    qualificationKinds(first: 100) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.DeskKindsFragmentDoc,
    "\n  query DeskRoster($id: ID!) {\n    courseSession(id: $id) {\n      id\n      enrolments(first: 100) {\n        nodes {\n          id\n          status\n          volunteer {\n            id\n            displayName\n            volunteerNumber\n          }\n        }\n      }\n    }\n  }\n": types.DeskRosterDocument,
    "\n    query DeskTeamCourses($organizationId: ID!) {\n      teamCourses(organizationId: $organizationId, first: 50) {\n        nodes {\n          ...DeskCourse\n        }\n      }\n      ...DeskKinds\n    }\n  ": types.DeskTeamCoursesDocument,
    "\n    query DeskPlatformCourses {\n      platformCourses(first: 50) {\n        nodes {\n          ...DeskCourse\n        }\n      }\n      ...DeskKinds\n    }\n  ": types.DeskPlatformCoursesDocument,
    "\n    mutation DeskCreateCourse($input: CreateCourseInput!) {\n      createCourse(input: $input) {\n        ...DeskCourse\n      }\n    }\n  ": types.DeskCreateCourseDocument,
    "\n    mutation DeskPublishCourse($id: ID!) {\n      publishCourse(id: $id) {\n        ...DeskCourse\n      }\n    }\n  ": types.DeskPublishCourseDocument,
    "\n    mutation DeskAddSession($input: AddCourseSessionInput!) {\n      addCourseSession(input: $input) {\n        id\n        course {\n          ...DeskCourse\n        }\n      }\n    }\n  ": types.DeskAddSessionDocument,
    "\n  mutation DeskAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeskAttendanceDocument,
    "\n  query CourseList {\n    me {\n      id\n    }\n    courses(first: 50) {\n      nodes {\n        id\n        title\n        description\n        organization {\n          id\n          name\n        }\n        qualificationKind {\n          id\n          name\n          nameEn\n          validityMonths\n        }\n        sessions {\n          id\n          startsAt\n          endsAt\n          place\n          capacity\n          remaining\n          viewerEnrolment {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.CourseListDocument,
    "\n  mutation EnrolInSession($input: EnrolInSessionInput!) {\n    enrolInSession(input: $input) {\n      id\n      status\n      session {\n        id\n        remaining\n      }\n    }\n  }\n": types.EnrolInSessionDocument,
    "\n  mutation CancelEnrolment($id: ID!) {\n    cancelEnrolment(id: $id) {\n      id\n      status\n      session {\n        id\n        remaining\n      }\n    }\n  }\n": types.CancelEnrolmentDocument,
    "\n  query JoinTeamState($id: ID!) {\n    me {\n      id\n    }\n    organization(id: $id) {\n      id\n      viewerRole\n      viewerJoinRequest {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n": types.JoinTeamStateDocument,
    "\n  mutation RequestToJoin($id: ID!, $message: String) {\n    requestToJoin(organizationId: $id, message: $message) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.RequestToJoinDocument,
    "\n  mutation WithdrawJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.WithdrawJoinRequestDocument,
    "\n  mutation JoinTeam($id: ID!) {\n    joinOrganization(organizationId: $id) {\n      id\n      role\n    }\n  }\n": types.JoinTeamDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      volunteer {\n        id\n        displayName\n        pendingConsents {\n          ...PendingConsent\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  fragment ActivityRow on Project {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    shifts {\n      id\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      waitlistCount\n      entrantCount\n    }\n  }\n": types.ActivityRowFragmentDoc,
    "\n  query ManageActivities($id: ID!) {\n    organization(id: $id) {\n      id\n      projects(first: 100) {\n        nodes {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": types.ManageActivitiesDocument,
    "\n  mutation ManagePublishActivity($id: ID!) {\n    publishProject(id: $id) {\n      ...ActivityRow\n    }\n  }\n": types.ManagePublishActivityDocument,
    "\n  mutation ManageCancelActivity($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ActivityRow\n    }\n  }\n": types.ManageCancelActivityDocument,
    "\n  mutation ManageCopyActivity($id: ID!, $startsOn: String!, $key: String) {\n    copyProject(id: $id, startsOn: $startsOn, idempotencyKey: $key) {\n      ...ActivityRow\n    }\n  }\n": types.ManageCopyActivityDocument,
    "\n  mutation ManageMoveShift($input: MoveShiftInput!) {\n    moveShift(input: $input) {\n      notified\n      project {\n        ...ActivityRow\n      }\n    }\n  }\n": types.ManageMoveShiftDocument,
    "\n  mutation ManageCancelShift($input: CancelShiftInput!) {\n    cancelShift(input: $input) {\n      notified\n      project {\n        ...ActivityRow\n      }\n    }\n  }\n": types.ManageCancelShiftDocument,
    "\n  query ManageEditActivity($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      summary\n      description\n      category\n      district\n      address\n      status\n      location {\n        lat\n        lng\n      }\n      shifts {\n        id\n        startsAt\n        endsAt\n        capacity\n        waitlist\n        allocation\n        registrationOpensAt\n        registrationClosesAt\n        requiredQualification {\n          id\n        }\n      }\n    }\n  }\n": types.ManageEditActivityDocument,
    "\n  query ManageQualificationKinds {\n    qualificationKinds(first: 100) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.ManageQualificationKindsDocument,
    "\n  query ManageActivityFromRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      title\n      description\n      category\n      district\n      address\n      location {\n        lat\n        lng\n      }\n      neededFrom\n      neededUntil\n      claims {\n        organization {\n          id\n        }\n        volunteers\n      }\n    }\n  }\n": types.ManageActivityFromRequestDocument,
    "\n  mutation ManageCreateActivity($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": types.ManageCreateActivityDocument,
    "\n  mutation ManageUpdateActivity($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ManageUpdateActivityDocument,
    "\n  mutation ManageAssistedRegister($input: AssistedRegistrationInput!) {\n    registerVolunteerAssisted(input: $input) {\n      initialPassword\n      volunteer {\n        id\n        volunteerNumber\n        realName\n        displayName\n      }\n    }\n  }\n": types.ManageAssistedRegisterDocument,
    "\n  query ManageOpenShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        status\n        shifts {\n          id\n          startsAt\n          endsAt\n          remaining\n        }\n      }\n    }\n  }\n": types.ManageOpenShiftsDocument,
    "\n  mutation ManageSignUpFor($shiftId: ID!, $volunteerId: ID!) {\n    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      status\n    }\n  }\n": types.ManageSignUpForDocument,
    "\n  fragment RosterRow on Signup {\n    id\n    status\n    walkIn\n    waitlistPosition\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n      phoneMasked\n    }\n  }\n": types.RosterRowFragmentDoc,
    "\n  query ManageRoster($id: ID!) {\n    node(id: $id) {\n      ... on Shift {\n        id\n        capacity\n        confirmedCount\n        waitlistCount\n        signups(first: 100) {\n          nodes {\n            ...RosterRow\n          }\n        }\n      }\n    }\n  }\n": types.ManageRosterDocument,
    "\n  mutation ManageMarkAttended($id: ID!) {\n    markAttended(signupId: $id) {\n      ...RosterRow\n    }\n  }\n": types.ManageMarkAttendedDocument,
    "\n  mutation ManageMarkNoShow($id: ID!) {\n    markNoShow(signupId: $id) {\n      ...RosterRow\n    }\n  }\n": types.ManageMarkNoShowDocument,
    "\n  fragment ManageBroadcastLine on Broadcast {\n    id\n    audience\n    title\n    body\n    recipientCount\n    readCount\n    createdAt\n    shift {\n      id\n      startsAt\n      endsAt\n      project {\n        title\n      }\n    }\n  }\n": types.ManageBroadcastLineFragmentDoc,
    "\n  query ManageBroadcastAudience($organizationId: ID!, $shiftId: ID) {\n    broadcastAudience(organizationId: $organizationId, shiftId: $shiftId)\n  }\n": types.ManageBroadcastAudienceDocument,
    "\n    query ManageBroadcasts($id: ID!, $after: String) {\n      node(id: $id) {\n        ... on Organization {\n          broadcasts(first: 20, after: $after) {\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            nodes {\n              ...ManageBroadcastLine\n            }\n          }\n        }\n      }\n    }\n  ": types.ManageBroadcastsDocument,
    "\n    mutation ManageSendBroadcast($input: SendBroadcastInput!) {\n      sendBroadcast(input: $input) {\n        ...ManageBroadcastLine\n      }\n    }\n  ": types.ManageSendBroadcastDocument,
    "\n  mutation CheckInByCard($shiftId: ID!, $card: String!) {\n    checkInByCard(shiftId: $shiftId, card: $card) {\n      id\n      status\n      volunteer {\n        displayName\n        realName\n        volunteerNumber\n        cardPhoto\n      }\n    }\n  }\n": types.CheckInByCardDocument,
    "\n  query ManageChildTeams($id: ID!) {\n    organization(id: $id) {\n      id\n      pendingChildren(first: 50) {\n        nodes {\n          id\n          name\n          kind\n          district\n          description\n          address\n          contactName\n          contactPhoneMasked\n          returnedReason\n          createdAt\n        }\n      }\n    }\n    organizations(first: 100, filter: { parentId: $id }) {\n      nodes {\n        id\n        name\n        district\n        memberCount\n      }\n    }\n  }\n": types.ManageChildTeamsDocument,
    "\n  mutation ManageApproveTeam($id: ID!) {\n    approveOrganization(id: $id) {\n      id\n      status\n    }\n  }\n": types.ManageApproveTeamDocument,
    "\n  mutation ManageReturnTeam($id: ID!, $reason: String!) {\n    returnOrganization(id: $id, reason: $reason) {\n      id\n      returnedReason\n    }\n  }\n": types.ManageReturnTeamDocument,
    "\n  query NominationContests($org: ID!) {\n    contests(first: 50) {\n      nodes {\n        id\n        title\n        status\n        organizer {\n          id\n          name\n        }\n        categories {\n          id\n          name\n          kind\n        }\n      }\n    }\n    organization(id: $org) {\n      id\n      kind\n      parent {\n        id\n      }\n      projects(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.NominationContestsDocument,
    "\n  mutation NominateForContest($input: NominateForContestInput!) {\n    nominateForContest(input: $input) {\n      id\n    }\n  }\n": types.NominateForContestDocument,
    "\n  query ManageCorrections($id: ID!) {\n    organization(id: $id) {\n      id\n      hourCorrectionRequests(status: OPEN, first: 50) {\n        totalCount\n        nodes {\n          ...OpenCorrection\n        }\n      }\n    }\n  }\n\n  fragment OpenCorrection on HourCorrectionRequest {\n    id\n    requestedMinutes\n    message\n    createdAt\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n    }\n    shift {\n      id\n      startsAt\n      endsAt\n      project {\n        id\n        title\n      }\n    }\n    entry {\n      id\n      minutes\n    }\n  }\n": types.ManageCorrectionsDocument,
    "\n  mutation ResolveCorrection($input: ResolveHourCorrectionInput!) {\n    resolveHourCorrection(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolveCorrectionDocument,
    "\n  query ManageDoor($id: ID!, $origin: String!) {\n    node(id: $id) {\n      ... on Shift {\n        id\n        startsAt\n        endsAt\n        confirmedCount\n        project {\n          id\n          title\n        }\n        signups(first: 100) {\n          nodes {\n            status\n          }\n        }\n        checkInCode(origin: $origin) {\n          code\n          qrSvg\n          validUntil\n        }\n      }\n    }\n  }\n": types.ManageDoorDocument,
    "\n  query ManageHoursExport($id: ID!, $from: String!, $to: String!) {\n    organization(id: $id) {\n      id\n      hoursExport(from: $from, to: $to) {\n        csvUrl\n        xlsxUrl\n      }\n    }\n  }\n": types.ManageHoursExportDocument,
    "\n  query ManageOrganizations {\n    me {\n      id\n      memberships(first: 100) {\n        nodes {\n          role\n          organization {\n            id\n            name\n            slug\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ManageOrganizationsDocument,
    "\n  query ManageAwaitingShifts($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      shiftsAwaitingHours(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.ManageAwaitingShiftsDocument,
    "\n  query ManageAwaitingShift($id: ID!) {\n    node(id: $id) {\n      ... on Shift {\n        ...AwaitingShift\n      }\n    }\n  }\n\n  fragment AwaitingShift on Shift {\n    id\n    startsAt\n    endsAt\n    project {\n      id\n      title\n    }\n    unrecordedSignups(first: 100) {\n      totalCount\n      nodes {\n        id\n        volunteer {\n          id\n          realName\n          displayName\n          volunteerNumber\n        }\n      }\n    }\n  }\n": types.ManageAwaitingShiftDocument,
    "\n  mutation RecordShiftHours($input: RecordHoursInput!) {\n    recordHours(input: $input) {\n      id\n    }\n  }\n": types.RecordShiftHoursDocument,
    "\n  fragment ImportResult on HourImportResult {\n    recorded\n    alreadyImported\n    refused\n    ready\n    rows {\n      row\n      status\n      field\n      message\n      volunteer\n    }\n  }\n": types.ImportResultFragmentDoc,
    "\n  query ManagePreviewImport($input: HourImportInput!) {\n    previewHourImport(input: $input) {\n      ...ImportResult\n    }\n  }\n": types.ManagePreviewImportDocument,
    "\n  mutation ManageImportHours($input: HourImportInput!) {\n    importHourRecords(input: $input) {\n      ...ImportResult\n    }\n  }\n": types.ManageImportHoursDocument,
    "\n  fragment MemberRow on Membership {\n    id\n    role\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n      phoneMasked\n    }\n  }\n": types.MemberRowFragmentDoc,
    "\n  query ManageMembers($id: ID!, $search: String, $after: String) {\n    organization(id: $id) {\n      id\n      joinRequests(status: PENDING, first: 50) {\n        nodes {\n          id\n          message\n          createdAt\n          volunteer {\n            id\n            displayName\n            volunteerNumber\n            totalMinutes\n          }\n        }\n      }\n      members(first: 100, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MemberRow\n        }\n      }\n    }\n  }\n": types.ManageMembersDocument,
    "\n  mutation ManageAcceptRequest($id: ID!) {\n    acceptJoinRequest(id: $id) {\n      ...MemberRow\n    }\n  }\n": types.ManageAcceptRequestDocument,
    "\n  mutation ManageDeclineRequest($id: ID!, $reason: String!) {\n    declineJoinRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ManageDeclineRequestDocument,
    "\n  mutation ManageSetRole($id: ID!, $role: MemberRole!) {\n    setMemberRole(membershipId: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.ManageSetRoleDocument,
    "\n  mutation ManageRemoveMember($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n": types.ManageRemoveMemberDocument,
    "\n  mutation ManageHandOver($id: ID!) {\n    handOverAdmin(membershipId: $id) {\n      id\n      role\n    }\n  }\n": types.ManageHandOverDocument,
    "\n  query ManageNewsDesk($id: ID!) {\n    newsDesk(organizationId: $id, first: 100) {\n      nodes {\n        ...DeskArticle\n      }\n    }\n    organization(id: $id) {\n      id\n      projects(first: 100) {\n        nodes {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n": types.ManageNewsDeskDocument,
    "\n  query ManageOverview($id: ID!) {\n    organization(id: $id) {\n      id\n      shiftsAwaitingHours(first: 1) {\n        totalCount\n      }\n      hourCorrectionRequests(status: OPEN, first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.ManageOverviewDocument,
    "\n    query ManageRatings($id: ID!, $after: String) {\n      organization(id: $id) {\n        id\n        rating {\n          average\n          count\n        }\n        ratings(first: 20, after: $after) {\n          ...RatingPage\n        }\n      }\n    }\n  ": types.ManageRatingsDocument,
    "\n  query ManageSignedIn {\n    me {\n      id\n    }\n  }\n": types.ManageSignedInDocument,
    "\n  query ManageParentSearch($search: String) {\n    organizations(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        district\n      }\n    }\n  }\n": types.ManageParentSearchDocument,
    "\n  mutation ManageRegisterTeam($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.ManageRegisterTeamDocument,
    "\n  fragment ManagedRequest on ServiceRequest {\n    id\n    title\n    description\n    category\n    district\n    address\n    status\n    neededFrom\n    neededUntil\n    recurrence\n    volunteersNeeded\n    volunteersClaimed\n    contactNameMasked\n    contactPhoneMasked\n    contactName\n    contactPhone\n    claims {\n      volunteers\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.ManagedRequestFragmentDoc,
    "\n  query ManageRequests($id: ID!) {\n    serviceRequests(first: 20) {\n      nodes {\n        ...ManagedRequest\n      }\n    }\n    claimedServiceRequests(organizationId: $id, first: 30) {\n      nodes {\n        ...ManagedRequest\n      }\n    }\n  }\n": types.ManageRequestsDocument,
    "\n  mutation ManageClaimRequest($input: ClaimServiceRequestInput!) {\n    claimServiceRequest(input: $input) {\n      ...ManagedRequest\n    }\n  }\n": types.ManageClaimRequestDocument,
    "\n  mutation ManageRequestStep($id: ID!, $org: ID!, $start: Boolean!, $done: Boolean!, $withdraw: Boolean!) {\n    started: startServiceRequest(id: $id, organizationId: $org) @include(if: $start) {\n      ...ManagedRequest\n    }\n    done: completeServiceRequest(id: $id, organizationId: $org) @include(if: $done) {\n      ...ManagedRequest\n    }\n    withdrawn: withdrawServiceRequestClaim(id: $id, organizationId: $org) @include(if: $withdraw) {\n      ...ManagedRequest\n    }\n  }\n": types.ManageRequestStepDocument,
    "\n  mutation ManageCloseRequest($id: ID!, $org: ID!, $reason: String!) {\n    closeServiceRequest(id: $id, organizationId: $org, reason: $reason) {\n      ...ManagedRequest\n    }\n  }\n": types.ManageCloseRequestDocument,
    "\n  fragment StationSwapRow on StationSwap {\n    id\n    status\n    station {\n      id\n      name\n    }\n    fromTeam {\n      id\n      name\n    }\n    toTeam {\n      id\n      name\n    }\n    fromDuty {\n      id\n      date\n    }\n    toDuty {\n      id\n      date\n    }\n  }\n": types.StationSwapRowFragmentDoc,
    "\n    query ManageStationDesk($from: String!, $to: String!) {\n      managedStations {\n        id\n        slug\n        name\n        address\n        district\n        openingHours\n        services\n        operator {\n          id\n        }\n        rota {\n          weekday\n          date\n          startsAt\n          endsAt\n          places\n          team {\n            id\n            name\n          }\n        }\n        duties(from: $from, to: $to) {\n          id\n          date\n          filled\n          capacity\n          team {\n            id\n            name\n          }\n        }\n      }\n      organizations(first: 100) {\n        nodes {\n          id\n          name\n        }\n      }\n      stationSwaps {\n        ...StationSwapRow\n      }\n    }\n  ": types.ManageStationDeskDocument,
    "\n  fragment DutyMember on Membership {\n    id\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n    }\n  }\n": types.DutyMemberFragmentDoc,
    "\n    query ManageTeamDuties($org: ID!, $from: String!, $to: String!) {\n      teamStationDuties {\n        id\n        date\n        filled\n        capacity\n        team {\n          id\n        }\n        shift {\n          id\n        }\n        station {\n          id\n          name\n          duties(from: $from, to: $to) {\n            id\n            date\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n      organization(id: $org) {\n        id\n        members(first: 100) {\n          nodes {\n            ...DutyMember\n          }\n        }\n      }\n      stationSwaps {\n        ...StationSwapRow\n      }\n    }\n  ": types.ManageTeamDutiesDocument,
    "\n  query FindRotaTeams($search: String!) {\n    organizations(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.FindRotaTeamsDocument,
    "\n  query FindDutyMembers($org: ID!, $search: String!) {\n    organization(id: $org) {\n      id\n      members(first: 20, search: $search) {\n        nodes {\n          ...DutyMember\n        }\n      }\n    }\n  }\n": types.FindDutyMembersDocument,
    "\n  mutation SetStationRota($input: SetStationRotaInput!) {\n    setStationRota(input: $input) {\n      id\n    }\n  }\n": types.SetStationRotaDocument,
    "\n  mutation AnswerStationSwap($id: ID!, $accept: Boolean!) {\n    answerStationSwap(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n": types.AnswerStationSwapDocument,
    "\n  mutation ProposeStationSwap($input: ProposeStationSwapInput!) {\n    proposeStationSwap(input: $input) {\n      id\n    }\n  }\n": types.ProposeStationSwapDocument,
    "\n  mutation StationSignUpMember($shiftId: ID!, $volunteerId: ID!) {\n    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      status\n    }\n  }\n": types.StationSignUpMemberDocument,
    "\n    query ManageStories($id: ID!, $after: String) {\n      storiesToReview(filter: { organizationId: $id }, first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...ReviewStoryLine\n        }\n      }\n    }\n  ": types.ManageStoriesDocument,
    "\n  fragment TeamProfile on Organization {\n    id\n    name\n    status\n    district\n    city\n    description\n    address\n    location {\n      lat\n      lng\n    }\n    contactName\n    contactPhoneMasked\n    joinPolicy\n    returnedReason\n    suspendedReason\n    parent {\n      id\n      name\n    }\n    logo {\n      id\n      url\n      width\n      height\n      alt\n    }\n  }\n": types.TeamProfileFragmentDoc,
    "\n  query ManageTeamProfile($id: ID!) {\n    organization(id: $id) {\n      ...TeamProfile\n    }\n  }\n": types.ManageTeamProfileDocument,
    "\n  mutation ManageUpdateTeam($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...TeamProfile\n    }\n  }\n": types.ManageUpdateTeamDocument,
    "\n  mutation ManageSetTeamLogo($id: ID!, $imageId: ID) {\n    setOrganizationLogo(organizationId: $id, imageId: $imageId) {\n      ...TeamProfile\n    }\n  }\n": types.ManageSetTeamLogoDocument,
    "\n  fragment TeamWebhookRow on Webhook {\n    id\n    url\n    events\n    active\n    disabledAt\n    failureCount\n    lastDeliveredAt\n    createdAt\n  }\n": types.TeamWebhookRowFragmentDoc,
    "\n    query TeamWebhooks($organizationId: ID!) {\n      webhooks(organizationId: $organizationId, first: 20) {\n        nodes {\n          ...TeamWebhookRow\n        }\n      }\n    }\n  ": types.TeamWebhooksDocument,
    "\n  query WebhookDeliveryLog($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 10) {\n      nodes {\n        id\n        event\n        status\n        attempts\n        responseStatus\n        error\n        createdAt\n        nextAttemptAt\n        deliveredAt\n      }\n    }\n  }\n": types.WebhookDeliveryLogDocument,
    "\n    mutation CreateTeamWebhook($input: CreateWebhookInput!) {\n      createWebhook(input: $input) {\n        secret\n        webhook {\n          ...TeamWebhookRow\n        }\n      }\n    }\n  ": types.CreateTeamWebhookDocument,
    "\n  mutation PingTeamWebhook($id: ID!) {\n    pingWebhook(id: $id) {\n      id\n    }\n  }\n": types.PingTeamWebhookDocument,
    "\n    mutation EnableTeamWebhook($id: ID!) {\n      enableWebhook(id: $id) {\n        ...TeamWebhookRow\n      }\n    }\n  ": types.EnableTeamWebhookDocument,
    "\n  mutation DeleteTeamWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteTeamWebhookDocument,
    "\n  mutation RedeliverTeamWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n    }\n  }\n": types.RedeliverTeamWebhookDeliveryDocument,
    "\n  query MyAccount($after: String) {\n    me {\n      id\n      volunteerNumber\n      realName\n      displayName\n      idNumberMasked\n      phoneMasked\n      email\n      district\n      isPlatformAdmin\n      pendingConsents {\n        ...PendingConsent\n      }\n      memberships(first: 100) {\n        nodes {\n          role\n        }\n      }\n      totalMinutes\n      starLevel\n      calendarFeed {\n        url\n        createdAt\n      }\n      signups(first: 50, after: $after) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          drawPosition\n          shift {\n            id\n            startsAt\n            endsAt\n            registrationClosesAt\n            draw {\n              drawnAt\n              selectedCount\n            }\n            project {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MyAccountDocument,
    "\n  query MyCertificates($after: String) {\n    me {\n      id\n      certificates(first: 5, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyCertificate\n        }\n      }\n    }\n  }\n": types.MyCertificatesDocument,
    "\n  mutation IssueCertificate {\n    issueCertificate {\n      ...MyCertificate\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  query MyHourEntries($after: String) {\n    me {\n      id\n      hourEntries(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyHourEntry\n        }\n      }\n    }\n  }\n": types.MyHourEntriesDocument,
    "\n  mutation RequestHourCorrection($input: RequestHourCorrectionInput!) {\n    requestHourCorrection(input: $input) {\n      ...MyCorrection\n    }\n  }\n": types.RequestHourCorrectionDocument,
    "\n  query MyNotifications($after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 10, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyNotification\n        }\n      }\n    }\n  }\n\n  fragment MyNotification on Notification {\n    id\n    kind\n    read\n    reason\n    hoursBefore\n    oldStartsAt\n    oldEndsAt\n    newStartsAt\n    newEndsAt\n    title\n    body\n    organization {\n      name\n    }\n    createdAt\n    project {\n      id\n      title\n      status\n    }\n    shift {\n      startsAt\n      endsAt\n    }\n    signup {\n      status\n      waitlistPosition\n    }\n    serviceRequest {\n      id\n      title\n    }\n    deliveries {\n      channel\n      status\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyQualifications {\n    myQualifications {\n      id\n      valid\n      expiresAt\n      kind {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.MyQualificationsDocument,
    "\n  query MyServiceRequests {\n    myServiceRequests(first: 50) {\n      nodes {\n        id\n        title\n        district\n        status\n        reason\n        score\n        feedbackComment\n        claims {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyServiceRequestsDocument,
    "\n  mutation ConfirmServiceRequest($input: ConfirmServiceRequestInput!) {\n    confirmServiceRequest(input: $input) {\n      id\n      status\n      score\n      feedbackComment\n    }\n  }\n": types.ConfirmServiceRequestDocument,
    "\n  query NearbyProjects($near: NearInput!, $after: DateTime!) {\n    projects(first: 30, filter: { near: $near, startsAfter: $after }) {\n      nodes {\n        id\n        title\n        district\n        address\n        location {\n          lat\n          lng\n        }\n        organization {\n          name\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          remaining\n        }\n      }\n    }\n    serviceRequests(first: 30, filter: { near: $near }) {\n      nodes {\n        id\n        title\n        district\n        address\n        volunteersNeeded\n        volunteersClaimed\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": types.NearbyProjectsDocument,
    "\n  fragment DeskArticle on NewsArticle {\n    id\n    slug\n    title\n    summary\n    body\n    bodyHtml\n    tags\n    coverImageUrl\n    status\n    isPublic\n    publishedAt\n    submittedAt\n    returnedReason\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      title\n    }\n  }\n": types.DeskArticleFragmentDoc,
    "\n  mutation ManageCreateNews($input: CreateNewsArticleInput!) {\n    createNewsArticle(input: $input) {\n      ...DeskArticle\n    }\n  }\n": types.ManageCreateNewsDocument,
    "\n  mutation ManageUpdateNews($id: ID!, $input: UpdateNewsArticleInput!) {\n    updateNewsArticle(id: $id, input: $input) {\n      ...DeskArticle\n    }\n  }\n": types.ManageUpdateNewsDocument,
    "\n  mutation ManageSubmitNews($id: ID!) {\n    submitNewsArticle(id: $id) {\n      ...DeskArticle\n    }\n  }\n": types.ManageSubmitNewsDocument,
    "\n  mutation ManagePublishNews($id: ID!, $at: DateTime) {\n    publishNewsArticle(id: $id, publishedAt: $at) {\n      ...DeskArticle\n    }\n  }\n": types.ManagePublishNewsDocument,
    "\n  mutation ManageWithdrawNews($id: ID!) {\n    unpublishNewsArticle(id: $id) {\n      ...DeskArticle\n    }\n  }\n": types.ManageWithdrawNewsDocument,
    "\n  fragment KeyRow on PartnerKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.KeyRowFragmentDoc,
    "\n  query PartnerKeys($id: ID!) {\n    organization(id: $id) {\n      id\n      partnerKeys(first: 100) {\n        nodes {\n          ...KeyRow\n        }\n      }\n    }\n  }\n": types.PartnerKeysDocument,
    "\n  mutation IssuePartnerKey($input: CreatePartnerKeyInput!) {\n    createPartnerKey(input: $input) {\n      secret\n      key {\n        ...KeyRow\n      }\n    }\n  }\n": types.IssuePartnerKeyDocument,
    "\n  mutation RevokeTeamKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      ...KeyRow\n    }\n  }\n": types.RevokeTeamKeyDocument,
    "\n  query PublicProfileSwitch {\n    me {\n      id\n      volunteerNumber\n      publicProfile\n      publicProfileNeedsGuardian\n      guardianConsentAt\n    }\n  }\n": types.PublicProfileSwitchDocument,
    "\n  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n    setProfileVisibility(input: $input) {\n      id\n      publicProfile\n      guardianConsentAt\n    }\n  }\n": types.SetProfileVisibilityDocument,
    "\n  fragment MyAttendedProject on Project {\n    id\n    title\n    endsAt\n    organization {\n      id\n      name\n    }\n    viewerRating {\n      id\n      score\n      comment\n      commentHidden\n    }\n  }\n": types.MyAttendedProjectFragmentDoc,
    "\n    query MyAttendedProjects($after: String) {\n      me {\n        id\n        attendedProjects(first: 10, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...MyAttendedProject\n          }\n        }\n      }\n    }\n  ": types.MyAttendedProjectsDocument,
    "\n  mutation RateProject($input: RateProjectInput!) {\n    rateProject(input: $input) {\n      id\n      score\n      comment\n      commentHidden\n    }\n  }\n": types.RateProjectDocument,
    "\n  fragment RatingLine on Rating {\n    id\n    score\n    comment\n    commentHidden\n    createdAt\n    project {\n      id\n      title\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.RatingLineFragmentDoc,
    "\n  fragment RatingPage on RatingConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...RatingLine\n    }\n  }\n": types.RatingPageFragmentDoc,
    "\n  query RegistrationNeedsPhoneCode {\n    registrationNeedsPhoneCode\n  }\n": types.RegistrationNeedsPhoneCodeDocument,
    "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      volunteer {\n        id\n        volunteerNumber\n      }\n    }\n  }\n": types.RegisterVolunteerDocument,
    "\n  mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitServiceRequestDocument,
    "\n  query TriageRequests($staff: Boolean!) {\n    queue: serviceRequestQueue(first: 30) {\n      nodes {\n        ...TriagedRequest\n      }\n    }\n    stale: serviceRequestQueue(stale: true, first: 30) {\n      nodes {\n        ...TriagedRequest\n      }\n    }\n    rated: serviceRequests(filter: { status: CONFIRMED }, first: 30) @include(if: $staff) {\n      nodes {\n        id\n        title\n        score\n        feedbackComment\n        feedbackHidden\n      }\n    }\n  }\n  fragment TriagedRequest on ServiceRequest {\n    id\n    title\n    description\n    category\n    district\n    address\n    status\n    neededFrom\n    neededUntil\n    volunteersNeeded\n    unclaimedSince\n    contactName\n    contactPhone\n  }\n": types.TriageRequestsDocument,
    "\n  mutation TriageDecision($id: ID!, $accept: Boolean!, $decline: Boolean!, $merge: Boolean!, $reason: String!, $intoId: ID!) {\n    accepted: acceptServiceRequest(id: $id) @include(if: $accept) {\n      id\n      status\n    }\n    declined: declineServiceRequest(id: $id, reason: $reason) @include(if: $decline) {\n      id\n      status\n    }\n    merged: mergeServiceRequest(id: $id, intoId: $intoId) @include(if: $merge) {\n      id\n      status\n    }\n  }\n": types.TriageDecisionDocument,
    "\n  mutation HideRequestFeedback($id: ID!) {\n    hideServiceRequestFeedback(id: $id) {\n      id\n      feedbackHidden\n    }\n  }\n": types.HideRequestFeedbackDocument,
    "\n  query CodeChannels {\n    codeChannels {\n      sms\n      email\n    }\n  }\n": types.CodeChannelsDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query ManageReviewQueue {\n    newsAwaitingReview(first: 100) {\n      nodes {\n        ...DeskArticle\n      }\n    }\n  }\n": types.ManageReviewQueueDocument,
    "\n  mutation ManageReturnNews($id: ID!, $reason: String!) {\n    returnNewsArticle(id: $id, reason: $reason) {\n      ...DeskArticle\n    }\n  }\n": types.ManageReturnNewsDocument,
    "\n  query ShiftSignups($id: ID!) {\n    me {\n      id\n    }\n    project(id: $id) {\n      id\n      status\n      shifts {\n        ...ShiftFigures\n        startsAt\n        registrationOpensAt\n        registrationClosesAt\n        draw {\n          ...DrawRecord\n        }\n        viewerSignup {\n          id\n          status\n          waitlistPosition\n          drawPosition\n        }\n        viewerDrawEntry {\n          id\n          status\n          waitlistPosition\n          drawPosition\n        }\n      }\n    }\n  }\n": types.ShiftSignupsDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      status\n      waitlistPosition\n      drawPosition\n      shift {\n        ...ShiftFigures\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query StationDutyWeek($slug: String!, $from: String!, $to: String!) {\n    station(slug: $slug) {\n      id\n      dutyToday {\n        date\n        filled\n        capacity\n        team {\n          id\n          slug\n          name\n        }\n      }\n      duties(from: $from, to: $to) {\n        date\n        filled\n        capacity\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.StationDutyWeekDocument,
    "\n  mutation CreateStation($input: CreateStationInput!) {\n    createStation(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateStationDocument,
    "\n  mutation UpdateStation($id: ID!, $input: UpdateStationInput!) {\n    updateStation(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateStationDocument,
    "\n  query StationScreen($slug: String!, $after: DateTime!, $district: String) {\n    station(slug: $slug) {\n      id\n      name\n      dutyToday {\n        date\n        filled\n        capacity\n        team {\n          id\n          name\n        }\n        shift {\n          startsAt\n          endsAt\n        }\n      }\n    }\n    projects(first: 6, filter: { startsAfter: $after, district: $district }) {\n      nodes {\n        id\n        title\n        address\n        organization {\n          name\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          capacity\n          remaining\n        }\n      }\n    }\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n    }\n    roleModels(first: 4) {\n      nodes {\n        id\n        name\n        honor\n        citation\n      }\n    }\n  }\n": types.StationScreenDocument,
    "\n  query StoryViewerState($id: ID!) {\n    story(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n": types.StoryViewerStateDocument,
    "\n  mutation LikeStory($id: ID!) {\n    likeStory(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n": types.LikeStoryDocument,
    "\n  mutation UnlikeStory($id: ID!) {\n    unlikeStory(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n": types.UnlikeStoryDocument,
    "\n  mutation ReportStory($input: ReportStoryInput!) {\n    reportStory(input: $input)\n  }\n": types.ReportStoryDocument,
    "\n  fragment ReviewStoryLine on Story {\n    id\n    title\n    body\n    status\n    createdAt\n    reviewNote\n    reportCount\n    author {\n      id\n      displayName\n    }\n    project {\n      id\n      title\n    }\n    organization {\n      id\n      name\n    }\n    photos {\n      id\n      url\n      alt\n    }\n  }\n": types.ReviewStoryLineFragmentDoc,
    "\n    mutation ReviewStory($input: ReviewStoryInput!) {\n      reviewStory(input: $input) {\n        ...ReviewStoryLine\n      }\n    }\n  ": types.ReviewStoryDocument,
    "\n  fragment StaffTeam on Organization {\n    id\n    name\n    status\n    district\n    memberCount\n    createdAt\n    returnedReason\n    suspendedReason\n    suspendedAt\n  }\n": types.StaffTeamFragmentDoc,
    "\n  query StaffTeamSearch($search: String!) {\n    staffOrganizations(search: $search, first: 20) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n  }\n": types.StaffTeamSearchDocument,
    "\n  query NearestTeams($near: NearInput!) {\n    organizations(first: 5, filter: { near: $near }) {\n      nodes {\n        id\n        slug\n        name\n        district\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n": types.NearestTeamsDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      currentTotalMinutes\n      totalChangedSinceIssue\n      certificate {\n        code\n        displayName\n        volunteerNumber\n        totalMinutes\n        recordCount\n        issuedAt\n        issuer {\n          name\n        }\n      }\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  query MyCard {\n    me {\n      id\n      displayName\n      realName\n      volunteerNumber\n      starLevel\n      totalMinutes\n      cardPhoto\n      card {\n        key\n        period\n      }\n    }\n  }\n": types.MyCardDocument,
    "\n  mutation RemoveCardPhoto {\n    removeCardPhoto {\n      id\n      cardPhoto\n    }\n  }\n": types.RemoveCardPhotoDocument,
    "\n  query VolunteerProfilePage($number: String!) {\n    volunteerProfile(number: $number) {\n      volunteerNumber\n      displayName\n      starLevel\n      hours\n      teams {\n        id\n        slug\n        name\n      }\n      stories(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n": types.VolunteerProfilePageDocument,
    "\n  query ManageEndedShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        shifts {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.ManageEndedShiftsDocument,
    "\n  mutation ManageWalkIn($input: RecordWalkInInput!) {\n    recordWalkIn(input: $input) {\n      id\n      minutes\n    }\n  }\n": types.ManageWalkInDocument,
    "\n  fragment MyStory on Story {\n    id\n    title\n    status\n    reviewNote\n    createdAt\n    project {\n      id\n      title\n    }\n  }\n": types.MyStoryFragmentDoc,
    "\n    query MyStories {\n      me {\n        id\n        attendedProjects(first: 50) {\n          nodes {\n            id\n            title\n          }\n        }\n      }\n      myStories(first: 20) {\n        nodes {\n          ...MyStory\n        }\n      }\n    }\n  ": types.MyStoriesDocument,
    "\n    mutation WriteStory($input: WriteStoryInput!) {\n      writeStory(input: $input) {\n        ...MyStory\n      }\n    }\n  ": types.WriteStoryDocument,
    "\n  fragment MyHourEntry on HourEntry {\n    id\n    kind\n    minutes\n    activity\n    serviceDate\n    place\n    reason\n    organization {\n      id\n      name\n    }\n    shift {\n      id\n      startsAt\n      endsAt\n    }\n    reversedBy {\n      id\n      reason\n    }\n    reverses {\n      id\n      activity\n    }\n  }\n\n  fragment MyCorrection on HourCorrectionRequest {\n    id\n    status\n    requestedMinutes\n    message\n    resolution\n    createdAt\n    organization {\n      id\n      name\n    }\n    shift {\n      id\n      startsAt\n      project {\n        id\n        title\n      }\n    }\n    entry {\n      id\n      minutes\n    }\n  }\n\n  fragment MyCertificate on Certificate {\n    code\n    issuedAt\n    totalMinutes\n    recordCount\n    url\n  }\n": types.MyHourEntryFragmentDoc,
    "\n  query MyLedger {\n    me {\n      id\n      hourEntries(first: 20) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyHourEntry\n        }\n      }\n      hourCorrectionRequests(first: 20) {\n        totalCount\n        nodes {\n          ...MyCorrection\n        }\n      }\n      certificates(first: 5) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyCertificate\n        }\n      }\n    }\n  }\n": types.MyLedgerDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      realName\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment ShiftFigures on Shift {\n    id\n    remaining\n    confirmedCount\n    capacity\n    waitlistCount\n    entrantCount\n  }\n": types.ShiftFiguresFragmentDoc,
    "\n  fragment DrawRecord on ShiftDraw {\n    algorithm\n    seedCommitment\n    seed\n    drawnAt\n    entrantCount\n    selectedCount\n  }\n": types.DrawRecordFragmentDoc,
    "\n  mutation CancelSignup($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      shift {\n        ...ShiftFigures\n      }\n    }\n  }\n": types.CancelSignupDocument,
    "\n  query ManageTeamShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        status\n        shifts {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.ManageTeamShiftsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PictureImage on Image {\n    url\n    width\n    height\n    alt\n    avifSrcset\n    webpSrcset\n  }\n"): typeof import('./graphql').PictureImageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPages($first: Int!, $after: String) {\n    projects(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        summary\n        description\n        category\n        district\n        address\n        status\n        startsAt\n        endsAt\n        publishedAt\n        organization {\n          id\n          slug\n          name\n        }\n        rating {\n          average\n          count\n        }\n        photos {\n          ...PictureImage\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          capacity\n          confirmedCount\n          remaining\n          waitlist\n          waitlistCount\n          allocation\n          registrationOpensAt\n          registrationClosesAt\n          entrantCount\n          draw {\n            ...DrawRecord\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n      openShiftCount\n      personTimes\n      byYear {\n        label\n        hours\n        personTimes\n      }\n      byDistrict {\n        label\n        hours\n        personTimes\n      }\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteDetails {\n    siteInfo {\n      operator\n      supervisor\n      hotline\n      email\n      icpNumber\n      publicSecurityFiling\n    }\n    legalDocuments {\n      kind\n      version\n      zh {\n        title\n        sections {\n          heading\n          paragraphs\n        }\n      }\n      en {\n        title\n        sections {\n          heading\n          paragraphs\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SiteDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPages($first: Int!, $after: String) {\n    organizations(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        name\n        kind\n        district\n        city\n        description\n        memberCount\n        address\n        location {\n          lat\n          lng\n        }\n        joinPolicy\n        rating {\n          average\n          count\n        }\n        logo {\n          ...PictureImage\n        }\n        parent {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsPages($first: Int!, $after: String) {\n    news(first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        title\n        summary\n        bodyHtml\n        publishedAt\n        updatedAt\n        tags\n        coverImageUrl\n        coverImage {\n          ...PictureImage\n        }\n        organization {\n          id\n          slug\n          name\n        }\n        project {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NewsPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleModelPages($first: Int!, $after: String) {\n    roleModels(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        honor\n        citation\n        year\n        district\n        photoUrl\n        photo {\n          ...PictureImage\n        }\n        publishedAt\n        volunteer {\n          id\n          volunteerNumber\n          starLevel\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RoleModelPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowcasePages($first: Int!, $after: String) {\n    showcases(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        summary\n        bodyHtml\n        coverImageUrl\n        coverImage {\n          ...PictureImage\n        }\n        publishedAt\n        updatedAt\n        project {\n          id\n          title\n          status\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ShowcasePagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryPages($first: Int!, $after: String) {\n    stories(first: $first, after: $after) {\n      nodes {\n        id\n        title\n        body\n        publishedAt\n        likeCount\n        photos {\n          ...PictureImage\n        }\n        author {\n          id\n          displayName\n          volunteerNumber\n          publicProfile\n        }\n        project {\n          id\n          title\n        }\n        organization {\n          id\n          slug\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').StoryPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationPages {\n    stations {\n      id\n      slug\n      name\n      address\n      district\n      location {\n        lat\n        lng\n      }\n      openingHours\n      services\n      operator {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StationPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictLeaderboard($district: String!, $from: String!, $to: String!) {\n    organizationLeaderboard(district: $district, from: $from, to: $to, first: 50) {\n      totalCount\n      nodes {\n        rank\n        minutes\n        volunteerCount\n        organization {\n          id\n          slug\n          name\n        }\n      }\n    }\n    volunteerLeaderboard(district: $district, from: $from, to: $to, first: 50) {\n      totalCount\n      nodes {\n        ...VolunteerRank\n      }\n    }\n  }\n  fragment VolunteerRank on VolunteerRanking {\n    rank\n    minutes\n    volunteer {\n      id\n      displayName\n      starLevel\n    }\n  }\n"): typeof import('./graphql').DistrictLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestPages($first: Int!, $after: String, $status: ServiceRequestStatus!) {\n    serviceRequests(first: $first, after: $after, filter: { status: $status }) {\n      nodes {\n        id\n        title\n        description\n        category\n        district\n        address\n        neededFrom\n        neededUntil\n        recurrence\n        volunteersNeeded\n        volunteersClaimed\n        status\n        openedAt\n        score\n        createdAt\n        claims {\n          volunteers\n          organization {\n            id\n            slug\n            name\n          }\n          project {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceRequestPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestFigures {\n    serviceRequestFigures {\n      district\n      met\n    }\n  }\n"): typeof import('./graphql').ServiceRequestFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsOfMe on Volunteer {\n    id\n    email\n    notifyByEmail\n    notifyBySms\n    phoneMasked\n    district\n    skills\n    emergencyContact {\n      name\n      phoneMasked\n    }\n  }\n  query AccountSettings {\n    me {\n      ...SettingsOfMe\n    }\n    messageChannels {\n      sms\n    }\n    codeChannels {\n      sms\n    }\n  }\n\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SettingsOfMe\n    }\n  }\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): typeof import('./graphql').SettingsOfMeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePhone($input: ChangePhoneInput!) {\n    changePhone(input: $input) {\n      id\n      phoneMasked\n    }\n  }\n"): typeof import('./graphql').ChangePhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityGallery on Project {\n    id\n    photos {\n      id\n      url\n      width\n      height\n      alt\n    }\n  }\n"): typeof import('./graphql').ActivityGalleryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageActivityPhotos($id: ID!) {\n    project(id: $id) {\n      ...ActivityGallery\n    }\n  }\n"): typeof import('./graphql').ManageActivityPhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSetActivityPhotos($projectId: ID!, $photos: [ProjectPhotoInput!]!) {\n    setProjectPhotos(projectId: $projectId, photos: $photos) {\n      ...ActivityGallery\n    }\n  }\n"): typeof import('./graphql').ManageSetActivityPhotosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppRow on OAuthApp {\n    id\n    name\n    homepageUrl\n    redirectUris\n    scopes\n    createdAt\n    disabledAt\n  }\n"): typeof import('./graphql').AppRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OAuthApps {\n    oauthApps(first: 100) {\n      nodes {\n        ...AppRow\n      }\n    }\n  }\n"): typeof import('./graphql').OAuthAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApp($input: RegisterAppInput!) {\n    registerApp(input: $input) {\n      ...AppRow\n    }\n  }\n"): typeof import('./graphql').RegisterAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableApp($id: ID!) {\n    disableApp(id: $id) {\n      ...AppRow\n    }\n  }\n"): typeof import('./graphql').DisableAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAudit($action: String, $actorNumber: String, $organizationId: ID, $from: DateTime, $to: DateTime, $after: String) {\n    auditEvents(action: $action, actorNumber: $actorNumber, organizationId: $organizationId, from: $from, to: $to, order: NEWEST_FIRST, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        subjectId\n        reason\n        createdAt\n        actor {\n          id\n          displayName\n          volunteerNumber\n        }\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminRoleModelFields on RoleModel {\n    id\n    name\n    honor\n    citation\n    year\n    district\n    photoUrl\n    status\n    isPublic\n    publishedAt\n  }\n"): typeof import('./graphql').AdminRoleModelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminShowcaseFields on Showcase {\n    id\n    title\n    summary\n    body\n    coverImageUrl\n    status\n    isPublic\n    publishedAt\n  }\n"): typeof import('./graphql').AdminShowcaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminNewsDesk {\n      newsDesk(first: 100) {\n        nodes {\n          ...DeskArticle\n        }\n      }\n    }\n  "): typeof import('./graphql').AdminNewsDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminRoleModelDesk {\n      roleModelDesk(first: 100) {\n        nodes {\n          ...AdminRoleModelFields\n        }\n      }\n    }\n  "): typeof import('./graphql').AdminRoleModelDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminShowcaseDesk {\n      showcaseDesk(first: 100) {\n        nodes {\n          ...AdminShowcaseFields\n        }\n      }\n    }\n  "): typeof import('./graphql').AdminShowcaseDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminSaveRoleModel($id: ID!, $create: CreateRoleModelInput!, $update: UpdateRoleModelInput!, $isNew: Boolean!) {\n      createRoleModel(input: $create) @include(if: $isNew) {\n        ...AdminRoleModelFields\n      }\n      updateRoleModel(id: $id, input: $update) @skip(if: $isNew) {\n        ...AdminRoleModelFields\n      }\n    }\n  "): typeof import('./graphql').AdminSaveRoleModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminSaveShowcase($id: ID!, $create: CreateShowcaseInput!, $update: UpdateShowcaseInput!, $isNew: Boolean!) {\n      createShowcase(input: $create) @include(if: $isNew) {\n        ...AdminShowcaseFields\n      }\n      updateShowcase(id: $id, input: $update) @skip(if: $isNew) {\n        ...AdminShowcaseFields\n      }\n    }\n  "): typeof import('./graphql').AdminSaveShowcaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminPublishRoleModel($id: ID!, $at: DateTime) {\n      publishRoleModel(id: $id, publishedAt: $at) {\n        ...AdminRoleModelFields\n      }\n    }\n  "): typeof import('./graphql').AdminPublishRoleModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminPublishShowcase($id: ID!, $at: DateTime) {\n      publishShowcase(id: $id, publishedAt: $at) {\n        ...AdminShowcaseFields\n      }\n    }\n  "): typeof import('./graphql').AdminPublishShowcaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminWithdrawRoleModel($id: ID!) {\n      unpublishRoleModel(id: $id) {\n        ...AdminRoleModelFields\n      }\n    }\n  "): typeof import('./graphql').AdminWithdrawRoleModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminWithdrawShowcase($id: ID!) {\n      unpublishShowcase(id: $id) {\n        ...AdminShowcaseFields\n      }\n    }\n  "): typeof import('./graphql').AdminWithdrawShowcaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminKind on QualificationKind {\n    id\n    name\n    nameEn\n    description\n    validityMonths\n  }\n"): typeof import('./graphql').AdminKindFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminQualificationKinds {\n      qualificationKinds(first: 100) {\n        nodes {\n          ...AdminKind\n        }\n      }\n    }\n  "): typeof import('./graphql').AdminQualificationKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminCreateQualificationKind($input: CreateQualificationKindInput!) {\n      createQualificationKind(input: $input) {\n        ...AdminKind\n      }\n    }\n  "): typeof import('./graphql').AdminCreateQualificationKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureRowFields on FigureRow {\n    key\n    label\n    volunteers\n    teams\n    activities\n    hours\n    personTimes\n  }\n"): typeof import('./graphql').FigureRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFigures {\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n      personTimes\n      byYear {\n        ...FigureRowFields\n      }\n      byDistrict {\n        ...FigureRowFields\n      }\n      byTeam(first: 10) {\n        ...FigureRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    me {\n      id\n      displayName\n      isPlatformAdmin\n    }\n  }\n"): typeof import('./graphql').AdminViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BackgroundJobLine on BackgroundJob {\n    id\n    queue\n    state\n    data\n    retryCount\n    retryLimit\n    createdAt\n    startAfter\n    startedAt\n    completedAt\n    error\n    result\n  }\n"): typeof import('./graphql').BackgroundJobLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminJobs($state: BackgroundJobState) {\n      backgroundJobCounts {\n        queue\n        state\n        count\n      }\n      backgroundJobs(state: $state, first: 50) {\n        ...BackgroundJobLine\n      }\n    }\n  "): typeof import('./graphql').AdminJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminRetryJob($id: ID!) {\n      retryBackgroundJob(id: $id) {\n        ...BackgroundJobLine\n      }\n    }\n  "): typeof import('./graphql').AdminRetryJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOverview {\n    pendingOrganizations(first: 1) {\n      totalCount\n    }\n    staffOrganizations(status: SUSPENDED, first: 1) {\n      totalCount\n    }\n    stats {\n      personTimes\n    }\n  }\n"): typeof import('./graphql').AdminOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminRatings($after: String) {\n      staffRatings(first: 20, after: $after) {\n        ...RatingPage\n      }\n    }\n  "): typeof import('./graphql').AdminRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminHideRating($input: HideRatingInput!) {\n      hideRating(input: $input) {\n        ...RatingLine\n      }\n    }\n  "): typeof import('./graphql').AdminHideRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStations {\n    managedStations {\n      id\n      slug\n      name\n      address\n      district\n      openingHours\n      services\n      operator {\n        id\n        name\n      }\n    }\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AdminStories {\n      storyReports(first: 50) {\n        nodes {\n          id\n          reason\n          note\n          createdAt\n          story {\n            ...ReviewStoryLine\n          }\n        }\n      }\n      storiesToReview(first: 50) {\n        nodes {\n          ...ReviewStoryLine\n        }\n      }\n    }\n  "): typeof import('./graphql').AdminStoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AdminHideStory($input: HideStoryInput!) {\n      hideStory(input: $input) {\n        ...ReviewStoryLine\n      }\n    }\n  "): typeof import('./graphql').AdminHideStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeams {\n    pendingOrganizations(first: 100) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n    staffOrganizations(status: SUSPENDED, first: 100) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveTeam($id: ID!) {\n    approveOrganization(id: $id) {\n      ...StaffTeam\n    }\n  }\n"): typeof import('./graphql').AdminApproveTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReturnTeam($id: ID!, $reason: String!) {\n    returnOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n"): typeof import('./graphql').AdminReturnTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendTeam($id: ID!, $reason: String!) {\n    suspendOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n"): typeof import('./graphql').AdminSuspendTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRestoreTeam($id: ID!, $reason: String!) {\n    restoreOrganization(id: $id, reason: $reason) {\n      ...StaffTeam\n    }\n  }\n"): typeof import('./graphql').AdminRestoreTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppConsent($input: AppAuthorizationInput!) {\n    appAuthorization(input: $input) {\n      appName\n      homepageUrl\n      redirectHost\n      scopes\n    }\n  }\n"): typeof import('./graphql').AppConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizeApp($input: AppAuthorizationInput!, $allow: Boolean!) {\n    authorizeApp(input: $input, allow: $allow) {\n      redirectTo\n    }\n  }\n"): typeof import('./graphql').AuthorizeAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagePreviewMarkdown($source: String!) {\n    previewMarkdown(source: $source)\n  }\n"): typeof import('./graphql').ManagePreviewMarkdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ResetCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): typeof import('./graphql').RevokeCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpenShifts {\n    me {\n      id\n      signups(first: 50) {\n        nodes {\n          id\n          status\n          shift {\n            id\n            startsAt\n            endsAt\n            project {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyOpenShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInShift($shiftId: ID!, $code: String!) {\n    checkInToShift(shiftId: $shiftId, code: $code) {\n      id\n      status\n      shift {\n        id\n        project {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CheckInShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPhoneCode($input: RequestVerificationCodeInput!) {\n    requestVerificationCode(input: $input) {\n      sentTo\n      resendAfter\n    }\n  }\n"): typeof import('./graphql').RequestPhoneCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectedApps {\n    me {\n      id\n      connectedApps {\n        id\n        appName\n        homepageUrl\n        scopes\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectedAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectApp($id: ID!) {\n    disconnectApp(id: $id)\n  }\n"): typeof import('./graphql').DisconnectAppDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingConsent on LegalDocument {\n    kind\n    version\n    zh {\n      title\n    }\n    en {\n      title\n    }\n  }\n"): typeof import('./graphql').PendingConsentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptLegalDocuments($accepted: [AcceptedDocumentInput!]!) {\n    acceptLegalDocuments(accepted: $accepted) {\n      kind\n    }\n  }\n"): typeof import('./graphql').AcceptLegalDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedContests {\n    managedContests(first: 50) {\n      nodes {\n        id\n        title\n        status\n        organizer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManagedContestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestDesk($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      status\n      voteWeight\n      judges {\n        id\n        displayName\n        volunteerNumber\n      }\n      categories {\n        id\n        name\n        kind\n        places\n        entries(first: 100) {\n          nodes {\n            id\n            title\n            status\n            voteCount\n            flaggedVotes\n            judgeCount\n            judgeScore\n            rank\n            winner\n            volunteer {\n              displayName\n              volunteerNumber\n            }\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            roleModel {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContestDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateContestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContestCategory($input: AddContestCategoryInput!) {\n    addContestCategory(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddContestCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContestJudge($input: ContestJudgeInput!) {\n    addContestJudge(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddContestJudgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceContest($input: AdvanceContestInput!) {\n    advanceContest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AdvanceContestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewContestEntry($input: ReviewContestEntryInput!) {\n    reviewContestEntry(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReviewContestEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HonourContestWinner($input: HonourContestWinnerInput!) {\n    honourContestWinner(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HonourContestWinnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestsList($after: String) {\n    contests(first: 20, after: $after) {\n      nodes {\n        id\n        title\n        status\n        votingEndsAt\n        organizer {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ContestsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestPage($id: ID!) {\n    contest(id: $id) {\n      id\n      title\n      description\n      status\n      votingEndsAt\n      viewerIsJudge\n      organizer {\n        name\n      }\n      categories {\n        id\n        name\n        kind\n        places\n        viewerVote\n        entries(first: 100) {\n          totalCount\n          nodes {\n            id\n            title\n            statement\n            status\n            voteCount\n            viewerScore\n            volunteer {\n              displayName\n              volunteerNumber\n            }\n            project {\n              title\n            }\n            organization {\n              name\n            }\n            story {\n              id\n            }\n          }\n        }\n        results {\n          id\n          rank\n          winner\n          finalScore\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContestPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteForContestEntry($id: ID!) {\n    voteForContestEntry(entryId: $id) {\n      id\n      voteCount\n    }\n  }\n"): typeof import('./graphql').VoteForContestEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterContest($input: EnterContestInput!) {\n    enterContest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnterContestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPublishedStories {\n    myStories(first: 100) {\n      nodes {\n        id\n        title\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').MyPublishedStoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreContestEntry($input: ScoreContestEntryInput!) {\n    scoreContestEntry(input: $input) {\n      id\n      viewerScore\n    }\n  }\n"): typeof import('./graphql').ScoreContestEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskCourse on Course {\n    id\n    title\n    description\n    status\n    qualificationKind {\n      id\n      name\n      nameEn\n    }\n    sessions {\n      id\n      startsAt\n      endsAt\n      place\n      capacity\n      enrolledCount\n    }\n  }\n"): typeof import('./graphql').DeskCourseFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskKinds on Query {\n    qualificationKinds(first: 100) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').DeskKindsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskRoster($id: ID!) {\n    courseSession(id: $id) {\n      id\n      enrolments(first: 100) {\n        nodes {\n          id\n          status\n          volunteer {\n            id\n            displayName\n            volunteerNumber\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeskRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeskTeamCourses($organizationId: ID!) {\n      teamCourses(organizationId: $organizationId, first: 50) {\n        nodes {\n          ...DeskCourse\n        }\n      }\n      ...DeskKinds\n    }\n  "): typeof import('./graphql').DeskTeamCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DeskPlatformCourses {\n      platformCourses(first: 50) {\n        nodes {\n          ...DeskCourse\n        }\n      }\n      ...DeskKinds\n    }\n  "): typeof import('./graphql').DeskPlatformCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeskCreateCourse($input: CreateCourseInput!) {\n      createCourse(input: $input) {\n        ...DeskCourse\n      }\n    }\n  "): typeof import('./graphql').DeskCreateCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeskPublishCourse($id: ID!) {\n      publishCourse(id: $id) {\n        ...DeskCourse\n      }\n    }\n  "): typeof import('./graphql').DeskPublishCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeskAddSession($input: AddCourseSessionInput!) {\n      addCourseSession(input: $input) {\n        id\n        course {\n          ...DeskCourse\n        }\n      }\n    }\n  "): typeof import('./graphql').DeskAddSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeskAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseList {\n    me {\n      id\n    }\n    courses(first: 50) {\n      nodes {\n        id\n        title\n        description\n        organization {\n          id\n          name\n        }\n        qualificationKind {\n          id\n          name\n          nameEn\n          validityMonths\n        }\n        sessions {\n          id\n          startsAt\n          endsAt\n          place\n          capacity\n          remaining\n          viewerEnrolment {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInSession($input: EnrolInSessionInput!) {\n    enrolInSession(input: $input) {\n      id\n      status\n      session {\n        id\n        remaining\n      }\n    }\n  }\n"): typeof import('./graphql').EnrolInSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEnrolment($id: ID!) {\n    cancelEnrolment(id: $id) {\n      id\n      status\n      session {\n        id\n        remaining\n      }\n    }\n  }\n"): typeof import('./graphql').CancelEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinTeamState($id: ID!) {\n    me {\n      id\n    }\n    organization(id: $id) {\n      id\n      viewerRole\n      viewerJoinRequest {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n"): typeof import('./graphql').JoinTeamStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoin($id: ID!, $message: String) {\n    requestToJoin(organizationId: $id, message: $message) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): typeof import('./graphql').RequestToJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawJoinRequest($id: ID!) {\n    withdrawJoinRequest(id: $id) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): typeof import('./graphql').WithdrawJoinRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinTeam($id: ID!) {\n    joinOrganization(organizationId: $id) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').JoinTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      volunteer {\n        id\n        displayName\n        pendingConsents {\n          ...PendingConsent\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityRow on Project {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    shifts {\n      id\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      waitlistCount\n      entrantCount\n    }\n  }\n"): typeof import('./graphql').ActivityRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageActivities($id: ID!) {\n    organization(id: $id) {\n      id\n      projects(first: 100) {\n        nodes {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagePublishActivity($id: ID!) {\n    publishProject(id: $id) {\n      ...ActivityRow\n    }\n  }\n"): typeof import('./graphql').ManagePublishActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCancelActivity($id: ID!, $reason: String!) {\n    cancelProject(id: $id, reason: $reason) {\n      ...ActivityRow\n    }\n  }\n"): typeof import('./graphql').ManageCancelActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCopyActivity($id: ID!, $startsOn: String!, $key: String) {\n    copyProject(id: $id, startsOn: $startsOn, idempotencyKey: $key) {\n      ...ActivityRow\n    }\n  }\n"): typeof import('./graphql').ManageCopyActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageMoveShift($input: MoveShiftInput!) {\n    moveShift(input: $input) {\n      notified\n      project {\n        ...ActivityRow\n      }\n    }\n  }\n"): typeof import('./graphql').ManageMoveShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCancelShift($input: CancelShiftInput!) {\n    cancelShift(input: $input) {\n      notified\n      project {\n        ...ActivityRow\n      }\n    }\n  }\n"): typeof import('./graphql').ManageCancelShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageEditActivity($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      summary\n      description\n      category\n      district\n      address\n      status\n      location {\n        lat\n        lng\n      }\n      shifts {\n        id\n        startsAt\n        endsAt\n        capacity\n        waitlist\n        allocation\n        registrationOpensAt\n        registrationClosesAt\n        requiredQualification {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageEditActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageQualificationKinds {\n    qualificationKinds(first: 100) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').ManageQualificationKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageActivityFromRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      title\n      description\n      category\n      district\n      address\n      location {\n        lat\n        lng\n      }\n      neededFrom\n      neededUntil\n      claims {\n        organization {\n          id\n        }\n        volunteers\n      }\n    }\n  }\n"): typeof import('./graphql').ManageActivityFromRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCreateActivity($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ManageCreateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageUpdateActivity($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ManageUpdateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageAssistedRegister($input: AssistedRegistrationInput!) {\n    registerVolunteerAssisted(input: $input) {\n      initialPassword\n      volunteer {\n        id\n        volunteerNumber\n        realName\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ManageAssistedRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageOpenShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        status\n        shifts {\n          id\n          startsAt\n          endsAt\n          remaining\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageOpenShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSignUpFor($shiftId: ID!, $volunteerId: ID!) {\n    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ManageSignUpForDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterRow on Signup {\n    id\n    status\n    walkIn\n    waitlistPosition\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n      phoneMasked\n    }\n  }\n"): typeof import('./graphql').RosterRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageRoster($id: ID!) {\n    node(id: $id) {\n      ... on Shift {\n        id\n        capacity\n        confirmedCount\n        waitlistCount\n        signups(first: 100) {\n          nodes {\n            ...RosterRow\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageMarkAttended($id: ID!) {\n    markAttended(signupId: $id) {\n      ...RosterRow\n    }\n  }\n"): typeof import('./graphql').ManageMarkAttendedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageMarkNoShow($id: ID!) {\n    markNoShow(signupId: $id) {\n      ...RosterRow\n    }\n  }\n"): typeof import('./graphql').ManageMarkNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManageBroadcastLine on Broadcast {\n    id\n    audience\n    title\n    body\n    recipientCount\n    readCount\n    createdAt\n    shift {\n      id\n      startsAt\n      endsAt\n      project {\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ManageBroadcastLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageBroadcastAudience($organizationId: ID!, $shiftId: ID) {\n    broadcastAudience(organizationId: $organizationId, shiftId: $shiftId)\n  }\n"): typeof import('./graphql').ManageBroadcastAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ManageBroadcasts($id: ID!, $after: String) {\n      node(id: $id) {\n        ... on Organization {\n          broadcasts(first: 20, after: $after) {\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            nodes {\n              ...ManageBroadcastLine\n            }\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').ManageBroadcastsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ManageSendBroadcast($input: SendBroadcastInput!) {\n      sendBroadcast(input: $input) {\n        ...ManageBroadcastLine\n      }\n    }\n  "): typeof import('./graphql').ManageSendBroadcastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInByCard($shiftId: ID!, $card: String!) {\n    checkInByCard(shiftId: $shiftId, card: $card) {\n      id\n      status\n      volunteer {\n        displayName\n        realName\n        volunteerNumber\n        cardPhoto\n      }\n    }\n  }\n"): typeof import('./graphql').CheckInByCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageChildTeams($id: ID!) {\n    organization(id: $id) {\n      id\n      pendingChildren(first: 50) {\n        nodes {\n          id\n          name\n          kind\n          district\n          description\n          address\n          contactName\n          contactPhoneMasked\n          returnedReason\n          createdAt\n        }\n      }\n    }\n    organizations(first: 100, filter: { parentId: $id }) {\n      nodes {\n        id\n        name\n        district\n        memberCount\n      }\n    }\n  }\n"): typeof import('./graphql').ManageChildTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageApproveTeam($id: ID!) {\n    approveOrganization(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ManageApproveTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageReturnTeam($id: ID!, $reason: String!) {\n    returnOrganization(id: $id, reason: $reason) {\n      id\n      returnedReason\n    }\n  }\n"): typeof import('./graphql').ManageReturnTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NominationContests($org: ID!) {\n    contests(first: 50) {\n      nodes {\n        id\n        title\n        status\n        organizer {\n          id\n          name\n        }\n        categories {\n          id\n          name\n          kind\n        }\n      }\n    }\n    organization(id: $org) {\n      id\n      kind\n      parent {\n        id\n      }\n      projects(first: 50) {\n        nodes {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NominationContestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateForContest($input: NominateForContestInput!) {\n    nominateForContest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').NominateForContestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageCorrections($id: ID!) {\n    organization(id: $id) {\n      id\n      hourCorrectionRequests(status: OPEN, first: 50) {\n        totalCount\n        nodes {\n          ...OpenCorrection\n        }\n      }\n    }\n  }\n\n  fragment OpenCorrection on HourCorrectionRequest {\n    id\n    requestedMinutes\n    message\n    createdAt\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n    }\n    shift {\n      id\n      startsAt\n      endsAt\n      project {\n        id\n        title\n      }\n    }\n    entry {\n      id\n      minutes\n    }\n  }\n"): typeof import('./graphql').ManageCorrectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCorrection($input: ResolveHourCorrectionInput!) {\n    resolveHourCorrection(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResolveCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageDoor($id: ID!, $origin: String!) {\n    node(id: $id) {\n      ... on Shift {\n        id\n        startsAt\n        endsAt\n        confirmedCount\n        project {\n          id\n          title\n        }\n        signups(first: 100) {\n          nodes {\n            status\n          }\n        }\n        checkInCode(origin: $origin) {\n          code\n          qrSvg\n          validUntil\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageDoorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageHoursExport($id: ID!, $from: String!, $to: String!) {\n    organization(id: $id) {\n      id\n      hoursExport(from: $from, to: $to) {\n        csvUrl\n        xlsxUrl\n      }\n    }\n  }\n"): typeof import('./graphql').ManageHoursExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageOrganizations {\n    me {\n      id\n      memberships(first: 100) {\n        nodes {\n          role\n          organization {\n            id\n            name\n            slug\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageAwaitingShifts($id: ID!, $after: String) {\n    organization(id: $id) {\n      id\n      shiftsAwaitingHours(first: 10, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageAwaitingShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageAwaitingShift($id: ID!) {\n    node(id: $id) {\n      ... on Shift {\n        ...AwaitingShift\n      }\n    }\n  }\n\n  fragment AwaitingShift on Shift {\n    id\n    startsAt\n    endsAt\n    project {\n      id\n      title\n    }\n    unrecordedSignups(first: 100) {\n      totalCount\n      nodes {\n        id\n        volunteer {\n          id\n          realName\n          displayName\n          volunteerNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageAwaitingShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordShiftHours($input: RecordHoursInput!) {\n    recordHours(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordShiftHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportResult on HourImportResult {\n    recorded\n    alreadyImported\n    refused\n    ready\n    rows {\n      row\n      status\n      field\n      message\n      volunteer\n    }\n  }\n"): typeof import('./graphql').ImportResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagePreviewImport($input: HourImportInput!) {\n    previewHourImport(input: $input) {\n      ...ImportResult\n    }\n  }\n"): typeof import('./graphql').ManagePreviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageImportHours($input: HourImportInput!) {\n    importHourRecords(input: $input) {\n      ...ImportResult\n    }\n  }\n"): typeof import('./graphql').ManageImportHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow on Membership {\n    id\n    role\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n      phoneMasked\n    }\n  }\n"): typeof import('./graphql').MemberRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageMembers($id: ID!, $search: String, $after: String) {\n    organization(id: $id) {\n      id\n      joinRequests(status: PENDING, first: 50) {\n        nodes {\n          id\n          message\n          createdAt\n          volunteer {\n            id\n            displayName\n            volunteerNumber\n            totalMinutes\n          }\n        }\n      }\n      members(first: 100, after: $after, search: $search) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MemberRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageAcceptRequest($id: ID!) {\n    acceptJoinRequest(id: $id) {\n      ...MemberRow\n    }\n  }\n"): typeof import('./graphql').ManageAcceptRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageDeclineRequest($id: ID!, $reason: String!) {\n    declineJoinRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ManageDeclineRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSetRole($id: ID!, $role: MemberRole!) {\n    setMemberRole(membershipId: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').ManageSetRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRemoveMember($id: ID!) {\n    removeMember(membershipId: $id)\n  }\n"): typeof import('./graphql').ManageRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageHandOver($id: ID!) {\n    handOverAdmin(membershipId: $id) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').ManageHandOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageNewsDesk($id: ID!) {\n    newsDesk(organizationId: $id, first: 100) {\n      nodes {\n        ...DeskArticle\n      }\n    }\n    organization(id: $id) {\n      id\n      projects(first: 100) {\n        nodes {\n          id\n          title\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageNewsDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageOverview($id: ID!) {\n    organization(id: $id) {\n      id\n      shiftsAwaitingHours(first: 1) {\n        totalCount\n      }\n      hourCorrectionRequests(status: OPEN, first: 1) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').ManageOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ManageRatings($id: ID!, $after: String) {\n      organization(id: $id) {\n        id\n        rating {\n          average\n          count\n        }\n        ratings(first: 20, after: $after) {\n          ...RatingPage\n        }\n      }\n    }\n  "): typeof import('./graphql').ManageRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageSignedIn {\n    me {\n      id\n    }\n  }\n"): typeof import('./graphql').ManageSignedInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageParentSearch($search: String) {\n    organizations(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        district\n      }\n    }\n  }\n"): typeof import('./graphql').ManageParentSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRegisterTeam($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').ManageRegisterTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedRequest on ServiceRequest {\n    id\n    title\n    description\n    category\n    district\n    address\n    status\n    neededFrom\n    neededUntil\n    recurrence\n    volunteersNeeded\n    volunteersClaimed\n    contactNameMasked\n    contactPhoneMasked\n    contactName\n    contactPhone\n    claims {\n      volunteers\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ManagedRequestFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageRequests($id: ID!) {\n    serviceRequests(first: 20) {\n      nodes {\n        ...ManagedRequest\n      }\n    }\n    claimedServiceRequests(organizationId: $id, first: 30) {\n      nodes {\n        ...ManagedRequest\n      }\n    }\n  }\n"): typeof import('./graphql').ManageRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageClaimRequest($input: ClaimServiceRequestInput!) {\n    claimServiceRequest(input: $input) {\n      ...ManagedRequest\n    }\n  }\n"): typeof import('./graphql').ManageClaimRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageRequestStep($id: ID!, $org: ID!, $start: Boolean!, $done: Boolean!, $withdraw: Boolean!) {\n    started: startServiceRequest(id: $id, organizationId: $org) @include(if: $start) {\n      ...ManagedRequest\n    }\n    done: completeServiceRequest(id: $id, organizationId: $org) @include(if: $done) {\n      ...ManagedRequest\n    }\n    withdrawn: withdrawServiceRequestClaim(id: $id, organizationId: $org) @include(if: $withdraw) {\n      ...ManagedRequest\n    }\n  }\n"): typeof import('./graphql').ManageRequestStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCloseRequest($id: ID!, $org: ID!, $reason: String!) {\n    closeServiceRequest(id: $id, organizationId: $org, reason: $reason) {\n      ...ManagedRequest\n    }\n  }\n"): typeof import('./graphql').ManageCloseRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationSwapRow on StationSwap {\n    id\n    status\n    station {\n      id\n      name\n    }\n    fromTeam {\n      id\n      name\n    }\n    toTeam {\n      id\n      name\n    }\n    fromDuty {\n      id\n      date\n    }\n    toDuty {\n      id\n      date\n    }\n  }\n"): typeof import('./graphql').StationSwapRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ManageStationDesk($from: String!, $to: String!) {\n      managedStations {\n        id\n        slug\n        name\n        address\n        district\n        openingHours\n        services\n        operator {\n          id\n        }\n        rota {\n          weekday\n          date\n          startsAt\n          endsAt\n          places\n          team {\n            id\n            name\n          }\n        }\n        duties(from: $from, to: $to) {\n          id\n          date\n          filled\n          capacity\n          team {\n            id\n            name\n          }\n        }\n      }\n      organizations(first: 100) {\n        nodes {\n          id\n          name\n        }\n      }\n      stationSwaps {\n        ...StationSwapRow\n      }\n    }\n  "): typeof import('./graphql').ManageStationDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyMember on Membership {\n    id\n    volunteer {\n      id\n      realName\n      displayName\n      volunteerNumber\n    }\n  }\n"): typeof import('./graphql').DutyMemberFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ManageTeamDuties($org: ID!, $from: String!, $to: String!) {\n      teamStationDuties {\n        id\n        date\n        filled\n        capacity\n        team {\n          id\n        }\n        shift {\n          id\n        }\n        station {\n          id\n          name\n          duties(from: $from, to: $to) {\n            id\n            date\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n      organization(id: $org) {\n        id\n        members(first: 100) {\n          nodes {\n            ...DutyMember\n          }\n        }\n      }\n      stationSwaps {\n        ...StationSwapRow\n      }\n    }\n  "): typeof import('./graphql').ManageTeamDutiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindRotaTeams($search: String!) {\n    organizations(first: 20, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').FindRotaTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindDutyMembers($org: ID!, $search: String!) {\n    organization(id: $org) {\n      id\n      members(first: 20, search: $search) {\n        nodes {\n          ...DutyMember\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindDutyMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStationRota($input: SetStationRotaInput!) {\n    setStationRota(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetStationRotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerStationSwap($id: ID!, $accept: Boolean!) {\n    answerStationSwap(id: $id, accept: $accept) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AnswerStationSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeStationSwap($input: ProposeStationSwapInput!) {\n    proposeStationSwap(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeStationSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationSignUpMember($shiftId: ID!, $volunteerId: ID!) {\n    signUpVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StationSignUpMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ManageStories($id: ID!, $after: String) {\n      storiesToReview(filter: { organizationId: $id }, first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...ReviewStoryLine\n        }\n      }\n    }\n  "): typeof import('./graphql').ManageStoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamProfile on Organization {\n    id\n    name\n    status\n    district\n    city\n    description\n    address\n    location {\n      lat\n      lng\n    }\n    contactName\n    contactPhoneMasked\n    joinPolicy\n    returnedReason\n    suspendedReason\n    parent {\n      id\n      name\n    }\n    logo {\n      id\n      url\n      width\n      height\n      alt\n    }\n  }\n"): typeof import('./graphql').TeamProfileFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageTeamProfile($id: ID!) {\n    organization(id: $id) {\n      ...TeamProfile\n    }\n  }\n"): typeof import('./graphql').ManageTeamProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageUpdateTeam($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...TeamProfile\n    }\n  }\n"): typeof import('./graphql').ManageUpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSetTeamLogo($id: ID!, $imageId: ID) {\n    setOrganizationLogo(organizationId: $id, imageId: $imageId) {\n      ...TeamProfile\n    }\n  }\n"): typeof import('./graphql').ManageSetTeamLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamWebhookRow on Webhook {\n    id\n    url\n    events\n    active\n    disabledAt\n    failureCount\n    lastDeliveredAt\n    createdAt\n  }\n"): typeof import('./graphql').TeamWebhookRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TeamWebhooks($organizationId: ID!) {\n      webhooks(organizationId: $organizationId, first: 20) {\n        nodes {\n          ...TeamWebhookRow\n        }\n      }\n    }\n  "): typeof import('./graphql').TeamWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveryLog($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 10) {\n      nodes {\n        id\n        event\n        status\n        attempts\n        responseStatus\n        error\n        createdAt\n        nextAttemptAt\n        deliveredAt\n      }\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveryLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateTeamWebhook($input: CreateWebhookInput!) {\n      createWebhook(input: $input) {\n        secret\n        webhook {\n          ...TeamWebhookRow\n        }\n      }\n    }\n  "): typeof import('./graphql').CreateTeamWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PingTeamWebhook($id: ID!) {\n    pingWebhook(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').PingTeamWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnableTeamWebhook($id: ID!) {\n      enableWebhook(id: $id) {\n        ...TeamWebhookRow\n      }\n    }\n  "): typeof import('./graphql').EnableTeamWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeamWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql').DeleteTeamWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverTeamWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RedeliverTeamWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount($after: String) {\n    me {\n      id\n      volunteerNumber\n      realName\n      displayName\n      idNumberMasked\n      phoneMasked\n      email\n      district\n      isPlatformAdmin\n      pendingConsents {\n        ...PendingConsent\n      }\n      memberships(first: 100) {\n        nodes {\n          role\n        }\n      }\n      totalMinutes\n      starLevel\n      calendarFeed {\n        url\n        createdAt\n      }\n      signups(first: 50, after: $after) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          drawPosition\n          shift {\n            id\n            startsAt\n            endsAt\n            registrationClosesAt\n            draw {\n              drawnAt\n              selectedCount\n            }\n            project {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates($after: String) {\n    me {\n      id\n      certificates(first: 5, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyCertificate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCertificatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate {\n    issueCertificate {\n      ...MyCertificate\n    }\n  }\n"): typeof import('./graphql').IssueCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHourEntries($after: String) {\n    me {\n      id\n      hourEntries(first: 20, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyHourEntry\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyHourEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHourCorrection($input: RequestHourCorrectionInput!) {\n    requestHourCorrection(input: $input) {\n      ...MyCorrection\n    }\n  }\n"): typeof import('./graphql').RequestHourCorrectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: 10, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyNotification\n        }\n      }\n    }\n  }\n\n  fragment MyNotification on Notification {\n    id\n    kind\n    read\n    reason\n    hoursBefore\n    oldStartsAt\n    oldEndsAt\n    newStartsAt\n    newEndsAt\n    title\n    body\n    organization {\n      name\n    }\n    createdAt\n    project {\n      id\n      title\n      status\n    }\n    shift {\n      startsAt\n      endsAt\n    }\n    signup {\n      status\n      waitlistPosition\n    }\n    serviceRequest {\n      id\n      title\n    }\n    deliveries {\n      channel\n      status\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQualifications {\n    myQualifications {\n      id\n      valid\n      expiresAt\n      kind {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').MyQualificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyServiceRequests {\n    myServiceRequests(first: 50) {\n      nodes {\n        id\n        title\n        district\n        status\n        reason\n        score\n        feedbackComment\n        claims {\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyServiceRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmServiceRequest($input: ConfirmServiceRequestInput!) {\n    confirmServiceRequest(input: $input) {\n      id\n      status\n      score\n      feedbackComment\n    }\n  }\n"): typeof import('./graphql').ConfirmServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearbyProjects($near: NearInput!, $after: DateTime!) {\n    projects(first: 30, filter: { near: $near, startsAfter: $after }) {\n      nodes {\n        id\n        title\n        district\n        address\n        location {\n          lat\n          lng\n        }\n        organization {\n          name\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          remaining\n        }\n      }\n    }\n    serviceRequests(first: 30, filter: { near: $near }) {\n      nodes {\n        id\n        title\n        district\n        address\n        volunteersNeeded\n        volunteersClaimed\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NearbyProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskArticle on NewsArticle {\n    id\n    slug\n    title\n    summary\n    body\n    bodyHtml\n    tags\n    coverImageUrl\n    status\n    isPublic\n    publishedAt\n    submittedAt\n    returnedReason\n    organization {\n      id\n      name\n    }\n    project {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').DeskArticleFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageCreateNews($input: CreateNewsArticleInput!) {\n    createNewsArticle(input: $input) {\n      ...DeskArticle\n    }\n  }\n"): typeof import('./graphql').ManageCreateNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageUpdateNews($id: ID!, $input: UpdateNewsArticleInput!) {\n    updateNewsArticle(id: $id, input: $input) {\n      ...DeskArticle\n    }\n  }\n"): typeof import('./graphql').ManageUpdateNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageSubmitNews($id: ID!) {\n    submitNewsArticle(id: $id) {\n      ...DeskArticle\n    }\n  }\n"): typeof import('./graphql').ManageSubmitNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManagePublishNews($id: ID!, $at: DateTime) {\n    publishNewsArticle(id: $id, publishedAt: $at) {\n      ...DeskArticle\n    }\n  }\n"): typeof import('./graphql').ManagePublishNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageWithdrawNews($id: ID!) {\n    unpublishNewsArticle(id: $id) {\n      ...DeskArticle\n    }\n  }\n"): typeof import('./graphql').ManageWithdrawNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyRow on PartnerKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): typeof import('./graphql').KeyRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerKeys($id: ID!) {\n    organization(id: $id) {\n      id\n      partnerKeys(first: 100) {\n        nodes {\n          ...KeyRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePartnerKey($input: CreatePartnerKeyInput!) {\n    createPartnerKey(input: $input) {\n      secret\n      key {\n        ...KeyRow\n      }\n    }\n  }\n"): typeof import('./graphql').IssuePartnerKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTeamKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      ...KeyRow\n    }\n  }\n"): typeof import('./graphql').RevokeTeamKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicProfileSwitch {\n    me {\n      id\n      volunteerNumber\n      publicProfile\n      publicProfileNeedsGuardian\n      guardianConsentAt\n    }\n  }\n"): typeof import('./graphql').PublicProfileSwitchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProfileVisibility($input: SetProfileVisibilityInput!) {\n    setProfileVisibility(input: $input) {\n      id\n      publicProfile\n      guardianConsentAt\n    }\n  }\n"): typeof import('./graphql').SetProfileVisibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAttendedProject on Project {\n    id\n    title\n    endsAt\n    organization {\n      id\n      name\n    }\n    viewerRating {\n      id\n      score\n      comment\n      commentHidden\n    }\n  }\n"): typeof import('./graphql').MyAttendedProjectFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MyAttendedProjects($after: String) {\n      me {\n        id\n        attendedProjects(first: 10, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...MyAttendedProject\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').MyAttendedProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateProject($input: RateProjectInput!) {\n    rateProject(input: $input) {\n      id\n      score\n      comment\n      commentHidden\n    }\n  }\n"): typeof import('./graphql').RateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingLine on Rating {\n    id\n    score\n    comment\n    commentHidden\n    createdAt\n    project {\n      id\n      title\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RatingLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingPage on RatingConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...RatingLine\n    }\n  }\n"): typeof import('./graphql').RatingPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationNeedsPhoneCode {\n    registrationNeedsPhoneCode\n  }\n"): typeof import('./graphql').RegistrationNeedsPhoneCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) {\n      volunteer {\n        id\n        volunteerNumber\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageRequests($staff: Boolean!) {\n    queue: serviceRequestQueue(first: 30) {\n      nodes {\n        ...TriagedRequest\n      }\n    }\n    stale: serviceRequestQueue(stale: true, first: 30) {\n      nodes {\n        ...TriagedRequest\n      }\n    }\n    rated: serviceRequests(filter: { status: CONFIRMED }, first: 30) @include(if: $staff) {\n      nodes {\n        id\n        title\n        score\n        feedbackComment\n        feedbackHidden\n      }\n    }\n  }\n  fragment TriagedRequest on ServiceRequest {\n    id\n    title\n    description\n    category\n    district\n    address\n    status\n    neededFrom\n    neededUntil\n    volunteersNeeded\n    unclaimedSince\n    contactName\n    contactPhone\n  }\n"): typeof import('./graphql').TriageRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageDecision($id: ID!, $accept: Boolean!, $decline: Boolean!, $merge: Boolean!, $reason: String!, $intoId: ID!) {\n    accepted: acceptServiceRequest(id: $id) @include(if: $accept) {\n      id\n      status\n    }\n    declined: declineServiceRequest(id: $id, reason: $reason) @include(if: $decline) {\n      id\n      status\n    }\n    merged: mergeServiceRequest(id: $id, intoId: $intoId) @include(if: $merge) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TriageDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideRequestFeedback($id: ID!) {\n    hideServiceRequestFeedback(id: $id) {\n      id\n      feedbackHidden\n    }\n  }\n"): typeof import('./graphql').HideRequestFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeChannels {\n    codeChannels {\n      sms\n      email\n    }\n  }\n"): typeof import('./graphql').CodeChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageReviewQueue {\n    newsAwaitingReview(first: 100) {\n      nodes {\n        ...DeskArticle\n      }\n    }\n  }\n"): typeof import('./graphql').ManageReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageReturnNews($id: ID!, $reason: String!) {\n    returnNewsArticle(id: $id, reason: $reason) {\n      ...DeskArticle\n    }\n  }\n"): typeof import('./graphql').ManageReturnNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShiftSignups($id: ID!) {\n    me {\n      id\n    }\n    project(id: $id) {\n      id\n      status\n      shifts {\n        ...ShiftFigures\n        startsAt\n        registrationOpensAt\n        registrationClosesAt\n        draw {\n          ...DrawRecord\n        }\n        viewerSignup {\n          id\n          status\n          waitlistPosition\n          drawPosition\n        }\n        viewerDrawEntry {\n          id\n          status\n          waitlistPosition\n          drawPosition\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShiftSignupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      status\n      waitlistPosition\n      drawPosition\n      shift {\n        ...ShiftFigures\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationDutyWeek($slug: String!, $from: String!, $to: String!) {\n    station(slug: $slug) {\n      id\n      dutyToday {\n        date\n        filled\n        capacity\n        team {\n          id\n          slug\n          name\n        }\n      }\n      duties(from: $from, to: $to) {\n        date\n        filled\n        capacity\n        team {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StationDutyWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStation($input: CreateStationInput!) {\n    createStation(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').CreateStationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStation($id: ID!, $input: UpdateStationInput!) {\n    updateStation(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateStationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationScreen($slug: String!, $after: DateTime!, $district: String) {\n    station(slug: $slug) {\n      id\n      name\n      dutyToday {\n        date\n        filled\n        capacity\n        team {\n          id\n          name\n        }\n        shift {\n          startsAt\n          endsAt\n        }\n      }\n    }\n    projects(first: 6, filter: { startsAfter: $after, district: $district }) {\n      nodes {\n        id\n        title\n        address\n        organization {\n          name\n        }\n        shifts {\n          id\n          startsAt\n          endsAt\n          capacity\n          remaining\n        }\n      }\n    }\n    stats {\n      volunteerCount\n      organizationCount\n      projectCount\n      totalServiceMinutes\n    }\n    roleModels(first: 4) {\n      nodes {\n        id\n        name\n        honor\n        citation\n      }\n    }\n  }\n"): typeof import('./graphql').StationScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryViewerState($id: ID!) {\n    story(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n"): typeof import('./graphql').StoryViewerStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeStory($id: ID!) {\n    likeStory(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n"): typeof import('./graphql').LikeStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeStory($id: ID!) {\n    unlikeStory(id: $id) {\n      id\n      likeCount\n      viewerLikes\n    }\n  }\n"): typeof import('./graphql').UnlikeStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportStory($input: ReportStoryInput!) {\n    reportStory(input: $input)\n  }\n"): typeof import('./graphql').ReportStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewStoryLine on Story {\n    id\n    title\n    body\n    status\n    createdAt\n    reviewNote\n    reportCount\n    author {\n      id\n      displayName\n    }\n    project {\n      id\n      title\n    }\n    organization {\n      id\n      name\n    }\n    photos {\n      id\n      url\n      alt\n    }\n  }\n"): typeof import('./graphql').ReviewStoryLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviewStory($input: ReviewStoryInput!) {\n      reviewStory(input: $input) {\n        ...ReviewStoryLine\n      }\n    }\n  "): typeof import('./graphql').ReviewStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTeam on Organization {\n    id\n    name\n    status\n    district\n    memberCount\n    createdAt\n    returnedReason\n    suspendedReason\n    suspendedAt\n  }\n"): typeof import('./graphql').StaffTeamFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTeamSearch($search: String!) {\n    staffOrganizations(search: $search, first: 20) {\n      totalCount\n      nodes {\n        ...StaffTeam\n      }\n    }\n  }\n"): typeof import('./graphql').StaffTeamSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearestTeams($near: NearInput!) {\n    organizations(first: 5, filter: { near: $near }) {\n      nodes {\n        id\n        slug\n        name\n        district\n        location {\n          lat\n          lng\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NearestTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      currentTotalMinutes\n      totalChangedSinceIssue\n      certificate {\n        code\n        displayName\n        volunteerNumber\n        totalMinutes\n        recordCount\n        issuedAt\n        issuer {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCard {\n    me {\n      id\n      displayName\n      realName\n      volunteerNumber\n      starLevel\n      totalMinutes\n      cardPhoto\n      card {\n        key\n        period\n      }\n    }\n  }\n"): typeof import('./graphql').MyCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCardPhoto {\n    removeCardPhoto {\n      id\n      cardPhoto\n    }\n  }\n"): typeof import('./graphql').RemoveCardPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerProfilePage($number: String!) {\n    volunteerProfile(number: $number) {\n      volunteerNumber\n      displayName\n      starLevel\n      hours\n      teams {\n        id\n        slug\n        name\n      }\n      stories(first: 50) {\n        totalCount\n        nodes {\n          id\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteerProfilePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageEndedShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        shifts {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageEndedShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ManageWalkIn($input: RecordWalkInInput!) {\n    recordWalkIn(input: $input) {\n      id\n      minutes\n    }\n  }\n"): typeof import('./graphql').ManageWalkInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyStory on Story {\n    id\n    title\n    status\n    reviewNote\n    createdAt\n    project {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').MyStoryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MyStories {\n      me {\n        id\n        attendedProjects(first: 50) {\n          nodes {\n            id\n            title\n          }\n        }\n      }\n      myStories(first: 20) {\n        nodes {\n          ...MyStory\n        }\n      }\n    }\n  "): typeof import('./graphql').MyStoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WriteStory($input: WriteStoryInput!) {\n      writeStory(input: $input) {\n        ...MyStory\n      }\n    }\n  "): typeof import('./graphql').WriteStoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyHourEntry on HourEntry {\n    id\n    kind\n    minutes\n    activity\n    serviceDate\n    place\n    reason\n    organization {\n      id\n      name\n    }\n    shift {\n      id\n      startsAt\n      endsAt\n    }\n    reversedBy {\n      id\n      reason\n    }\n    reverses {\n      id\n      activity\n    }\n  }\n\n  fragment MyCorrection on HourCorrectionRequest {\n    id\n    status\n    requestedMinutes\n    message\n    resolution\n    createdAt\n    organization {\n      id\n      name\n    }\n    shift {\n      id\n      startsAt\n      project {\n        id\n        title\n      }\n    }\n    entry {\n      id\n      minutes\n    }\n  }\n\n  fragment MyCertificate on Certificate {\n    code\n    issuedAt\n    totalMinutes\n    recordCount\n    url\n  }\n"): typeof import('./graphql').MyHourEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLedger {\n    me {\n      id\n      hourEntries(first: 20) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyHourEntry\n        }\n      }\n      hourCorrectionRequests(first: 20) {\n        totalCount\n        nodes {\n          ...MyCorrection\n        }\n      }\n      certificates(first: 5) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...MyCertificate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      realName\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShiftFigures on Shift {\n    id\n    remaining\n    confirmedCount\n    capacity\n    waitlistCount\n    entrantCount\n  }\n"): typeof import('./graphql').ShiftFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrawRecord on ShiftDraw {\n    algorithm\n    seedCommitment\n    seed\n    drawnAt\n    entrantCount\n    selectedCount\n  }\n"): typeof import('./graphql').DrawRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSignup($id: ID!) {\n    cancelSignup(id: $id) {\n      id\n      status\n      shift {\n        ...ShiftFigures\n      }\n    }\n  }\n"): typeof import('./graphql').CancelSignupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageTeamShifts($filter: ProjectFilter!) {\n    projects(first: 50, filter: $filter) {\n      nodes {\n        id\n        title\n        status\n        shifts {\n          id\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ManageTeamShiftsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
