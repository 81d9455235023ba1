// 我的志愿者卡 (/account/card/): the volunteer's card (name, number, stars, hours) and a check-in QR
// code drawn in the browser every 30 seconds from the card key (see api/src/modules/card/
// card-code.ts), so a coordinator's scanner checks them in and a screenshot is worthless a minute
// later. Once loaded the card is kept on the device and works offline; it prints as a card.
import { useEffect, useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import type { MyCardQuery, MyCardQueryVariables } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { loadViewer } from '../lib/session';
import './forms.css';
import './volunteer-card.css';

const cardQuery = operation<MyCardQuery, MyCardQueryVariables>(/* GraphQL */ `
  query MyCard {
    me {
      id
      displayName
      volunteerNumber
      starLevel
      totalMinutes
      card {
        key
        period
      }
    }
  }
`);

interface Card {
  id: string;
  displayName: string;
  volunteerNumber: string;
  starLevel: number;
  totalMinutes: number;
  key: string;
  period: number;
  savedAt: string;
}

const STORED = 'aixin.card';

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
  },
};

function saved(): Card | null {
  try {
    const raw = localStorage.getItem(STORED);
    return raw ? (JSON.parse(raw) as Card) : null;
  } catch {
    return null;
  }
}

function save(card: Card | null): void {
  try {
    if (card) localStorage.setItem(STORED, JSON.stringify(card));
    else localStorage.removeItem(STORED);
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
      const card: Card = { ...me, key: me.card.key, period: me.card.period, savedAt: new Date().toISOString() };
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
  }, [card]);

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
  return (
    <div class="vcard-wrap">
      <article class="vcard" aria-labelledby="vcard-title">
        <header class="vcard-head">
          <span aria-hidden="true">♥</span> <span id="vcard-title">{w.title}</span>
        </header>
        <p class="vcard-name">{c.displayName}</p>
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
      <button type="button" class="form-submit vcard-print" onClick={() => print()}>
        {w.print}
      </button>
    </div>
  );
}
