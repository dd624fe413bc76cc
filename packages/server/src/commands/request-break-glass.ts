import { randomUUID } from 'node:crypto';
import {
  AppError,
  type BreakGlassRequest,
  breakGlassExpiry,
  primaryOrganisationId,
} from '@gezinsdossier/domain';
import { logAccess } from '../audit/access-log';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { breakGlassLookup, insertGrant } from '../db/repositories/break-glass.repository';
import { householdEnvelope } from '../db/repositories/household.repository';
import { globalRules } from '../policies/global';
import { can } from '../policies/rulebook';

/**
 * Break the glass: time-limited read access to one household outside involvement, for acute situations.
 * Requires a typed reason and an exact lookup; every attempt is logged (also one without a match), and
 * every grant waits for review by a team lead of the requester's organisation.
 * @throws AppError break_glass_not_allowed | break_glass_no_match | break_glass_ambiguous
 */
export async function requestBreakGlass(ctx: RequestContext, input: BreakGlassRequest) {
  if (!can(globalRules, ctx.actor, 'break_glass.request', null)) {
    throw new AppError('break_glass_not_allowed');
  }
  const matches = await breakGlassLookup(ctx.tx, input);
  if (matches.length !== 1) {
    logAccess(ctx, {
      action: 'search',
      resourceType: 'household',
      resourceId: null,
      householdId: null,
      personIds: [],
      purpose: 'BREAK_GLASS',
      keepOnFailure: true,
    });
    // Two households match a name and birth date: say so (ask for the BSN), not "nothing found".
    throw new AppError(matches.length > 1 ? 'break_glass_ambiguous' : 'break_glass_no_match');
  }
  const householdId = matches[0] as string;
  const organisationId = primaryOrganisationId(ctx.actor);
  const grant = {
    id: randomUUID(),
    accountId: ctx.actor.id,
    organisationId,
    householdId,
    reasonCode: input.reasonCode,
    reason: input.reason,
    grantedAt: ctx.now,
    expiresAt: breakGlassExpiry(ctx.now, input.hours),
  };
  await insertGrant(ctx.tx, grant);
  const envelope = await householdEnvelope(ctx.tx, householdId);
  await recordEvent(
    ctx,
    {
      householdId,
      regionId: envelope?.regionId as string,
      caseId: envelope?.caseId ?? null,
      grounds: [{ kind: 'BREAK_GLASS', grantId: grant.id, organisationId, expiresAt: grant.expiresAt }],
    },
    {
      type: 'break_glass.granted',
      entityId: grant.id,
      payload: { reasonCode: input.reasonCode, hours: input.hours },
    },
  );
  logAccess(ctx, {
    action: 'break_glass',
    resourceType: 'household',
    resourceId: householdId,
    householdId,
    personIds: [],
    purpose: 'BREAK_GLASS',
    breakGlassGrantId: grant.id,
    organisationId,
  });
  return { grantId: grant.id, householdId, expiresAt: grant.expiresAt.toISOString() };
}
