// Sentences for the image module's reasons (api/src/common/error-reasons.ts, section "image").
import type { ApiError } from '../graphql-client.js';
import { detail, type ReasonWords } from './words.js';

/** The upload limit in MB, or 0 when the error does not say. */
const mb = (e: ApiError) => {
  const bytes = Number(detail(e, 'maxBytes'));
  return bytes > 0 ? Math.round(bytes / 1024 / 1024) : 0;
};

export const image: ReasonWords = {
  EMPTY: { 'zh-CN': '文件是空的，请重新选择。', en: 'The file is empty; choose it again.' },
  TOO_LARGE: {
    'zh-CN': (e) => (mb(e) ? `照片超过 ${mb(e)} MB，请选择较小的照片。` : '照片太大，请选择较小的照片。'),
    en: (e) => (mb(e) ? `The photo is larger than ${mb(e)} MB; choose a smaller one.` : 'The photo is too large; choose a smaller one.'),
  },
  NOT_AN_IMAGE: { 'zh-CN': '这不是图片文件，请选择 JPEG、PNG、WebP 或 HEIC 照片。', en: 'This is not an image; choose a JPEG, PNG, WebP or HEIC photo.' },
  UNSUPPORTED_TYPE: {
    'zh-CN': '不支持这种图片格式，请选择 JPEG、PNG、WebP 或 HEIC 照片。',
    en: 'This image type is not supported; choose a JPEG, PNG, WebP or HEIC photo.',
  },
  TOO_MANY_PIXELS: {
    'zh-CN': '照片尺寸过大（最多 5000 万像素），请缩小后再上传。',
    en: 'The photo is too large (at most 50 megapixels); make it smaller and try again.',
  },
  DAMAGED: { 'zh-CN': '照片文件已损坏或不完整，请重新选择。', en: 'The photo file is damaged or incomplete; choose it again.' },
  UPLOAD_BROKEN: { 'zh-CN': '上传中断，照片没有上传，请重试。', en: 'The upload was cut short and the photo was not uploaded. Please try again.' },
  IMAGE_UNKNOWN: { 'zh-CN': '找不到这张照片，请重新上传。', en: 'This photo cannot be found. Please upload it again.' },
  DUPLICATE_PHOTO: { 'zh-CN': '同一张照片出现了两次，请删去一张。', en: 'The same photo appears twice; remove one.' },
  PHOTO_DESCRIPTION_REQUIRED: {
    'zh-CN': (e) => (detail(e, 'number') ? `请填写第 ${detail(e, 'number')} 张照片的说明（1 到 ${detail(e, 'max', '200')} 字）。` : '请填写照片说明。'),
    en: (e) =>
      detail(e, 'number')
        ? `Photo ${detail(e, 'number')} needs a description of what it shows (1 to ${detail(e, 'max', '200')} characters).`
        : 'Each photo needs a description of what it shows.',
  },
};
