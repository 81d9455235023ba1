// Rows a module reads with its own SQL, as instances of an entity class that the EntityManager
// does not manage: for read-only answers on hot paths, where em.map's identity map, change
// tracking and hydration cost several times the statement itself.
import { ReferenceKind, type EntityClass, type EntityManager, type EntityMetadata } from '@mikro-orm/postgresql';

interface Column {
  prop: string;
  column: string;
  /** A timestamptz, which MikroORM's driver hands over as text. */
  date?: boolean;
  /** A text[], which the driver hands over as an array (copied: a row may be shared, as the session cache's is). */
  list?: boolean;
  /** The entity a many-to-one column refers to, and its primary key's property. */
  target?: { prototype: object; key: string };
}

/** How readOnlyEntity builds an entity's instances: the columns it reads, and the prototype it gives them. */
interface Reading {
  columns: Column[];
  /**
   * The entity's prototype, with the accessors the class or MikroORM (for its change tracking)
   * defines for the columns shadowed by plain writable values: an instance's fields are then
   * assigned as its own, one by one, always in the same order (one object shape per entity, fast
   * to build and to read), and nothing reaches MikroORM's tracking.
   */
  prototype: object;
}

function hasAccessor(prototype: object, name: string): boolean {
  for (let p: object | null = prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(p, name);
    if (descriptor) return !!(descriptor.get ?? descriptor.set);
  }
  return false;
}

/** What the driver parses into the value the entity holds: text, numbers and booleans; timestamptz is read as a Date, text[] as an array. */
const AS_PARSED = new Set(['string', 'number', 'boolean']);

const readings = new WeakMap<EntityMetadata, Reading>();

function readingOf(meta: EntityMetadata): Reading {
  const known = readings.get(meta);
  if (known) return known;
  const columns: Column[] = [];
  const prototype = meta.prototype as object;
  for (const p of meta.props) {
    if (p.lazy || p.persist === false || p.formula) continue;
    if (p.kind === ReferenceKind.SCALAR) {
      // Any other type MikroORM converts in its own way: such an entity is for em.map.
      const date = p.runtimeType === 'Date' && p.columnTypes[0] === 'timestamptz';
      const list = p.columnTypes[0] === 'text[]';
      // A date column is held as the text the driver hands over ('2008-05-01').
      const dayAsText = p.columnTypes[0] === 'date' && p.runtimeType === 'string';
      if ((p.customType && !list && !dayAsText) || (!date && !list && !AS_PARSED.has(p.runtimeType)))
        throw new Error(`${meta.className}.${p.name} (${p.columnTypes[0]}) is not read as parsed: map it with em.map`);
      columns.push({ prop: p.name, column: p.fieldNames[0], date, list });
    } else if (p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)) {
      const target = p.targetMeta;
      // A Ref<> wrapper or a composite key is more than an ID on an instance: such an entity is for em.map.
      if (!target || p.ref || p.fieldNames.length !== 1) throw new Error(`${meta.className}.${p.name} is not a plain reference: map it with em.map`);
      columns.push({
        prop: p.name,
        column: p.fieldNames[0],
        target: { prototype: target.prototype as object, key: target.primaryKeys[0] },
      });
    }
  }
  const shadows = columns.filter((c) => hasAccessor(prototype, c.prop));
  const reading: Reading = {
    columns,
    prototype: Object.create(
      prototype,
      Object.fromEntries(shadows.map((c) => [c.prop, { value: undefined, writable: true, enumerable: false, configurable: true }])),
    ) as object,
  };
  readings.set(meta, reading);
  return reading;
}

/** The columns em.find selects for the entity by default, which readOnlyEntity reads from a row. */
export function loadedColumns(em: EntityManager, entity: EntityClass<object>): string[] {
  return readingOf(em.getMetadata(entity)).columns.map((c) => c.column);
}

/** A reference holding only the primary key, as an unloaded relation of an entity from em.find does. */
function reference(target: { prototype: object; key: string }, id: unknown): object {
  return Object.create(target.prototype, { [target.key]: { value: id, writable: true, enumerable: true, configurable: true } }) as object;
}

/**
 * An instance of `entity` holding a row's values (named as loadedColumns names them, after
 * `prefix`), which the EntityManager does not manage: the class's getters and name work (Shift's
 * `remaining`, the Node interface's type), and nothing it holds is ever flushed. A relation holds
 * the related entity's ID only, as an unloaded reference from em.find does, unless `relations`
 * gives it. Its fields are the instance's own, so the change tracking MikroORM sets on the
 * prototype stays out.
 */
export function readOnlyEntity<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  row: Record<string, unknown>,
  prefix = '',
  relations: Record<string, object> = {},
): T {
  const { columns, prototype } = readingOf(em.getMetadata(entity));
  const instance = Object.create(prototype) as Record<string, unknown>;
  for (const { prop, column, date, list, target } of columns) {
    const raw = row[prefix + column];
    instance[prop] =
      raw == null
        ? (relations[prop] ?? null)
        : target
          ? (relations[prop] ?? reference(target, raw))
          : date
            ? new Date(raw as string)
            : list
              ? [...(raw as unknown[])]
              : raw;
  }
  return instance as T;
}
