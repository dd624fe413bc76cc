import type { RequestContext } from '../context';
import { listAccountsForAdministration as selectAccounts } from '../db/repositories/administration.repository';
import { globalRules } from '../policies/global';
import { authorizeGlobal } from '../policies/rulebook';

/**
 * Every professional's and administrator's account with its memberships, active and ended, for the
 * administrator (issue 9.11). Staff data only; whether an OIDC subject is bound is shown, not the subject.
 */
export async function listAccountsForAdministration(ctx: RequestContext) {
  authorizeGlobal(globalRules, ctx.actor, 'administration.manage');
  const rows = await selectAccounts(ctx.tx);
  return rows.map((a) => ({
    accountId: a.id,
    kind: a.kind as 'PROFESSIONAL' | 'ADMINISTRATOR',
    displayName: a.displayName,
    email: a.email,
    oidcBound: a.oidcSubject !== null,
    demo: a.isDemo,
    active: a.disabledAt === null,
    version: a.version,
    memberships: a.memberships.map((m) => ({
      membershipId: m.id,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      organisationKind: m.organisationKind,
      role: m.role,
      since: new Date(m.createdAt).toISOString(),
      endedAt: m.endedAt ? new Date(m.endedAt).toISOString() : null,
    })),
  }));
}
