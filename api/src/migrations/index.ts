// Static list of migrations, oldest first: file discovery does not work under tsx/vitest.
import { Migration20261123000000_foundation } from './Migration20261123000000_foundation.js';
import { Migration20261123100000_identity } from './Migration20261123100000_identity.js';
import { Migration20261123110000_organizations } from './Migration20261123110000_organizations.js';
import { Migration20261123120000_content } from './Migration20261123120000_content.js';
import { Migration20261123130000_signups } from './Migration20261123130000_signups.js';
import { Migration20261123140000_project_search } from './Migration20261123140000_project_search.js';
import { Migration20261123145000_partner_keys } from './Migration20261123145000_partner_keys.js';
import { Migration20261123150000_ledger } from './Migration20261123150000_ledger.js';
import { Migration20261123160000_lottery_calendars } from './Migration20261123160000_lottery_calendars.js';
import { Migration20261202170000_idempotency_results } from './Migration20261202170000_idempotency_results.js';
import { Migration20261202200000_auth_notices } from './Migration20261202200000_auth_notices.js';
import { Migration20261202210000_inbox } from './Migration20261202210000_inbox.js';
import { Migration20261204060000_sign_in_limits } from './Migration20261204060000_sign_in_limits.js';
import { Migration20261204061000_earth_point } from './Migration20261204061000_earth_point.js';
import { Migration20261204062000_data_key } from './Migration20261204062000_data_key.js';
import { Migration20261204070000_back_office } from './Migration20261204070000_back_office.js';
import { Migration20261204080000_account_and_consent } from './Migration20261204080000_account_and_consent.js';
import { Migration20261204110000_images } from './Migration20261204110000_images.js';
import { Migration20261204120000_editorial } from './Migration20261204120000_editorial.js';
import { Migration20261204100000_audit_filters } from './Migration20261204100000_audit_filters.js';
import { Migration20261204130000_service_requests } from './Migration20261204130000_service_requests.js';
import { Migration20261204140000_ratings } from './Migration20261204140000_ratings.js';

export const migrationsList = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000_foundation },
  { name: 'Migration20261123100000_identity', class: Migration20261123100000_identity },
  { name: 'Migration20261123110000_organizations', class: Migration20261123110000_organizations },
  { name: 'Migration20261123120000_content', class: Migration20261123120000_content },
  { name: 'Migration20261123130000_signups', class: Migration20261123130000_signups },
  { name: 'Migration20261123140000_project_search', class: Migration20261123140000_project_search },
  { name: 'Migration20261123145000_partner_keys', class: Migration20261123145000_partner_keys },
  { name: 'Migration20261123150000_ledger', class: Migration20261123150000_ledger },
  { name: 'Migration20261123160000_lottery_calendars', class: Migration20261123160000_lottery_calendars },
  { name: 'Migration20261202170000_idempotency_results', class: Migration20261202170000_idempotency_results },
  { name: 'Migration20261202200000_auth_notices', class: Migration20261202200000_auth_notices },
  { name: 'Migration20261202210000_inbox', class: Migration20261202210000_inbox },
  { name: 'Migration20261204060000_sign_in_limits', class: Migration20261204060000_sign_in_limits },
  { name: 'Migration20261204061000_earth_point', class: Migration20261204061000_earth_point },
  { name: 'Migration20261204062000_data_key', class: Migration20261204062000_data_key },
  { name: 'Migration20261204070000_back_office', class: Migration20261204070000_back_office },
  { name: 'Migration20261204080000_account_and_consent', class: Migration20261204080000_account_and_consent },
  { name: 'Migration20261204110000_images', class: Migration20261204110000_images },
  { name: 'Migration20261204120000_editorial', class: Migration20261204120000_editorial },
  { name: 'Migration20261204100000_audit_filters', class: Migration20261204100000_audit_filters },
  { name: 'Migration20261204130000_service_requests', class: Migration20261204130000_service_requests },
  { name: 'Migration20261204140000_ratings', class: Migration20261204140000_ratings },
];
