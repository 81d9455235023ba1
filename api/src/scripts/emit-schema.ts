// Writes schema/schema.graphql from the resolvers.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { printSchemaFile } from '../schema.js';

const target = path.join(repoRoot, 'schema/schema.graphql');
await writeFile(target, await printSchemaFile());
console.log(`schema written to ${path.relative(process.cwd(), target)}`);
