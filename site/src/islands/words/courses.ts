// The words of training (培训): the back office's course desk (/manage/courses/, /admin/courses/),
// the public course list (/courses/) and the account's qualifications, in both languages.
import type { Locale } from '../../i18n/locales';
import type { FieldSentences } from '../../lib/api-messages';

export interface CourseWords {
  desk: {
    title: string;
    note: string;
    platformTitle: string;
    platformNote: string;
    none: string;
    create: string;
    creating: string;
    created: string;
    labels: { title: string; description: string; kind: string; startsAt: string; endsAt: string; place: string; capacity: string };
    pickKind: string;
    noKinds: string;
    statuses: Record<string, string>;
    publish: string;
    published: string;
    grants: (kind: string) => string;
    sessions: string;
    noSessions: string;
    addSession: string;
    saveSession: string;
    sessionAdded: string;
    places: (taken: number, capacity: number) => string;
    roster: string;
    noEnrolments: string;
    enrolmentStatuses: Record<string, string>;
    attended: string;
    absent: string;
    marked: string;
    fix: string;
  };
  kinds: {
    title: string;
    note: string;
    none: string;
    labels: { name: string; nameEn: string; description: string; validityMonths: string };
    create: string;
    created: string;
    validity: (months: number) => string;
  };
  list: {
    none: string;
    by: (team: string) => string;
    platform: string;
    grants: (kind: string, months: number) => string;
    remaining: (left: number, capacity: number) => string;
    enrol: string;
    enrolled: string;
    enrolledDone: string;
    cancel: string;
    cancelled: string;
    attended: string;
    full: string;
    signIn: string;
    started: string;
  };
  mine: { title: string; none: string; until: (date: string) => string; expired: (date: string) => string; find: string };
  page: { title: string; description: string; lead: string; noscript: string };
  fields: FieldSentences;
}

const zh: CourseWords = {
  desk: {
    title: '团队的培训课程',
    note: '开设课程并添加场次；发布后志愿者可在“培训课程”页面报名。培训开始前一小时起可记录出勤，出勤者获得课程对应的资质。',
    platformTitle: '平台培训课程',
    platformNote: '平台直接开设的课程，不属于任何团队。',
    none: '还没有课程。',
    create: '新建课程',
    creating: '正在保存……',
    created: '课程已创建（草稿），添加场次后发布。',
    labels: { title: '课程名称', description: '课程介绍', kind: '颁发资质', startsAt: '开始时间', endsAt: '结束时间', place: '地点', capacity: '名额' },
    pickKind: '请选择资质',
    noKinds: '平台还没有设立资质类别，请联系平台工作人员。',
    statuses: { DRAFT: '草稿', PUBLISHED: '已发布' },
    publish: '发布课程',
    published: '课程已发布。',
    grants: (kind) => `颁发资质：${kind}`,
    sessions: '场次',
    noSessions: '还没有场次。',
    addSession: '添加场次',
    saveSession: '保存场次',
    sessionAdded: '场次已添加。',
    places: (taken, capacity) => `已报名 ${taken}/${capacity}`,
    roster: '报名名单',
    noEnrolments: '还没有人报名。',
    enrolmentStatuses: { ENROLLED: '已报名', CANCELLED: '已取消', ATTENDED: '已出勤', ABSENT: '缺席' },
    attended: '出勤',
    absent: '缺席',
    marked: '已记录。',
    fix: '请填写开始和结束时间。',
  },
  kinds: {
    title: '资质类别',
    note: '课程颁发、活动时段可以要求的资质，例如应急救护；有效期从培训场次结束时起算。',
    none: '还没有资质类别。',
    labels: { name: '名称', nameEn: '英文名称', description: '说明', validityMonths: '有效期（月）' },
    create: '新增资质类别',
    created: '资质类别已新增。',
    validity: (months) => `有效期 ${months} 个月`,
  },
  list: {
    none: '目前没有开放报名的培训课程。',
    by: (team) => `${team} 开设`,
    platform: '平台开设',
    grants: (kind, months) => `结业颁发「${kind}」资质，有效期 ${months} 个月`,
    remaining: (left, capacity) => `剩余名额 ${left}/${capacity}`,
    enrol: '报名',
    enrolled: '已报名',
    enrolledDone: '报名成功，请按时参加培训。',
    cancel: '取消报名',
    cancelled: '已取消报名。',
    attended: '已出勤',
    full: '已满',
    signIn: '登录后报名',
    started: '已开始',
  },
  mine: {
    title: '我的资质',
    none: '还没有资质。参加培训课程并出勤即可取得。',
    until: (date) => `有效期至 ${date}`,
    expired: (date) => `已于 ${date} 过期`,
    find: '查看培训课程',
  },
  page: {
    title: '培训课程',
    description: '团队和平台开设的志愿服务培训课程，例如应急救护；出勤后获得资质，可报名要求该资质的活动时段。',
    lead: '参加培训、取得资质（如应急救护），就能报名要求该资质的活动时段。',
    noscript: '报名培训需要启用 JavaScript。',
  },
  fields: {},
};

const en: CourseWords = {
  desk: {
    title: "The team's training courses",
    note: 'Create a course and add its sessions; once published, volunteers enrol on the Training page. From an hour before a session starts you can record attendance: those who attend get the course’s qualification.',
    platformTitle: 'Platform courses',
    platformNote: 'Courses the platform runs itself, belonging to no team.',
    none: 'No courses yet.',
    create: 'Create course',
    creating: 'Saving…',
    created: 'The course was created as a draft: add sessions, then publish it.',
    labels: {
      title: 'Course title',
      description: 'About the course',
      kind: 'Qualification it gives',
      startsAt: 'Starts',
      endsAt: 'Ends',
      place: 'Place',
      capacity: 'Places',
    },
    pickKind: 'Choose a qualification',
    noKinds: 'The platform has no qualification kinds yet: ask platform staff.',
    statuses: { DRAFT: 'Draft', PUBLISHED: 'Published' },
    publish: 'Publish course',
    published: 'The course is published.',
    grants: (kind) => `Gives: ${kind}`,
    sessions: 'Sessions',
    noSessions: 'No sessions yet.',
    addSession: 'Add session',
    saveSession: 'Save session',
    sessionAdded: 'The session was added.',
    places: (taken, capacity) => `${taken} of ${capacity} places taken`,
    roster: 'Enrolled',
    noEnrolments: 'Nobody has enrolled yet.',
    enrolmentStatuses: { ENROLLED: 'Enrolled', CANCELLED: 'Cancelled', ATTENDED: 'Attended', ABSENT: 'Absent' },
    attended: 'Attended',
    absent: 'Absent',
    marked: 'Recorded.',
    fix: 'Fill in when the session starts and ends.',
  },
  kinds: {
    title: 'Qualification kinds',
    note: 'What courses give and shifts may require, e.g. first aid; valid from the end of the session that gave it.',
    none: 'No qualification kinds yet.',
    labels: { name: 'Name (Chinese)', nameEn: 'Name (English)', description: 'Description', validityMonths: 'Valid for (months)' },
    create: 'Add qualification kind',
    created: 'The qualification kind was added.',
    validity: (months) => `Valid for ${months} months`,
  },
  list: {
    none: 'No courses are open for enrolment right now.',
    by: (team) => `Run by ${team}`,
    platform: 'Run by the platform',
    grants: (kind, months) => `Gives the “${kind}” qualification, valid for ${months} months`,
    remaining: (left, capacity) => `${left} of ${capacity} places left`,
    enrol: 'Enrol',
    enrolled: 'Enrolled',
    enrolledDone: 'You are enrolled: see you at the session.',
    cancel: 'Cancel enrolment',
    cancelled: 'Your enrolment was cancelled.',
    attended: 'Attended',
    full: 'Full',
    signIn: 'Sign in to enrol',
    started: 'Started',
  },
  mine: {
    title: 'My qualifications',
    none: 'No qualifications yet. Attend a training course to get one.',
    until: (date) => `Valid until ${date}`,
    expired: (date) => `Expired on ${date}`,
    find: 'See training courses',
  },
  page: {
    title: 'Training courses',
    description: 'Volunteer training run by teams and the platform, e.g. first aid: attend to get the qualification some shifts require.',
    lead: 'Attend a course to get a qualification (such as first aid) and sign up for the shifts that require it.',
    noscript: 'Enrolling in a course needs JavaScript.',
  },
  fields: {},
};

export const COURSE_WORDS: Record<Locale, CourseWords> = { 'zh-CN': zh, en };
