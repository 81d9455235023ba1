// The one urql client factory for islands: same origin as the site, POST only (Apollo's CSRF
// prevention refuses simple GET requests), no cache (islands want live figures).
import { Client, fetchExchange } from '@urql/core';

export function createUrqlClient(url = '/graphql'): Client {
  return new Client({ url, exchanges: [fetchExchange], preferGetMethod: false });
}
