import { AppError, type TeamInvolvement } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findOpenCase, lockCase } from '../db/repositories/case.repository';
import { listTeam } from '../db/repositories/team.repository';

/** The open case of a household and its team, as the domain rules see it. */
export async function loadCaseTeam(
  ctx: RequestContext,
  householdId: string,
  options: { lock?: boolean } = {},
) {
  const kase = await findOpenCase(ctx.tx, householdId);
  if (!kase) {
    throw new AppError('not_found');
  }
  // A change that depends on the whole team locks the case first: concurrent team changes run one by one,
  // and each reads the team as the previous one left it.
  if (options.lock) {
    await lockCase(ctx.tx, kase.id);
  }
  const rows = await listTeam(ctx.tx, kase.id);
  const team: TeamInvolvement[] = rows.map((r) => ({
    id: r.id,
    professionalId: r.professionalId,
    organisationKind: r.organisationKind,
    role: r.role,
    endedAt: r.endedAt,
  }));
  return { kase, rows, team };
}
