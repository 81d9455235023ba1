// The headers every answer carries (helmet). Scripts and styles of the site's pages are held by
// the Content-Security-Policy <meta> the site build writes into each page, with the hashes of
// exactly the scripts and styles it emitted (site/astro.config.mjs); what a <meta> cannot say is
// said here, for every answer: no page may be framed (frame-ancestors), no plugins, no <base>
// or form posts elsewhere. HSTS only where the public origin is https.
import helmet from 'helmet';
import { Router, type RequestHandler } from 'express';

// Pages may ask for the place (the nearby page) and the camera (scanning a code at the door); nothing else.
const PERMISSIONS_POLICY = 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()';

export function securityHeaders(options: { hsts: boolean }): RequestHandler {
  const headers = Router();
  headers.use((_req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  });
  headers.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          // Deliberately none here: a default-src in this header would also govern scripts and
          // block the pages' hashed inline scripts, which the page's own <meta> policy allows.
          defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      // The site's pages are same-origin and keep no cross-origin windows open.
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      // Calendar clients and partner servers fetch from other origins without credentials; nothing here embeds them.
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
      xContentTypeOptions: true,
    }),
  );
  return headers;
}
