// A graphql-codegen plugin: zod schemas of what the site's content loaders ask the API for, made
// from their operations and the schema, so each collection checks the build's data against the
// very fields its query selected (nullability, lists, enums) without copying them by hand.
//
// Config (codegen.ts):
// - operationsIn: the file whose operations get a schema (`<Operation>QuerySchema`); the fragments
//   they spread get one too (`<Fragment>FragmentSchema`), wherever they are defined.
// - rulesModule: a module of zod schemas for what the site requires beyond the types (imported as
//   `rules`), used through
// - scalars: { Scalar: rule } for custom scalars and built-in ones the site narrows, and
// - fields: { 'Type.field': rule } for single fields (the rule replaces the field's named type;
//   lists and null stay as the schema says).
import path from 'node:path';
import { Kind, isEnumType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType } from 'graphql';

const BUILT_IN = { String: 'z.string()', ID: 'z.string()', Boolean: 'z.boolean()', Float: 'z.number()', Int: 'z.number().int()' };

export function plugin(schema, documents, config) {
  const fragments = new Map();
  for (const { document } of documents) {
    for (const definition of document?.definitions ?? []) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const wanted = path.resolve(config.operationsIn);
  const operations = documents
    .filter((file) => file.location && path.resolve(file.location) === wanted)
    .flatMap(({ document }) => document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION));
  if (operations.length === 0) throw new Error(`zod-from-documents: no operations in ${config.operationsIn}`);

  const declarations = [];
  const fragmentSchemas = new Map();

  function fragmentSchema(name) {
    if (fragmentSchemas.has(name)) return fragmentSchemas.get(name);
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`zod-from-documents: no fragment ${name}`);
    const constName = `${name}FragmentSchema`;
    fragmentSchemas.set(name, constName);
    const body = selectionSchema(schema.getType(fragment.typeCondition.name.value), fragment.selectionSet, 0);
    declarations.push(`export const ${constName} = ${body};`);
    return constName;
  }

  function selectionSchema(parent, selectionSet, depth) {
    if (!isObjectType(parent) && !isInterfaceType(parent)) throw new Error(`zod-from-documents: cannot select fields of ${parent}`);
    const fields = [];
    const spreads = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        spreads.push(fragmentSchema(selection.name.value));
      } else if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const key = selection.alias?.value ?? name;
        const field = parent.getFields()[name];
        if (!field) throw new Error(`zod-from-documents: ${parent.name} has no field ${name}`);
        fields.push(`${key}: ${typeSchema(field.type, `${parent.name}.${name}`, selection, depth + 1)}`);
      } else {
        throw new Error(`zod-from-documents: inline fragments are not supported (in ${parent.name})`);
      }
    }
    const indent = '  '.repeat(depth + 1);
    const object = fields.length ? `z.object({\n${fields.map((f) => `${indent}${f},\n`).join('')}${'  '.repeat(depth)}})` : null;
    // Spreads and fields are merged shallowly: a key both select must not hold different selections.
    const parts = [...spreads, ...(object ? [object] : [])];
    return parts.reduce((merged, part) => `${merged}.merge(${part})`);
  }

  function typeSchema(type, fieldName, selection, depth) {
    if (isNonNullType(type)) return innerSchema(type.ofType, fieldName, selection, depth);
    return `${innerSchema(type, fieldName, selection, depth)}.nullable()`;
  }

  function innerSchema(type, fieldName, selection, depth) {
    if (isListType(type)) return `z.array(${typeSchema(type.ofType, fieldName, selection, depth)})`;
    const rule = config.fields?.[fieldName] ?? (isScalarType(type) ? config.scalars?.[type.name] : undefined);
    if (rule) return `rules.${rule}`;
    if (isScalarType(type)) {
      if (!BUILT_IN[type.name]) throw new Error(`zod-from-documents: no rule for the scalar ${type.name}`);
      return BUILT_IN[type.name];
    }
    if (isEnumType(type))
      return `z.enum([${type
        .getValues()
        .map((v) => `'${v.value}'`)
        .join(', ')}])`;
    return selectionSchema(type, selection.selectionSet, depth);
  }

  for (const operation of operations) {
    const root = schema.getRootType(operation.operation);
    const suffix = operation.operation[0].toUpperCase() + operation.operation.slice(1);
    declarations.push(`export const ${operation.name.value}${suffix}Schema = ${selectionSchema(root, operation.selectionSet, 0)};`);
  }

  return [
    `// Emitted by graphql-codegen (site/scripts/zod-from-documents.mjs) from the operations of ${config.operationsIn}. Do not edit by hand.`,
    `import { z } from 'astro/zod';`,
    `import * as rules from '${config.rulesModule}';`,
    '',
    declarations.join('\n\n'),
    '',
  ].join('\n');
}
