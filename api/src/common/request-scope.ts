// What one GraphQL request makes once and keeps until it ends: DataLoaders, decisions per row.
// Each module declares its own with `perRequest`, so the module owns them, the request's context
// holds them (nothing is kept beside it), and none is made before a resolver first asks for it.
/** The things made for one request, by the declaration that made them. */
export class RequestScope {
  private readonly made = new Map<object, unknown>();

  /** What `key` stands for in this request, made by `make` the first time it is asked for. */
  get<T>(key: object, make: () => T): T {
    if (this.made.has(key)) return this.made.get(key) as T;
    const value = make();
    this.made.set(key, value);
    return value;
  }

  /** Forgets what `key` made (it is made again when next asked for), or everything without a key. */
  forget(key?: object): void {
    if (key) this.made.delete(key);
    else this.made.clear();
  }
}

/** A context that carries a request scope. */
export interface Scoped {
  scope: RequestScope;
}

/** A per-request value: `thing(ctx)` makes it on first use in a request and gives the same one after; `thing.forget(ctx)` drops it. */
export interface PerRequest<C extends Scoped, T> {
  (ctx: C): T;
  forget(ctx: C): void;
}

/** Declares a value made once per request from its context (e.g. a module's DataLoaders). */
export function perRequest<C extends Scoped, T>(make: (ctx: C) => T): PerRequest<C, T> {
  const key = {};
  const thing = (ctx: C) => ctx.scope.get(key, () => make(ctx));
  return Object.assign(thing, { forget: (ctx: C) => ctx.scope.forget(key) });
}
