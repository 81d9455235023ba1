// Signing in as a test user: the headers that carry the session token.
import { DEMO_PASSWORD } from '../../api/src/seeders/demo-data.js';
import type { BoundGql } from './api.js';

export const DEMO = { admin: '13800000000', coordinator: '13800000001', volunteer: '13800000002' } as const;

export async function signIn(server: { gql: BoundGql }, login: string, password: string = DEMO_PASSWORD): Promise<Record<string, string>> {
  const res = await server.gql<{ logIn: { token: string } }>(`mutation($input: LogInInput!) { logIn(input: $input) { token } }`, {
    input: { login, password },
  });
  if (!res.data?.logIn) throw new Error(`could not sign in as ${login}: ${JSON.stringify(res.errors)}`);
  return { authorization: `Bearer ${res.data.logIn.token}` };
}
