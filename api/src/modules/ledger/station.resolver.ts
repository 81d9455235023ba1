// The hours a station records besides a shift's own sign-ups: walk-ins and earlier records.
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { HourEntry } from './hour-entry.entity.js';
import { HourImportResult, HourImportService } from './hour-import.service.js';
import { HourImportInput, RecordWalkInInput } from './ledger.inputs.js';
import { WalkInService } from './walk-in.service.js';
import { KeyScope, PEOPLE_ONLY } from '../../common/key-scope.js';

@Resolver()
export class StationHoursResolver {
  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => HourEntry, {
    description:
      'Coordinators: service time for a volunteer who came to an ended shift without signing up (an ATTENDED walk-in sign-up is written too); audited with the reason',
  })
  recordWalkIn(@Arg('input', () => RecordWalkInInput) input: RecordWalkInInput, @Ctx() { em, viewer, vault }: Context): Promise<HourEntry> {
    return new WalkInService(em, vault).record(viewer, input);
  }

  @Query(() => HourImportResult, { description: 'Coordinators: checks a batch of earlier records row by row and writes nothing' })
  previewHourImport(@Arg('input', () => HourImportInput) input: HourImportInput, @Ctx() { em, viewer, vault }: Context): Promise<HourImportResult> {
    return new HourImportService(em, vault).preview(viewer, input);
  }

  @KeyScope(PEOPLE_ONLY)
  @Mutation(() => HourImportResult, {
    description:
      'Coordinators: records a batch of earlier records (no shift behind them), marked with their source; a record imported before is not recorded again',
  })
  importHourRecords(@Arg('input', () => HourImportInput) input: HourImportInput, @Ctx() { em, viewer, vault }: Context): Promise<HourImportResult> {
    return new HourImportService(em, vault).import(viewer, input);
  }
}
