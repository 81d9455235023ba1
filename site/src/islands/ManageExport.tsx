// 导出记录: the organisation's service records of a period (China dates, inclusive) as CSV or
// Excel files. The API checks the period and the caller's role and answers with the download
// links, which carry the session cookie like any other request to the site.
import { useState } from 'preact/hooks';
import type { ManageHoursExportQuery, ManageHoursExportQueryVariables } from '../gql/graphql';
import { chineseErrorText, chineseFailureText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { chinaDate } from '../lib/manage-time';
import { FormStatus, type Status } from './FormStatus';

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
const LABEL: Record<Period, string> = { from: '开始日期', to: '结束日期' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ManageExport({ organizationId }: { organizationId: string }) {
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
    for (const name of ['from', 'to'] as const) if (!DATE.test(period[name])) found[name] = '请选择日期';
    if (!found.from && !found.to && period.from > period.to) found.to = '结束日期不能早于开始日期';
    setErrors(found);
    if (found.from || found.to) return setStatus({ tone: 'error', text: '请按提示修改后再生成。' });
    setBusy(true);
    setStatus({ tone: 'info', text: '正在生成下载链接……' });
    const result = await request(exportQuery, { id: organizationId, ...period });
    setBusy(false);
    const exported = result.ok ? result.data.organization?.hoursExport : null;
    if (exported) {
      setLinks({ ...exported, label: `${period.from} 至 ${period.to}` });
      return setStatus({ tone: 'success', text: `已生成 ${period.from} 至 ${period.to} 的服务记录下载链接。` });
    }
    if (result.ok) return setStatus({ tone: 'error', text: '登录已失效或没有权限，请刷新页面后重新登录。' });
    const error = result.network ? null : result.errors[0];
    if (error?.field === 'from' || error?.field === 'to') setErrors({ [error.field]: chineseErrorText(error) });
    setStatus({ tone: 'error', text: chineseFailureText(result) });
  };

  return (
    <section class="account-card manage-section" id="manage-export" aria-labelledby="manage-export-title">
      <h2 id="manage-export-title">导出记录</h2>
      <p class="account-note">按服务日期导出本组织登记的服务记录（姓名已部分隐藏），CSV 可用 Excel 直接打开。</p>
      <form class="island-form manage-export" onSubmit={submit} noValidate aria-busy={busy}>
        <div class="manage-period">
          {(['from', 'to'] as const).map((name) => (
            <div key={name} class={errors[name] ? 'field field-invalid' : 'field'}>
              <label for={`export-${name}`}>{LABEL[name]}</label>
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
          生成下载链接
        </button>
        <FormStatus status={status} locale="zh-CN" />
      </form>
      {links && (
        <p class="manage-downloads" data-list="exports">
          <a href={links.csvUrl} download>
            下载 CSV<span class="visually-hidden">（{links.label}）</span>
          </a>
          <a href={links.xlsxUrl} download>
            下载 Excel（XLSX）<span class="visually-hidden">（{links.label}）</span>
          </a>
        </p>
      )}
    </section>
  );
}
