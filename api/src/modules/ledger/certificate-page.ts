// The printable certificate (志愿服务记录证明) as one self-contained HTML page: A4 print styles,
// the system's Chinese fonts only, the QR code inline as SVG; nothing loaded from elsewhere.
import QRCode from 'qrcode';
import { chinaDay } from '../../common/china-time.js';
import { escapeHtml } from '../../common/html.js';
import type { Certificate } from './certificate.entity.js';

const hours = (minutes: number) => (Math.round((minutes / 60) * 100) / 100).toFixed(2).replace(/\.?0+$/, '');

function chineseDate(instant: Date): string {
  const d = chinaDay(instant);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}

export interface CertificatePageOptions {
  verifyUrl: string;
  /** The holder's real name, only when the holder is the one looking. */
  realName: string | null;
  /** The issuing body's seal (a data: URI), stamped over its name; null for none. */
  seal?: string | null;
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3efe6; color: #222; line-height: 1.5;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
.sheet { width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto 24px; padding: 18mm 16mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
h1 { margin: 0 0 4mm; padding-left: .3em; text-align: center; font-size: 26pt; letter-spacing: .3em; color: #9e1b1b;
  font-family: "Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
.number { text-align: center; font-size: 10pt; color: #555; margin: 0 0 8mm; }
.lead { font-size: 12pt; line-height: 2; text-indent: 2em; margin: 0 0 6mm; }
dl.holder { display: grid; grid-template-columns: 28mm 1fr 28mm 1fr; gap: 2mm 4mm; font-size: 11pt; margin: 0 0 6mm; }
dl.holder dt { color: #666; } dl.holder dd { margin: 0; font-weight: 600; }
.records { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
th, td { border: 0.3mm solid #999; padding: 1.6mm 2mm; text-align: left; vertical-align: top; }
th { background: #f6f1e7; white-space: nowrap; } td.num, td.date { text-align: right; white-space: nowrap; }
th.wide { min-width: 6.5em; } th.content { min-width: 9em; }
tfoot td { font-weight: 600; }
.issuer { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; margin-top: 10mm; font-size: 11pt; line-height: 1.9; }
.issuer-text { position: relative; }
.seal { position: absolute; left: 3.5em; top: -7mm; width: 38mm; height: 38mm; object-fit: contain; opacity: .9; mix-blend-mode: multiply; pointer-events: none; }
.qr { flex: none; text-align: center; font-size: 8.5pt; color: #555; } .qr svg { width: 30mm; height: 30mm; display: block; margin: 0 auto 1mm; }
.quals h2 { font-size: 11pt; margin: 6mm 0 2mm; } .quals ul { margin: 0; padding-left: 1.4em; font-size: 10.5pt; }
.note { margin: 6mm 0 0; font-size: 8.5pt; color: #666; line-height: 1.6; overflow-wrap: anywhere; }
.actions { width: 210mm; max-width: 100%; margin: 0 auto; padding: 12px 0; text-align: right; }
.actions button { font: inherit; font-size: 15px; padding: 8px 22px; border: 0; border-radius: 999px; background: #c8102e; color: #fff; cursor: pointer; }
.actions button:hover { background: #9e0c24; } .actions button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
@media screen and (max-width: 800px) {
  .actions { padding: 10px 12px; }
  .sheet { min-height: 0; padding: 20px 14px; box-shadow: none; }
  h1 { font-size: 21pt; letter-spacing: .15em; padding-left: .15em; }
  dl.holder { grid-template-columns: 6.5em 1fr; gap: 4px 10px; }
  table { min-width: 680px; }
  .issuer { flex-wrap: wrap; }
}
@media print { body { background: #fff; } .sheet { margin: 0; box-shadow: none; width: auto; min-height: auto; padding: 0; } .actions { display: none; } tr { break-inside: avoid; } .records { overflow: visible; }
  /* The total once, at the end: a footer group would repeat on every printed page. */
  tfoot { display: table-row-group; } }
`;

/** The holder's qualifications valid at issue (资质), when there are any. */
function qualificationList(cert: Certificate): string {
  if (!cert.qualifications?.length) return '';
  const items = cert.qualifications.map((q) => `<li>${escapeHtml(q.name)}（有效期至 ${escapeHtml(q.expiresOn)}）</li>`).join('');
  return `<section class="quals"><h2>持有资质</h2><ul>${items}</ul></section>`;
}

export async function renderCertificatePage(cert: Certificate, options: CertificatePageOptions): Promise<string> {
  const e = escapeHtml;
  const rows = cert.records
    .map(
      (r, i) =>
        `<tr><td class="num">${i + 1}</td><td class="date">${e(r.serviceDate)}</td><td>${e(r.activity)}</td><td>${e(r.organization)}</td>` +
        `<td>${e(r.place ?? '')}</td><td>${e(r.serviceContent)}</td><td class="num">${hours(r.minutes)}</td></tr>`,
    )
    .join('\n');
  const name = options.realName ?? cert.displayName;
  const svg = await qrSvg(options.verifyUrl);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>志愿服务记录证明 ${e(cert.code)}</title>
<style>${STYLE}</style></head>
<body><div class="actions"><button type="button" onclick="window.print()">打印 / 另存为 PDF</button></div>
<main class="sheet">
<h1>志愿服务记录证明</h1>
<p class="number">证书编号：${e(cert.code)}</p>
<p class="lead">兹证明 <strong>${e(name)}</strong>（志愿者编号 ${e(cert.volunteerNumber)}）参加志愿服务，经志愿服务组织记录，累计志愿服务时长 <strong>${hours(cert.totalMinutes)}</strong> 小时，服务记录共 ${cert.recordCount} 条，明细如下。</p>
<dl class="holder">
<dt>姓名</dt><dd>${e(name)}</dd><dt>志愿者编号</dt><dd>${e(cert.volunteerNumber)}</dd>
<dt>证件类型</dt><dd>${e(cert.idType)}</dd><dt>证件号码</dt><dd>${e(cert.idNumberMasked ?? '—')}</dd>
<dt>累计服务时长</dt><dd>${hours(cert.totalMinutes)} 小时（${cert.totalMinutes} 分钟）</dd><dt>出具日期</dt><dd>${chineseDate(cert.issuedAt)}</dd>
</dl>
<div class="records"><table><thead><tr><th>序号</th><th>服务日期</th><th class="wide">活动名称</th><th class="wide">记录组织</th><th class="wide">服务地点</th><th class="content">服务内容</th><th>时长(小时)</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><td colspan="6">合计</td><td class="num">${hours(cert.totalMinutes)}</td></tr></tfoot></table></div>
${qualificationList(cert)}
<div class="issuer">
<div class="issuer-text">${options.seal ? `<img class="seal" src="${e(options.seal)}" alt="${e(cert.issuer.name)}（印章）">` : ''}出具单位：${e(cert.issuer.name)}<br>负责人：${e(cert.issuer.personInCharge)}<br>经办人：${e(cert.issuer.handler)}<br>联系方式：${e(cert.issuer.contact)}<br>出具日期：${chineseDate(cert.issuedAt)}</div>
<div class="qr">${svg}扫码核验</div>
</div>
<p class="note">本证明依据《志愿服务记录与证明出具办法》出具，记录由组织志愿服务的单位登记。真伪可扫描二维码或访问 ${e(options.verifyUrl)} 核验；本证明所列为出具时的记录。</p>
</main>
</body></html>`;
}
