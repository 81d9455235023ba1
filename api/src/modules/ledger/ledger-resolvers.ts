// The ledger's resolvers, registered together in schema.ts.
import { StationHoursResolver } from './station.resolver.js';
import { CertificateResolver, VolunteerCertificateResolver } from './certificate.resolver.js';
import { HourCorrectionResolver, OrganizationCorrectionResolver, VolunteerCorrectionResolver } from './correction.resolver.js';
import { OrganizationRankingResolver, VolunteerRankingResolver } from './leaderboard.resolver.js';
import { HourEntryResolver, OrganizationLedgerResolver, ShiftLedgerResolver, VolunteerLedgerResolver } from './ledger.resolver.js';

export const ledgerResolvers = [
  StationHoursResolver,
  HourEntryResolver,
  VolunteerLedgerResolver,
  ShiftLedgerResolver,
  OrganizationLedgerResolver,
  HourCorrectionResolver,
  OrganizationCorrectionResolver,
  VolunteerCorrectionResolver,
  CertificateResolver,
  VolunteerCertificateResolver,
  VolunteerRankingResolver,
  OrganizationRankingResolver,
] as const;
