// Demo service records, written through the ledger's own writer so totals equal sums: hours for
// every attended sign-up of the shifts that already ended (recorded by a coordinator of the
// organisation the day after), and records imported from before the platform for some long-time
// members, so the demo has star volunteers and the demo volunteer can issue a certificate.
import type { EntityManager } from '@mikro-orm/postgresql';
import { transactionOf } from '../common/transaction.js';
import { HourEntryKind } from '../modules/ledger/hour-entry.entity.js';
import { applyEntries, chinaDate, type NewEntry } from '../modules/ledger/ledger-writer.js';
import { recordFields, shiftMinutes, type RecordedShift } from '../modules/ledger/ledger.service.js';
import type { DemoData } from './demo-data.js';

const DAY_MS = 86_400_000;

const HISTORY_THEMES = [
  ['社区环境清洁', '清理楼道与绿化带垃圾，分类回收'],
  ['关爱空巢老人走访', '上门陪伴老人，协助购物与打扫'],
  ['文明交通劝导', '路口文明劝导，协助行人过街'],
  ['图书馆阅读推广', '整理图书，为少儿读者讲故事'],
  ['防溺水安全宣传', '河湖沿岸巡查，向群众发放宣传资料'],
  ['义务献血服务', '献血点引导、登记和茶歇服务'],
  ['马拉松赛会服务', '赛道补给站与终点引导服务'],
] as const;

/** Approved hours of the members whose earlier service is imported: some reach 1–4 stars. */
const HISTORY_HOURS = [24, 60, 96, 130, 180, 260, 340, 420, 650, 1050];

export async function seedDemoHours(
  tx: EntityManager,
  options: { data: DemoData; now: Date; organizationIds: Map<string, string>; volunteerIds: Map<string, string> },
): Promise<number> {
  const conn = tx.getConnection();
  const ctx = transactionOf(tx);
  const { data, now, organizationIds, volunteerIds } = options;
  const recorders = new Map<string, string>();
  for (const m of data.memberships) {
    if (m.role === 'COORDINATOR' && !recorders.has(m.organizationKey))
      recorders.set(organizationIds.get(m.organizationKey)!, volunteerIds.get(m.volunteerKey)!);
  }

  const entries: NewEntry[] = [];
  const shifts = await conn.execute<(RecordedShift & { volunteer_ids: string[] })[]>(
    `select s.id, s.starts_at, s.ends_at, p.organization_id, p.title, p.summary, p.address, p.district,
            array_agg(g.volunteer_id order by g.created_at, g.id) as volunteer_ids
       from shift s join project p on p.id = s.project_id join signup g on g.shift_id = s.id and g.status = 'ATTENDED'
      where s.ends_at < ? group by s.id, p.id order by s.starts_at, s.id`,
    [now],
    'all',
    ctx,
  );
  for (const shift of shifts) {
    const length = shiftMinutes(shift);
    shift.volunteer_ids.forEach((volunteerId, i) => {
      entries.push({
        ...recordFields(shift),
        kind: HourEntryKind.SERVICE,
        volunteerId,
        // A few left early: half an hour less.
        minutes: i % 7 === 3 ? length - 30 : length,
        revision: 0,
        reversesId: null,
        reason: null,
        recordedById: recorders.get(shift.organization_id) ?? null,
        createdAt: new Date(new Date(shift.ends_at).getTime() + DAY_MS),
      });
    });
  }

  // Earlier service, imported: the demo volunteer and every ninth member of an approved team.
  const approved = new Set(data.organizations.filter((o) => o.status === 'APPROVED').map((o) => o.key));
  const firstTeam = new Map<string, string>();
  for (const m of data.memberships) if (approved.has(m.organizationKey) && !firstTeam.has(m.volunteerKey)) firstTeam.set(m.volunteerKey, m.organizationKey);
  const veterans = [...firstTeam.keys()].filter((key, i) => key === 'volunteer' || (i % 9 === 4 && key !== 'admin'));
  const districtOf = new Map(data.organizations.map((o) => [o.key, `${o.city}${o.district}`]));
  const importStart = now.getTime() - 75 * DAY_MS;
  veterans.forEach((key, v) => {
    const orgKey = firstTeam.get(key)!;
    let remaining = (key === 'volunteer' ? 126 : HISTORY_HOURS[v % HISTORY_HOURS.length]) * 60;
    for (let k = 0; remaining > 0; k++) {
      const minutes = Math.min(remaining, 180 + ((v + k) % 4) * 60);
      remaining -= minutes;
      const [activity, content] = HISTORY_THEMES[(v + k) % HISTORY_THEMES.length];
      const served = new Date(importStart - k * 6 * DAY_MS);
      entries.push({
        kind: HourEntryKind.SERVICE,
        volunteerId: volunteerIds.get(key)!,
        organizationId: organizationIds.get(orgKey)!,
        shiftId: null,
        minutes,
        revision: null,
        reversesId: null,
        reason: null,
        activity,
        serviceDate: chinaDate(served),
        place: districtOf.get(orgKey) ?? null,
        serviceContent: `${content}（平台启用前记录，经组织核实导入）`,
        recordedById: recorders.get(organizationIds.get(orgKey)!) ?? null,
        createdAt: new Date(importStart + DAY_MS),
      });
    }
  });
  await applyEntries(tx, entries);
  return entries.length;
}
