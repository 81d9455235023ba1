// Signing in (/login/) with a mobile number or email and a password. The API sets the httpOnly
// session cookie; this page never sees a token. Too many wrong passwords lock the account for
// a while: RATE_LIMITED says for how long (retryAfter), which is shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import { LogInDocument } from '../gql/graphql';
import { failureText, retryAfterText } from '../lib/api-messages';
import { request } from '../lib/graphql-client';
import { loadViewer, nextPath, nextQuery, type Viewer } from '../lib/session';
import { Field } from './Field';
import { FormStatus, type Status } from './FormStatus';
import './forms.css';

const operation = /* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      volunteer {
        id
        displayName
      }
    }
  }
`;

type FieldName = 'login' | 'password';

const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export function LoginForm() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState(false);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  // Known after hydration only: the build knows no query string.
  const [next, setNext] = useState('');
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | null>>>({});

  useEffect(() => {
    setReady(true);
    setNext(nextQuery());
    void loadViewer().then((s) => s.status === 'signed-in' && setViewer(s.viewer));
  }, []);

  const fail = (found: Partial<Record<FieldName, string>>, text: string) => {
    setErrors(found);
    setStatus({ tone: 'error', text });
    const first = (['login', 'password'] as const).find((f) => found[f]);
    if (first) inputs.current[first]?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing: Partial<Record<FieldName, string>> = {};
    if (!login.trim()) missing.login = '请填写手机号或邮箱';
    if (!password) missing.password = '请填写密码';
    if (missing.login || missing.password) return fail(missing, '请填写手机号或邮箱和密码。');

    setBusy(true);
    setStatus({ tone: 'info', text: '正在登录……' });
    const result = await request(LogInDocument, { input: { login: login.trim(), password } });
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setStatus({ tone: 'success', text: `登录成功，欢迎你，${result.data.logIn.volunteer.displayName}。正在进入……` });
      location.assign(nextPath());
      return;
    }
    const error = result.network ? null : result.errors[0];
    if (error?.code === 'RATE_LIMITED' && error.retryAfter) {
      const until = clock.format(new Date(Date.now() + error.retryAfter * 1000));
      return fail({}, `登录失败次数过多，已暂时锁定。请 ${retryAfterText(error.retryAfter)}后（${until} 以后）再试。`);
    }
    if (error?.code === 'UNAUTHENTICATED') {
      setPassword('');
      return fail({ password: '手机号/邮箱或密码错误' }, '手机号/邮箱或密码错误，请重新输入。');
    }
    fail(error?.field === 'login' ? { login: await failureText(result, 'zh-CN') } : {}, await failureText(result, 'zh-CN'));
  };

  // Signed in already: the note takes the form's place in the same grid cell, and the hidden
  // form keeps the box at its height, so nothing below moves.
  return (
    <div class="login-stack">
      <form class="island-form" onSubmit={submit} noValidate aria-busy={busy} style={viewer ? { visibility: 'hidden' } : undefined}>
        <Field
          name="login"
          label="手机号或邮箱"
          value={login}
          onValue={(v) => (setLogin(v), setErrors((e) => ({ ...e, login: undefined })))}
          error={errors.login}
          autoComplete="username"
          inputRef={(el) => void (inputs.current.login = el)}
        />
        <Field
          name="password"
          label="密码"
          type="password"
          value={password}
          onValue={(v) => (setPassword(v), setErrors((e) => ({ ...e, password: undefined })))}
          error={errors.password}
          autoComplete="current-password"
          inputRef={(el) => void (inputs.current.password = el)}
        />
        <button class="form-submit" type="submit" disabled={!ready || busy}>
          {busy ? '正在登录……' : '登录'}
        </button>
        <FormStatus status={status} />
        <p class="form-switch">
          还没有账号？<a href={`/register/${next}`}>注册成为志愿者</a>
        </p>
      </form>
      {viewer && (
        <div class="signed-in">
          <p>
            你已登录：<strong>{viewer.displayName}</strong>。
          </p>
          <p>
            <a class="form-submit" href={nextPath()}>
              进入我的账户
            </a>
          </p>
        </div>
      )}
    </div>
  );
}
