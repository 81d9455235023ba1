// HTTP routes of images beside /graphql: POST /media takes one photo as multipart/form-data
// (fields `purpose`, `organizationId`, then `file`), signed in exactly as /graphql is, and
// answers the stored image as JSON; GET /media/<name> serves locally stored files. Other modules'
// uploads (the volunteer card's photo) are read and refused the same way (uploadHandler).
import busboy from 'busboy';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Router, type Request, type RequestHandler } from 'express';
import type { Viewer } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, UnauthenticatedError } from '../../common/errors.js';
import { httpErrorAnswer } from '../../common/error-mapper.js';
import { ImageService, type UploadRequest } from './image.service.js';
import { MAX_UPLOAD_BYTES, tooLarge } from './image-processing.js';
import { IMMUTABLE, LocalImageStorage, MEDIA_NAME, type ImageStorage } from './image-storage.js';
import { toImage } from './image.types.js';

export interface ImageRouteOptions {
  orm: MikroORM;
  storage: ImageStorage;
  viewerFor: (req: Request, em: EntityManager) => Promise<Viewer | null>;
  /** Whether a request could have been sent by a foreign page with the visitor's cookie (refused, as /graphql refuses it). */
  crossSite: (req: Request) => boolean;
  log: (message: string) => void;
}

const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' };

/** The form's fields and its one file, read with a hard size limit. */
function readUpload(req: Request): Promise<{ fields: UploadRequest; file: Buffer }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 200, parts: 6 } });
    } catch {
      return reject(
        new BadUserInputError('file', Reason.BAD_FORMAT, 'Send the photo as multipart/form-data with a field named "file"', {
          expected: 'multipart/form-data',
        }),
      );
    }
    const fields: UploadRequest = { purpose: undefined, organizationId: undefined };
    const chunks: Buffer[] = [];
    let sawFile = false;
    let truncated = false;
    parser.on('field', (name, value) => {
      if (name === 'purpose' || name === 'organizationId') fields[name] = value;
    });
    parser.on('file', (name, stream) => {
      if (name !== 'file' || sawFile) return void stream.resume();
      sawFile = true;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => (truncated = true));
    });
    parser.on('error', () => reject(new BadUserInputError('file', Reason.UPLOAD_BROKEN, 'The upload was malformed or cut short')));
    parser.on('close', () => {
      if (truncated) return reject(tooLarge());
      if (!sawFile) return reject(new BadUserInputError('file', Reason.REQUIRED, 'Choose a photo to upload (a field named "file")'));
      resolve({ fields, file: Buffer.concat(chunks) });
    });
    req.pipe(parser);
  });
}

/** What an upload route needs of the server: who sends it, and whether a foreign page could have. */
export type UploadRouteOptions = Pick<ImageRouteOptions, 'orm' | 'viewerFor' | 'crossSite' | 'log'>;

/**
 * An upload route's handler, as POST /media works: a cross-site post with the session cookie, a body
 * declared far past the limit or a signed-out sender are refused before the body is read; then the
 * form is read and `answer` makes the reply; refusals are the API's errors, in JSON.
 */
export function uploadHandler(
  options: UploadRouteOptions,
  answer: (viewer: Viewer, em: EntityManager, upload: { fields: UploadRequest; file: Buffer }) => Promise<{ status: number; body: unknown }>,
): RequestHandler {
  return async (req, res) => {
    try {
      if (options.crossSite(req)) {
        throw new BadUserInputError(
          'file',
          Reason.BAD_FORMAT,
          'An upload with the session cookie needs the apollo-require-preflight header (protection against cross-site requests)',
        );
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      // Multipart framing adds a few hundred bytes; anything far past the limit is refused unread.
      if (declared > MAX_UPLOAD_BYTES + 64 * 1024) {
        res.set('Connection', 'close');
        throw tooLarge();
      }
      const em = options.orm.em.fork();
      const viewer = await options.viewerFor(req, em);
      // Signed out: refused before the body is read.
      if (!viewer) throw new UnauthenticatedError();
      const { status, body } = await answer(viewer, em, await readUpload(req));
      res.status(status).set('Cache-Control', 'no-store').json(body);
    } catch (error) {
      if (!req.readableEnded) req.resume();
      const { status, body } = httpErrorAnswer(error, options.log, 'upload');
      res.status(status).set('Cache-Control', 'no-store').json(body);
    }
  };
}

export function imageRoutes(options: ImageRouteOptions): Router {
  const router = Router();
  const { storage } = options;

  router.post(
    '/media',
    uploadHandler(options, async (viewer, em, { fields, file }) => {
      const { image, created } = await new ImageService(em, storage).upload(viewer, fields, file);
      const answer = toImage(image, storage);
      return { status: created ? 201 : 200, body: { image: { ...answer, avifSrcset: answer.avifSrcset, webpSrcset: answer.webpSrcset } } };
    }),
  );

  // In an object store, the stable path content keeps (/media/<name>) leads to the file's public URL.
  if (!(storage instanceof LocalImageStorage)) {
    router.get('/media/:name', (req, res) => {
      const name = String(req.params.name);
      if (!MEDIA_NAME.test(name)) return void res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      res.set('Cache-Control', IMMUTABLE).redirect(301, storage.url(name));
    });
  } else {
    router.get('/media/:name', async (req, res) => {
      const file = await storage.open(String(req.params.name));
      if (!file) return void res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      res.status(200).type(TYPES[String(req.params.name).split('.').pop()!]).set('Cache-Control', IMMUTABLE).set('Content-Length', String(file.size));
      file.stream.pipe(res);
    });
  }
  return router;
}
