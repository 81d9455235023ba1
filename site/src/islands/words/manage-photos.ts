// The words of the back office's photo sections: a team's logo and an activity's gallery.
import type { Locale } from '../../i18n/locales';

export const PHOTO_WORDS: Record<
  Locale,
  {
    logo: string;
    logoNote: string;
    logoSaved: string;
    logoRemoved: string;
    gallery: string;
    galleryNote: string;
    galleryAfterSave: string;
    empty: string;
    photo: (n: number) => string;
    alt: string;
    altMissing: string;
    up: string;
    down: string;
    remove: string;
    add: string;
    save: string;
    saving: string;
    saved: string;
    failed: string;
  }
> = {
  'zh-CN': {
    logo: '队伍标志',
    logoNote: '显示在队伍页面和活动页面上。上传后立即生效。',
    logoSaved: '标志已更新，公开页面稍后刷新。',
    logoRemoved: '标志已移除。',
    gallery: '活动照片',
    galleryNote: '照片按这里的顺序显示在公开的活动页面上；每张照片都需要一句说明。',
    galleryAfterSave: '保存活动草稿后即可添加照片。',
    empty: '还没有照片。',
    photo: (n) => `第 ${n} 张照片`,
    alt: '照片说明',
    altMissing: '请填写照片说明',
    up: '上移',
    down: '下移',
    remove: '移除',
    add: '添加照片',
    save: '保存照片',
    saving: '正在保存……',
    saved: '照片已保存，公开页面稍后刷新。',
    failed: '没有保存成功，请稍后重试。',
  },
  en: {
    logo: 'Team logo',
    logoNote: 'Shown on the team’s page and its activities. It takes effect as soon as it is uploaded.',
    logoSaved: 'The logo is updated; the public pages follow shortly.',
    logoRemoved: 'The logo is removed.',
    gallery: 'Activity photos',
    galleryNote: 'Photos appear on the public activity page in this order; each needs a sentence on what it shows.',
    galleryAfterSave: 'Save the draft first, then add photos.',
    empty: 'No photos yet.',
    photo: (n) => `Photo ${n}`,
    alt: 'Photo description',
    altMissing: 'Describe the photo',
    up: 'Move up',
    down: 'Move down',
    remove: 'Remove',
    add: 'Add a photo',
    save: 'Save photos',
    saving: 'Saving…',
    saved: 'The photos are saved; the public pages follow shortly.',
    failed: 'Not saved; try again later.',
  },
};
