// Sign-ups: a place is taken by one conditional UPDATE on the shift's counter inside a short
// transaction (the database decides, across any number of API processes); a partial unique
// index forbids a second live sign-up; cancelling a confirmed place promotes the next
// waitlisted sign-up (in draw order, then arrival) in the same transaction. On a LOTTERY
// shift the same statement records an entry for the draw while the registration window is
// open; after the draw, places left over are taken first come, first served.
import { writeAudit } from '../audit/audit.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPartner, PartnerScope, requireViewer, type Actor, type Viewer } from '../../common/auth.js';
import { BadUserInputError, ConflictError, isUniqueViolation, UnauthenticatedError } from '../../common/errors.js';
import { claimIdempotencyKey, checkIdempotencyKey, recordIdempotentResult } from '../../common/idempotency.js';
import { newId, nodeTypeOf } from '../../common/ids.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { CHECK_IN_OPENS_BEFORE_MS, isValidCheckInCode } from './check-in-code.js';
import { ShiftAllocation } from '../project/shift.entity.js';
import { Signup, SignupStatus } from './signup.entity.js';
import {
  findOverlappingPlace,
  findShiftTeamMembership,
  findShiftToSignUp,
  lockSignupToCancel,
  markSignupCancelled,
  promoteNextWaiting,
  takePlace as takePlaceRow,
} from './signup.queries.js';
import { countShiftPlaces } from '../project/project.queries.js';
import { holdsValidQualification } from '../training/training.queries.js';
import { qualificationRefusal } from '../training/training.service.js';
import { ProjectStatus } from '../project/project.entity.js';
import { OrganizationStatus } from '../organization/organization.entity.js';
import { enqueue, OutboxTopic } from '../outbox/outbox.queries.js';
import { emitWebhookEvent } from '../webhook/webhook.queries.js';
import { Reason } from '../../common/error-reasons.js';
import {
  AlreadySignedUpError,
  CapacityReachedError,
  DrawPendingError,
  OverlappingSignupError,
  RegistrationNotOpenError,
  ShiftNotFoundError,
  SignupNotFoundError,
  SignupsClosedError,
} from './signup.errors.js';

/** Statuses a volunteer (or a coordinator) may still cancel. */
const CANCELLABLE = [SignupStatus.CONFIRMED, SignupStatus.WAITLISTED, SignupStatus.PENDING_DRAW];

export class SignupService {
  constructor(private readonly em: EntityManager) {}

  async signUp(viewer: Viewer | null, shiftId: string, idempotencyKey?: string | null): Promise<Signup> {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    if (nodeTypeOf(shiftId) !== 'Shift') throw new ShiftNotFoundError();
    try {
      if (!key) return await this.takePlace(this.em, v.volunteerId, shiftId);
      const replayed = await this.em.transactional(async (tx) => {
        const claim = await claimIdempotencyKey(tx, 'signUp', v.volunteerId, key, { shiftId });
        if (claim.kind === 'replay') return claim.resultId;
        const signup = await this.takePlace(tx, v.volunteerId, shiftId);
        await recordIdempotentResult(tx, 'signUp', v.volunteerId, key, signup.id);
        return signup;
      });
      return typeof replayed === 'string' ? this.load(replayed) : replayed;
    } catch (error) {
      if (isUniqueViolation(error, 'signup_one_live_per_volunteer')) throw new AlreadySignedUpError();
      throw error;
    }
  }

  /**
   * One statement takes a place (or a waitlist position, or a lottery entry) and writes the
   * sign-up: the shift row is locked only while PostgreSQL runs it, with no round trip in
   * between, which is what keeps a popular shift fast under a flash crowd. Whatever it
   * refuses, it changes nothing. The branches' conditions exclude each other: places are
   * taken first come on FIRST_COME shifts and on LOTTERY shifts once drawn; before the draw a
   * LOTTERY shift only takes entries, inside its window. Each UPDATE re-checks `drawn_at`
   * under the row lock, so no entry slips in after (or a place before) the draw.
   */
  private async takePlace(em: EntityManager, volunteerId: string, shiftId: string, retried = false): Promise<Signup> {
    const placed = await takePlaceRow(em, { shiftId, volunteerId, signupId: newId('sgn') });
    if (placed) {
      return em.map(Signup, { ...placed, shift_id: shiftId, volunteer_id: volunteerId });
    }
    // Refused: say why (rarer than success, except on a full shift without a waitlist).
    const shift = await findShiftToSignUp(em, shiftId);
    if (!shift || shift.project_status === ProjectStatus.DRAFT || shift.organization_status !== OrganizationStatus.APPROVED) throw new ShiftNotFoundError();
    if (shift.project_status !== ProjectStatus.PUBLISHED) throw new SignupsClosedError(Reason.PROJECT_NOT_PUBLISHED, 'The activity has ended or was cancelled');
    if (shift.cancelled_at) throw new SignupsClosedError(Reason.SHIFT_CANCELLED, 'The shift was cancelled');
    if (new Date(shift.starts_at).getTime() <= Date.now()) throw new SignupsClosedError();
    // A shift asking for a qualification the volunteer lacks (or that lapses before it starts) names the courses that give it.
    const kindId = shift.required_qualification_kind_id;
    if (kindId && !(await holdsValidQualification(em, volunteerId, kindId, new Date(shift.starts_at)))) throw await qualificationRefusal(em, kindId);
    const clash = await findOverlappingPlace(em, volunteerId, shiftId);
    if (clash) throw new OverlappingSignupError(clash.title, clash.shift_id, new Date(clash.starts_at), new Date(clash.ends_at));
    // The draw committed while the statement ran (it saw the shift undrawn): now places are first come.
    if (shift.allocation === ShiftAllocation.LOTTERY && shift.drawn_at && !retried) return this.takePlace(em, volunteerId, shiftId, true);
    if (shift.allocation === ShiftAllocation.LOTTERY && !shift.drawn_at) {
      if (shift.registration_opens_at && new Date(shift.registration_opens_at).getTime() > Date.now()) throw new RegistrationNotOpenError();
      // Closed, and the scheduler draws within seconds: then leftover places are first come.
      throw new DrawPendingError();
    }
    throw new CapacityReachedError();
  }

  /** The volunteer cancels their own sign-up (or a coordinator of the organisation does) before the shift starts. */
  async cancel(viewer: Viewer | null, signupId: string): Promise<Signup> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(signupId) !== 'Signup') throw new SignupNotFoundError();
    await this.em.transactional(async (tx) => {
      const row = await lockSignupToCancel(tx, signupId);
      if (!row) throw new SignupNotFoundError();
      if (row.volunteer_id !== v.volunteerId) await requireOrgRole(tx, v, row.organization_id, MANAGING_ROLES);
      if (!CANCELLABLE.includes(row.status)) throw new ConflictError(Reason.NOT_CANCELLABLE, 'Only a confirmed or waitlisted sign-up is cancelled');
      if (new Date(row.starts_at).getTime() <= Date.now()) throw new ConflictError(Reason.SHIFT_STARTED, 'The shift has started');
      await markSignupCancelled(tx, signupId);
      await emitWebhookEvent(tx, row.organization_id, 'signup.cancelled', {
        signupId,
        shiftId: row.shift_id,
        projectId: row.project_id,
        status: SignupStatus.CANCELLED,
      });

      if (row.status !== SignupStatus.CONFIRMED) {
        await countShiftPlaces(tx, row.shift_id, row.status === SignupStatus.WAITLISTED ? { waitlisted: -1 } : { entrants: -1 });
        return;
      }
      // The freed place goes to the next waitlisted sign-up (drawn ones in draw order, then
      // later ones by arrival), in this same transaction.
      const promoted = await promoteNextWaiting(tx, row.shift_id);
      if (promoted) {
        await countShiftPlaces(tx, row.shift_id, { waitlisted: -1 });
        await enqueue(tx, OutboxTopic.SIGNUP_PROMOTED, promoted.volunteer_id, { signupId: promoted.id, shiftId: row.shift_id });
      } else {
        await countShiftPlaces(tx, row.shift_id, { confirmed: -1 });
      }
    });
    return this.load(signupId);
  }

  /** The volunteer checks in with the code their coordinator shows, within the shift's window. */
  async checkIn(viewer: Viewer | null, vault: PersonalDataVault, signupId: string, code: string): Promise<Signup> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(signupId) !== 'Signup') throw new SignupNotFoundError();
    if (code.length > 20) throw new BadUserInputError('code', Reason.CHECK_IN_CODE_WRONG, 'The check-in code is wrong');
    const signup = await this.em.findOne(Signup, { id: signupId }, { populate: ['shift'] });
    if (!signup || signup.volunteer.id !== v.volunteerId) throw new SignupNotFoundError();
    const now = Date.now();
    if (now < signup.shift.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS || now > signup.shift.endsAt.getTime()) {
      throw new ConflictError(Reason.CHECK_IN_CLOSED, 'Check-in is not open now', 'code');
    }
    if (!isValidCheckInCode(vault, signup.shift.id, code, now)) throw new BadUserInputError('code', Reason.CHECK_IN_CODE_WRONG, 'The check-in code is wrong');
    if (signup.status === SignupStatus.ATTENDED) return signup;
    if (signup.status !== SignupStatus.CONFIRMED && signup.status !== SignupStatus.NO_SHOW)
      throw new ConflictError(Reason.NOT_CONFIRMED, 'Only a confirmed sign-up checks in');
    await this.em.nativeUpdate(Signup, { id: signupId }, { status: SignupStatus.ATTENDED, checkedInAt: new Date(now) });
    return this.load(signupId);
  }

  /** The signed-in volunteer checks in to a shift by its code: their own live sign-up for it is found. */
  async checkInToShift(viewer: Viewer | null, vault: PersonalDataVault, shiftId: string, code: string): Promise<Signup> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(shiftId) !== 'Shift') throw new ShiftNotFoundError();
    const mine = await this.em.findOne(Signup, { shift: shiftId, volunteer: v.volunteerId, status: { $ne: SignupStatus.CANCELLED } });
    if (!mine) throw new ConflictError(Reason.NOT_SIGNED_UP, 'The volunteer holds no place in this shift', 'shiftId');
    return this.checkIn(viewer, vault, mine.id, code);
  }

  /**
   * A coordinator signs up a member of the team for one of its shifts (a resident registered at
   * the station, who has no phone to do it): the same rules as signing up oneself.
   */
  async signUpFor(viewer: Viewer | null, shiftId: string, volunteerId: string): Promise<Signup> {
    const v = requireViewer(viewer);
    if (nodeTypeOf(shiftId) !== 'Shift') throw new ShiftNotFoundError();
    const row = await findShiftTeamMembership(this.em, shiftId, volunteerId);
    if (!row) throw new ShiftNotFoundError();
    await requireOrgRole(this.em, v, row.organization_id, MANAGING_ROLES);
    if (!row.member) throw new BadUserInputError('volunteerId', Reason.NOT_A_MEMBER, 'Only the team’s members are signed up by it');
    try {
      return await this.takePlace(this.em, volunteerId, shiftId);
    } catch (error) {
      if (isUniqueViolation(error, 'signup_one_live_per_volunteer')) throw new AlreadySignedUpError();
      throw error;
    }
  }

  /** A coordinator marks a volunteer present (at the door, without the code) from an hour before the start. */
  async markAttended(actor: Actor | null, signupId: string): Promise<Signup> {
    if (!actor) throw new UnauthenticatedError();
    if (nodeTypeOf(signupId) !== 'Signup') throw new SignupNotFoundError();
    const signup = await this.em.findOne(Signup, { id: signupId }, { populate: ['shift.project'] });
    if (!signup) throw new SignupNotFoundError();
    await requireOrgRole(this.em, actor, signup.shift.project.organization.id, MANAGING_ROLES, PartnerScope.ROSTER);
    if (Date.now() < signup.shift.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS)
      throw new ConflictError(Reason.CHECK_IN_CLOSED, 'Attendance is marked once check-in opens');
    if (signup.status === SignupStatus.ATTENDED) return signup;
    if (signup.status !== SignupStatus.CONFIRMED && signup.status !== SignupStatus.NO_SHOW)
      throw new ConflictError(Reason.NOT_CONFIRMED, 'Only a confirmed sign-up is marked attended');
    await this.em.nativeUpdate(Signup, { id: signupId }, { status: SignupStatus.ATTENDED, checkedInAt: new Date() });
    await writeAudit(this.em, [{ actorId: isPartner(actor) ? actor.partnerKeyId : actor.volunteerId, action: 'signup.attended', subjectId: signupId }]);
    return this.load(signupId);
  }

  /** A coordinator marks a confirmed volunteer absent once the shift has started. */
  async markNoShow(actor: Actor | null, signupId: string): Promise<Signup> {
    if (!actor) throw new UnauthenticatedError();
    if (nodeTypeOf(signupId) !== 'Signup') throw new SignupNotFoundError();
    const signup = await this.em.findOne(Signup, { id: signupId }, { populate: ['shift.project'] });
    if (!signup) throw new SignupNotFoundError();
    await requireOrgRole(this.em, actor, signup.shift.project.organization.id, MANAGING_ROLES, PartnerScope.ROSTER);
    if (Date.now() < signup.shift.startsAt.getTime()) throw new ConflictError(Reason.SHIFT_NOT_STARTED, 'No-shows are marked once the shift starts');
    if (signup.status !== SignupStatus.CONFIRMED && signup.status !== SignupStatus.ATTENDED)
      throw new ConflictError(Reason.NOT_CONFIRMED, 'Only a confirmed sign-up is marked absent');
    await this.em.nativeUpdate(Signup, { id: signupId }, { status: SignupStatus.NO_SHOW, checkedInAt: null });
    return this.load(signupId);
  }

  private async load(id: string): Promise<Signup> {
    const signup = await this.em.fork().findOne(Signup, { id });
    if (!signup) throw new SignupNotFoundError();
    return signup;
  }
}

export async function findVisibleSignup(em: EntityManager, viewer: Viewer | null, id: string): Promise<Signup | null> {
  if (!viewer) return null;
  const signup = await em.findOne(Signup, { id }, { populate: ['shift.project'] });
  if (!signup) return null;
  if (signup.volunteer.id === viewer.volunteerId || viewer.isPlatformAdmin) return signup;
  try {
    await requireOrgRole(em, viewer, signup.shift.project.organization.id, MANAGING_ROLES);
    return signup;
  } catch {
    return null;
  }
}
