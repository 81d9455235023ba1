// HTTP routes of the ledger beside /graphql: the printable certificate page (public by code) and
// an organisation's record exports (its coordinators, signed in by bearer token or session cookie).
import type { Settings } from '../../common/settings.js';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response } from 'express';
import type { Viewer } from '../../common/auth.js';
import { httpErrorAnswer } from '../../common/error-mapper.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Certificate } from './certificate.entity.js';
import { renderCertificatePage } from './certificate-page.js';
import { escapeHtml } from '../../common/html.js';
import { CertificateService } from './certificate.service.js';
import { exportPeriod, exportRows, IMPORT_TEMPLATE_COLUMNS, shiftRoster, toCsv, toXlsx } from './ledger-export.js';
import { sealedRealNames } from './ledger.queries.js';

export interface LedgerRouteOptions {
  orm: MikroORM;
  vault: PersonalDataVault;
  /** The signed-in viewer of a request, resolved exactly as for /graphql. */
  viewerFor: (req: Request, em: EntityManager) => Promise<Viewer | null>;
  log: (message: string) => void;
  /** The certificates' issuer, seal and limits, and the public origin for their verification links (else the request's). */
  settings?: Settings;
}

function publicOrigin(req: Request, settings: Settings | undefined): string {
  return settings?.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function notFoundPage(res: Response): void {
  res
    .status(404)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>证明不存在</title></head><body><h1>未找到该志愿服务记录证明</h1><p>证书编号无效或已被篡改。</p></body></html>',
    );
}

export function ledgerRoutes(options: LedgerRouteOptions): Router {
  const router = Router();

  router.get('/certificates/:code', async (req, res) => {
    const em = options.orm.em.fork();
    try {
      const verification = await new CertificateService(em, options.vault, options.settings).verify(String(req.params.code));
      if (!verification.valid || !verification.certificate) return notFoundPage(res);
      const cert: Certificate = verification.certificate;
      // The real name only for the holder themselves; everyone else sees the masked name.
      const viewer = await options.viewerFor(req, em);
      let realName: string | null = null;
      if (viewer?.volunteerId === cert.volunteer.id) {
        const [sealed] = await sealedRealNames(em, [viewer.volunteerId]);
        realName = sealed ? options.vault.decrypt(sealed.sealed) : null;
      }
      const verifyUrl = `${publicOrigin(req, options.settings)}/verify/?code=${encodeURIComponent(cert.code)}`;
      res
        .status(200)
        .type('html')
        .set('Cache-Control', realName ? 'private, no-store' : 'public, max-age=300')
        .set('Vary', 'Cookie, Authorization')
        .set('X-Robots-Tag', 'noindex')
        .send(await renderCertificatePage(cert, { verifyUrl, realName, seal: options.settings?.certificate.seal ?? null }));
    } catch (error) {
      options.log(`certificate page failed: ${(error as Error).name}`);
      res
        .status(500)
        .type('html')
        .send(`<!doctype html><meta charset="utf-8"><p>${escapeHtml('服务暂时不可用')}</p>`);
    }
  });

  router.get('/exports/organizations/:id/:file', async (req, res) => {
    const format = req.params.file === 'hours.csv' ? 'csv' : req.params.file === 'hours.xlsx' ? 'xlsx' : null;
    if (!format) return res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    const em = options.orm.em.fork();
    try {
      const viewer = await options.viewerFor(req, em);
      const organizationId = String(req.params.id);
      await requireOrgRole(em, viewer, organizationId, MANAGING_ROLES);
      const period = exportPeriod(req.query.from, req.query.to);
      const rows = await exportRows(em, organizationId, period);
      const name = `hours-${organizationId}-${period.from}-${period.to}.${format}`;
      res
        .status(200)
        .set('Cache-Control', 'private, no-store')
        .set('Content-Disposition', `attachment; filename="${name}"`)
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(format === 'csv' ? toCsv(rows) : toXlsx(rows));
    } catch (error) {
      const { status, body } = httpErrorAnswer(error, options.log, 'export');
      res.status(status).json(body);
    }
  });

  // The template for importing earlier records: the columns the import page reads, and one example row.
  router.get('/templates/hour-import.:format', (req, res) => {
    const format = req.params.format === 'csv' ? 'csv' : req.params.format === 'xlsx' ? 'xlsx' : null;
    if (!format) return res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    const rows = [
      IMPORT_TEMPLATE_COLUMNS,
      ['V4601062026000001', '', '', '张三', '2025-03-05', '学雷锋社区义诊', '2.5', '海口市龙华区滨海公园', '为居民测量血压'],
    ];
    res
      .status(200)
      .set('Cache-Control', 'public, max-age=3600')
      .set('Content-Disposition', `attachment; filename="hour-import-template.${format}"`)
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(format === 'csv' ? toCsv(rows) : toXlsx(rows, '服务记录'));
  });

  // A shift's roster for the door or the organisers' files: its coordinators only; phones masked.
  router.get('/exports/shifts/:id/roster.csv', async (req, res) => {
    const em = options.orm.em.fork();
    try {
      const viewer = await options.viewerFor(req, em);
      const roster = await shiftRoster(em, options.vault, String(req.params.id));
      await requireOrgRole(em, viewer, roster.organizationId, MANAGING_ROLES);
      res
        .status(200)
        .set('Cache-Control', 'private, no-store')
        .set('Content-Disposition', `attachment; filename="roster-${roster.shiftId}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(toCsv(roster.rows));
    } catch (error) {
      const { status, body } = httpErrorAnswer(error, options.log, 'roster export');
      res.status(status).json(body);
    }
  });

  return router;
}
