import { Field, Float, Int, ObjectType } from 'type-graphql';

/** The platform's figures for one year, district or team (see StatsService.figures for what each counts). */
@ObjectType('FigureRow', { description: 'Figures for one year, district or team' })
export class FigureRow {
  @Field(() => String, { description: 'The year (2026), the district, or the team’s ID; empty for teams without a district' })
  key!: string;

  @Field(() => String, { description: 'The year, the district or the team’s name, as shown' })
  label!: string;

  @Field(() => Int, { description: 'Volunteers who served (each counted once)' })
  volunteers!: number;

  @Field(() => Int, { description: 'Teams that ran a public activity or recorded service' })
  teams!: number;

  @Field(() => Int, { description: 'Public activities (published or completed) with a shift in it' })
  activities!: number;

  @Field(() => Int, { description: 'Service minutes recorded (net of corrections)' })
  minutes!: number;

  @Field(() => Float, { description: 'minutes / 60' })
  hours!: number;

  @Field(() => Int, { description: '人次: attendances, see PlatformStats.personTimes' })
  personTimes!: number;
}
