// The volunteer card's photo beside /graphql: POST /card/photo takes one photo as
// multipart/form-data (a field named `file`), signed in exactly as /graphql is, and answers the
// card photo made of it as `{ "photo": "data:image/webp;base64,…" }`. It is never a public file:
// the photo is sealed with the volunteer's personal data and read through Volunteer.cardPhoto.
import { Router } from 'express';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { uploadHandler, type UploadRouteOptions } from '../image/image.routes.js';
import { CardService } from './card.service.js';

export function cardRoutes(options: UploadRouteOptions & { vault: PersonalDataVault }): Router {
  const router = Router();
  router.post(
    '/card/photo',
    uploadHandler(options, async (viewer, em, { file }) => ({ status: 200, body: { photo: await new CardService(em, options.vault).setPhoto(viewer, file) } })),
  );
  return router;
}
