// 志愿者卡 (一卡): the volunteer's own card key and card photo, and a coordinator checking a
// volunteer in by scanning their card (or typing their number) at a shift of the team.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../common/errors.js';
import { nodeTypeOf } from '../../common/ids.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { MANAGING_ROLES, requireOrgRole } from '../organization/organization-access.js';
import { Shift } from '../project/shift.entity.js';
import { Signup, SignupStatus } from '../signup/signup.entity.js';
import { ShiftNotFoundError } from '../signup/signup.errors.js';
import { SignupService } from '../signup/signup.service.js';
import { writeAudit } from '../audit/audit.service.js';
import { cardPhotoOf, contentTypeOf } from '../image/image-processing.js';
import { setCardPhoto, volunteerIdByNumber } from '../volunteer/volunteer.queries.js';
import { cardKey, isFreshCard, parseCard } from './card-code.js';

const MAX_SCANNED = 80;
const NUMBER = /^[A-Z0-9]{4,20}$/;

export class CardService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The signed-in volunteer's card key, base64url, for their own browser only. */
  key(viewer: Viewer | null): string {
    return cardKey(this.vault, requireViewer(viewer).volunteerId).toString('base64url');
  }

  /**
   * The volunteer's own card photo from an upload (a photo of any size, cropped to 3:4 around the
   * face), sealed as their other personal data is; answers it as a data: URL. The volunteer only,
   * never an app acting for them.
   */
  async setPhoto(viewer: Viewer | null, upload: Buffer): Promise<string> {
    const v = this.cardHolder(viewer);
    const photo = await cardPhotoOf(upload);
    const url = `data:${contentTypeOf(photo.format)};base64,${photo.data.toString('base64')}`;
    await this.savePhoto(v, url);
    return url;
  }

  /** Takes the card photo off: the card shows the volunteer's initial again. */
  async removePhoto(viewer: Viewer | null): Promise<void> {
    await this.savePhoto(this.cardHolder(viewer), null);
  }

  private cardHolder(viewer: Viewer | null): Viewer {
    const v = requireViewer(viewer);
    if (v.app) throw new ForbiddenError(Reason.NOT_ALLOWED, 'Only the volunteer sets their card photo, not an app');
    return v;
  }

  private async savePhoto(v: Viewer, url: string | null): Promise<void> {
    await this.em.transactional(async (tx) => {
      await setCardPhoto(tx, v.volunteerId, url ? this.vault.encrypt(url) : null);
      await writeAudit(tx, [{ actorId: v.volunteerId, action: 'volunteer.card-photo-changed', subjectId: v.volunteerId, detail: { removed: !url } }]);
    });
  }

  /**
   * A coordinator of the shift's team checks a volunteer in: `scanned` is their card's QR code
   * (fresh: drawn within a minute) or their volunteer number, looked up by hand.
   */
  async checkIn(viewer: Viewer | null, shiftId: string, scanned: string): Promise<Signup> {
    const v = requireViewer(viewer);
    const shift = nodeTypeOf(shiftId) === 'Shift' ? await this.em.findOne(Shift, { id: shiftId }, { populate: ['project'] }) : null;
    if (!shift) throw new ShiftNotFoundError();
    await requireOrgRole(this.em, v, shift.project.organization.id, MANAGING_ROLES);
    const text = scanned.trim();
    const card = text.length <= MAX_SCANNED ? parseCard(text) : null;
    const number = card?.volunteerNumber ?? text.toUpperCase();
    if (!card && !NUMBER.test(number)) {
      throw new BadUserInputError('card', Reason.BAD_FORMAT, "Not a volunteer card's code or a volunteer number", { expected: 'aixin-card:… or AX0000000001' });
    }
    const volunteerId = await volunteerIdByNumber(this.em, number);
    if (!volunteerId) throw new BadUserInputError('card', Reason.VOLUNTEER_UNKNOWN, 'No volunteer has this number');
    if (card && !isFreshCard(cardKey(this.vault, volunteerId), card)) {
      throw new BadUserInputError('card', Reason.CARD_EXPIRED, "The card's code is too old or not genuine: show the card again");
    }
    const signup = await this.em.findOne(Signup, { shift: shift.id, volunteer: volunteerId, status: { $ne: SignupStatus.CANCELLED } });
    if (!signup) throw new ConflictError(Reason.NOT_SIGNED_UP, 'The volunteer holds no place in this shift', 'card');
    return new SignupService(this.em).markAttended(v, signup.id);
  }
}
