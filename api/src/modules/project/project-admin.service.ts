// Publishing activities: organisations' coordinators create drafts with shifts, edit them,
// publish (every shift in the future) and cancel (signed-up volunteers are told via the outbox).
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPartner, PartnerScope, type Actor } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import type { DomainEventBus } from '../../common/domain-events.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { OrganizationStatus } from '../organization/organization.entity.js';
import { Project, ProjectStatus } from './project.entity.js';
import './project.events.js';
import { OutboxTopic } from '../outbox/outbox.queries.js';
import { organizationStatusOf } from '../organization/organization.queries.js';
import {
  countClosedLotteries,
  deleteShifts,
  existingQualificationKinds,
  insertDraftProject,
  insertShifts,
  lockShifts,
  markProjectCancelled,
} from './project.queries.js';
import { emitWebhookEvent } from '../webhook/webhook.queries.js';
import { checkGeoPoint } from '../../common/geo.js';
import { chinaDate } from '../../common/china-time.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { weeklyShifts } from './recurrence.js';
import type { CreateProjectInput, ShiftInput, UpdateProjectInput } from './project.inputs.js';
import { Shift, ShiftAllocation } from './shift.entity.js';

const MAX_SHIFTS = 100;
const MAX_CAPACITY = 100_000;
const MAX_SHIFT_MS = 24 * 3_600_000;

function checkShifts(shifts: ShiftInput[]): ShiftInput[] {
  if (shifts.length < 1) throw new BadUserInputError('shifts', Reason.REQUIRED, 'A project needs at least one shift');
  if (shifts.length > MAX_SHIFTS) throw new BadUserInputError('shifts', Reason.OUT_OF_RANGE, `At most ${MAX_SHIFTS} shifts`, { min: 1, max: MAX_SHIFTS });
  shifts.forEach((s, i) => {
    checkShiftSpan(s.startsAt, s.endsAt, `shifts.${i}.endsAt`);
    if (!Number.isInteger(s.capacity) || s.capacity < 1 || s.capacity > MAX_CAPACITY) {
      throw new BadUserInputError(`shifts.${i}.capacity`, Reason.OUT_OF_RANGE, `capacity must be 1..${MAX_CAPACITY}`, { min: 1, max: MAX_CAPACITY });
    }
    checkRegistrationWindow(s, i);
  });
  return shifts;
}

/** Each shift's required qualification kind, when it names one, exists. One query. */
async function checkRequiredQualifications(em: EntityManager, shifts: ShiftInput[]): Promise<void> {
  const named = shifts.flatMap((s, i) => (s.requiredQualificationKindId ? [{ id: s.requiredQualificationKindId, i }] : []));
  const known = await existingQualificationKinds(
    em,
    named.map((n) => n.id).filter((id) => nodeTypeOf(id) === 'QualificationKind'),
  );
  const unknown = named.find((n) => !known.has(n.id));
  if (unknown) throw new BadUserInputError(`shifts.${unknown.i}.requiredQualificationKindId`, Reason.NOT_FOUND, 'No such qualification kind');
}

/** A shift's times, wherever they are set (created, edited, moved): it ends after it starts, within 24 hours; `field` names the end. */
export function checkShiftSpan(startsAt: Date, endsAt: Date, field: string): void {
  const length = endsAt.getTime() - startsAt.getTime();
  if (!(length > 0)) throw new BadUserInputError(field, Reason.END_BEFORE_START, 'A shift ends after it starts');
  if (length > MAX_SHIFT_MS) throw new BadUserInputError(field, Reason.SPAN_TOO_LONG, 'A shift lasts at most 24 hours', { maxHours: MAX_SHIFT_MS / 3_600_000 });
}

/** LOTTERY shifts take entries in a window that closes (and is drawn) before the shift starts; first-come shifts have none. */
function checkRegistrationWindow(s: ShiftInput, i: number): void {
  const opens = s.registrationOpensAt ?? null;
  const closes = s.registrationClosesAt ?? null;
  if ((s.allocation ?? ShiftAllocation.FIRST_COME) === ShiftAllocation.FIRST_COME) {
    if (opens || closes) {
      throw new BadUserInputError(
        `shifts.${i}.${opens ? 'registrationOpensAt' : 'registrationClosesAt'}`,
        Reason.REGISTRATION_WINDOW_LOTTERY_ONLY,
        'Only a lottery shift has a registration window',
      );
    }
    return;
  }
  if (!closes) throw new BadUserInputError(`shifts.${i}.registrationClosesAt`, Reason.REQUIRED, 'A lottery shift needs registrationClosesAt');
  if (closes.getTime() >= s.startsAt.getTime()) {
    throw new BadUserInputError(`shifts.${i}.registrationClosesAt`, Reason.REGISTRATION_CLOSES_TOO_LATE, 'Entries must close before the shift starts');
  }
  if (opens && opens.getTime() >= closes.getTime()) {
    throw new BadUserInputError(`shifts.${i}.registrationOpensAt`, Reason.END_BEFORE_START, 'Entries must open before they close');
  }
}

/** The project, once the actor is found to manage it (NOT_FOUND, FORBIDDEN otherwise). */
export async function managedProject(em: EntityManager, actor: Actor | null, id: string): Promise<Project> {
  const project = nodeTypeOf(id) === 'Project' ? await em.findOne(Project, { id }) : null;
  if (!project) throw new NotFoundError('Project');
  await requireOrgRole(em, actor, project.organization.id, MANAGING_ROLES, PartnerScope.PUBLISH);
  return project;
}

export class ProjectAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: DomainEventBus,
  ) {}

  async create(actor: Actor | null, input: CreateProjectInput): Promise<Project> {
    await requireOrgRole(this.em, actor, input.organizationId, MANAGING_ROLES, PartnerScope.PUBLISH);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const { idempotencyKey: _key, ...request } = input;
    if ((await organizationStatusOf(this.em, input.organizationId)) !== OrganizationStatus.APPROVED)
      throw new ConflictError(Reason.TEAM_NOT_APPROVED, 'Only approved organisations may publish activities', 'organizationId');
    const shifts = checkShifts([...input.shifts, ...(input.recurrence ? weeklyShifts(input.recurrence) : [])]);
    await checkRequiredQualifications(this.em, shifts);
    // A partner key retrying a request it did not hear back from gets the same draft, not a second one.
    const owner = isPartner(actor) ? actor.partnerKeyId : actor!.volunteerId;
    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'createProject', owner, key, request);
        if (claim.kind === 'replay') return claim.resultId;
      }
      const id = newId('prj');
      const { lat, lng } = checkGeoPoint(input.location);
      const [startsAt, endsAt] = span(shifts);
      await insertDraftProject(tx, {
        id,
        organizationId: input.organizationId,
        title: checkText('title', input.title, 1, 120),
        summary: checkText('summary', input.summary, 1, 300),
        description: checkOptionalText('description', input.description, 20_000),
        category: checkOptionalText('category', input.category, 40),
        district: checkOptionalText('district', input.district, 40),
        address: checkOptionalText('address', input.address, 200),
        lat,
        lng,
        startsAt,
        endsAt,
      });
      await this.events.raise(tx, 'shiftsCreated', { projectId: id, shifts: await insertShifts(tx, id, shifts) });
      await this.events.raise(tx, 'projectCreated', { projectId: id, organizationId: input.organizationId, serviceRequestId: input.serviceRequestId ?? null });
      if (key) await recordIdempotentResult(tx, 'createProject', owner, key, id);
      return id;
    });
    return (await this.em.fork().findOne(Project, { id }))!;
  }

  async update(actor: Actor | null, id: string, input: UpdateProjectInput): Promise<Project> {
    const project = await managedProject(this.em, actor, id);
    if (project.status !== ProjectStatus.DRAFT) throw new ConflictError(Reason.PROJECT_NOT_DRAFT, 'Only drafts can be edited');
    await this.em.transactional(async (tx) => {
      const changes: Record<string, unknown> = {};
      if (input.title != null) changes.title = checkText('title', input.title, 1, 120);
      if (input.summary != null) changes.summary = checkText('summary', input.summary, 1, 300);
      if (input.description !== undefined) changes.description = checkOptionalText('description', input.description, 20_000);
      if (input.category !== undefined) changes.category = checkOptionalText('category', input.category, 40);
      if (input.district !== undefined) changes.district = checkOptionalText('district', input.district, 40);
      if (input.address !== undefined) changes.address = checkOptionalText('address', input.address, 200);
      if (input.location !== undefined) Object.assign(changes, checkGeoPoint(input.location));
      if (input.shifts) {
        const shifts = checkShifts([...input.shifts, ...(input.recurrence ? weeklyShifts(input.recurrence) : [])]);
        await checkRequiredQualifications(tx, shifts);
        [changes.startsAt, changes.endsAt] = span(shifts);
        await deleteShifts(tx, id);
        await this.events.raise(tx, 'shiftsCreated', { projectId: id, shifts: await insertShifts(tx, id, shifts) });
      }
      if (Object.keys(changes).length) await tx.nativeUpdate(Project, { id }, changes);
    });
    return (await this.em.fork().findOne(Project, { id }))!;
  }

  async publish(actor: Actor | null, id: string): Promise<Project> {
    const project = await managedProject(this.em, actor, id);
    if (project.status !== ProjectStatus.DRAFT) throw new ConflictError(Reason.PROJECT_NOT_DRAFT, 'Only drafts can be published');
    if (project.startsAt.getTime() <= Date.now()) throw new BadUserInputError('shifts', Reason.TIME_IN_PAST, 'Every shift must start in the future');
    if ((await countClosedLotteries(this.em, id)) > 0)
      throw new BadUserInputError('shifts', Reason.REGISTRATION_ALREADY_CLOSED, "A lottery shift's entries must close after the activity is published");
    const affected = await this.em.transactional(async (tx) => {
      const published = await tx.nativeUpdate(Project, { id, status: ProjectStatus.DRAFT }, { status: ProjectStatus.PUBLISHED, publishedAt: new Date() });
      if (published) {
        await emitWebhookEvent(tx, project.organization.id, 'activity.published', {
          projectId: id,
          title: project.title,
          status: ProjectStatus.PUBLISHED,
          startsAt: project.startsAt.toISOString(),
          endsAt: project.endsAt.toISOString(),
        });
      }
      return published;
    });
    if (!affected) throw new ConflictError(Reason.PROJECT_NOT_DRAFT, 'Only drafts can be published');
    return (await this.em.fork().findOne(Project, { id }))!;
  }

  async cancel(actor: Actor | null, id: string, reason: string): Promise<Project> {
    const project = await managedProject(this.em, actor, id);
    const why = checkText('reason', reason, 2, 500);
    if (project.status === ProjectStatus.CANCELLED || project.status === ProjectStatus.COMPLETED) {
      throw new ConflictError(Reason.PROJECT_OVER, 'This project is already over');
    }
    await this.em.transactional(async (tx) => {
      await markProjectCancelled(tx, id);
      // Shifts before sign-ups, the order every other writer locks them in (sign-ups, cancels, draws).
      await lockShifts(tx, { projectId: id });
      // Everyone holding or waiting for a place hears of it; the places themselves are released.
      await this.events.raise(tx, 'shiftsCancelled', { scope: { projectId: id }, projectId: id, topic: OutboxTopic.PROJECT_CANCELLED, reason: why, told: 0 });
      // Its sign-ups end with it: partners hear of the activity, not of each sign-up (nor of a draft's end: they never saw it).
      if (project.status === ProjectStatus.PUBLISHED) {
        await emitWebhookEvent(tx, project.organization.id, 'activity.cancelled', { projectId: id, status: ProjectStatus.CANCELLED });
      }
    });
    return (await this.em.fork().findOne(Project, { id }))!;
  }

  /**
   * A new DRAFT with an earlier activity's details and shifts, moved so the first falls on
   * `startsOn` (China date): every shift and lottery window by the same number of days.
   */
  async copy(actor: Actor | null, id: string, startsOn: string, idempotencyKey?: string | null): Promise<Project> {
    const project = await managedProject(this.em, actor, id);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn) || Number.isNaN(Date.parse(`${startsOn}T00:00:00Z`)))
      throw new BadUserInputError('startsOn', Reason.BAD_FORMAT, 'startsOn must be a date such as 2026-12-12', { expected: 'YYYY-MM-DD' });
    const shifts = await this.em.find(Shift, { project: id }, { orderBy: { startsAt: 'asc' } });
    const days = Math.round((Date.parse(`${startsOn}T00:00:00Z`) - Date.parse(`${chinaDate(project.startsAt)}T00:00:00Z`)) / 86_400_000);
    const move = (d: Date | null | undefined) => (d ? new Date(d.getTime() + days * 86_400_000) : null);
    return this.create(actor, {
      organizationId: project.organization.id,
      title: project.title,
      summary: project.summary,
      description: project.description,
      category: project.category,
      district: project.district,
      address: project.address,
      location: project.location,
      idempotencyKey,
      shifts: shifts.map((s) => ({
        startsAt: move(s.startsAt)!,
        endsAt: move(s.endsAt)!,
        capacity: s.capacity,
        waitlist: s.waitlist,
        allocation: s.allocation,
        registrationOpensAt: move(s.registrationOpensAt),
        registrationClosesAt: move(s.registrationClosesAt),
        requiredQualificationKindId: s.requiredQualificationKindId,
      })),
    });
  }
}

function span(shifts: ShiftInput[]): [Date, Date] {
  return [new Date(Math.min(...shifts.map((s) => s.startsAt.getTime()))), new Date(Math.max(...shifts.map((s) => s.endsAt.getTime())))];
}
