import type { Migration } from 'kysely';
import * as foundation from './20261123000000-foundation';
import * as accessControl from './20261123000100-access-control';
import * as accessLogOrder from './20261123000200-access-log-order';
import * as worryToHelp from './20261123000300-worry-to-help';
import * as householdAddress from './20261123000400-household-address';
import * as supervisedDeadlinesPage from './20261123000500-supervised-deadlines-page';
import * as readLayer from './20261129000000-read-layer';
import * as accessLogSealing from './20261129000100-access-log-sealing';
import * as idempotencyKeys from './20261129000200-idempotency-keys';
import * as timelineAppointments from './20261129000300-timeline-appointments';
import * as adultProtectionRelations from './20261129000400-adult-protection-relations';
import * as demoSeedProgress from './20261129000500-demo-seed-progress';
import * as definerFilters from './20261129000550-definer-filters';
import * as localTeamLink from './20261129000600-local-team-link';
import * as deadlineHolderOrganisation from './20261129000650-deadline-holder-organisation';
import * as administration from './20261129000660-administration';
import * as reasonsForWeightyChanges from './20261129000700-reasons-for-weighty-changes';
import * as breakGlassReview from './20261129000800-break-glass-review';
import * as legalRoute from './20261129000900-legal-route';
import * as placements from './20261129000950-placements';
import * as orderedHelp from './20261129000960-ordered-help';
import * as rights from './20261129000970-rights';
import * as complaints from './20261129001000-complaints';
import * as decisions from './20261129001100-decisions';
import * as familyVisibility from './20261129001200-family-visibility';
import * as oneWaitingDecision from './20261129001300-one-waiting-decision';

/**
 * All migrations, by name. Names sort by timestamp; Kysely runs them in that order and records each in
 * `kysely_migration`. A merged migration is never edited.
 */
export const migrations: Record<string, Migration> = {
  '20261123000000-foundation': foundation,
  '20261123000100-access-control': accessControl,
  '20261123000200-access-log-order': accessLogOrder,
  '20261123000300-worry-to-help': worryToHelp,
  '20261123000400-household-address': householdAddress,
  '20261123000500-supervised-deadlines-page': supervisedDeadlinesPage,
  '20261129000000-read-layer': readLayer,
  '20261129000100-access-log-sealing': accessLogSealing,
  '20261129000200-idempotency-keys': idempotencyKeys,
  '20261129000300-timeline-appointments': timelineAppointments,
  '20261129000400-adult-protection-relations': adultProtectionRelations,
  '20261129000500-demo-seed-progress': demoSeedProgress,
  '20261129000550-definer-filters': definerFilters,
  '20261129000600-local-team-link': localTeamLink,
  '20261129000650-deadline-holder-organisation': deadlineHolderOrganisation,
  '20261129000660-administration': administration,
  '20261129000700-reasons-for-weighty-changes': reasonsForWeightyChanges,
  '20261129000800-break-glass-review': breakGlassReview,
  '20261129000900-legal-route': legalRoute,
  '20261129000950-placements': placements,
  '20261129000960-ordered-help': orderedHelp,
  '20261129000970-rights': rights,
  '20261129001000-complaints': complaints,
  '20261129001100-decisions': decisions,
  '20261129001200-family-visibility': familyVisibility,
  '20261129001300-one-waiting-decision': oneWaitingDecision,
};
