// The committed schema, generated client code and migrations must match the source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { MikroORM } from '@mikro-orm/postgresql';
import { printSchemaFile } from '../../api/src/schema.js';
import codegenConfig from '../../codegen.js';
import { testOrm } from '../helpers/api.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('generated files', () => {
  it('schema/schema.graphql is what the resolvers emit (run `npm run generate`)', async () => {
    const committed = await readFile(path.join(root, 'schema/schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaFile());
  });

  it('site/src/gql is what codegen makes of the schema and the site’s operations (run `npm run generate`)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outputs = await generate({ ...codegenConfig, silent: true, verbose: false }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = await readFile(path.resolve(root, output.filename), 'utf8').catch(() => '(missing)');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('migrations', () => {
  let orm: MikroORM;
  beforeAll(async () => (orm = await testOrm({ allowGlobalContext: true })));
  afterAll(async () => orm.close());

  it('leave nothing for the entities to change (the database equals the model)', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});
