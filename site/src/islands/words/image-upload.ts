// The words of the photo upload (ImageUpload), in both languages: its own, so any page can use it.
import type { Locale } from '../../i18n/locales';

export interface ImageUploadWords {
  choose: string;
  replace: string;
  drop: string;
  hint: string;
  uploading: (percent: number) => string;
  processing: string;
  done: string;
  remove: string;
  removed: string;
  alt: string;
  altHint: string;
  preview: string;
  signIn: string;
  forbidden: string;
  network: string;
  failed: string;
}

export const IMAGE_UPLOAD_WORDS: Record<Locale, ImageUploadWords> = {
  'zh-CN': {
    choose: '选择照片',
    replace: '换一张',
    drop: '或把照片拖到这里',
    hint: 'JPEG、PNG、WebP 或手机拍摄的 HEIC 照片，不超过 10 MB。上传时会去掉拍摄地点等信息。',
    uploading: (p) => `正在上传 ${p}%`,
    processing: '上传完成，正在处理照片……',
    done: '照片已上传。',
    remove: '移除照片',
    removed: '照片已移除。',
    alt: '照片说明',
    altHint: '用一句话说明照片内容，供看不到图片的读者使用。',
    preview: '所选照片的预览',
    signIn: '登录已过期，请重新登录后上传。',
    forbidden: '你没有为该队伍上传照片的权限。',
    network: '网络连接失败，照片没有上传，请稍后重试。',
    failed: '照片没有上传成功，请稍后重试。',
  },
  en: {
    choose: 'Choose a photo',
    replace: 'Choose another',
    drop: 'or drop a photo here',
    hint: 'JPEG, PNG, WebP or a phone’s HEIC photo, up to 10 MB. Location and camera details are removed on upload.',
    uploading: (p) => `Uploading ${p}%`,
    processing: 'Uploaded; preparing the photo…',
    done: 'The photo is uploaded.',
    remove: 'Remove photo',
    removed: 'The photo is removed.',
    alt: 'Photo description',
    altHint: 'One sentence on what the photo shows, for readers who cannot see it.',
    preview: 'Preview of the chosen photo',
    signIn: 'Your session has ended; log in again to upload.',
    forbidden: 'You may not upload photos for this team.',
    network: 'The connection failed and the photo was not uploaded; try again later.',
    failed: 'The photo was not uploaded; try again later.',
  },
};
