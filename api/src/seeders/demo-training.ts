// Demo training (培训): the first-aid qualification (应急救护), a team's published first-aid course
// with two sessions to come, and a platform course in draft, so /courses/, /manage/courses/ and
// /admin/courses/ have something to show.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Course, CourseSession, CourseStatus, QualificationKind } from '../modules/training/training.entity.js';

const DAY_MS = 86_400_000;

export async function seedDemoTraining(tx: EntityManager, options: { now: Date; organizationId: string }): Promise<void> {
  const firstAid = Object.assign(new QualificationKind(), {
    name: '应急救护',
    nameEn: 'First aid',
    description: '心肺复苏（CPR）、AED 使用、创伤包扎与止血等现场急救技能。',
    validityMonths: 36,
  });
  const lifeguard = Object.assign(new QualificationKind(), {
    name: '防溺水救援',
    nameEn: 'Water rescue',
    description: '水域安全巡查与岸上施救。',
    validityMonths: 24,
  });
  const teamCourse = Object.assign(new Course(), {
    organization: tx.getReference('Organization', options.organizationId),
    kind: firstAid,
    title: '应急救护培训（初级）',
    description: '红十字会认证讲师授课，含 CPR 与 AED 实操，考核合格颁发应急救护资质。',
    status: CourseStatus.PUBLISHED,
  });
  const platformCourse = Object.assign(new Course(), {
    organization: null,
    kind: lifeguard,
    title: '防溺水救援培训',
    description: '暑期水域安全志愿服务前的必修课程。',
  });
  const at = (days: number, hour: number) => new Date(Math.floor(options.now.getTime() / DAY_MS) * DAY_MS + days * DAY_MS + (hour - 8) * 3_600_000);
  const sessions = [7, 14].map((days) =>
    Object.assign(new CourseSession(), { course: teamCourse, startsAt: at(days, 9), endsAt: at(days, 12), place: '龙华区红十字会培训中心', capacity: 30 }),
  );
  tx.persist([firstAid, lifeguard, teamCourse, platformCourse, ...sessions]);
  await tx.flush();
}
