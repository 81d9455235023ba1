// The check-in page (/checkin/): opened from the door's QR code (?shift=&code=) it checks the
// signed-in volunteer in at once; otherwise it lists their shifts open for check-in, each with a
// box for the six-digit code. Signed out, it asks to sign in and comes back here.
import { useEffect, useState } from 'preact/hooks';
import { MyOpenShiftsDocument, CheckInShiftDocument } from '../gql/graphql';
import { localizePath, type Locale } from '../i18n/locales';
import { formatTimeSpan } from '../lib/format';
import { formatTimeSpanEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { send } from '../lib/manage-submit';
import { checkInOpen } from '../lib/manage-time';
import { FormStatus, type Status } from './FormStatus';
import { ATTENDANCE_WORDS } from './words/manage-attendance';
import './forms.css';
import './my-account.css';

// Read by codegen, which generates MyOpenShiftsDocument.
const openQueryText = /* GraphQL */ `
  query MyOpenShifts {
    me {
      id
      signups(first: 50) {
        nodes {
          id
          status
          shift {
            id
            startsAt
            endsAt
            project {
              id
              title
            }
          }
        }
      }
    }
  }
`;

// Read by codegen, which generates CheckInShiftDocument.
const checkInMutationText = /* GraphQL */ `
  mutation CheckInShift($shiftId: ID!, $code: String!) {
    checkInToShift(shiftId: $shiftId, code: $code) {
      id
      status
      shift {
        id
        project {
          id
          title
        }
      }
    }
  }
`;

type Open = { shiftId: string; title: string; when: string; attended: boolean };

export function CheckIn({ locale }: { locale: Locale }) {
  const w = ATTENDANCE_WORDS[locale].checkin;
  const [shifts, setShifts] = useState<Open[] | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const span = locale === 'en' ? formatTimeSpanEn : formatTimeSpan;

  const checkIn = async (shiftId: string, code: string) => {
    setStatus({ tone: 'info', text: w.sending });
    const result = await send(CheckInShiftDocument, { shiftId, code }, locale);
    if (!result.ok) return setStatus({ tone: 'error', text: result.text });
    setStatus({ tone: 'success', text: w.done(result.data.checkInToShift.shift.project.title) });
    setShifts((list) => list?.map((s) => (s.shiftId === shiftId ? { ...s, attended: true } : s)) ?? null);
  };

  useEffect(() => {
    void request(MyOpenShiftsDocument, {}).then(async (r) => {
      if (r.ok && !r.data.me) return setSignedOut(true);
      const nodes = r.ok ? r.data.me!.signups.nodes : [];
      setShifts(
        nodes
          .filter((s) => (s.status === 'CONFIRMED' || s.status === 'ATTENDED' || s.status === 'NO_SHOW') && checkInOpen(s.shift))
          .map((s) => ({ shiftId: s.shift.id, title: s.shift.project.title, when: span(s.shift.startsAt, s.shift.endsAt), attended: s.status === 'ATTENDED' })),
      );
      // Opened from the door's QR code: check in at once.
      const params = new URLSearchParams(location.search);
      const shift = params.get('shift');
      const code = params.get('code');
      if (r.ok && shift && code) await checkIn(shift, code);
    });
  }, []);

  if (signedOut) {
    return (
      <section class="account-card account-signed-out">
        <h2>{w.signIn}</h2>
        <p class="account-actions">
          <a class="form-submit" href={`${localizePath('/login/', locale)}?next=${encodeURIComponent(location.pathname + location.search)}`}>
            {w.logIn}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="account-card" aria-labelledby="checkin-open">
      <FormStatus status={status} locale={locale} />
      <h2 id="checkin-open">{w.open}</h2>
      {shifts === null ? (
        <p class="account-loading">…</p>
      ) : shifts.length ? (
        <ul class="manage-list">
          {shifts.map((s) => (
            <CodeBox key={s.shiftId} shift={s} locale={locale} onCode={(code) => checkIn(s.shiftId, code)} />
          ))}
        </ul>
      ) : (
        <p class="account-empty">{w.none}</p>
      )}
    </section>
  );
}

function CodeBox({ shift, locale, onCode }: { shift: Open; locale: Locale; onCode: (code: string) => Promise<void> }) {
  const w = ATTENDANCE_WORDS[locale].checkin;
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `code-${shift.shiftId}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) return setError(w.needCode);
    await onCode(code.trim());
  };
  return (
    <li class="manage-item" data-checkin={shift.shiftId}>
      <h3>{shift.title}</h3>
      <p class="record-meta">{shift.when}</p>
      {shift.attended ? (
        <p class="account-message" data-tone="success">
          {ATTENDANCE_WORDS[locale].statuses.ATTENDED}
        </p>
      ) : (
        <form class="island-form" onSubmit={submit} noValidate>
          <div class={error ? 'field field-invalid' : 'field'}>
            <label for={id}>{w.code}</label>
            <input
              id={id}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              onInput={(e) => (setCode(e.currentTarget.value), setError(null))}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`${id}-error`}
            />
            <p id={`${id}-error`} class="field-error">
              {error}
            </p>
          </div>
          <button type="submit" class="form-submit">
            {w.submit}
          </button>
        </form>
      )}
    </li>
  );
}
