// 培训课程 (/manage/courses/): the team's courses, their sessions, enrolments and attendance.
import type { Locale } from '../i18n/locales';
import { CourseDesk } from './CourseDesk';
import { ManageGate } from './ManageGate';

export function ManageCourses({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <CourseDesk key={org.id} organizationId={org.id} locale={locale} />}</ManageGate>;
}
