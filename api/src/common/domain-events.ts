// Events a module raises inside its own transaction, so that a module above it can do its part
// in the same transaction without the lower module importing it. The raising module declares
// its events by adding them to `DomainEvents` (declaration merging, in its `*.events.ts`); the
// modules that act on one export handlers, and the composition root (src/domain-events.ts)
// lists them. Handlers run one after another and a failure fails the raiser's transaction:
// the work is all done, or none of it.
import type { EntityManager } from '@mikro-orm/postgresql';

/** Every domain event by name, with what it carries. Modules add theirs. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface DomainEvents {}

export type DomainEventName = keyof DomainEvents;

/** What a module does on an event, in the raiser's transaction (`tx`). */
export type DomainEventHandler<K extends DomainEventName> = (tx: EntityManager, event: DomainEvents[K]) => Promise<void>;

/** A module's handlers, by event. */
export type DomainEventHandlers = { [K in DomainEventName]?: DomainEventHandler<K> };

/** A handler of some event, as the bus keeps it (each is called with its own event only). */
type SomeHandler = (tx: EntityManager, event: never) => Promise<void>;

export class DomainEventBus {
  private readonly handlers = new Map<DomainEventName, SomeHandler[]>();

  /** The handlers of each module, in the order given. */
  constructor(modules: readonly DomainEventHandlers[]) {
    for (const module of modules) {
      for (const name of Object.keys(module) as DomainEventName[]) {
        const handler: SomeHandler | undefined = module[name];
        if (handler) this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
      }
    }
  }

  /** Runs every handler of the event in `tx`, the raiser's transaction. */
  async raise<K extends DomainEventName>(tx: EntityManager, name: K, event: DomainEvents[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await (handler as DomainEventHandler<K>)(tx, event);
  }
}
