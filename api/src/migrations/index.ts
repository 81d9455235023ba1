// Static list of migrations, oldest first: file discovery does not work under tsx/vitest.
import { Migration20261123000000_foundation } from './Migration20261123000000_foundation.js';

export const migrationsList = [
  { name: 'Migration20261123000000_foundation', class: Migration20261123000000_foundation },
];
