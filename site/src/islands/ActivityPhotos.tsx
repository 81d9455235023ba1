// 活动照片: an activity's public gallery in the activity editor. Photos are uploaded one at a
// time (ImageUpload), then described, ordered and saved together (setProjectPhotos); editable in
// every status, since photos usually come after the activity.
import { useEffect, useState } from 'preact/hooks';
import type {
  ManageActivityPhotosQuery,
  ManageActivityPhotosQueryVariables,
  ManageSetActivityPhotosMutation,
  ManageSetActivityPhotosMutationVariables,
} from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { FormStatus, type Status } from './FormStatus';
import { ImageUpload, type UploadedImage } from './ImageUpload';
import { PHOTO_WORDS } from './words/manage-photos';

// Read by codegen like every document; sent with each operation that spreads it.
const gallery = /* GraphQL */ `
  fragment ActivityGallery on Project {
    id
    photos {
      id
      url
      width
      height
      alt
    }
  }
`;

const photosQuery = operation<ManageActivityPhotosQuery, ManageActivityPhotosQueryVariables>(
  /* GraphQL */ `
  query ManageActivityPhotos($id: ID!) {
    project(id: $id) {
      ...ActivityGallery
    }
  }
`,
  gallery,
);

const saveMutation = operation<ManageSetActivityPhotosMutation, ManageSetActivityPhotosMutationVariables>(
  /* GraphQL */ `
  mutation ManageSetActivityPhotos($projectId: ID!, $photos: [ProjectPhotoInput!]!) {
    setProjectPhotos(projectId: $projectId, photos: $photos) {
      ...ActivityGallery
    }
  }
`,
  gallery,
);

export function ActivityPhotos({ projectId, organizationId, locale }: { projectId: string; organizationId: string; locale: Locale }) {
  const w = PHOTO_WORDS[locale];
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [missing, setMissing] = useState<number[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void request(photosQuery, { id: projectId }).then(
      (r) => r.ok && r.data.project && setPhotos(r.data.project.photos.map((p) => ({ ...p, alt: p.alt ?? '' }))),
    );
  }, [projectId]);

  const edit = (next: UploadedImage[]) => (setPhotos(next), setMissing([]), setStatus(null));
  const move = (i: number, by: number) => {
    const next = [...photos];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    edit(next);
  };
  const save = async () => {
    const blank = photos.flatMap((p, i) => (p.alt.trim() ? [] : [i]));
    if (blank.length) return (setMissing(blank), setStatus({ tone: 'error', text: w.altMissing }));
    setBusy(true);
    setStatus({ tone: 'info', text: w.saving });
    const result = await send(saveMutation, { projectId, photos: photos.map((p) => ({ imageId: p.id, alt: p.alt.trim() })) }, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text || w.failed });
    edit(result.data.setProjectPhotos.photos.map((p) => ({ ...p, alt: p.alt ?? '' })));
    setStatus({ tone: 'success', text: w.saved });
  };

  return (
    <section class="activity-photos island-form" aria-labelledby="activity-photos-title">
      <h3 id="activity-photos-title" class="manage-subtitle">
        {w.gallery}
      </h3>
      <p class="form-note">{w.galleryNote}</p>
      {photos.length ? (
        <ol class="activity-photos-list" data-list="photos">
          {photos.map((p, i) => (
            <li key={p.id} class="activity-photos-item" data-photo={p.id}>
              <img src={p.url} alt="" width={p.width} height={p.height} loading="lazy" />
              <div class={missing.includes(i) ? 'field field-invalid' : 'field'}>
                <label for={`photo-alt-${i}`}>
                  {w.photo(i + 1)} · {w.alt}
                </label>
                <input
                  id={`photo-alt-${i}`}
                  type="text"
                  maxLength={200}
                  value={p.alt}
                  aria-invalid={missing.includes(i) ? 'true' : undefined}
                  onInput={(e) => edit(photos.map((x, j) => (j === i ? { ...x, alt: e.currentTarget.value } : x)))}
                />
              </div>
              <div class="activity-photos-buttons">
                <button type="button" class="signup-more" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${w.up}: ${w.photo(i + 1)}`}>
                  ↑ {w.up}
                </button>
                <button
                  type="button"
                  class="signup-more"
                  disabled={i === photos.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`${w.down}: ${w.photo(i + 1)}`}
                >
                  ↓ {w.down}
                </button>
                <button type="button" class="signup-more" onClick={() => edit(photos.filter((_, j) => j !== i))} aria-label={`${w.remove}: ${w.photo(i + 1)}`}>
                  {w.remove}
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p class="account-empty">{w.empty}</p>
      )}
      {photos.length < 24 && (
        <ImageUpload
          locale={locale}
          purpose="PHOTO"
          organizationId={organizationId}
          value={null}
          alt={false}
          label={w.add}
          onChange={(image) => image && !photos.some((p) => p.id === image.id) && edit([...photos, image])}
        />
      )}
      <div class="manage-actions">
        <button type="button" class="form-submit" disabled={busy} onClick={save}>
          {busy ? w.saving : w.save}
        </button>
      </div>
      <FormStatus status={status} locale={locale} />
    </section>
  );
}
