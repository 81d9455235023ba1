import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { GeoPointInput, NearInput } from '../../common/geo.js';
import { ServiceRequestCategory, ServiceRequestStatus } from './service-request.entity.js';

@InputType('SubmitServiceRequestInput')
export class SubmitServiceRequestInput {
  @Field(() => String, { description: '1..120 characters' }) title!: string;
  @Field(() => String, { description: '1..2000 characters: what help, for whom' }) description!: string;
  @Field(() => ServiceRequestCategory) category!: ServiceRequestCategory;
  @Field(() => String, { description: 'e.g. 龙华区' }) district!: string;
  @Field(() => String) address!: string;
  @Field(() => GeoPointInput, { nullable: true }) location?: GeoPointInput | null;
  @Field(() => DateTimeResolver) neededFrom!: Date;
  @Field(() => DateTimeResolver, { description: 'After neededFrom, within a year of it' }) neededUntil!: Date;
  @Field(() => String, { nullable: true, description: 'How often, in words (e.g. 每周六上午)' }) recurrence?: string | null;
  @Field(() => Int, { description: '1..1000' }) volunteersNeeded!: number;
  @Field(() => String, { description: 'Who the volunteers meet; personal data, never public' }) contactName!: string;
  @Field(() => String, { description: 'Mainland mobile; personal data, never public' }) contactPhone!: string;
  @Field(() => ID, { nullable: true, description: 'Submit for this team (its ADMIN or COORDINATOR); a partner key submits for its own organisation' })
  organizationId?: string | null;
  @Field(() => String, { nullable: true, description: '1..255 characters; a replay returns the first result' })
  idempotencyKey?: string | null;
}

@InputType('ServiceRequestFilter')
export class ServiceRequestFilter {
  @Field(() => ServiceRequestStatus, { nullable: true, description: 'OPEN by default; only public statuses (OPEN, CLAIMED, IN_PROGRESS, DONE, CONFIRMED)' })
  status?: ServiceRequestStatus | null;
  @Field(() => String, { nullable: true }) district?: string | null;
  @Field(() => ServiceRequestCategory, { nullable: true }) category?: ServiceRequestCategory | null;
  @Field(() => NearInput, { nullable: true, description: 'Within radiusKm of a point, nearest first' }) near?: NearInput | null;
  @Field(() => String, { nullable: true, description: 'Words in the title or description' }) search?: string | null;
}

@InputType('ClaimServiceRequestInput')
export class ClaimServiceRequestInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: 'The claiming team (its ADMIN or COORDINATOR)' }) organizationId!: string;
  @Field(() => Int, { description: 'Volunteers the team brings, 1..the volunteers needed' }) volunteers!: number;
}

@InputType('ConfirmServiceRequestInput')
export class ConfirmServiceRequestInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1..5' }) score!: number;
  @Field(() => String, { nullable: true, description: 'At most 500 characters; public unless staff hide it' }) comment?: string | null;
}
