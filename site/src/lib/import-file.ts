// Reading a spreadsheet of earlier service records in the browser: XLSX (read-excel-file) or CSV
// (Papa Parse), each loaded only when such a file is chosen, so the import page stays small. The
// columns are found by the template's headings; each row becomes one record for the API.
import type { HourImportRowInput } from '../gql/graphql';

/** The template's headings (ledger-export.ts IMPORT_TEMPLATE_COLUMNS), and what each row field is read from. */
const COLUMNS: Record<keyof HourImportRowInput | 'hours', string[]> = {
  volunteerNumber: ['志愿者编号', 'volunteer number'],
  phone: ['手机号', 'mobile', 'phone'],
  idNumber: ['身份证号', 'id number'],
  name: ['姓名', 'name'],
  serviceDate: ['服务日期', 'date', 'service date'],
  activity: ['活动名称', 'activity'],
  hours: ['服务时长(小时)', '服务时长（小时）', 'hours'],
  minutes: ['服务时长(分钟)', '服务时长（分钟）', 'minutes'],
  place: ['服务地点', 'place'],
  serviceContent: ['服务内容', 'content', 'service content'],
};

type Cell = string | number | boolean | Date | null | undefined;

export type ReadRows = { ok: true; rows: HourImportRowInput[] } | { ok: false; missing: string[] } | { ok: false; unreadable: true };

async function cellsOf(file: File): Promise<Cell[][]> {
  if (/\.csv$/i.test(file.name)) {
    const { default: Papa } = await import('papaparse');
    const text = (await file.text()).replace(/^\uFEFF/, '');
    return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  }
  const { readSheet } = await import('read-excel-file/browser');
  return (await readSheet(file)) as Cell[][];
}

/** A date cell as YYYY-MM-DD: a spreadsheet date (midnight UTC) or text as written. */
function dateText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell ?? '').trim();
}

function text(cell: Cell): string | null {
  const t = cell instanceof Date ? dateText(cell) : String(cell ?? '').trim();
  return t || null;
}

export async function readImportFile(file: File): Promise<ReadRows> {
  let cells: Cell[][];
  try {
    cells = await cellsOf(file);
  } catch {
    return { ok: false, unreadable: true };
  }
  const [heading = [], ...body] = cells;
  const names = heading.map((h) =>
    String(h ?? '')
      .trim()
      .toLowerCase(),
  );
  const at = (field: keyof typeof COLUMNS) => names.findIndex((n) => COLUMNS[field].some((c) => c.toLowerCase() === n));
  const index = Object.fromEntries(Object.keys(COLUMNS).map((f) => [f, at(f as keyof typeof COLUMNS)])) as Record<keyof typeof COLUMNS, number>;
  const missing = [
    index.serviceDate < 0 && COLUMNS.serviceDate[0],
    index.activity < 0 && COLUMNS.activity[0],
    index.hours < 0 && index.minutes < 0 && COLUMNS.hours[0],
    index.volunteerNumber < 0 && index.phone < 0 && index.idNumber < 0 && COLUMNS.volunteerNumber[0],
  ].filter((m): m is string => !!m);
  if (missing.length) return { ok: false, missing };
  const cell = (row: Cell[], field: keyof typeof COLUMNS) => (index[field] >= 0 ? row[index[field]] : null);
  const rows = body.map((row): HourImportRowInput => {
    const hours = Number(cell(row, 'hours'));
    const minutes = index.minutes >= 0 ? Number(cell(row, 'minutes')) : Math.round(hours * 60);
    return {
      volunteerNumber: text(cell(row, 'volunteerNumber')),
      phone: text(cell(row, 'phone')),
      idNumber: text(cell(row, 'idNumber')),
      name: text(cell(row, 'name')),
      serviceDate: dateText(cell(row, 'serviceDate')),
      activity: text(cell(row, 'activity')) ?? '',
      // The API refuses what is not a whole number of minutes from 1, with the row's number.
      minutes: Number.isFinite(minutes) ? Math.round(minutes) : 0,
      place: text(cell(row, 'place')),
      serviceContent: text(cell(row, 'serviceContent')),
    };
  });
  return { ok: true, rows };
}
