// The emitted schema keeps every name and type of the API contract (schema/contract.graphql):
// partners' apps and our own acceptance checks are written against it.
import fs from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, print, type DefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const read = (file: string) => fs.readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');
const schema = buildSchema(read('schema.graphql'));
const contract = parse(read('contract.graphql')).definitions;

/** What the contract asks of one definition that the schema lacks or types differently. */
function differences(def: DefinitionNode): string[] {
  if (!('name' in def) || !def.name) return [`unnamed ${def.kind}`];
  const name = def.name.value;
  const type = schema.getType(name);
  if (!type) return [`type ${name} is missing`];
  const found: string[] = [];
  if ('fields' in def && def.fields) {
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return [`${name} is not an object, interface or input type`];
    const fields = type.getFields();
    for (const field of def.fields) {
      const mine = fields[field.name.value];
      const path = `${name}.${field.name.value}`;
      if (!mine) {
        found.push(`${path} is missing`);
        continue;
      }
      if (String(mine.type) !== print(field.type)) found.push(`${path} is ${String(mine.type)}, the contract says ${print(field.type)}`);
      for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
        const ours = 'args' in mine ? mine.args.find((a) => a.name === arg.name.value) : undefined;
        if (!ours) found.push(`${path}(${arg.name.value}) is missing`);
        else if (String(ours.type) !== print(arg.type)) found.push(`${path}(${arg.name.value}) is ${String(ours.type)}, the contract says ${print(arg.type)}`);
      }
    }
  }
  if ('interfaces' in def && def.interfaces?.length && isObjectType(type)) {
    const ours = type.getInterfaces().map((i) => i.name);
    for (const i of def.interfaces) if (!ours.includes(i.name.value)) found.push(`${name} does not implement ${i.name.value}`);
  }
  if ('values' in def && def.values) {
    if (!isEnumType(type)) return [`${name} is not an enum`];
    const ours = type.getValues().map((v) => v.name);
    for (const v of def.values) if (!ours.includes(v.name.value)) found.push(`${name}.${v.name.value} is missing`);
  }
  return found;
}

describe('the API contract', () => {
  it('names types, fields, arguments and enum values', () => {
    expect(contract.length).toBeGreaterThan(20);
    expect(contract.reduce((n, def) => n + ('fields' in def ? (def.fields?.length ?? 0) : 0), 0)).toBeGreaterThan(100);
  });

  it('is kept by the emitted schema, name for name and type for type', () => {
    expect(contract.flatMap(differences)).toEqual([]);
  });

  it('would notice a missing field or a changed type', () => {
    const [probe] = parse(`type Volunteer { memberships: MembershipConnection! totalMinutes: Int signupsAll: Int }`).definitions;
    expect(differences(probe)).toEqual(['Volunteer.totalMinutes is Int!, the contract says Int', 'Volunteer.signupsAll is missing']);
  });
});
