// 签到屏 (/manage/attendance/door/?shift=…): for a tablet or screen at the door. The shift's title
// and time, a large QR code that a phone's camera opens as the check-in page, the six-digit code
// for typing instead, and how many have checked in. The code rotates every ten minutes; the page
// fetches the next one as it changes, and the count every half minute.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ManageDoorQuery, ManageDoorQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { checkInOpen } from '../lib/manage-time';
import { ManageGate } from './ManageGate';
import { ATTENDANCE_WORDS } from './words/manage-attendance';
import './manage-door.css';

const doorQuery = operation<ManageDoorQuery, ManageDoorQueryVariables>(/* GraphQL */ `
  query ManageDoor($id: ID!, $origin: String!) {
    node(id: $id) {
      ... on Shift {
        id
        startsAt
        endsAt
        confirmedCount
        project {
          id
          title
        }
        signups(first: 100) {
          nodes {
            status
          }
        }
        checkInCode(origin: $origin) {
          code
          qrSvg
          validUntil
        }
      }
    }
  }
`);

type Door = Extract<NonNullable<ManageDoorQuery['node']>, { startsAt: string }>;

export function ManageDoor({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{() => <DoorScreen locale={locale} />}</ManageGate>;
}

function DoorScreen({ locale }: { locale: Locale }) {
  const w = ATTENDANCE_WORDS[locale];
  const shiftId = new URLSearchParams(location.search).get('shift');
  const [door, setDoor] = useState<Door | null>(null);
  const [failed, setFailed] = useState(false);
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!shiftId) return;
    let timer: ReturnType<typeof setTimeout>;
    const load = async () => {
      const result = await request(doorQuery, { id: shiftId, origin: location.origin });
      const node = result.ok ? result.data.node : null;
      setFailed(!node || !('checkInCode' in node));
      if (node && 'checkInCode' in node) setDoor(node as Door);
      // The next code, or the count again in half a minute, whichever comes first.
      const until = node && 'checkInCode' in node && node.checkInCode ? Date.parse(node.checkInCode.validUntil) - Date.now() + 500 : 30_000;
      timer = setTimeout(load, Math.max(1_000, Math.min(until, 30_000)));
    };
    void load();
    return () => clearTimeout(timer);
  }, []);

  if (!shiftId) return <p class="account-card">{w.doorNoShift}</p>;
  if (!door) return <p class="account-loading">{failed ? w.doorNoShift : '…'}</p>;
  const code = door.checkInCode!;
  const checkedIn = door.signups.nodes.filter((s) => s.status === 'ATTENDED').length;
  const next = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' }).format(
    new Date(code.validUntil),
  );
  return (
    <div class="door" ref={screen} data-shift={door.id}>
      <h2 class="door-title">{door.project.title}</h2>
      <p class="door-when">{(locale === 'en' ? formatTimeSpanEn : formatTimeSpan)(door.startsAt, door.endsAt)}</p>
      {!checkInOpen(door) && <p class="door-closed">{w.doorClosed}</p>}
      <div class="door-body">
        <div class="door-qr" role="img" aria-label={w.doorTitle} dangerouslySetInnerHTML={{ __html: code.qrSvg ?? '' }} />
        <div class="door-side">
          <p class="door-label">{w.doorCode}</p>
          <p class="door-code" data-field="checkInCode">
            {code.code}
          </p>
          <p class="door-hint">{w.doorHint}</p>
          <p class="door-count" aria-live="polite">
            {w.doorCount(checkedIn, door.confirmedCount)}
          </p>
          <p class="door-next">{w.doorNext(next)}</p>
          <button type="button" class="signup-more" onClick={() => void screen.current?.requestFullscreen?.()}>
            {w.fullScreen}
          </button>
        </div>
      </div>
    </div>
  );
}
