import { randomUUID } from 'node:crypto';
import { todayInNetherlands } from '@gezinsdossier/domain';
import { rulePackOn } from '@gezinsdossier/domain/deadlines';
import { recordEvent } from '../audit/record-event';
import type { RequestContext } from '../context';
import { closeCaseRecord, findOpenCase, insertCase } from '../db/repositories/case.repository';
import { activeTeam, insertTeamMember } from '../db/repositories/team.repository';
import type { Viewer } from '../presenters/viewer';

/**
 * A closed pathway stays as it was; a new worry opens a new case under today's rule pack, with the active
 * team copied — the vast gezicht stays (INV-01, no handover). Records `case.reopened`.
 */
export async function reopenCaseIfClosed(ctx: RequestContext, viewer: Viewer): Promise<void> {
  const current = await findOpenCase(ctx.tx, viewer.householdId);
  if (current?.pathwayState !== 'CLOSED') {
    return;
  }
  const team = await activeTeam(ctx.tx, current.id);
  await closeCaseRecord(ctx.tx, current.id, ctx.now);
  const caseId = randomUUID();
  const ruleSetVersion = rulePackOn(todayInNetherlands(ctx.now)).version;
  await insertCase(ctx.tx, {
    id: caseId,
    householdId: viewer.householdId,
    openedAt: ctx.now,
    ruleSetVersion,
  });
  for (const member of team) {
    await insertTeamMember(ctx.tx, {
      id: randomUUID(),
      caseId,
      householdId: viewer.householdId,
      professionalId: member.professionalId,
      organisationId: member.organisationId,
      role: member.role,
      expertise: member.expertise,
      startedAt: ctx.now,
    });
  }
  viewer.access.caseId = caseId;
  await recordEvent(ctx, viewer.access, {
    type: 'case.reopened',
    entityId: caseId,
    payload: { previousCaseId: current.id, ruleSetVersion },
  });
}
