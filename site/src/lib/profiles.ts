// Where a volunteer's public page (志愿者风采) is: one page read live (islands/VolunteerProfile.tsx),
// so it shows only while they keep it on. Safe for islands and for pages.

export function volunteerProfilePath(volunteer: { volunteerNumber: string }): string {
  return `/volunteers/?n=${encodeURIComponent(volunteer.volunteerNumber)}`;
}
