// The transaction an EntityManager works in, typed, for the SQL a module writes by hand to run
// inside it (MikroORM hands it out as `any`).
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** The EntityManager's transaction, or undefined outside one (the statement then runs on its own). */
export function transactionOf(em: EntityManager): Knex.Transaction | undefined {
  return em.getTransactionContext<Knex.Transaction>();
}
