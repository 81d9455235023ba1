// /unsubscribe?token=…, the link every email carries. GET shows what the link does and a button
// (mail scanners and link previews fetch links, and must not turn email off); POST turns email
// off: the button's form and mail clients' one-click unsubscribe (RFC 8058: a POST with the body
// `List-Unsubscribe=One-Click` to the List-Unsubscribe address). Short pages in both languages.
import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Response } from 'express';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { escapeHtml } from '../../common/html.js';
import { recipientOfToken, unsubscribe } from './unsubscribe.js';

interface UnsubscribeRouteOptions {
  orm: MikroORM;
  vault: PersonalDataVault;
}

function page(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .type('html')
    // The address holds a token: not for caches, search engines or the next site's Referer.
    .set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', 'Referrer-Policy': 'no-referrer' })
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${title}</title><style>body{font:16px/1.6 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#222}` +
        `button{font:inherit;padding:.5rem 1.2rem;border-radius:.4rem;border:0;background:#c0392b;color:#fff;cursor:pointer}p[lang=en]{color:#555}</style></head>` +
        `<body>${body}</body></html>`,
    );
}

const ACCOUNT_LINKS = `<p><a href="/account/settings/">账户设置</a> · <a href="/en/account/settings/" lang="en">Account settings</a></p>`;

function invalid(res: Response): void {
  page(
    res,
    404,
    '链接无效 · Link not valid',
    `<h1>链接无效</h1><p>这个退订链接无效或账户已注销。你可以登录后在账户设置中关闭邮件通知。</p>` +
      `<p lang="en">This unsubscribe link is not valid, or the account is closed. Log in to turn email off in your account settings.</p>${ACCOUNT_LINKS}`,
  );
}

export function unsubscribeRoutes(options: UnsubscribeRouteOptions): Router {
  const router = Router();
  const token = (query: unknown) => (typeof query === 'string' ? query : '');

  router.get('/unsubscribe', async (req, res, next) => {
    try {
      const given = token(req.query.token);
      if (!(await recipientOfToken(options.orm.em.fork(), options.vault, given))) return invalid(res);
      page(
        res,
        200,
        '退订邮件通知 · Unsubscribe',
        `<h1>退订邮件通知</h1><p>退订后，平台不再给你发送邮件；所有消息仍会出现在“我的账户”中。</p>` +
          `<p lang="en">Stop email notifications: no more emails from the platform; every message still shows on your account page.</p>` +
          `<form method="post" action="/unsubscribe?token=${escapeHtml(encodeURIComponent(given))}"><button type="submit">退订 · Unsubscribe</button></form>`,
      );
    } catch (error) {
      next(error);
    }
  });

  router.post('/unsubscribe', async (req, res, next) => {
    try {
      if (!(await unsubscribe(options.orm.em.fork(), options.vault, token(req.query.token)))) return invalid(res);
      page(
        res,
        200,
        '已退订 · Unsubscribed',
        `<h1>已退订邮件通知</h1><p>平台不再给你发送邮件，消息仍在“我的账户”中。想再接收邮件，可在账户设置中重新开启。</p>` +
          `<p lang="en">You will get no more emails; your messages stay on your account page. To get emails again, turn them on in your account settings.</p>${ACCOUNT_LINKS}`,
      );
    } catch (error) {
      next(error);
    }
  });
  return router;
}
