// 导出记录: the organisation's service records of a period (China dates, inclusive) as CSV or
// Excel files. The API checks the period and the caller's role and answers with the download
// links, which carry the session cookie like any other request to the site.
import { useState } from 'preact/hooks';
import type { ManageHoursExportQuery, ManageHoursExportQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { errorText, failureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { chinaDate } from '../lib/manage-time';
import { FormStatus, type Status } from './FormStatus';
import { HOURS_WORDS } from './words/manage-hours';

const exportQuery = operation<ManageHoursExportQuery, ManageHoursExportQueryVariables>(/* GraphQL */ `
  query ManageHoursExport($id: ID!, $from: String!, $to: String!) {
    organization(id: $id) {
      id
      hoursExport(from: $from, to: $to) {
        csvUrl
        xlsxUrl
      }
    }
  }
`);

type Period = 'from' | 'to';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ManageExport({ organizationId, locale }: { organizationId: string; locale: Locale }) {
  const w = HOURS_WORDS[locale].exports;
  const today = chinaDate();
  const [period, setPeriod] = useState<Record<Period, string>>({ from: `${today.slice(0, 8)}01`, to: today });
  const [errors, setErrors] = useState<Partial<Record<Period, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [links, setLinks] = useState<{ csvUrl: string; xlsxUrl: string; label: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const edit = (name: Period, value: string) => {
    setPeriod((old) => ({ ...old, [name]: value }));
    setErrors((old) => ({ ...old, [name]: undefined }));
    setLinks(null);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<Period, string>> = {};
    for (const name of ['from', 'to'] as const) if (!DATE.test(period[name])) found[name] = w.pick;
    if (!found.from && !found.to && period.from > period.to) found.to = w.order;
    setErrors(found);
    if (found.from || found.to) return setStatus({ tone: 'error', text: w.fix });
    setBusy(true);
    setStatus({ tone: 'info', text: w.making });
    const result = await request(exportQuery, { id: organizationId, ...period });
    setBusy(false);
    const exported = result.ok ? result.data.organization?.hoursExport : null;
    if (exported) {
      setLinks({ ...exported, label: w.period(period.from, period.to) });
      return setStatus({ tone: 'success', text: w.made(period.from, period.to) });
    }
    if (result.ok) return setStatus({ tone: 'error', text: w.gone });
    const error = result.network ? null : result.errors[0];
    const own = { from: w.pick, to: w.order };
    if (error?.field === 'from' || error?.field === 'to') setErrors({ [error.field]: await errorText(error, locale, own) });
    setStatus({ tone: 'error', text: await failureText(result, locale, own) });
  };

  return (
    <section class="account-card manage-section" id="manage-export" aria-labelledby="manage-export-title">
      <h2 id="manage-export-title">{w.title}</h2>
      <p class="account-note">{w.note}</p>
      <form class="island-form manage-export" onSubmit={submit} noValidate aria-busy={busy}>
        <div class="manage-period">
          {(['from', 'to'] as const).map((name) => (
            <div key={name} class={errors[name] ? 'field field-invalid' : 'field'}>
              <label for={`export-${name}`}>{w[name]}</label>
              <input
                id={`export-${name}`}
                type="date"
                required
                max={today}
                value={period[name]}
                onInput={(e) => edit(name, e.currentTarget.value)}
                aria-invalid={errors[name] ? 'true' : undefined}
                aria-describedby={errors[name] ? `export-${name}-error` : undefined}
              />
              <p id={`export-${name}-error`} class="field-error">
                {errors[name]}
              </p>
            </div>
          ))}
        </div>
        <button type="submit" class="form-submit" disabled={busy}>
          {w.make}
        </button>
        <FormStatus status={status} locale={locale} />
      </form>
      {links && (
        <p class="manage-downloads" data-list="exports">
          <a href={links.csvUrl} download>
            {w.csv}
            <span class="visually-hidden">{w.about(links.label)}</span>
          </a>
          <a href={links.xlsxUrl} download>
            {w.xlsx}
            <span class="visually-hidden">{w.about(links.label)}</span>
          </a>
        </p>
      )}
    </section>
  );
}
