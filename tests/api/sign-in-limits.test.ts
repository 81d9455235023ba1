// Sign-in limits under concurrency and the ways they must not lock owners out: every attempt is
// counted before its password is checked, in one statement, so concurrent guesses beyond the
// limit are refused without being verified, whichever process (here: connection pool) they reach.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { PersonalDataVault } from '../../api/src/common/personal-data.js';
import { IdentityService } from '../../api/src/modules/identity/identity.service.js';
import { DEFAULT_LOGIN_LIMITS as THROTTLE } from '../../api/src/common/settings.js';
import { errorCode, testOrm, testServer } from '../helpers/api.js';
import { fakePhone, fakeRegistration, REGISTER } from '../helpers/people.js';

let orms: MikroORM[];
let server: Awaited<ReturnType<typeof testServer>>;
let vault: PersonalDataVault;

const LOG_IN = `mutation($i: LogInInput!) { logIn(input: $i) { token deviceToken } }`;
const randomIp = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}:${Math.random().toString(36).slice(2, 8)}`;
/** What each attempt came to: a session, a wrong password, or refused by the limits. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'signed-in',
    (e: { code?: string }) => (e.code === 'RATE_LIMITED' ? 'limited' : e.code === 'UNAUTHENTICATED' ? 'wrong' : `other: ${JSON.stringify(e)}`),
  );
const count = (outcomes: string[], what: string) => outcomes.filter((o) => o === what).length;

async function registered() {
  const input = fakeRegistration();
  const res = await server.gql(REGISTER, { input });
  expect(res.errors).toBeUndefined();
  return input;
}

beforeAll(async () => {
  // Two ORMs with pools of their own stand for two API processes.
  orms = [await testOrm(), await testOrm()];
  server = await testServer(orms[0]);
  vault = PersonalDataVault.fromEnvironment(inject('dataDir'), false);
});

afterAll(async () => {
  await server?.close();
  for (const orm of orms ?? []) await orm.close();
});

const serviceOf = (i: number) => new IdentityService(orms[i % 2].em.fork(), vault);

describe('concurrent guesses', () => {
  it('verify at most 5 passwords of one account from one address, across processes, the right one refused after them', async () => {
    const input = await registered();
    const ip = randomIp();
    const guesses = Array.from({ length: 60 }, (_, i) => (i === 30 ? input.password : `guess-${i}-wrong`));
    const outcomes = await Promise.all(guesses.map((password, i) => outcome(serviceOf(i).logIn({ login: input.phone, password }, ip, null))));
    expect(count(outcomes, 'limited')).toBe(55);
    expect(count(outcomes, 'wrong') + count(outcomes, 'signed-in')).toBe(5);
    expect(outcomes.filter((o) => o.startsWith('other'))).toEqual([]);
  });

  it('verify at most 30 from one address across many accounts', async () => {
    const ip = randomIp();
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => outcome(serviceOf(i).logIn({ login: fakePhone(), password: 'whatever-123' }, ip, null))),
    );
    expect(count(outcomes, 'wrong')).toBe(THROTTLE.ipFailures);
    expect(count(outcomes, 'limited')).toBe(200 - THROTTLE.ipFailures);
  });
});

describe('what others cannot do to the owner', () => {
  it('wrong passwords from one address do not lock the owner out at another', async () => {
    const input = await registered();
    const attacker = randomIp();
    for (let i = 0; i < 6; i++) await outcome(serviceOf(i).logIn({ login: input.phone, password: `nope-${i}-xxxx` }, attacker, null));
    expect(await outcome(serviceOf(0).logIn({ login: input.phone, password: input.password }, attacker, null))).toBe('limited');
    expect(await outcome(serviceOf(0).logIn({ login: input.phone, password: input.password }, randomIp(), null))).toBe('signed-in');
  });

  it('a device that signed in before still signs in when its account and its address are locked by others', async () => {
    const input = await registered();
    const home = randomIp();
    const first = await serviceOf(0).logIn({ login: input.phone, password: input.password }, home, null);
    expect(first.deviceToken).toMatch(/^axd_/);
    // Someone on the same network (one address) exhausts the address's and the pair's attempts.
    for (let i = 0; i < THROTTLE.ipFailures; i++) await outcome(serviceOf(i).logIn({ login: fakePhone(), password: 'whatever-123' }, home, null));
    for (let i = 0; i < 5; i++) await outcome(serviceOf(i).logIn({ login: input.phone, password: `nope-${i}-xxxx` }, home, null));
    expect(await outcome(serviceOf(0).logIn({ login: input.phone, password: input.password }, home, null))).toBe('limited');
    // The owner's own device is counted on its own.
    const again = await serviceOf(1).logIn({ login: input.phone, password: input.password }, home, null, first.deviceToken);
    expect(again.volunteer.id).toBe(first.volunteer.id);
    // A device token is worth nothing for another account.
    const other = await registered();
    expect(await outcome(serviceOf(0).logIn({ login: other.phone, password: other.password, deviceToken: first.deviceToken }, home, null))).toBe('limited');
  });

  it('a known device has its own limit: guesses from a stolen device token stop after 5 too', async () => {
    const input = await registered();
    const { deviceToken } = await serviceOf(0).logIn({ login: input.phone, password: input.password }, randomIp(), null);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => outcome(serviceOf(i).logIn({ login: input.phone, password: `stolen-${i}-x`, deviceToken }, randomIp(), null))),
    );
    expect(count(outcomes, 'wrong')).toBe(THROTTLE.accountFailures);
    expect(count(outcomes, 'limited')).toBe(20 - THROTTLE.accountFailures);
  });

  it('guessing spread over many addresses stops at the account-wide limit', async () => {
    const input = await registered();
    const outcomes: string[] = [];
    for (let batch = 0; batch < THROTTLE.accountGlobalFailures / 20 + 1; batch++) {
      outcomes.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, (_, i) => outcome(serviceOf(i).logIn({ login: input.phone, password: `spread-${batch}-${i}` }, randomIp(), null))),
        )),
      );
    }
    expect(count(outcomes, 'wrong')).toBe(THROTTLE.accountGlobalFailures);
    expect(count(outcomes, 'limited')).toBe(outcomes.length - THROTTLE.accountGlobalFailures);
  }, 120_000);
});

describe('over HTTP', () => {
  it('gives browsers the device token as an httpOnly cookie and apps in the payload', async () => {
    const input = await registered();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOG_IN, variables: { i: { login: input.phone, password: input.password } } }),
    });
    const body = (await res.json()) as { data: { logIn: { deviceToken: string } } };
    const cookies = res.headers.getSetCookie();
    const device = cookies.find((c) => c.startsWith('aixin_device='));
    expect(device).toBe(`aixin_device=${body.data.logIn.deviceToken}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${400 * 86_400}`);
    // The same device signing in again keeps its token.
    const again = await server.gql(LOG_IN, { i: { login: input.phone, password: input.password, deviceToken: body.data.logIn.deviceToken } });
    expect(again.data.logIn.deviceToken).toBe(body.data.logIn.deviceToken);
    expect(errorCode(await server.gql(LOG_IN, { i: { login: input.phone, password: 'wrong-password-1' } }))).toBe('UNAUTHENTICATED');
  });
});
