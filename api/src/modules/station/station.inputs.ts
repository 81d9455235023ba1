import { Field, ID, InputType, Int } from 'type-graphql';
import { GeoPointInput } from '../../common/geo.js';
import { MAX_OPENING_HOURS, MAX_SERVICE_LENGTH, MAX_SERVICES, MAX_STATION_ADDRESS, MAX_STATION_NAME } from './station.entity.js';

@InputType('CreateStationInput', { description: 'A new volunteer station (platform staff, or ADMINs of the operator)' })
export class CreateStationInput {
  @Field(() => ID, { description: 'The team or federation that runs it' }) operatorId!: string;
  @Field(() => String, { description: '1..80 lower-case letters, digits and single hyphens, unique' }) slug!: string;
  @Field(() => String, { description: `1..${MAX_STATION_NAME} characters` }) name!: string;
  @Field(() => String, { description: `1..${MAX_STATION_ADDRESS} characters` }) address!: string;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'Map point of the address' }) location?: GeoPointInput | null;
  @Field(() => String, { description: `e.g. 周一至周日 9:00–17:00, 1..${MAX_OPENING_HOURS} characters` }) openingHours!: string;
  @Field(() => [String], { nullable: true, description: `Up to ${MAX_SERVICES} services, each 1..${MAX_SERVICE_LENGTH} characters` })
  services?: string[] | null;
}

@InputType('UpdateStationInput', { description: 'Fields left out stay as they are' })
export class UpdateStationInput {
  @Field(() => String, { nullable: true }) slug?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true, description: 'An empty string clears it' }) district?: string | null;
  @Field(() => GeoPointInput, { nullable: true }) location?: GeoPointInput | null;
  @Field(() => String, { nullable: true }) openingHours?: string | null;
  @Field(() => [String], { nullable: true }) services?: string[] | null;
}

@InputType('StationRotaLineInput', { description: 'A team on duty on a weekday (every week) or on one date, its hours (China time) and places' })
export class StationRotaLineInput {
  @Field(() => ID) teamId!: string;
  @Field(() => Int, { nullable: true, description: 'ISO weekday 1 (Monday)..7 (Sunday); give this or date' }) weekday?: number | null;
  @Field(() => String, { nullable: true, description: 'One China date YYYY-MM-DD (a custom calendar day; wins over its weekday); give this or weekday' })
  date?: string | null;
  @Field(() => String, { description: 'Duty start HH:MM, China time' }) startsAt!: string;
  @Field(() => String, { description: 'Duty end HH:MM, China time, after the start' }) endsAt!: string;
  @Field(() => Int, { description: 'Volunteers needed, 1..100' }) places!: number;
}

@InputType('SetStationRotaInput', { description: "Replaces a station's rota and generates its duty days for the coming weeks" })
export class SetStationRotaInput {
  @Field(() => ID) stationId!: string;
  @Field(() => [StationRotaLineInput], { description: 'Weekly lines (one team per weekday) and dated lines' }) lines!: StationRotaLineInput[];
}

@InputType('ProposeStationSwapInput', { description: "Your team's duty day and the other team's day you would take instead" })
export class ProposeStationSwapInput {
  @Field(() => ID) fromDutyId!: string;
  @Field(() => ID) toDutyId!: string;
}
