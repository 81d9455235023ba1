// Volunteer stations (志愿服务站) in the graph: the public list and pages, the managers' edits, and
// each station's duty rota (值班).
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { APP_PUBLIC, AppAccess } from '../../common/app-scope.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { organizationById } from '../organization/organization.loaders.js';
import { Station, StationDutyView } from './station.entity.js';
import { CreateStationInput, UpdateStationInput } from './station.inputs.js';
import { StationService } from './station.service.js';

@Resolver(() => Station)
export class StationResolver {
  @AppAccess(APP_PUBLIC)
  @Query(() => [Station], { description: 'Volunteer stations of approved operators, by name' })
  stations(@Ctx() { em }: Context): Promise<Station[]> {
    return new StationService(em).list();
  }

  @AppAccess(APP_PUBLIC)
  @Query(() => Station, { nullable: true, description: 'A volunteer station by its slug' })
  station(@Arg('slug', () => String) slug: string, @Ctx() { em }: Context): Promise<Station | null> {
    return new StationService(em).bySlug(slug);
  }

  @Query(() => [Station], { description: 'Stations the signed-in volunteer manages (ADMIN of the operator; platform staff: all), by name' })
  managedStations(@Ctx() { em, viewer }: Context): Promise<Station[]> {
    return new StationService(em).managedStations(viewer);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Station, { description: 'Opens a volunteer station (platform staff, or ADMINs of the operator)' })
  createStation(@Arg('input', () => CreateStationInput) input: CreateStationInput, @Ctx() { em, viewer }: Context): Promise<Station> {
    return new StationService(em).create(viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => Station, { description: 'Edits a station (platform staff, or ADMINs of its operator)' })
  updateStation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateStationInput) input: UpdateStationInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<Station> {
    return new StationService(em).update(viewer, id, input);
  }

  @FieldResolver(() => Organization, { description: 'The team or federation that runs it' })
  async operator(@Root() station: Station, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(station.operator.id))!;
  }

  @FieldResolver(() => StationDutyView, { nullable: true, description: "Today's duty (China date): the team on duty and its places" })
  dutyToday(): StationDutyView | null {
    return null;
  }

  @FieldResolver(() => [StationDutyView], { description: 'Duty days from..to (China dates YYYY-MM-DD, at most 62 days), in date order' })
  duties(@Arg('from', () => String) _from: string, @Arg('to', () => String) _to: string): StationDutyView[] {
    return [];
  }
}

export const stationResolvers = [StationResolver] as const;
