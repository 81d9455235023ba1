// Who runs this installation, as the site's footer, its legal pages and its certificates name
// them (read once from the environment by config.ts).
export interface SiteSettings {
  /** 运营单位: the organisation that runs the platform and handles personal information. */
  operator: string;
  /** 主管单位: the supervising body, if any (e.g. a district's civilisation office). */
  supervisor: string | null;
  /** 服务热线: a phone line for volunteers and the public. */
  hotline: string | null;
  /** 联系邮箱 */
  email: string | null;
  /** ICP 备案号 (e.g. 京ICP备12345678号-1), shown in the footer with a link to the MIIT's register. */
  icpNumber: string | null;
  /** 公安备案号 (public security filing), shown beside it when set. */
  publicSecurityFiling: string | null;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  operator: '爱心志愿服务平台',
  supervisor: null,
  hotline: null,
  email: null,
  icpNumber: null,
  publicSecurityFiling: null,
};

/** How to reach the operator, for the legal texts: the hotline and email that are set, else the site itself. */
export function contactLine(site: SiteSettings, publicUrl?: string): string {
  const ways = [site.hotline, site.email].filter((w): w is string => !!w);
  return ways.length ? ways.join(' / ') : (publicUrl ?? '本平台');
}
