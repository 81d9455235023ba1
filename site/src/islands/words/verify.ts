// The words of the certificate verification page's island (VerifyCertificate), in both languages.
import type { Locale } from '../../i18n/locales';

export interface VerifyWords {
  missing: string;
  label: string;
  hint: string;
  checking: string;
  check: string;
  checkingCode: [string, string];
  unavailable: string;
  invalid: string;
  /** Before and after the code. */
  invalidText: [string, string];
  valid: string;
  validText: string;
  code: string;
  holder: string;
  volunteerNumber: string;
  hours: string;
  hoursValue: (hours: string, records: number) => string;
  issuer: string;
  issuedAt: string;
  changed: (hours: string) => string;
  same: string;
}

export const VERIFY_WORDS: Record<Locale, VerifyWords> = {
  'zh-CN': {
    missing: '请填写证书编号',
    label: '证书编号',
    hint: '印在证明标题下方，形如 ABCD1234EFGH-JKMN5678PQRS7890。扫描证明上的二维码会自动填写。',
    checking: '正在核验……',
    check: '核验',
    checkingCode: ['正在核验证书编号 ', '……'],
    unavailable: '暂时无法核验',
    invalid: '无效证明',
    invalidText: ['证书编号 ', ' 无效：平台没有出具过这份证明，或编号、证明内容已被改动。请核对编号，或向持证人索取原件。'],
    valid: '有效证明',
    validText: '这份志愿服务记录证明由平台出具，内容未被改动。以下为出具时的记录：',
    code: '证书编号',
    holder: '持证人',
    volunteerNumber: '志愿者编号',
    hours: '服务时长',
    hoursValue: (h, n) => `${h} 小时（${n} 条服务记录）`,
    issuer: '出具单位',
    issuedAt: '出具日期',
    changed: (h) => `持证人目前的累计服务时长为 ${h} 小时，与出具时不同（此后有新增或更正的记录）。`,
    same: '持证人目前的累计服务时长与出具时相同。',
  },
  en: {
    missing: 'Enter the certificate number',
    label: 'Certificate number',
    hint: 'Printed below the certificate’s title, like ABCD1234EFGH-JKMN5678PQRS7890. Scanning the QR code on the certificate fills it in.',
    checking: 'Checking…',
    check: 'Verify',
    checkingCode: ['Checking certificate number ', '…'],
    unavailable: 'Cannot verify for now',
    invalid: 'Not a valid certificate',
    invalidText: [
      'Certificate number ',
      ' is not valid: the platform never issued this certificate, or the number or the certificate’s contents were altered. Check the number, or ask the holder for the original.',
    ],
    valid: 'Valid certificate',
    validText: 'This certificate of volunteer service was issued by the platform and has not been altered. The records as issued:',
    code: 'Certificate number',
    holder: 'Holder',
    volunteerNumber: 'Volunteer number',
    hours: 'Service hours',
    hoursValue: (h, n) => `${h} ${h === '1' ? 'hour' : 'hours'} (${n} service ${n === 1 ? 'record' : 'records'})`,
    issuer: 'Issued by',
    issuedAt: 'Date of issue',
    changed: (h) => `The holder’s total service hours are now ${h}, which differs from the certificate (records were added or corrected since).`,
    same: 'The holder’s total service hours are the same as when the certificate was issued.',
  },
};
