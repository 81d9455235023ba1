// Rows read with a module's own SQL as read-only entity instances: the same values as em.find,
// and entities whose columns MikroORM converts in its own way are refused.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadedColumns, readOnlyEntity } from '../../api/src/common/read-only-entity.js';
import { Project } from '../../api/src/modules/project/project.entity.js';
import { Shift } from '../../api/src/modules/project/shift.entity.js';
import { Volunteer } from '../../api/src/modules/volunteer/volunteer.entity.js';
import { VOLUNTEER_COLUMNS } from '../../api/src/modules/volunteer/volunteer.queries.js';
import { Certificate } from '../../api/src/modules/ledger/certificate.entity.js';
import { Organization } from '../../api/src/modules/organization/organization.entity.js';
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

it('holds a volunteer as em.find loads it: dates as text, text[] as a copied array, personal data left out', async () => {
  const em = orm.em.fork();
  const [row] = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(
      `select ${loadedColumns(em, Volunteer).join(', ')} from volunteer where birth_date is not null and cardinality(skills) > 0 order by id limit 1`,
    );
  const volunteer = readOnlyEntity(em, Volunteer, row);
  const loaded = await orm.em.fork().findOneOrFail(Volunteer, { id: row.id as string });
  expect(volunteer).toBeInstanceOf(Volunteer);
  expect({ ...volunteer }).toEqual(Object.fromEntries(Object.keys(volunteer).map((k) => [k, loaded[k as keyof Volunteer]])));
  expect(volunteer.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(volunteer.skills.length).toBeGreaterThan(0);
  expect(volunteer.skills).not.toBe(row.skills);
  expect(Object.keys(volunteer)).not.toContain('realNameEnc');
  expect(Object.keys(volunteer)).not.toContain('passwordHash');
  // The session lookup reads these for `me`: every column the entity loads, no more.
  expect([...VOLUNTEER_COLUMNS].sort()).toEqual(loadedColumns(em, Volunteer).sort());
});

it('refuses an entity with columns MikroORM converts (JSON, bigint, double precision)', () => {
  expect(() => loadedColumns(orm.em.fork(), Certificate)).toThrow(/Certificate\.\w+ .* map it with em\.map/);
  expect(() => loadedColumns(orm.em.fork(), Organization)).toThrow(/Organization\.\w+ .* map it with em\.map/);
});
