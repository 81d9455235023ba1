// The hours page of the back office (/manage/hours/): the service time to record after ended
// shifts, the correction requests to answer, the export of the records and the check-in codes of
// the shifts about to start. Each section loads its own part from the API, so one slow or failing
// part does not hold back the others; they appear together once each has settled.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { ManageCorrections } from './ManageCorrections';
import { ManageExport } from './ManageExport';
import { ManageGate } from './ManageGate';
import { ManageHours } from './ManageHours';
import { ManageShifts } from './ManageShifts';
import './my-ledger.css';

export function ManageHoursPage({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <HoursSections organizationId={org.id} />}</ManageGate>;
}

/** The sections that read from the API; shown together once each has its answer. */
const LOADING_SECTIONS = 3;

function HoursSections({ organizationId }: { organizationId: string }) {
  const [settled, setSettled] = useState(0);
  const onSettled = () => setSettled((n) => n + 1);
  const ready = settled >= LOADING_SECTIONS;
  return (
    <>
      {!ready && (
        <p class="account-loading" aria-busy="true">
          正在读取组织的待办事项……
        </p>
      )}
      <div class="manage-sections" hidden={!ready}>
        <div class="manage-column">
          <ManageHours organizationId={organizationId} onSettled={onSettled} />
          <ManageExport organizationId={organizationId} />
        </div>
        <div class="manage-column">
          <ManageCorrections organizationId={organizationId} onSettled={onSettled} />
          <ManageShifts organizationId={organizationId} onSettled={onSettled} />
        </div>
      </div>
    </>
  );
}
