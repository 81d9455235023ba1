import { Field, ID, InputType } from 'type-graphql';
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
