// 扫志愿者卡签到 (/manage/attendance/scan/?shift=…): the coordinator's phone reads volunteers'
// cards with its camera (the card's QR code, drawn afresh every 30 seconds on the volunteer's
// phone) and checks each in to the shift; a volunteer without their phone is checked in by the
// number on their printed card (or a scanner gun types the card's code there). The reverse of the
// door's check-in code. Each volunteer checked in is shown with the photo on their card, so the
// coordinator sees that the card is the holder's. The QR reader (jsQR) loads only when the camera
// opens.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckInByCardMutation, CheckInByCardMutationVariables } from '../gql/graphql';

type CheckedIn = CheckInByCardMutation['checkInByCard']['volunteer'];
import type { Locale } from '../i18n/locales';
import { operation } from '../lib/manage-operation';
import { send } from '../lib/manage-submit';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import { ManageGate } from './ManageGate';
import './manage-card-scan.css';

const checkInMutation = operation<CheckInByCardMutation, CheckInByCardMutationVariables>(/* GraphQL */ `
  mutation CheckInByCard($shiftId: ID!, $card: String!) {
    checkInByCard(shiftId: $shiftId, card: $card) {
      id
      status
      volunteer {
        displayName
        realName
        volunteerNumber
        cardPhoto
      }
    }
  }
`);

const WORDS = {
  'zh-CN': {
    title: '扫志愿者卡签到',
    note: '打开相机，对准志愿者手机上“我的志愿者卡”的二维码；没带手机的志愿者，输入卡上的志愿者编号。',
    start: '打开相机扫码',
    stop: '关闭相机',
    camera: '相机画面',
    noCamera: '无法使用相机：请允许浏览器使用相机，或输入志愿者编号。',
    number: '志愿者编号',
    checkIn: '签到',
    done: (name: string, number: string) => `${name}（${number}）已签到。`,
    noShift: '请从“签到”页选择一个时段后再扫码。',
    count: (n: number) => `本次已签到 ${n} 人`,
    last: '刚签到的志愿者',
    photo: (name: string) => `${name}的志愿者卡照片`,
    noPhoto: '卡上没有照片：如需核对，请查看证件。',
  },
  en: {
    title: "Scan volunteers' cards",
    note: "Open the camera and point it at the QR code of the volunteer's card (My volunteer card on their phone); for a volunteer without their phone, type the number on their card.",
    start: 'Open the camera',
    stop: 'Close the camera',
    camera: 'Camera view',
    noCamera: 'The camera cannot be used: allow the browser to use it, or type the volunteer number.',
    number: 'Volunteer number',
    checkIn: 'Check in',
    done: (name: string, number: string) => `${name} (${number}) is checked in.`,
    noShift: 'Choose a shift on the attendance page, then scan.',
    count: (n: number) => `${n} checked in here`,
    last: 'Just checked in',
    photo: (name: string) => `Photo on ${name}'s volunteer card`,
    noPhoto: 'No photo on the card: check an ID if in doubt.',
  },
};

export function ManageCardScan({ locale }: { locale: Locale }) {
  return <ManageGate locale={locale}>{() => <Scanner locale={locale} />}</ManageGate>;
}

function Scanner({ locale }: { locale: Locale }) {
  const w = WORDS[locale];
  const [shiftId] = useState(() => new URLSearchParams(location.search).get('shift'));
  const [status, setStatus] = useState<Status>(null);
  const [number, setNumber] = useState('');
  const [scanning, setScanning] = useState(false);
  const [done, setDone] = useState<string[]>([]);
  const [last, setLast] = useState<CheckedIn | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const busy = useRef(false);
  const lastCode = useRef('');

  const checkIn = async (card: string) => {
    if (!shiftId || busy.current) return;
    busy.current = true;
    const result = await send(checkInMutation, { shiftId, card }, locale);
    busy.current = false;
    // A refusal is about this card: the one shown before is no longer the one in front of the coordinator.
    if (!result.ok) {
      setLast(null);
      return setStatus({ tone: 'error', text: result.text });
    }
    const { id, volunteer } = result.data.checkInByCard;
    setDone((d) => (d.includes(id) ? d : [...d, id]));
    setLast(volunteer);
    setStatus({ tone: 'success', text: w.done(volunteer.realName ?? volunteer.displayName, volunteer.volunteerNumber) });
  };

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let frame = 0;
    let decode: typeof import('jsqr').default | null = null;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const read = () => {
      const v = video.current;
      if (decode && v && context && v.readyState >= 2 && v.videoWidth) {
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        context.drawImage(v, 0, 0);
        const found = decode(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' });
        // The same code is sent once; the next window's code is a new one.
        if (found?.data.startsWith('aixin-card:') && found.data !== lastCode.current) {
          lastCode.current = found.data;
          void checkIn(found.data);
        }
      }
      frame = requestAnimationFrame(read);
    };
    void import('jsqr').then((m) => (decode = m.default));
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (!video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        frame = requestAnimationFrame(read);
      })
      .catch(() => {
        setScanning(false);
        setStatus({ tone: 'error', text: w.noCamera });
      });
    return () => {
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [scanning]);

  if (!shiftId) return <p class="account-empty">{w.noShift}</p>;
  return (
    <section class="account-card manage-section" aria-labelledby="card-scan-title">
      <h2 id="card-scan-title">{w.title}</h2>
      <p class="account-note">{w.note}</p>
      <p class="manage-actions">
        <button type="button" class="form-submit" onClick={() => setScanning(!scanning)}>
          {scanning ? w.stop : w.start}
        </button>
      </p>
      {scanning && <video ref={video} class="card-scan-video" aria-label={w.camera} muted playsInline />}
      {/* Right under the camera, so the coordinator sees the face without scrolling. */}
      <FormStatus status={status} locale={locale} />
      {last && <CheckedInCard volunteer={last} locale={locale} />}
      <form
        class="island-form"
        onSubmit={(e) => {
          e.preventDefault();
          void checkIn(number).then(() => setNumber(''));
        }}
      >
        <Field name="card-number" label={w.number} value={number} onValue={setNumber} maxLength={80} autoComplete="off" locale={locale} />
        <button type="submit" class="signup-more">
          {w.checkIn}
        </button>
      </form>
      <p class="manage-meta" data-checked-in={done.length}>
        {w.count(done.length)}
      </p>
    </section>
  );
}

/** Who was just checked in: the photo on their card beside their name and number. */
function CheckedInCard({ volunteer, locale }: { volunteer: CheckedIn; locale: Locale }) {
  const w = WORDS[locale];
  const name = volunteer.realName ?? volunteer.displayName;
  return (
    <figure class="card-scan-who" aria-label={w.last}>
      {volunteer.cardPhoto ? (
        <img src={volunteer.cardPhoto} width={240} height={320} alt={w.photo(name)} />
      ) : (
        <span class="card-scan-nophoto" aria-hidden="true">
          {Array.from(name)[0]}
        </span>
      )}
      <figcaption>
        <strong lang="zh-CN">{name}</strong>
        <span>{volunteer.volunteerNumber}</span>
        {!volunteer.cardPhoto && <span class="card-scan-hint">{w.noPhoto}</span>}
      </figcaption>
    </figure>
  );
}
