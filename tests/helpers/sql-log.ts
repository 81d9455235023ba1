// An ORM on the run's database that records every SQL statement it sends, for statement counts.
import { DefaultLogger, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { testOrm } from './api.js';

export async function countingOrm(): Promise<{ orm: MikroORM; statements: string[] }> {
  const statements: string[] = [];
  class CountingLogger extends DefaultLogger {
    override log(namespace: LoggerNamespace, message: string): void {
      if (namespace === 'query') statements.push(message);
    }
  }
  const orm = await testOrm({ allowGlobalContext: true, debug: ['query'], loggerFactory: (options: LoggerOptions) => new CountingLogger(options) });
  return { orm, statements };
}
