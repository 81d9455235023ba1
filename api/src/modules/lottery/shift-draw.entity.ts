import { Entity, OneToOne, Property, type Rel } from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Shift } from '../project/shift.entity.js';
import { seedCommitment } from './draw-order.js';

/**
 * The record of a LOTTERY shift's draw. Created with the shift, holding the secret seed whose
 * commitment is public from then on; written once by the draw (order of entries, time), and
 * after that the public audit trail: seed, algorithm and order are all anyone needs to re-run it.
 */
@Entity({ tableName: 'shift_draw' })
@ObjectType('ShiftDraw', {
  description: 'The public record of a LOTTERY shift’s draw: re-run it from seed and entries to check it (see docs/api.md)',
})
export class ShiftDraw {
  @OneToOne({ entity: () => Shift, primary: true, deleteRule: 'cascade', updateRule: 'cascade' })
  shift!: Rel<Shift>;

  /** DRAW_ALGORITHM when the shift was created. */
  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'How the order follows from the seed, e.g. sha256-rank/v1' })
  algorithm!: string;

  /** 256 random bits; secret until the draw. */
  @Property({ type: 'blob' })
  seed!: Buffer;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When the draw ran; null before' })
  drawnAt?: Date | null;

  /** Sign-up IDs in draw order (position 1 first); null until drawn. */
  @Property({ type: 'json', nullable: true })
  @Field(() => [ID], { nullable: true, description: 'Sign-up IDs in draw order (position 1 first); null before the draw' })
  entries?: string[] | null;

  /** How many were drawn into places (the shift's capacity, or fewer entries). */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Entries drawn into places (the first selectedCount of entries)' })
  selectedCount?: number | null;

  @Field(() => String, { description: 'Hex SHA-256 of the seed, public before the draw so the seed cannot change' })
  get seedCommitment(): string {
    return seedCommitment(this.seed);
  }

  @Field(() => String, { name: 'seed', nullable: true, description: 'Hex seed (256 bits), revealed once drawn' })
  get revealedSeed(): string | null {
    return this.drawnAt ? this.seed.toString('hex') : null;
  }

  @Field(() => Int, { nullable: true, description: 'Entries in the draw; null before the draw (see Shift.entrantCount)' })
  get entrantCount(): number | null {
    return this.entries ? this.entries.length : null;
  }
}
