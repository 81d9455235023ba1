// The rules for what an organisation may be registered with, and for search terms, as pure
// functions: each failure names its input field and says what is wrong in Chinese.
import { BadUserInputError } from '../../common/errors.js';
import { checkGeoPoint } from '../../common/geo.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { checkPhone } from '../../common/phone.js';
import { JoinPolicy, OrganizationKind } from './organization.entity.js';
import type { OrganizationProfileFields, RegisterOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { Reason } from '../../common/error-reasons.js';

export const NAME_LENGTH = { min: 2, max: 60 };
export const DISTRICT_MAX = 40;
export const CITY_MAX = 40;
export const DESCRIPTION_MAX = 2000;
export const SUSPEND_REASON_LENGTH = { min: 2, max: 500 };
export const CONTACT_NAME_LENGTH = { min: 2, max: 30 };
export const ADDRESS_MAX = 200;
export const SEARCH_MAX = 50;
/** Below this many characters pg_trgm cannot use its index, so search falls back to a scan. */
export const TRIGRAM_MIN = 3;

// Lower-case letters and digits in words joined by single hyphens: 3..61 characters.
const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_LENGTH = { min: 3, max: 61 };
// Control and invisible formatting characters (zero-width spaces, direction marks) could make two
// names look alike while comparing different; names and places may not contain them.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
// Descriptions keep their line breaks and tabs but no other control characters.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export interface CheckedOrganization {
  name: string;
  kind: OrganizationKind;
  district: string;
  city: string | null;
  description: string | null;
  parentId: string | null;
  slug: string | null;
}

const length = (s: string) => Array.from(s).length;

/** Trimmed, with every run of whitespace (the ideographic space too) as one space. */
export function tidyLine(value: string): string {
  return value.trim().replace(/\s+/gu, ' ');
}

export function checkOrganizationName(value: string, field = 'name'): string {
  const name = tidyLine(value);
  if (length(name) < NAME_LENGTH.min || length(name) > NAME_LENGTH.max) {
    throw new BadUserInputError(field, Reason.NAME_LENGTH, `A name has ${NAME_LENGTH.min}..${NAME_LENGTH.max} characters`, { ...NAME_LENGTH });
  }
  if (INVISIBLE.test(name)) throw new BadUserInputError(field, Reason.CONTROL_CHARACTERS, `${field} has control or invisible characters`);
  if (!/[\p{L}\p{N}]/u.test(name)) throw new BadUserInputError(field, Reason.NO_LETTERS, `${field} has no letters or digits`);
  return name;
}

function checkPlace(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const place = tidyLine(value ?? '');
  if (!place) {
    if (required) throw new BadUserInputError(field, Reason.REQUIRED, `${field} is required`);
    return null;
  }
  if (length(place) > max) throw new BadUserInputError(field, Reason.TOO_LONG, `${field} has at most ${max} characters`, { max });
  if (INVISIBLE.test(place)) throw new BadUserInputError(field, Reason.CONTROL_CHARACTERS, `${field} has control or invisible characters`);
  return place;
}

export function checkSlug(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const slug = value.trim().toLowerCase();
  if (length(slug) < SLUG_LENGTH.min || length(slug) > SLUG_LENGTH.max || !SLUG_SHAPE.test(slug)) {
    throw new BadUserInputError(
      'slug',
      Reason.BAD_SLUG,
      `A slug has ${SLUG_LENGTH.min}..${SLUG_LENGTH.max} lower-case letters and digits, words joined by single hyphens`,
      { ...SLUG_LENGTH },
    );
  }
  return slug;
}

export function checkOrganizationRegistration(input: RegisterOrganizationInput): CheckedOrganization {
  const name = checkOrganizationName(input.name);
  if (!Object.values<string>(OrganizationKind).includes(input.kind)) {
    throw new BadUserInputError('kind', Reason.BAD_FORMAT, `kind must be one of ${Object.values(OrganizationKind).join(', ')}`, {
      allowed: Object.values(OrganizationKind),
    });
  }
  const district = checkPlace(input.district, 'district', DISTRICT_MAX, true)!;
  const city = checkPlace(input.city, 'city', CITY_MAX, false);

  const description = checkDescription(input.description);

  let parentId: string | null = null;
  if (input.parentId !== null && input.parentId !== undefined) {
    // Whether it names an approved organisation is for the service to ask the database.
    if (nodeTypeOf(input.parentId) !== 'Organization')
      throw new BadUserInputError('parentId', Reason.PARENT_NOT_APPROVED, 'The parent organization does not exist or is not approved');
    parentId = input.parentId;
  }
  return { name, kind: input.kind, district, city, description, parentId, slug: checkSlug(input.slug) };
}

/** What `undefined` leaves as it is, `null` or blank clears: the profile's fields, checked. */
export interface CheckedProfile {
  contactName?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
  joinPolicy?: JoinPolicy;
}

export function checkProfile(input: OrganizationProfileFields): CheckedProfile {
  const out: CheckedProfile = {};
  if (input.contactName !== undefined) {
    const name = tidyLine(input.contactName ?? '');
    if (name && (length(name) < CONTACT_NAME_LENGTH.min || length(name) > CONTACT_NAME_LENGTH.max || INVISIBLE.test(name))) {
      throw new BadUserInputError('contactName', Reason.NAME_LENGTH, `A contact's name has ${CONTACT_NAME_LENGTH.min}..${CONTACT_NAME_LENGTH.max} characters`, {
        ...CONTACT_NAME_LENGTH,
      });
    }
    out.contactName = name || null;
  }
  if (input.contactPhone !== undefined) out.contactPhone = input.contactPhone?.trim() ? checkPhone(input.contactPhone, 'contactPhone') : null;
  if (input.address !== undefined) out.address = checkPlace(input.address, 'address', ADDRESS_MAX, false);
  if (input.location !== undefined) Object.assign(out, checkGeoPoint(input.location));
  if (input.joinPolicy !== undefined && input.joinPolicy !== null) {
    if (!Object.values<string>(JoinPolicy).includes(input.joinPolicy))
      throw new BadUserInputError('joinPolicy', Reason.BAD_FORMAT, `joinPolicy must be one of ${Object.values(JoinPolicy).join(', ')}`, {
        allowed: Object.values(JoinPolicy),
      });
    out.joinPolicy = input.joinPolicy;
  }
  return out;
}

/** A profile update: the profile's fields plus description and places (the name is not changed here). */
export function checkOrganizationUpdate(
  input: UpdateOrganizationInput,
): CheckedProfile & { description?: string | null; district?: string; city?: string | null } {
  const out: CheckedProfile & { description?: string | null; district?: string; city?: string | null } = checkProfile(input);
  if (input.description !== undefined) out.description = checkDescription(input.description);
  if (input.district !== undefined && input.district !== null) out.district = checkPlace(input.district, 'district', DISTRICT_MAX, true)!;
  if (input.city !== undefined) out.city = checkPlace(input.city, 'city', CITY_MAX, false);
  return out;
}

function checkDescription(value: string | null | undefined): string | null {
  let description = checkOptionalText('description', value, DESCRIPTION_MAX);
  if (description !== null) {
    if (CONTROL_EXCEPT_LINES.test(description)) throw new BadUserInputError('description', Reason.CONTROL_CHARACTERS, 'description has control characters');
    description = description.replace(/\r\n?/g, '\n');
  }
  return description;
}

/** Why a reviewer suspends or returns an organisation: 2..500 characters, for its admins to read. */
export function checkSuspendReason(value: string): string {
  const reason = checkText('reason', value, SUSPEND_REASON_LENGTH.min, SUSPEND_REASON_LENGTH.max);
  if (CONTROL_EXCEPT_LINES.test(reason)) throw new BadUserInputError('reason', Reason.CONTROL_CHARACTERS, 'reason has control characters');
  return reason;
}

/** A search term: trimmed, at most SEARCH_MAX characters, or null when blank (no filter). */
export function checkSearch(value: string | null | undefined, field = 'filter.search'): string | null {
  if (value === null || value === undefined) return null;
  const term = tidyLine(value);
  if (length(term) > SEARCH_MAX) throw new BadUserInputError(field, Reason.TOO_LONG, `A search has at most ${SEARCH_MAX} characters`, { max: SEARCH_MAX });
  return term || null;
}

/** `term` as a LIKE pattern that matches it literally anywhere (escape character `!`). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[!%_]/g, '!$&')}%`;
}
