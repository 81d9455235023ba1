// Ended shifts with signed-up volunteers, for ledger tests: a project is created and published
// through the API, the crowd signs up, then the shift is moved into the past in the database.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { BoundGql } from './api.js';
import type { CrowdMember } from './crowd.js';

export const RECORD = `mutation($input: RecordHoursInput!) { recordHours(input: $input) {
  id kind minutes hours activity serviceDate place serviceContent createdAt
  volunteer { id } organization { id } shift { id } recordedBy { id } } }`;
export const REVERSE = `mutation($input: ReverseHourEntryInput!) { reverseHourEntry(input: $input) { id kind minutes reason reverses { id reversedBy { id } } } }`;

const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

export interface EndedShifts {
  projectId: string;
  shiftIds: string[];
  title: string;
}

/** A published project of `orgId` whose `shifts` shifts (each `hours` long) have ended, with `members` signed up for each. */
export async function endedShifts(
  server: { gql: BoundGql },
  orm: MikroORM,
  manager: Record<string, string>,
  orgId: string,
  members: CrowdMember[],
  options: { shifts?: number; hours?: number; capacity?: number } = {},
): Promise<EndedShifts> {
  const count = options.shifts ?? 1;
  const hours = options.hours ?? 3;
  const title = `测试时长活动${Math.random().toString(36).slice(2, 8)}`;
  const created = await server.gql(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id shifts { id } } }`,
    {
      input: {
        organizationId: orgId,
        title,
        summary: '清理海滩垃圾并分类回收',
        district: '测试区',
        address: '假日海滩东段',
        shifts: Array.from({ length: count }, (_, i) => ({ startsAt: at(48 + i * 24), endsAt: at(48 + i * 24 + hours), capacity: options.capacity ?? 100 })),
      },
    },
    manager,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const project = created.data.createProject;
  const published = await server.gql(`mutation($id: ID!) { publishProject(id: $id) { id } }`, { id: project.id }, manager);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  const shiftIds: string[] = project.shifts.map((s: { id: string }) => s.id);
  for (const shiftId of shiftIds) {
    for (const m of members) {
      const res = await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { status } }`, { input: { shiftId } }, m.headers);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  }
  // The shifts took place: move them into the past, keeping their length.
  await orm.em
    .fork()
    .getConnection()
    .execute(
      `update shift set starts_at = now() - make_interval(hours => ? + 1 + (extract(epoch from (starts_at - now())) / 86400)::int),
                      ends_at = now() - make_interval(hours => 1 + (extract(epoch from (starts_at - now())) / 86400)::int)
      where project_id = ?`,
      [hours, project.id],
    );
  await orm.em
    .fork()
    .getConnection()
    .execute(
      `update project p set starts_at = s.first, ends_at = s.last
       from (select min(starts_at) as first, max(ends_at) as last from shift where project_id = ?) s where p.id = ?`,
      [project.id, project.id],
    );
  return { projectId: project.id, shiftIds, title };
}
