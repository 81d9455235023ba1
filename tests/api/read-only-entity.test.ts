// Rows read with a module's own SQL as read-only entity instances: the same values as em.find,
// and entities whose columns MikroORM converts in its own way are refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadedColumns, readOnlyEntity } from '../../api/src/common/read-only-entity.js';
import { Project } from '../../api/src/modules/project/project.entity.js';
import { Shift } from '../../api/src/modules/project/shift.entity.js';
import { Volunteer } from '../../api/src/modules/volunteer/volunteer.entity.js';
import { testOrm } from '../helpers/api.js';

let orm: MikroORM;
beforeAll(async () => {
  orm = await testOrm();
});
afterAll(async () => {
  await orm?.close();
});

it('holds what em.find loads, with the class getters and an unloaded reference', async () => {
  const em = orm.em.fork();
  const [row] = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(`select ${loadedColumns(em, Shift).join(', ')} from shift where confirmed_count > 0 order by id limit 1`);
  const shift = readOnlyEntity(em, Shift, row);
  const loaded = await orm.em.fork().findOneOrFail(Shift, { id: row.id as string });
  expect(shift).toBeInstanceOf(Shift);
  const { project, ...fields } = shift;
  const { project: loadedProject, ...loadedFields } = loaded;
  expect(fields).toEqual(loadedFields);
  expect(shift.startsAt).toBeInstanceOf(Date);
  expect(shift.remaining).toBe(loaded.remaining);
  expect(project).toBeInstanceOf(Project);
  expect(project.id).toBe(loadedProject.id);
  expect(project.title).toBeUndefined();
  // Nothing of it is managed: a flush writes nothing.
  shift.capacity += 1;
  await em.flush();
  expect((await orm.em.fork().findOneOrFail(Shift, { id: shift.id })).capacity).toBe(loaded.capacity);
});

it('refuses an entity with columns MikroORM converts (dates, arrays)', () => {
  expect(() => loadedColumns(orm.em.fork(), Volunteer)).toThrow(/Volunteer\.\w+ .* map it with em\.map/);
});
