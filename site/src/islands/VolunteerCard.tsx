// 我的志愿者卡 (/account/card/): the volunteer's card (photo, name, number, stars, hours) and a
// check-in QR code drawn in the browser every 30 seconds from the card key (see api/src/modules/
// card/card-code.ts), so a coordinator's scanner checks them in and a screenshot is worthless a
// minute later. The volunteer puts a photo on it (POST /card/photo: cropped to 3:4, kept sealed;
// the coordinator sees it when checking them in) or takes it off. Once loaded the card is kept on
// the device (forgotten on signing out) and works offline; it prints as a card.
import { useEffect, useRef, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import type { MyCardQuery, MyCardQueryVariables, RemoveCardPhotoMutation, RemoveCardPhotoMutationVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { KEPT_CARD, loadViewer } from '../lib/session';
import { uploadPhoto } from '../lib/upload';
import { FormStatus, type Status } from './FormStatus';
import './forms.css';
import './my-account.css';
import './volunteer-card.css';

const cardQuery = operation<MyCardQuery, MyCardQueryVariables>(/* GraphQL */ `
  query MyCard {
    me {
      id
      displayName
      realName
      volunteerNumber
      starLevel
      totalMinutes
      cardPhoto
      card {
        key
        period
      }
    }
  }
`);

const removePhotoMutation = operation<RemoveCardPhotoMutation, RemoveCardPhotoMutationVariables>(/* GraphQL */ `
  mutation RemoveCardPhoto {
    removeCardPhoto {
      id
      cardPhoto
    }
  }
`);

interface Card {
  id: string;
  displayName: string;
  /** The holder's own name in full (null once the account is gone). */
  realName?: string | null;
  volunteerNumber: string;
  starLevel: number;
  totalMinutes: number;
  /** data: URL, or null. */
  photo: string | null;
  key: string;
  period: number;
  savedAt: string;
}

const WORDS = {
  'zh-CN': {
    title: '志愿者卡',
    number: '志愿者编号',
    stars: (n: number) => (n ? '★'.repeat(n) : '尚未获得星级'),
    starsLabel: '星级',
    hours: '服务时长',
    hoursValue: (m: number) => `${(m / 60).toFixed(1)} 小时`,
    qr: '签到二维码：请协调员扫码，每 30 秒更新',
    refresh: (s: number) => `${s} 秒后更新`,
    offline: (when: string) => `离线显示（${when} 保存在本机的卡）`,
    print: '打印志愿者卡',
    loading: '正在读取志愿者卡……',
    signedOut: '登录后可以查看你的志愿者卡。',
    logIn: '登录',
    failed: '无法读取志愿者卡，请检查网络后重试。',
    photo: (name: string) => `${name}的照片`,
    noPhoto: '未上传照片',
    photoTitle: '卡上的照片',
    photoHint:
      '协调员扫卡签到时用照片核对本人。请上传本人正面免冠照片（JPEG、PNG、WebP 或 HEIC，不超过 10 MB），会裁成 3:4 证件照。照片加密保存，只有你、你所在队伍的协调员和平台管理员能看到。',
    addPhoto: '上传照片',
    changePhoto: '更换照片',
    removePhoto: '移除照片',
    uploading: (p: number) => (p < 100 ? `正在上传 ${p}%` : '上传完成，正在处理照片……'),
    photoDone: '照片已放到卡上。',
    photoRemoved: '照片已从卡上移除。',
    photoOffline: '现在离线，联网后才能更换照片。',
    upload: {
      signIn: '登录已过期，请重新登录后上传。',
      forbidden: '只有本人可以更换志愿者卡照片。',
      network: '网络连接失败，照片没有上传，请稍后重试。',
      failed: '照片没有上传成功，请稍后重试。',
    },
  },
  en: {
    title: 'Volunteer card',
    number: 'Volunteer no.',
    stars: (n: number) => (n ? '★'.repeat(n) : 'No stars yet'),
    starsLabel: 'Stars',
    hours: 'Service time',
    hoursValue: (m: number) => `${(m / 60).toFixed(1)} hours`,
    qr: 'Check-in QR code: a coordinator scans it; it changes every 30 seconds',
    refresh: (s: number) => `Changes in ${s} s`,
    offline: (when: string) => `Shown offline (the card saved on this device on ${when})`,
    print: 'Print the card',
    loading: 'Loading your volunteer card…',
    signedOut: 'Sign in to see your volunteer card.',
    logIn: 'Sign in',
    failed: 'Cannot load your volunteer card. Check your connection and try again.',
    photo: (name: string) => `Photo of ${name}`,
    noPhoto: 'No photo yet',
    photoTitle: 'Photo on the card',
    photoHint:
      'Coordinators look at it when they check you in by your card. Upload a photo of your face, without a hat (JPEG, PNG, WebP or HEIC, up to 10 MB); it is cropped to 3:4. It is stored encrypted and seen only by you, the coordinators of your teams and platform staff.',
    addPhoto: 'Upload a photo',
    changePhoto: 'Change the photo',
    removePhoto: 'Remove the photo',
    uploading: (p: number) => (p < 100 ? `Uploading ${p}%` : 'Uploaded; preparing the photo…'),
    photoDone: 'The photo is on your card.',
    photoRemoved: 'The photo is off your card.',
    photoOffline: 'You are offline: the photo can be changed once you are back online.',
    upload: {
      signIn: 'Your session has ended; log in again to upload.',
      forbidden: 'Only the volunteer changes the photo on their card.',
      network: 'The connection failed and the photo was not uploaded. Try again later.',
      failed: 'The photo was not uploaded. Try again later.',
    },
  },
};

function saved(): Card | null {
  try {
    const raw = localStorage.getItem(KEPT_CARD);
    return raw ? (JSON.parse(raw) as Card) : null;
  } catch {
    return null;
  }
}

function save(card: Card | null): void {
  try {
    if (card) localStorage.setItem(KEPT_CARD, JSON.stringify(card));
    else localStorage.removeItem(KEPT_CARD);
  } catch {
    // Private browsing without storage: the card works while the page is open.
  }
}

/** The card's QR payload for the window of `now` (HMAC-SHA256 with the card key, Web Crypto). */
async function payload(card: Card, now: number): Promise<string> {
  const window = Math.floor(now / (card.period * 1000));
  const raw = Uint8Array.from(atob(card.key.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${card.volunteerNumber}:${window}`)));
  const hex = [...mac.slice(0, 5)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `aixin-card:${card.volunteerNumber}:${window}:${hex}`;
}

type State = { status: 'loading' } | { status: 'signed-out' } | { status: 'failed' } | { status: 'ready'; card: Card; offline: boolean };

export function VolunteerCard({ locale }: { locale: Locale }) {
  const w = WORDS[locale];
  const [state, setState] = useState<State>({ status: 'loading' });
  const [qr, setQr] = useState<{ svg: string; text: string } | null>(null);
  const [left, setLeft] = useState(0);

  useEffect(() => {
    void (async () => {
      const kept = saved();
      const offline = () => setState(kept ? { status: 'ready', card: kept, offline: true } : { status: 'failed' });
      // Who is signed in comes from the shared session, as in every island.
      const viewer = await loadViewer();
      if (viewer.status === 'error') return offline();
      const result = viewer.status === 'signed-in' ? await request(cardQuery, {}) : null;
      if (result && !result.ok) return offline();
      const me = result?.data.me;
      if (!me?.card) {
        save(null);
        return setState({ status: 'signed-out' });
      }
      const { cardPhoto, card: keys, ...facts } = me;
      const card: Card = { ...facts, photo: cardPhoto ?? null, key: keys.key, period: keys.period, savedAt: new Date().toISOString() };
      save(card);
      setState({ status: 'ready', card, offline: false });
    })();
  }, []);

  const card = state.status === 'ready' ? state.card : null;
  useEffect(() => {
    if (!card) return;
    let shown = '';
    const tick = async () => {
      const now = Date.now();
      const period = card.period * 1000;
      setLeft(Math.ceil((period - (now % period)) / 1000));
      const text = await payload(card, now);
      if (text !== shown) {
        shown = text;
        setQr({ text, svg: renderSVG(text, { ecc: 'M', border: 2 }) });
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), 1000);
    return () => clearInterval(timer);
  }, [card?.key, card?.period, card?.volunteerNumber]);

  if (state.status === 'loading') return <p class="vcard-note">{w.loading}</p>;
  if (state.status === 'failed')
    return (
      <p class="vcard-note" role="alert">
        {w.failed}
      </p>
    );
  if (state.status === 'signed-out') {
    return (
      <p class="vcard-note">
        {w.signedOut} <a href={localizePath('/login/?next=/account/card/', locale)}>{w.logIn}</a>
      </p>
    );
  }
  const c = state.card;
  const name = c.realName ?? c.displayName;
  const setPhoto = (photo: string | null) => {
    const next = { ...c, photo, savedAt: new Date().toISOString() };
    save(next);
    setState({ status: 'ready', card: next, offline: false });
  };
  return (
    <div class="vcard-wrap">
      <article class="vcard" aria-labelledby="vcard-title">
        <header class="vcard-head">
          <span aria-hidden="true">♥</span> <span id="vcard-title">{w.title}</span>
        </header>
        <div class="vcard-body">
          {c.photo ? (
            <img class="vcard-photo" src={c.photo} width={240} height={320} alt={w.photo(name)} />
          ) : (
            <span class="vcard-photo vcard-photo-none" role="img" aria-label={w.noPhoto}>
              <span aria-hidden="true">{Array.from(name)[0]}</span>
            </span>
          )}
          <p class="vcard-name" lang="zh-CN">
            {name}
          </p>
          <dl class="vcard-facts">
            <div>
              <dt>{w.number}</dt>
              <dd class="vcard-number">{c.volunteerNumber}</dd>
            </div>
            <div>
              <dt>{w.starsLabel}</dt>
              <dd class="vcard-stars">{w.stars(c.starLevel)}</dd>
            </div>
            <div>
              <dt>{w.hours}</dt>
              <dd>{w.hoursValue(c.totalMinutes)}</dd>
            </div>
          </dl>
        </div>
        {qr && (
          <figure class="vcard-qr" data-payload={qr.text}>
            <div role="img" aria-label={w.qr} dangerouslySetInnerHTML={{ __html: qr.svg }} />
            <figcaption>
              {w.qr} · <span aria-live="off">{w.refresh(left)}</span>
            </figcaption>
          </figure>
        )}
      </article>
      {state.offline && <p class="vcard-note">{w.offline(new Date(c.savedAt).toLocaleString(locale))}</p>}
      <PhotoTools locale={locale} hasPhoto={!!c.photo} offline={state.offline} onPhoto={setPhoto} />
      <button type="button" class="form-submit vcard-print" onClick={() => print()}>
        {w.print}
      </button>
    </div>
  );
}

/** Putting a photo on the card, or taking it off. */
function PhotoTools({ locale, hasPhoto, offline, onPhoto }: { locale: Locale; hasPhoto: boolean; offline: boolean; onPhoto: (photo: string | null) => void }) {
  const w = WORDS[locale];
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setStatus({ tone: 'info', text: w.uploading(0) });
    const result = await uploadPhoto<{ photo: string }>('/card/photo', file, {}, 'photo', {
      locale,
      words: w.upload,
      onProgress: (percent) => setStatus({ tone: 'info', text: w.uploading(percent) }),
    });
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onPhoto(result.body.photo);
    setStatus({ tone: 'success', text: w.photoDone });
  };

  const remove = async () => {
    setBusy(true);
    const result = await send(removePhotoMutation, {}, locale);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    onPhoto(null);
    setStatus({ tone: 'success', text: w.photoRemoved });
  };

  return (
    <section class="vcard-photo-tools" aria-labelledby="vcard-photo-title">
      <h2 id="vcard-photo-title">{w.photoTitle}</h2>
      <p id="vcard-photo-hint" class="vcard-note">
        {offline ? w.photoOffline : w.photoHint}
      </p>
      <p class="vcard-photo-actions">
        <input
          ref={input}
          id="vcard-photo-file"
          class="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
          disabled={busy || offline}
          aria-describedby="vcard-photo-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void upload(file);
          }}
        />
        <label for="vcard-photo-file" class="signup-more" aria-disabled={busy || offline || undefined}>
          {hasPhoto ? w.changePhoto : w.addPhoto}
        </label>
        {hasPhoto && (
          <button type="button" class="signup-more" disabled={busy || offline} onClick={() => void remove()}>
            {w.removePhoto}
          </button>
        )}
      </p>
      <FormStatus status={status} locale={locale} />
    </section>
  );
}
