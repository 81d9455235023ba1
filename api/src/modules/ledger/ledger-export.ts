// An organisation's service records for a period as CSV (UTF-8 with BOM, so Excel reads Chinese)
// and XLSX (a minimal SpreadsheetML workbook). Personal data appears masked only.
import type { EntityManager } from '@mikro-orm/postgresql';
import { strToU8, zipSync } from 'fflate';
import { isCalendarDate } from '../../common/china-time.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import { maskPhone } from '../../common/masking.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { Reason } from '../../common/error-reasons.js';
import { HourEntryKind } from './hour-entry.entity.js';
import { exportedEntries, rosterShift, rosterSignups } from './ledger.queries.js';

export const MAX_EXPORT_ROWS = 200_000;
const MAX_EXPORT_DAYS = 3_660;

export interface ExportPeriod {
  from: string;
  to: string;
}

export function exportPeriod(from: unknown, to: unknown): ExportPeriod {
  const day = (value: unknown, field: string) => {
    const text = typeof value === 'string' ? value : '';
    if (!isCalendarDate(text)) {
      throw new BadUserInputError(field, Reason.BAD_FORMAT, `${field} must be a date, YYYY-MM-DD`, { expected: 'YYYY-MM-DD' });
    }
    return Date.parse(`${text}T00:00:00Z`);
  };
  const f = day(from, 'from');
  const t = day(to, 'to');
  if (t < f) throw new BadUserInputError('to', Reason.END_BEFORE_START, 'to must not be before from');
  if ((t - f) / 86_400_000 > MAX_EXPORT_DAYS)
    throw new BadUserInputError('to', Reason.PERIOD_TOO_LONG, 'An export covers at most ten years', { max: 10, unit: 'year' });
  return { from: from as string, to: to as string };
}

type Cell = string | number | null;

const HEADER = [
  '记录编号',
  '类型',
  '服务日期',
  '志愿者编号',
  '志愿者',
  '活动名称',
  '服务地点',
  '服务内容',
  '服务时长(分钟)',
  '服务时长(小时)',
  '冲正的记录',
  '冲正原因',
  '记录人',
  '记录时间',
];

export async function exportRows(em: EntityManager, organizationId: string, period: ExportPeriod): Promise<Cell[][]> {
  const rows = await exportedEntries(em, organizationId, period, MAX_EXPORT_ROWS);
  const body = rows.map((r): Cell[] => [
    r.id,
    r.kind === HourEntryKind.SERVICE ? '服务' : '冲正',
    r.service_date,
    r.volunteer_number,
    r.display_name,
    r.activity,
    r.place ?? '',
    r.service_content,
    r.minutes,
    Math.round((r.minutes / 60) * 100) / 100,
    r.reverses_id ?? '',
    r.reason ?? '',
    r.recorder ?? '',
    r.created_at,
  ]);
  return [HEADER, ...body];
}

/** The import template's columns, in the order the import page reads them (by these names). */
export const IMPORT_TEMPLATE_COLUMNS = ['志愿者编号', '手机号', '身份证号', '姓名', '服务日期', '活动名称', '服务时长(小时)', '服务地点', '服务内容'];

const SIGNUP_STATUS_WORDS: Record<string, string> = {
  CONFIRMED: '已确认',
  WAITLISTED: '候补',
  ATTENDED: '已到场',
  NO_SHOW: '缺席',
  PENDING_DRAW: '待抽签',
};

/**
 * A shift's live sign-ups for its roster file: confirmed and present first, then the waitlist in
 * its order; names in full (the team's own coordinators read it) and phones masked.
 */
export async function shiftRoster(
  em: EntityManager,
  vault: PersonalDataVault,
  shiftId: string,
): Promise<{ shiftId: string; organizationId: string; rows: Cell[][] }> {
  const shift = nodeTypeOf(shiftId) === 'Shift' ? await rosterShift(em, shiftId) : null;
  if (!shift) throw new NotFoundError('Shift');
  const rows = await rosterSignups(em, shiftId);
  const body = rows.map((r, i): Cell[] => [
    i + 1,
    r.volunteer_number,
    r.real_name_enc ? vault.decrypt(r.real_name_enc) : r.display_name,
    r.phone_enc ? maskPhone(vault.decrypt(r.phone_enc)) : '',
    `${SIGNUP_STATUS_WORDS[r.status] ?? r.status}${r.walk_in ? '（未报名到场）' : ''}`,
    r.created_at,
    '',
  ]);
  return {
    shiftId,
    organizationId: shift.organization_id,
    rows: [[`${shift.title} ${shift.starts_at}`], ['序号', '志愿者编号', '姓名', '手机号', '状态', '报名时间', '签名'], ...body],
  };
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(rows: Cell[][]): Buffer {
  const line = (row: Cell[]) =>
    row
      .map((cell) => {
        if (cell === null) return '';
        if (typeof cell === 'number') return String(cell);
        const text = safeText(cell);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',');
  return Buffer.from('\uFEFF' + rows.map(line).join('\r\n') + '\r\n', 'utf8');
}

function xml(text: string): string {
  // Characters XML 1.0 forbids are dropped; the five specials escaped.
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A one-sheet workbook with inline strings (no shared-strings table needed) and a bold header. */
export function toXlsx(rows: Cell[][], sheetName = '服务时长记录'): Buffer {
  const sheetRows = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          const style = r === 0 ? ' s="1"' : '';
          if (cell === null || cell === '') return '';
          if (typeof cell === 'number') return `<c r="${ref}"${style}><v>${cell}</v></c>`;
          return `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${xml(cell)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const widths = [30, 6, 12, 14, 10, 28, 24, 30, 14, 14, 30, 20, 10, 18];
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const files: Record<string, string> = {
    '[Content_Types].xml': `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${head}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `${head}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
  return Buffer.from(zipped);
}
