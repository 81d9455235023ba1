// The database of the test file that is running: a copy of the run's database (migrated, with the
// demo data), made for this file alone by tests/helpers/file-database.ts and dropped after it.
let current: string | null = null;

export function setDatabaseUrl(url: string): void {
  current = url;
}

/** This test file's own database. */
export function databaseUrl(): string {
  if (!current) throw new Error('No test database: tests/helpers/file-database.ts is not among the setup files');
  return current;
}
