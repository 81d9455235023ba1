// Calendars: a volunteer's secret, revocable feed of the shifts they hold, and a public feed
// per published project, both as iCalendar.
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { nodeTypeOf } from '../../common/ids.js';
import type { PersonalDataVault } from '../../common/personal-data.js';
import { DEFAULT_SETTINGS } from '../../common/settings.js';
import { ProjectStatus } from '../project/project.entity.js';
import { ProjectService } from '../project/project.service.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { serializeCalendar, type CalendarEvent } from './ical.js';
import { feedOwner, findFeed, projectShiftEvents, upsertFeed, volunteerShiftEvents, type ShiftEventRow } from './calendar.queries.js';

const TOKEN_PREFIX = 'axc_';
const TOKEN_SHAPE = /^axc_[A-Za-z0-9_-]{43}$/;
/** A volunteer's feed keeps recent history, so events do not vanish from calendars the moment they end. */
const HISTORY_DAYS = 30;
const MAX_EVENTS = 500;
const REFRESH_MINUTES = 60;

export interface CalendarFeedAddress {
  url: string;
  createdAt: Date;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function shiftEvent(row: ShiftEventRow, origin: string): CalendarEvent {
  const url = `${origin}/projects/${row.project_id}/`;
  return {
    uid: `${row.shift_id}@aixin`,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    summary: row.title,
    location: [row.district, row.address].filter(Boolean).join(' ') || null,
    geo: row.lat != null && row.lng != null ? { lat: row.lat, lng: row.lng } : null,
    description: `${row.summary}\n主办：${row.organization_name}\n${url}`,
    url,
    status: row.project_status === ProjectStatus.CANCELLED || row.shift_cancelled ? 'CANCELLED' : 'CONFIRMED',
  };
}

export class CalendarService {
  constructor(
    private readonly em: EntityManager,
    private readonly vault: PersonalDataVault,
    /** The public origin the feed addresses and event links point at. */
    private readonly publicUrl: string = DEFAULT_SETTINGS.publicUrl,
  ) {}

  /** The token follows from the volunteer, the nonce and the platform key: shown again on request, stored only hashed. */
  private token(volunteerId: string, nonce: Buffer): string {
    return TOKEN_PREFIX + this.vault.mac('calendar-feed', `${volunteerId}:${nonce.toString('hex')}`).toString('base64url');
  }

  private address(volunteerId: string, nonce: Buffer, createdAt: Date): CalendarFeedAddress {
    return { url: `${this.publicUrl}/calendar/${this.token(volunteerId, nonce)}.ics`, createdAt: new Date(createdAt) };
  }

  /** The signed-in volunteer's feed address; null until they create one. */
  async current(volunteerId: string): Promise<CalendarFeedAddress | null> {
    const row = await findFeed(this.em, volunteerId);
    return row ? this.address(volunteerId, row.nonce, row.created_at) : null;
  }

  /** A new address for the signed-in volunteer; the previous one stops working. */
  async reset(viewer: Viewer | null): Promise<CalendarFeedAddress> {
    const { volunteerId } = requireViewer(viewer);
    const nonce = randomBytes(16);
    const createdAt = await upsertFeed(this.em, volunteerId, nonce, hashToken(this.token(volunteerId, nonce)));
    return this.address(volunteerId, nonce, createdAt);
  }

  /** Turns the signed-in volunteer's feed off; false when there was none. */
  async revoke(viewer: Viewer | null): Promise<boolean> {
    const { volunteerId } = requireViewer(viewer);
    return (await this.em.nativeDelete(CalendarFeed, { volunteer: volunteerId })) > 0;
  }

  /** The volunteer's feed as iCalendar, or null for an unknown, revoked or malformed token (or a deleted account). */
  async volunteerFeed(token: string): Promise<string | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const volunteerId = await feedOwner(this.em, hashToken(token));
    if (!volunteerId) return null;
    const rows = await volunteerShiftEvents(this.em, volunteerId, HISTORY_DAYS, MAX_EVENTS);
    const origin = this.publicUrl;
    return serializeCalendar({
      name: '爱心志愿 · 我的服务时段',
      description: '我已确认的志愿服务时段（爱心志愿服务平台）',
      events: rows.map((r) => shiftEvent(r, origin)),
      refreshMinutes: REFRESH_MINUTES,
    });
  }

  /** Every shift of a public project as iCalendar (a cancelled project's as cancelled events); null when not public. */
  async projectFeed(projectId: string): Promise<string | null> {
    if (nodeTypeOf(projectId) !== 'Project') return null;
    const project = await new ProjectService(this.em).findVisible(projectId);
    if (!project) return null;
    const rows = await projectShiftEvents(this.em, projectId);
    const origin = this.publicUrl;
    return serializeCalendar({
      name: `${project.title} · 爱心志愿`,
      description: project.summary,
      events: rows.map((r) => shiftEvent(r, origin)),
      refreshMinutes: REFRESH_MINUTES,
    });
  }
}
