// Importing an organisation's service records from before the platform (an old spreadsheet).
// Each row names the volunteer by number, mobile or ID number (looked up through the blind
// indexes; the file's personal data is never stored or logged) and says date, activity and
// minutes. A row's natural key (organisation, volunteer, date, activity, minutes) is kept on its
// entry under a unique index, so importing the same file again records nothing twice. Preview
// checks every row and writes nothing; import writes the good rows of a batch in one transaction
// through the ledger's one writer, and reports the rest row by row.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { BadUserInputError } from '../../common/errors.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { writeAudit } from '../audit/audit.service.js';
import { normalizePhone } from '../../common/phone.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Volunteer } from '../volunteer/volunteer.entity.js';
import { findVolunteerIds } from '../volunteer/volunteer.queries.js';
import { HourEntryKind } from './hour-entry.entity.js';
import type { HourImportInput, HourImportRowInput } from './ledger.inputs.js';
import { applyEntries, chinaDate, type NewEntry } from './ledger-writer.js';
import { existingImportKeys, lockForTransaction, sealedRealNames } from './ledger.queries.js';
import { Reason } from '../../common/error-reasons.js';

export const IMPORT_BATCH_MAX = 1000;

@ObjectType('HourImportRow', { description: 'What became of one row' })
export class HourImportRow {
  @Field(() => Int, { description: "The row's number in the file" }) row!: number;
  @Field(() => String, { description: 'READY (preview), RECORDED, ALREADY_IMPORTED or REFUSED' }) status!: string;
  @Field(() => String, { nullable: true, description: 'The column a refusal is about: volunteer, name, serviceDate, activity, minutes, place, serviceContent' })
  field!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was refused (Chinese)' }) message!: string | null;
  @Field(() => String, { nullable: true, description: 'The volunteer found: their masked name and number' }) volunteer!: string | null;
}

@ObjectType('HourImportResult')
export class HourImportResult {
  @Field(() => Int) recorded!: number;
  @Field(() => Int, { description: 'Rows recorded by an earlier import (the same record again)' }) alreadyImported!: number;
  @Field(() => Int) refused!: number;
  @Field(() => Int, { description: 'Preview: rows that would be recorded' }) ready!: number;
  @Field(() => [HourImportRow]) rows!: HourImportRow[];
}

interface Checked {
  row: number;
  index: number;
  volunteerId: string | null;
  entry?: Omit<NewEntry, 'volunteerId'> & { importKey: string };
  refusal?: { field: string; message: string };
}

const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A cell's text, tidied: null when blank, false when too long or holding control characters. */
function text(value: string | null | undefined, max: number): string | null | false {
  const t = (value ?? '').trim().replace(/\s+/g, ' ');
  if (!t) return null;
  return Array.from(t).length > max || CONTROL.test(t) ? false : t;
}

export class HourImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
  ) {}

  preview(viewer: Viewer | null, input: HourImportInput): Promise<HourImportResult> {
    return this.run(viewer, input, false);
  }

  import(viewer: Viewer | null, input: HourImportInput): Promise<HourImportResult> {
    return this.run(viewer, input, true);
  }

  private async run(viewer: Viewer | null, input: HourImportInput, write: boolean): Promise<HourImportResult> {
    const v = requireViewer(viewer);
    if (!input.rows.length || input.rows.length > IMPORT_BATCH_MAX)
      throw new BadUserInputError('rows', Reason.OUT_OF_RANGE, `A batch has 1..${IMPORT_BATCH_MAX} rows`, { min: 1, max: IMPORT_BATCH_MAX });
    const source = (input.source ?? '').trim();
    if (!source || Array.from(source).length > 120 || CONTROL.test(source))
      throw new BadUserInputError('source', Reason.TOO_LONG, 'source must be 1..120 characters without control characters', { min: 1, max: 120 });
    const firstRow = input.firstRow ?? 1;
    if (!Number.isInteger(firstRow) || firstRow < 1)
      throw new BadUserInputError('firstRow', Reason.OUT_OF_RANGE, 'firstRow must be a positive whole number', { min: 1 });
    await requireOrgRole(this.em, v, input.organizationId, MANAGING_ROLES);
    const checked = await this.check(input.organizationId, input.rows, firstRow);

    return this.em.transactional(async (tx) => {
      // Imports of one organisation queue behind each other, so two runs of the same file cannot
      // both find a record new.
      await lockForTransaction(tx, `hour-import:${input.organizationId}`);
      const existing = await existingImportKeys(
        tx,
        checked.flatMap((c) => (c.entry ? [c.entry.importKey] : [])),
      );
      const names = await this.maskedNames(tx, checked);
      const seen = new Set<string>();
      const rows: HourImportRow[] = [];
      const entries: NewEntry[] = [];
      for (const c of checked) {
        const volunteer = c.volunteerId ? (names.get(c.volunteerId) ?? null) : null;
        if (c.refusal) {
          rows.push({ row: c.row, status: 'REFUSED', field: c.refusal.field, message: c.refusal.message, volunteer });
        } else if (existing.has(c.entry!.importKey)) {
          rows.push({ row: c.row, status: 'ALREADY_IMPORTED', field: null, message: '该记录此前已导入', volunteer });
        } else if (seen.has(c.entry!.importKey)) {
          rows.push({ row: c.row, status: 'REFUSED', field: 'volunteer', message: '与本文件前面的一行重复', volunteer });
        } else {
          seen.add(c.entry!.importKey);
          rows.push({ row: c.row, status: write ? 'RECORDED' : 'READY', field: null, message: null, volunteer });
          entries.push({ ...c.entry!, volunteerId: c.volunteerId!, importSource: source });
        }
      }
      if (write && entries.length) {
        await applyEntries(tx, entries);
        await writeAudit(tx, [
          {
            actorId: v.volunteerId,
            action: 'hours.imported',
            subjectId: input.organizationId,
            detail: { source, recorded: entries.length, minutes: entries.reduce((a, e) => a + e.minutes, 0) },
          },
        ]);
      }
      const count = (status: string) => rows.filter((r) => r.status === status).length;
      return { recorded: count('RECORDED'), alreadyImported: count('ALREADY_IMPORTED'), refused: count('REFUSED'), ready: count('READY'), rows };
    });
  }

  /** Every row checked on its own, and the volunteers looked up in one statement. */
  private async check(organizationId: string, input: HourImportRowInput[], firstRow: number): Promise<Checked[]> {
    const today = chinaDate(new Date());
    const lookups = input.map((r) => {
      const number = r.volunteerNumber?.trim() || null;
      const phone = r.phone?.trim() ? normalizePhone(r.phone) : null;
      const idNumber = r.idNumber?.trim() ? r.idNumber.trim().toUpperCase() : null;
      return {
        number,
        phoneIndex: phone && /^1[3-9]\d{9}$/.test(phone) ? this.vault.blindIndex('phone', phone) : null,
        idIndex: idNumber && /^\d{17}[\dX]$/.test(idNumber) ? this.vault.blindIndex('id-number', idNumber) : null,
      };
    });
    const ids = await findVolunteerIds(this.em, lookups);
    const realNames = await this.realNames(ids.filter((id): id is string => !!id));
    return input.map((r, index): Checked => {
      const row = firstRow + index;
      const refuse = (field: string, message: string): Checked => ({ row, index, volunteerId: ids[index], refusal: { field, message } });
      const look = lookups[index];
      if (!look.number && !look.phoneIndex && !look.idIndex) return refuse('volunteer', '请填写志愿者编号、手机号或身份证号');
      const volunteerId = ids[index];
      if (!volunteerId) return refuse('volunteer', '找不到该志愿者（请核对编号、手机号或身份证号）');
      const name = r.name?.trim();
      if (name && realNames.get(volunteerId) !== name) return refuse('name', '姓名与找到的志愿者不一致');
      const date = DATE.exec((r.serviceDate ?? '').trim());
      const iso = date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : '';
      if (!date || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) {
        return refuse('serviceDate', '服务日期格式应为 2025-03-01');
      }
      if (iso > today) return refuse('serviceDate', '服务日期不能晚于今天');
      if (iso < '1990-01-01') return refuse('serviceDate', '服务日期过早');
      const activity = text(r.activity, 120);
      if (!activity) return refuse('activity', '请填写活动名称（最多 120 字）');
      if (!Number.isInteger(r.minutes) || r.minutes < 1 || r.minutes > 1440) return refuse('minutes', '服务时长应为 1 到 1440 分钟');
      const place = text(r.place, 200);
      if (place === false) return refuse('place', '服务地点最多 200 字');
      const content = text(r.serviceContent, 300);
      if (content === false) return refuse('serviceContent', '服务内容最多 300 字');
      const importKey = createHash('sha256').update([organizationId, volunteerId, iso, activity, r.minutes].join('\u0000')).digest('hex');
      return {
        row,
        index,
        volunteerId,
        entry: {
          kind: HourEntryKind.SERVICE,
          organizationId,
          shiftId: null,
          minutes: r.minutes,
          revision: null,
          reversesId: null,
          reason: null,
          activity,
          serviceDate: iso,
          place,
          serviceContent: content ?? activity,
          recordedById: null,
          importKey,
        },
      };
    });
  }

  /** Real names of the volunteers found, decrypted here to compare with the file (never kept). */
  private async realNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await sealedRealNames(this.em, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, this.vault.decrypt(r.sealed)]));
  }

  /** "张*明 V4601…": who a row was matched to, as the preview shows it. */
  private async maskedNames(em: EntityManager, checked: Checked[]): Promise<Map<string, string>> {
    const ids = [...new Set(checked.flatMap((c) => (c.volunteerId ? [c.volunteerId] : [])))];
    if (!ids.length) return new Map();
    const rows = await em.find(Volunteer, { id: { $in: ids } }, { fields: ['displayName', 'volunteerNumber'] });
    return new Map(rows.map((v) => [v.id, `${v.displayName} ${v.volunteerNumber}`]));
  }
}
