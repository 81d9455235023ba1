// 志愿服务站: county volunteer stations, run by a team or federation (the operator, whose ADMINs
// manage the station alongside platform staff).
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Viewer } from '../../common/auth.js';
import { Reason } from '../../common/error-reasons.js';
import { BadUserInputError, isUniqueViolation } from '../../common/errors.js';
import { checkGeoPoint } from '../../common/geo.js';
import { nodeTypeOf } from '../../common/ids.js';
import { checkOptionalText, checkText } from '../../common/text-input.js';
import { writeAudit, type AuditAction } from '../audit/audit.service.js';
import { checkSlug } from '../content/content-rules.js';
import { MemberRole } from '../organization/membership.entity.js';
import { requireOrgRole } from '../organization/organization-access.js';
import { organizationsWithRole } from '../organization/organization.queries.js';
import { Organization, OrganizationStatus } from '../organization/organization.entity.js';
import { MAX_OPENING_HOURS, MAX_SERVICE_LENGTH, MAX_SERVICES, MAX_STATION_ADDRESS, MAX_STATION_NAME, Station } from './station.entity.js';
import { StationNotFoundError, StationSlugTakenError } from './station.errors.js';
import type { CreateStationInput, UpdateStationInput } from './station.inputs.js';

function checkServices(values: string[]): string[] {
  if (values.length > MAX_SERVICES) {
    throw new BadUserInputError('services', Reason.OUT_OF_RANGE, `At most ${MAX_SERVICES} services`, { max: MAX_SERVICES });
  }
  return values.map((s, i) => checkText(`services.${i}`, s, 1, MAX_SERVICE_LENGTH));
}

export class StationService {
  constructor(private readonly em: EntityManager) {}

  /** Stations whose operator is approved, by name. */
  list(): Promise<Station[]> {
    return this.em.find(Station, { operator: { status: OrganizationStatus.APPROVED } }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async bySlug(slug: string): Promise<Station | null> {
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
    return this.em.findOne(Station, { slug, operator: { status: OrganizationStatus.APPROVED } });
  }

  /** A station by ID: public when its operator is approved, else for those who manage it. */
  async findVisible(viewer: Viewer | null, id: string): Promise<Station | null> {
    const station = await this.byId(id);
    if (!station) return null;
    await this.em.populate(station, ['operator']);
    if (station.operator.status === OrganizationStatus.APPROVED) return station;
    if (!viewer) return null;
    return viewer.isPlatformAdmin || (await organizationsWithRole(this.em, viewer.volunteerId, [MemberRole.ADMIN])).includes(station.operator.id)
      ? station
      : null;
  }

  async byId(id: string): Promise<Station | null> {
    if (nodeTypeOf(id) !== 'Station') return null;
    return this.em.findOne(Station, { id });
  }

  /** Whether the viewer manages the station (platform staff or an ADMIN of its operator). */
  async mayManage(viewer: Viewer | null, station: Station): Promise<boolean> {
    if (!viewer) return false;
    return viewer.isPlatformAdmin || (await organizationsWithRole(this.em, viewer.volunteerId, [MemberRole.ADMIN])).includes(station.operator.id);
  }

  /** The station, for a viewer who manages it (platform staff or an ADMIN of its operator). */
  async managed(viewer: Viewer | null, id: string): Promise<Station> {
    requireViewer(viewer);
    const station = await this.byId(id);
    if (!station) throw new StationNotFoundError();
    await requireOrgRole(this.em, viewer, station.operator.id, [MemberRole.ADMIN]);
    return station;
  }

  /** Stations the viewer manages: all for platform staff, else those whose operator they are an ADMIN of. */
  async managedStations(viewer: Viewer | null): Promise<Station[]> {
    const v = requireViewer(viewer);
    if (v.isPlatformAdmin) return this.em.find(Station, {}, { orderBy: { name: 'asc', id: 'asc' } });
    const operators = await organizationsWithRole(this.em, v.volunteerId, [MemberRole.ADMIN]);
    return operators.length ? this.em.find(Station, { operator: { $in: operators } }, { orderBy: { name: 'asc', id: 'asc' } }) : [];
  }

  async create(viewer: Viewer | null, input: CreateStationInput): Promise<Station> {
    const v = requireViewer(viewer);
    await requireOrgRole(this.em, v, input.operatorId, [MemberRole.ADMIN]);
    const station = new Station();
    station.operator = this.em.getReference(Organization, input.operatorId);
    station.slug = checkSlug('slug', input.slug);
    station.name = checkText('name', input.name, 1, MAX_STATION_NAME);
    station.address = checkText('address', input.address, 1, MAX_STATION_ADDRESS);
    station.district = checkOptionalText('district', input.district, 40);
    Object.assign(station, checkGeoPoint(input.location));
    station.openingHours = checkText('openingHours', input.openingHours, 1, MAX_OPENING_HOURS);
    station.services = checkServices(input.services ?? []);
    await this.save(station, v, 'station.created');
    return station;
  }

  async update(viewer: Viewer | null, id: string, input: UpdateStationInput): Promise<Station> {
    const station = await this.managed(viewer, id);
    if (input.slug != null) station.slug = checkSlug('slug', input.slug);
    if (input.name != null) station.name = checkText('name', input.name, 1, MAX_STATION_NAME);
    if (input.address != null) station.address = checkText('address', input.address, 1, MAX_STATION_ADDRESS);
    if (input.district != null) station.district = checkOptionalText('district', input.district, 40);
    if (input.location != null) Object.assign(station, checkGeoPoint(input.location));
    if (input.openingHours != null) station.openingHours = checkText('openingHours', input.openingHours, 1, MAX_OPENING_HOURS);
    if (input.services != null) station.services = checkServices(input.services);
    await this.save(station, viewer!, 'station.updated');
    return station;
  }

  private async save(station: Station, viewer: Viewer, action: AuditAction): Promise<void> {
    try {
      await this.em.transactional(async (tx) => {
        tx.persist(station);
        await tx.flush();
        await writeAudit(tx, [{ actorId: viewer.volunteerId, action, subjectId: station.id, detail: { operatorId: station.operator.id } }]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new StationSlugTakenError();
      throw error;
    }
  }
}
