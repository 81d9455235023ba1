// One generic Relay connection: the GraphQL types (`createConnectionType`) and keyset
// pagination over a MikroORM query builder (`paginate`) or rows read by hand (`pageOfRows`),
// shared by every list.
import { raw, type QueryBuilder } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors.js';
import { Reason } from './error-reasons.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page as the connection types expect it; `count` runs its query only when totalCount is asked for. */
export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

const connectionTypes = new Map<string, ClassType>();

/** `XConnection` and `XEdge` types for a node type; one class per name. */
export function createConnectionType<T extends object>(name: string, nodeType: ClassType<T>): ClassType<Page<T>> {
  const existing = connectionTypes.get(name);
  if (existing) return existing as ClassType<Page<T>>;

  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => [nodeType]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    count!: () => Promise<number>;

    // A method, so the count query runs only when the field is selected.
    @Field(() => Int)
    totalCount(): Promise<number> {
      return this.count();
    }
  }

  connectionTypes.set(name, ConnectionType);
  return ConnectionType;
}

export type SortValue = string | number | Date;

export interface SortKey<T> {
  /** SQL expression, qualified by the query builder's alias, e.g. `p.starts_at`. */
  column: string;
  value: (node: T) => SortValue;
  type: 'date' | 'string' | 'number';
}

export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', Reason.OUT_OF_RANGE, `first must be between 1 and ${MAX_PAGE_SIZE}`, { min: 1, max: MAX_PAGE_SIZE });
  }
  return first;
}

export function encodeCursor(values: SortValue[]): string {
  const plain = values.map((v) => (v instanceof Date ? v.toISOString() : v));
  return Buffer.from(JSON.stringify(plain)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, keys: SortKey<T>[]): SortValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== keys.length) {
    throw new BadUserInputError('after', Reason.BAD_CURSOR, 'after is not a cursor from this list');
  }
  return keys.map((key, i) => {
    const v: unknown = values[i];
    if (key.type === 'number' && typeof v === 'number' && Number.isFinite(v)) return v;
    if (key.type === 'string' && typeof v === 'string') return v;
    if (key.type === 'date' && typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(v);
    throw new BadUserInputError('after', Reason.BAD_CURSOR, 'after is not a cursor from this list');
  });
}

/**
 * Keyset pagination: rows after the cursor in (keys…) order, one query for the page
 * (fetching first+1 to learn hasNextPage) and a count query only if totalCount is selected.
 * The last key must be unique (the primary key) so the order is total.
 */
export async function paginate<T extends object>(
  qb: QueryBuilder<T>,
  args: ConnectionArgs,
  keys: SortKey<T>[],
  direction: 'asc' | 'desc' = 'asc',
): Promise<Page<T>> {
  const first = pageSize(args.first);
  const countQb = qb.clone();
  if (args.after) {
    const values = decodeCursor(args.after, keys);
    const tuple = keys.map((k) => k.column).join(', ');
    const marks = keys.map(() => '?').join(', ');
    qb.andWhere(`(${tuple}) ${direction === 'asc' ? '>' : '<'} (${marks})`, values);
  }
  // Plain columns by name; expressions (a distance, say) as raw SQL.
  qb.orderBy(keys.map((k) => ({ [/^[a-z_]+\.[a-z_]+$/.test(k.column) ? k.column : raw(k.column)]: direction })));
  qb.limit(first + 1);
  return pageOfRows(await qb.getResultList(), first, keys, () => countQb.getCount());
}

/**
 * The page of rows read in (keys…) order after the cursor, at most `first + 1` of them (the one
 * past the page says there is a next): for lists a module reads with its own SQL, as paginate
 * does with a query builder. `count` runs once, and only when totalCount is selected.
 */
export function pageOfRows<T>(rows: T[], first: number, keys: SortKey<T>[], count: () => Promise<number>): Page<T> {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keys.map((k) => k.value(node))) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    count: () => (counted ??= count()),
  };
}
