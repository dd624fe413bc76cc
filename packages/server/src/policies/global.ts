import type { GlobalPermission } from '@gezinsdossier/domain';
import { hasOrganisationRole, worksFor } from '@gezinsdossier/domain';
import { or, type Rule, type Rulebook } from './rulebook';

const isProfessional: Rule<null> = (actor) => actor.kind === 'PROFESSIONAL';

/** Permissions that do not depend on a loaded resource. */
export const globalRules: Rulebook<GlobalPermission, null> = {
  // A dossier is opened by a Lokaal Team professional (becoming vast gezicht) or by the RVT on a report.
  'household.create': (actor, r) =>
    isProfessional(actor, r) && (worksFor(actor, 'LOCAL_TEAM') || worksFor(actor, 'RVT')),
  // Break the glass: crisis service (24/7 spoed) and RVT professionals only.
  'break_glass.request': (actor, r) =>
    isProfessional(actor, r) &&
    or<null>(
      (a) => worksFor(a, 'CRISIS_SERVICE'),
      (a) => worksFor(a, 'RVT'),
    )(actor, r),
  'break_glass.review': (actor, r) => isProfessional(actor, r) && hasOrganisationRole(actor, 'TEAM_LEAD'),
  'account.list': (actor) => actor.kind === 'ADMINISTRATOR',
  // Issue 9.11: accounts, memberships, OIDC binding, regions, municipalities and organisations.
  'administration.manage': (actor) => actor.kind === 'ADMINISTRATOR',
  // The staff directory (to add team members) is for professionals, not for family members.
  'directory.read': (actor, r) => isProfessional(actor, r),
  // KT2: the Lokaal Team, the RVT and the crisis service receive questions and reports — also about a family
  // not known yet, whose dossier the intake then opens (the crisis service only that way; VAL-01's exception
  // lets an RVT or crisis report open it before the Lokaal Team is linked, see planOpeningTeam).
  'intake.create': (actor, r) =>
    isProfessional(actor, r) &&
    (worksFor(actor, 'LOCAL_TEAM') || worksFor(actor, 'RVT') || worksFor(actor, 'CRISIS_SERVICE')),
  // Every professional has a worklist; team leads also see their teams' overdue items.
  'worklist.read': (actor, r) => isProfessional(actor, r),
};
