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
import { normalizePhone } from '../../common/phone.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { LIVE_SIGNUP_STATUSES } from '../signup/signup.entity.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { findVolunteerIds } from '../volunteer/volunteer.queries.js';
import { HourEntry, HourEntryKind } from './hour-entry.entity.js';
import type { RecordWalkInInput } from './ledger.inputs.js';
import { ShiftNotEndedError } from './ledger.errors.js';
import { applyEntries, lockVolunteers } from './ledger-writer.js';
import { insertWalkInSignup, liveSignupStatus } from './ledger.queries.js';
import { loadShift, recordFields, shiftMinutes } from './ledger.service.js';
import { Reason } from '../../common/error-reasons.js';

export class WalkInService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The volunteer a coordinator names by number or mobile (exactly one of them); null when none matches. */
  async find(number: string | null | undefined, phone: string | null | undefined): Promise<string | null> {
    const n = number?.trim() || null;
    const p = phone?.trim() ? normalizePhone(phone) : null;
    if ((n ? 1 : 0) + (p ? 1 : 0) !== 1)
      throw new BadUserInputError(n ? 'phone' : 'volunteerNumber', Reason.VOLUNTEER_NUMBER_OR_PHONE, 'Give volunteerNumber or phone, one of them');
    const [id] = await findVolunteerIds(this.em, [{ number: n, phoneIndex: p ? this.vault.blindIndex('phone', p) : null, idIndex: null }]);
    return id;
  }

  async record(viewer: Viewer | null, input: RecordWalkInInput): Promise<HourEntry> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(input.idempotencyKey);
    const reason = checkText('reason', input.reason, 2, 200);
    const shift = await loadShift(this.em, input.shiftId);
    if (!shift) throw new ShiftNotFoundError();
    await requireOrgRole(this.em, v, shift.organization_id, MANAGING_ROLES);
    if (new Date(shift.ends_at).getTime() > Date.now()) throw new ShiftNotEndedError();
    const length = shiftMinutes(shift);
    if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > length) {
      throw new BadUserInputError('minutes', Reason.MINUTES_OUT_OF_RANGE, `minutes must be 1..${length}`, { min: 1, max: length });
    }
    const volunteerId = await this.find(input.volunteerNumber, input.phone);
    if (!volunteerId)
      throw new BadUserInputError(
        input.volunteerNumber?.trim() ? 'volunteerNumber' : 'phone',
        Reason.VOLUNTEER_UNKNOWN,
        'No volunteer has this number or phone',
      );

    const id = await this.em.transactional(async (tx) => {
      if (key) {
        const claim = await claimIdempotencyKey(tx, 'recordWalkIn', v.volunteerId, key, { shiftId: shift.id, volunteerId, minutes: input.minutes });
        if (claim.kind === 'replay') return claim.resultId;
      }
      await lockVolunteers(tx, [volunteerId]);
      if (await liveSignupStatus(tx, shift.id, volunteerId, LIVE_SIGNUP_STATUSES))
        throw new BadUserInputError(
          input.volunteerNumber?.trim() ? 'volunteerNumber' : 'phone',
          Reason.WALK_IN_HAS_SIGNUP,
          'The volunteer signed up for this shift: record their hours there',
        );
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
