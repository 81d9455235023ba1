// Volunteer stations (志愿服务站) in the graph: the public list and pages, the managers' edits, and
// each station's duty rota (值班).
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { APP_PUBLIC, AppAccess } from '../../common/app-scope.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';
import { ChangesPublicSite } from '../../common/site-changes.js';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { organizationById } from '../organization/organization.loaders.js';
import { chinaDate } from '../../common/china-time.js';
import { shiftById } from '../project/project.loaders.js';
import { Shift } from '../project/shift.entity.js';
import { Station, StationDuty, StationRotaEntry, StationSwap } from './station.entity.js';
import { CreateStationInput, ProposeStationSwapInput, SetStationRotaInput, UpdateStationInput } from './station.inputs.js';
import { StationRotaService } from './station-rota.service.js';
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

  @FieldResolver(() => StationDuty, { nullable: true, description: "Today's duty (China date): the team on duty and its places" })
  async dutyToday(@Root() station: Station, @Ctx() { em }: Context): Promise<StationDuty | null> {
    const today = chinaDate(new Date());
    return (await new StationRotaService(em).duties(station.id, today, today))[0] ?? null;
  }

  @FieldResolver(() => [StationDuty], { description: 'Duty days from..to (China dates YYYY-MM-DD, at most 62 days apart), in date order' })
  duties(
    @Root() station: Station,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() { em }: Context,
  ): Promise<StationDuty[]> {
    return new StationRotaService(em).duties(station.id, from, to);
  }

  @FieldResolver(() => [StationRotaEntry], {
    description: "Its rota: weekly lines by weekday, then dated lines (the station's managers only; others see none)",
  })
  async rota(@Root() station: Station, @Ctx() { em, viewer }: Context): Promise<StationRotaEntry[]> {
    if (!(await new StationService(em).mayManage(viewer, station))) return [];
    return new StationRotaService(em).rota(station);
  }
}

@Resolver(() => StationDuty)
export class StationDutyResolver {
  @Query(() => [StationDuty], {
    description: 'Duty days of the station in the coming week (today included) with fewer volunteers than places: its managers only',
  })
  stationGaps(@Arg('stationId', () => ID) stationId: string, @Ctx() { em, viewer }: Context): Promise<StationDuty[]> {
    return new StationRotaService(em).gaps(viewer, stationId);
  }

  @Query(() => [StationDuty], {
    description: 'Station duty days of the teams the signed-in volunteer coordinates (ADMIN or COORDINATOR), from today for four weeks',
  })
  teamStationDuties(@Ctx() { em, viewer }: Context): Promise<StationDuty[]> {
    return new StationRotaService(em).teamDuties(viewer);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => [StationDuty], {
    description:
      "Replaces a station's rota (its managers) and generates its duty days for the next four weeks: each a published activity of the duty team with one shift; coming days nobody signed up for are made again, days with sign-ups keep their team",
  })
  setStationRota(@Arg('input', () => SetStationRotaInput) input: SetStationRotaInput, @Ctx() { em, viewer }: Context): Promise<StationDuty[]> {
    return new StationRotaService(em).setRota(viewer, input);
  }

  @FieldResolver(() => Station)
  async station(@Root() duty: StationDuty, @Ctx() { em }: Context): Promise<Station> {
    return (await new StationService(em).byId(duty.station.id))!;
  }

  @FieldResolver(() => Organization, { description: 'The team on duty' })
  async team(@Root() duty: StationDuty, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(duty.team.id))!;
  }

  @FieldResolver(() => Shift, { nullable: true, description: 'The duty shift the team fills with its members' })
  async shift(@Root() duty: StationDuty, @Ctx() ctx: Context): Promise<Shift | null> {
    return duty.shift ? shiftById(ctx).load(duty.shift.id) : null;
  }

  @FieldResolver(() => Int, { description: 'Volunteers with a confirmed place' })
  async filled(@Root() duty: StationDuty, @Ctx() ctx: Context): Promise<number> {
    return duty.shift ? ((await shiftById(ctx).load(duty.shift.id))?.confirmedCount ?? 0) : 0;
  }
}

@Resolver(() => StationRotaEntry)
export class StationRotaEntryResolver {
  @FieldResolver(() => Organization)
  async team(@Root() entry: StationRotaEntry, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(entry.team.id))!;
  }
}

@Resolver(() => StationSwap)
export class StationSwapResolver {
  @Query(() => [StationSwap], {
    description: 'Swap requests of the stations the signed-in volunteer manages and of the teams they coordinate, newest first (100 at most)',
  })
  stationSwaps(@Ctx() { em, viewer }: Context): Promise<StationSwap[]> {
    return new StationRotaService(em).swaps(viewer);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => StationSwap, { description: "A team's ADMIN or COORDINATOR asks another team to swap one of its coming duty days for one of theirs" })
  proposeStationSwap(@Arg('input', () => ProposeStationSwapInput) input: ProposeStationSwapInput, @Ctx() { em, viewer }: Context): Promise<StationSwap> {
    return new StationRotaService(em).proposeSwap(viewer, input);
  }

  @UseMiddleware(ChangesPublicSite)
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => StationSwap, {
    description:
      "The other team's ADMIN or COORDINATOR accepts (the two days change teams at once; refused with DUTY_HAS_SIGNUPS while either day has volunteers signed up) or declines",
  })
  answerStationSwap(@Arg('id', () => ID) id: string, @Arg('accept', () => Boolean) accept: boolean, @Ctx() { em, viewer }: Context): Promise<StationSwap> {
    return new StationRotaService(em).answerSwap(viewer, id, accept);
  }

  @FieldResolver(() => Station)
  async station(@Root() swap: StationSwap, @Ctx() { em }: Context): Promise<Station> {
    return (await new StationService(em).byId(swap.station.id))!;
  }

  @FieldResolver(() => StationDuty, { description: "The proposing team's day" })
  async fromDuty(@Root() swap: StationSwap, @Ctx() { em }: Context): Promise<StationDuty> {
    return (await em.findOne(StationDuty, { id: swap.fromDuty.id }))!;
  }

  @FieldResolver(() => StationDuty, { description: "The other team's day" })
  async toDuty(@Root() swap: StationSwap, @Ctx() { em }: Context): Promise<StationDuty> {
    return (await em.findOne(StationDuty, { id: swap.toDuty.id }))!;
  }

  @FieldResolver(() => Organization)
  async fromTeam(@Root() swap: StationSwap, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(swap.fromTeam.id))!;
  }

  @FieldResolver(() => Organization)
  async toTeam(@Root() swap: StationSwap, @Ctx() ctx: Context): Promise<Organization> {
    return (await organizationById(ctx).load(swap.toTeam.id))!;
  }
}

export const stationResolvers = [StationResolver, StationDutyResolver, StationRotaEntryResolver, StationSwapResolver] as const;
