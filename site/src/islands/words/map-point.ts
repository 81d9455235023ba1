// The words of a place's map point (a team's address, an activity, a need) in both languages.
import type { Locale } from '../../i18n/locales';

export interface MapPointWords {
  lat: string;
  lng: string;
  hint: string;
  here: string;
  locating: string;
  located: string;
  noLocation: string;
}

export const MAP_POINT_WORDS: Record<Locale, MapPointWords> = {
  'zh-CN': {
    lat: '纬度',
    lng: '经度',
    hint: '不知道时可留空。',
    here: '使用我的位置',
    locating: '正在获取位置……',
    located: '已填入当前位置。',
    noLocation: '无法获取位置，请手动填写或留空。',
  },
  en: {
    lat: 'Latitude',
    lng: 'Longitude',
    hint: 'Leave blank if unknown.',
    here: 'Use my location',
    locating: 'Finding your location…',
    located: 'Your current location was filled in.',
    noLocation: 'Your location is not available: fill it in or leave it blank.',
  },
};
