// 导入 (/manage/import/): earlier service records from a spreadsheet. Download the template, choose
// the file (read here, in the browser), preview every row's check, then import in batches with a
// progress bar; rows imported before are not recorded again, and refused rows are listed with
// their reason.
import { useState } from 'preact/hooks';
import type {
  HourImportRowInput,
  ManageImportHoursMutation,
  ManageImportHoursMutationVariables,
  ManagePreviewImportQuery,
  ManagePreviewImportQueryVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { readImportFile } from '../lib/import-file';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { RECORD_WORDS } from './words/manage-records';

// Read by codegen like every document; sent with each operation that spreads it.
const importResult = /* GraphQL */ `
  fragment ImportResult on HourImportResult {
    recorded
    alreadyImported
    refused
    ready
    rows {
      row
      status
      field
      message
      volunteer
    }
  }
`;

const previewQuery = operation<ManagePreviewImportQuery, ManagePreviewImportQueryVariables>(
  /* GraphQL */ `
  query ManagePreviewImport($input: HourImportInput!) {
    previewHourImport(input: $input) {
      ...ImportResult
    }
  }
`,
  importResult,
);

const importMutation = operation<ManageImportHoursMutation, ManageImportHoursMutationVariables>(
  /* GraphQL */ `
  mutation ManageImportHours($input: HourImportInput!) {
    importHourRecords(input: $input) {
      ...ImportResult
    }
  }
`,
  importResult,
);

type Result = ManagePreviewImportQuery['previewHourImport'];
type Row = Result['rows'][number];
const BATCH = 500;

export function ManageImport({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <Import org={org} locale={locale} />}</ManageGate>;
}

function Import({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const w = RECORD_WORDS[locale];
  const [file, setFile] = useState<{ name: string; rows: HourImportRowInput[] } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(0);
  const [result, setResult] = useState<{ kind: 'preview' | 'import'; totals: Omit<Result, 'rows' | '__typename'>; problems: Row[] } | null>(null);

  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    setResult(null);
    setFile(null);
    if (!chosen) return;
    setStatus({ tone: 'info', text: w.reading });
    const read = await readImportFile(chosen);
    if (!read.ok) return setStatus({ tone: 'error', text: 'missing' in read ? w.missingColumns(read.missing.join('、')) : w.unreadable });
    setFile({ name: chosen.name, rows: read.rows });
    setStatus({ tone: 'info', text: w.rows(read.rows.length) });
  };

  /** Runs every batch of the file through preview or import, adding up what came back. */
  const run = async (kind: 'preview' | 'import') => {
    if (!file) return;
    setBusy(true);
    setDone(0);
    setResult(null);
    setStatus({ tone: 'info', text: kind === 'preview' ? w.previewing : w.importing });
    const totals = { recorded: 0, alreadyImported: 0, refused: 0, ready: 0 };
    const problems: Row[] = [];
    for (let start = 0; start < file.rows.length; start += BATCH) {
      const input = { organizationId: org.id, source: `${file.name}`.slice(0, 120), rows: file.rows.slice(start, start + BATCH), firstRow: start + 2 };
      const sent = kind === 'preview' ? await send(previewQuery, { input }, locale) : await send(importMutation, { input }, locale);
      if (!sent.ok) {
        setBusy(false);
        return setStatus({ tone: 'error', text: sent.text });
      }
      const batch = 'previewHourImport' in sent.data ? sent.data.previewHourImport : sent.data.importHourRecords;
      totals.recorded += batch.recorded;
      totals.alreadyImported += batch.alreadyImported;
      totals.refused += batch.refused;
      totals.ready += batch.ready;
      problems.push(...batch.rows.filter((r) => r.status === 'REFUSED'));
      setDone(Math.min(file.rows.length, start + BATCH));
    }
    setBusy(false);
    setResult({ kind, totals, problems });
    setStatus({
      tone: totals.refused ? 'error' : 'success',
      text:
        kind === 'preview' ? w.ready(totals.ready, totals.alreadyImported, totals.refused) : w.summary(totals.recorded, totals.alreadyImported, totals.refused),
    });
  };

  return (
    <section class="account-card" aria-labelledby="manage-import">
      <h2 id="manage-import">{w.importTitle}</h2>
      <p class="account-note">{w.importNote}</p>
      <p class="manage-actions">
        <a class="signup-more" href="/templates/hour-import.xlsx" download>
          {w.template} (XLSX)
        </a>
        <a class="signup-more" href="/templates/hour-import.csv" download>
          {w.template} (CSV)
        </a>
      </p>
      <div class="island-form">
        <div class="field">
          <label for="import-file">{w.file}</label>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy}
            onChange={(e) => void choose(e.currentTarget)}
          />
        </div>
        <div class="manage-actions">
          <button type="button" class="signup-more" disabled={!file || busy} onClick={() => void run('preview')}>
            {w.preview}
          </button>
          <button type="button" class="form-submit" disabled={!file || busy} onClick={() => void run('import')}>
            {w.import}
          </button>
        </div>
        {file && (busy || done > 0) && (
          <div class="import-progress">
            <label for="import-progress">{w.progress(done, file.rows.length)}</label>
            <progress id="import-progress" max={file.rows.length} value={done} />
          </div>
        )}
        <FormStatus status={status} locale={locale} />
      </div>
      {result && (
        <div data-state={result.kind}>
          <h3 class="manage-subtitle">{w.problems}</h3>
          {result.problems.length ? (
            <div class="manage-table-wrap">
              <table class="manage-table" data-list="import-problems">
                <thead>
                  <tr>
                    <th scope="col">{w.row}</th>
                    <th scope="col">{w.volunteer}</th>
                    <th scope="col">{w.result}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.problems.map((r) => (
                    <tr key={r.row} data-row={r.row} data-field={r.field ?? undefined}>
                      <td>{r.row}</td>
                      <td>{r.volunteer ?? '—'}</td>
                      <td>{w.problem(r.field, r.message)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="account-empty">{w.noProblems}</p>
          )}
        </div>
      )}
    </section>
  );
}
