import { AppError, type TeamInvolvement } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';
import { listTeam } from '../db/repositories/team.repository';

/** The open case of a household and its team, as the domain rules see it. */
export async function loadCaseTeam(ctx: RequestContext, householdId: string) {
  const kase = await findOpenCase(ctx.tx, householdId);
  if (!kase) {
    throw new AppError('not_found');
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
