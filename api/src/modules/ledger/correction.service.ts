// Correction requests (MCA Order 67: a volunteer may ask the recording organisation to correct
// their record). Accepting reverses the live entry and/or records the corrected minutes, in one
// transaction with the request's resolution.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import type { ConnectionArgs, Page } from '../../common/connection.js';
import { paginate } from '../../common/connection.js';
import { BadUserInputError, ConflictError, isUniqueViolation } from '../../common/errors.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import { checkText } from '../../common/text-input.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { CorrectionStatus, HourCorrectionRequest } from './hour-correction-request.entity.js';
import { HourEntryKind } from './hour-entry.entity.js';
import type { RequestHourCorrectionInput, ResolveHourCorrectionInput } from './ledger.inputs.js';
import { CorrectionRequestNotFoundError } from './ledger.errors.js';
import { applyEntries, lockVolunteers } from './ledger-writer.js';
import { correctableSignupStatus, insertCorrectionRequest, lockCorrectionStatus, resolveCorrection } from './ledger.queries.js';
import { loadShift, recordFields, reverseEntry, serviceCounts, shiftMinutes } from './ledger.service.js';
import { Reason } from '../../common/error-reasons.js';

const ORDER = [{ column: 'c.id', value: (c: HourCorrectionRequest) => c.id, type: 'string' as const }];

export class CorrectionService {
  constructor(private readonly em: EntityManager) {}

  async request(viewer: Viewer | null, input: RequestHourCorrectionInput): Promise<HourCorrectionRequest> {
    const v = requireViewer(viewer);
    const message = checkText('message', input.message, 2, 500);
    const shift = await loadShift(this.em, input.shiftId);
    if (!shift) throw new ShiftNotFoundError();
    if (!(await correctableSignupStatus(this.em, shift.id, v.volunteerId))) throw new ShiftNotFoundError();
    if (new Date(shift.ends_at).getTime() > Date.now())
      throw new ConflictError(Reason.SHIFT_NOT_ENDED, 'Corrections are asked for after the shift ends', 'shiftId');
    const length = shiftMinutes(shift);
    if (!Number.isInteger(input.requestedMinutes) || input.requestedMinutes < 0 || input.requestedMinutes > length) {
      throw new BadUserInputError('requestedMinutes', Reason.MINUTES_OUT_OF_RANGE, `requestedMinutes must be 0..${length}`, { min: 0, max: length });
    }
    const live = (await serviceCounts(this.em, shift.id, [v.volunteerId])).get(v.volunteerId)?.live ?? null;
    if ((live?.minutes ?? 0) === input.requestedMinutes)
      throw new BadUserInputError('requestedMinutes', Reason.CORRECTION_UNCHANGED, 'The minutes asked for are those recorded');
    const id = newId('hcr');
    try {
      await insertCorrectionRequest(this.em, {
        id,
        volunteerId: v.volunteerId,
        organizationId: shift.organization_id,
        shiftId: shift.id,
        entryId: live?.id ?? null,
        requestedMinutes: input.requestedMinutes,
        message,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'hour_correction_one_open_per_shift'))
        throw new ConflictError(Reason.CORRECTION_ALREADY_OPEN, 'A correction of this shift is open already', 'shiftId');
      throw error;
    }
    return this.load(id);
  }

  async resolve(viewer: Viewer | null, input: ResolveHourCorrectionInput): Promise<HourCorrectionRequest> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(input.requestId) !== 'HourCorrectionRequest') throw new CorrectionRequestNotFoundError();
    const note = checkText('note', input.note, 2, 500);
    const request = await this.em.findOne(HourCorrectionRequest, { id: input.requestId });
    if (!request) throw new CorrectionRequestNotFoundError();
    await requireOrgRole(this.em, v, request.organization.id, MANAGING_ROLES);
    await this.em.transactional(async (tx) => {
      if ((await lockCorrectionStatus(tx, request.id)) !== CorrectionStatus.OPEN)
        throw new ConflictError(Reason.ALREADY_DECIDED, 'The request has been decided', 'requestId');
      if (input.accept) {
        const shift = (await loadShift(tx, request.shift.id))!;
        const minutes = input.minutes ?? request.requestedMinutes;
        if (!Number.isInteger(minutes) || minutes < 0 || minutes > shiftMinutes(shift)) {
          throw new BadUserInputError('minutes', Reason.MINUTES_OUT_OF_RANGE, `minutes must be 0..${shiftMinutes(shift)}`, {
            min: 0,
            max: shiftMinutes(shift),
          });
        }
        const volunteerId = request.volunteer.id;
        await applyCorrection(tx, shift, volunteerId, minutes, v.volunteerId, `更正申请：${note}`);
      }
      await resolveCorrection(tx, request.id, {
        status: input.accept ? CorrectionStatus.ACCEPTED : CorrectionStatus.REJECTED,
        note,
        resolvedById: v.volunteerId,
      });
    });
    return this.load(request.id);
  }

  async listForOrganization(
    viewer: Viewer | null,
    organizationId: string,
    status: CorrectionStatus | null,
    args: ConnectionArgs,
  ): Promise<Page<HourCorrectionRequest>> {
    await requireOrgRole(this.em, viewer, organizationId, MANAGING_ROLES);
    const qb = this.em.createQueryBuilder(HourCorrectionRequest, 'c').where({ organization: organizationId, ...(status ? { status } : {}) });
    return paginate(qb, args, ORDER, 'desc');
  }

  listForVolunteer(volunteerId: string, args: ConnectionArgs): Promise<Page<HourCorrectionRequest>> {
    const qb = this.em.createQueryBuilder(HourCorrectionRequest, 'c').where({ volunteer: volunteerId });
    return paginate(qb, args, ORDER, 'desc');
  }

  private async load(id: string): Promise<HourCorrectionRequest> {
    return (await this.em.fork().findOne(HourCorrectionRequest, { id }))!;
  }
}

/** Makes the volunteer's live record for the shift say `minutes`: reversal of the old one and/or a new entry. */
async function applyCorrection(
  tx: EntityManager,
  shift: Awaited<ReturnType<typeof loadShift>> & object,
  volunteerId: string,
  minutes: number,
  recorderId: string,
  reason: string,
) {
  await lockVolunteers(tx, [volunteerId]);
  const counts = await serviceCounts(tx, shift.id, [volunteerId]);
  const current = counts.get(volunteerId);
  if ((current?.live?.minutes ?? 0) === minutes) return;
  if (current?.live) await reverseEntry(tx, current.live, { id: recorderId, fields: { recordedById: recorderId, recordedByKeyId: null } }, reason);
  if (minutes > 0) {
    await applyEntries(tx, [
      {
        ...recordFields(shift),
        kind: HourEntryKind.SERVICE,
        volunteerId,
        minutes,
        revision: current?.services ?? 0,
        reversesId: null,
        reason: null,
        recordedById: recorderId,
      },
    ]);
  }
}
