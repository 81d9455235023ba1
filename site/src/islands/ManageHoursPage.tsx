// The hours page of the back office (/manage/hours/): the service time to record after ended
// shifts, walk-ins, the correction requests to answer and the export of the records. Each section loads its own part from the API, so one slow or failing
// part does not hold back the others; they appear together once each has settled.
import { useState } from 'preact/hooks';
import type { Locale } from '../i18n/locales';
import { ManageCorrections } from './ManageCorrections';
import { ManageExport } from './ManageExport';
import { ManageGate, type ManagedOrganization } from './ManageGate';
import { ManageHours } from './ManageHours';
import { WalkIn } from './WalkIn';
import { HOURS_WORDS } from './words/manage-hours';
import './my-ledger.css';

export function ManageHoursPage({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{(org) => <HoursSections org={org} locale={locale} />}</ManageGate>;
}

/** The sections that read from the API; shown together once each has its answer. */
const LOADING_SECTIONS = 2;

function HoursSections({ org, locale }: { org: ManagedOrganization; locale: Locale }) {
  const organizationId = org.id;
  const [settled, setSettled] = useState(0);
  const onSettled = () => setSettled((n) => n + 1);
  const ready = settled >= LOADING_SECTIONS;
  return (
    <>
      {!ready && (
        <p class="account-loading" aria-busy="true">
          {HOURS_WORDS[locale].loading}
        </p>
      )}
      <div class="manage-sections" hidden={!ready}>
        <div class="manage-column">
          <ManageHours organizationId={organizationId} locale={locale} onSettled={onSettled} />
          <ManageExport organizationId={organizationId} locale={locale} />
        </div>
        <div class="manage-column">
          <ManageCorrections organizationId={organizationId} locale={locale} onSettled={onSettled} />
          <WalkIn org={org} locale={locale} />
        </div>
      </div>
    </>
  );
}
