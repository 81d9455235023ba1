// GET /calendar/<token>.ics (a volunteer's secret feed) and GET /projects/<id>.ics (a public
// project's shifts), as iCalendar. Anything else under these paths passes on (to the site).
import type { MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type Response, type NextFunction } from 'express';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { CalendarService } from './calendar.service.js';

const CONTENT_TYPE = 'text/calendar; charset=utf-8';

type Feed = (service: CalendarService, name: string) => Promise<string | null>;

interface CalendarRouteOptions {
  orm: MikroORM;
  vault: PersonalDataVault;
  publicUrl?: string;
}

function feedRoute(feed: Feed, headers: Record<string, string>, options: CalendarRouteOptions) {
  return async (req: Request<{ file: string }>, res: Response, next: NextFunction) => {
    const { file } = req.params;
    if (!file.endsWith('.ics')) return next();
    try {
      const body = await feed(new CalendarService(options.orm.em.fork(), options.vault, options.publicUrl), file.slice(0, -'.ics'.length));
      if (body === null) {
        res.status(404).set('Cache-Control', 'no-store').type('text/plain').send('Not found');
        return;
      }
      res
        .status(200)
        .set({ 'Content-Type': CONTENT_TYPE, ...headers })
        .send(body);
    } catch (error) {
      next(error);
    }
  };
}

export function calendarRoutes(options: CalendarRouteOptions): Router {
  const router = Router();
  router.get(
    '/calendar/:file',
    feedRoute(
      (service, token) => service.volunteerFeed(token),
      {
        // A personal address: not for shared caches, search engines or other sites' logs.
        'Cache-Control': 'private, max-age=300',
        'X-Robots-Tag': 'noindex',
        'Referrer-Policy': 'no-referrer',
        'Content-Disposition': 'inline; filename="aixin.ics"',
      },
      options,
    ),
  );
  router.get(
    '/projects/:file',
    feedRoute(
      (service, id) => service.projectFeed(id),
      {
        'Cache-Control': 'public, max-age=300',
        'Content-Disposition': 'inline; filename="aixin-project.ics"',
      },
      options,
    ),
  );
  return router;
}
