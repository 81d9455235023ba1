// Walk-ins: a volunteer who came to a shift without signing up gets their service time all the
// same. The coordinator finds them by volunteer number or mobile number and gives a reason; an
// ATTENDED sign-up marked as a walk-in is written (so the roster shows who was there) and the
// hours go through the ledger's one writer, under the same rules as recordHours. A walk-in takes
// no place: the shift has ended, and its places were for those who signed up.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { BadUserInputError } from '../../common/errors.js';
import { checkIdempotencyKey, claimIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { checkText } from '../../common/text-input.js';
import { writeAudit } from '../audit/audit.service.js';
import { normalizePhone } from '../identity/registration-rules.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { LIVE_SIGNUP_STATUSES } from '../signup/signup.entity.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { findVolunteerIds } from '../volunteer/volunteer.queries.js';
import { HourEntry, HourEntryKind } from './hour-entry.entity.js';
import type { RecordWalkInInput } from './ledger.inputs.js';
import { ShiftNotEndedError } from './ledger.errors.js';
import { applyEntries, lockVolunteers } from './ledger-writer.js';
import { insertWalkInSignup, liveSignupStatus } from './ledger.queries.js';
import { LEDGER_TEXT, loadShift, recordFields, shiftMinutes } from './ledger.service.js';

export class WalkInService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The volunteer a coordinator names by number or mobile (exactly one of them); null when none matches. */
  async find(number: string | null | undefined, phone: string | null | undefined): Promise<string | null> {
    const n = number?.trim() || null;
    const p = phone?.trim() ? normalizePhone(phone) : null;
    if ((n ? 1 : 0) + (p ? 1 : 0) !== 1) throw new BadUserInputError(n ? 'phone' : 'volunteerNumber', '请填写志愿者编号或手机号（二选一）');
    const [id] = await findVolunteerIds(this.em, [{ number: n, phoneIndex: p ? this.vault.blindIndex('phone', p) : null, idIndex: null }]);
    return id;
  }

  async record(viewer: Viewer | null, input: RecordWalkInInput): Promise<HourEntry> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const reason = checkText('reason', input.reason, 2, 200, LEDGER_TEXT);
    const shift = await loadShift(this.em, input.shiftId);
    if (!shift) throw new ShiftNotFoundError();
    await requireOrgRole(this.em, v, shift.organization_id, MANAGING_ROLES);
    if (new Date(shift.ends_at).getTime() > Date.now()) throw new ShiftNotEndedError();
    const length = shiftMinutes(shift);
    if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > length) {
      throw new BadUserInputError('minutes', `服务时长应为 1 到 ${length} 分钟（时段长度）`);
    }
    const volunteerId = await this.find(input.volunteerNumber, input.phone);
    if (!volunteerId) throw new BadUserInputError(input.volunteerNumber?.trim() ? 'volunteerNumber' : 'phone', '找不到该志愿者，请核对后重试');

    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'recordWalkIn', v.volunteerId, key, { shiftId: shift.id, volunteerId, minutes: input.minutes });
        if (claim.kind === 'replay') return claim.resultId;
      }
      await lockVolunteers(tx, [volunteerId]);
      if (await liveSignupStatus(tx, shift.id, volunteerId, LIVE_SIGNUP_STATUSES))
        throw new BadUserInputError(input.volunteerNumber?.trim() ? 'volunteerNumber' : 'phone', '该志愿者已报名此时段，请在“待登记服务时长”中为其登记');
      await insertWalkInSignup(tx, shift.id, volunteerId, shift.starts_at);
      const [entryId] = await applyEntries(tx, [
        {
          ...recordFields(shift),
          kind: HourEntryKind.SERVICE,
          volunteerId,
          minutes: input.minutes,
          revision: 0,
          reversesId: null,
          reason: null,
          recordedById: v.volunteerId,
        },
      ]);
      await writeAudit(tx, [
        { actorId: v.volunteerId, action: 'hours.walk-in', subjectId: entryId, detail: { shiftId: shift.id, volunteerId, minutes: input.minutes, reason } },
      ]);
      if (key) await recordIdempotentResult(tx, 'recordWalkIn', v.volunteerId, key, entryId);
      return entryId;
    });
    return this.em.fork().findOneOrFail(HourEntry, { id });
  }
}
