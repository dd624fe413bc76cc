import { randomUUID } from 'node:crypto';
import type { ShieldCreate } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findOpenCase } from '../db/repositories/case.repository';
import { listMembers } from '../db/repositories/membership.repository';
import { insertShield, itemExists } from '../db/repositories/shielding.repository';
import { listTeam } from '../db/repositories/team.repository';
import { requireHousehold } from '../policies/require';
import { fieldError, recordWrite } from './casework';

/**
 * Withholds one item from a named household member, a named professional, or everyone who looks on one
 * ground — with a reason (e.g. a mother's shelter address withheld from the father). The duo decides; the
 * duo itself cannot be shut out of its own dossier. From then on the item is absent for that viewer in
 * every list, export, timeline step and access-log view.
 * @throws AppError shielding_item_unknown | shielding_target_invalid
 */
export async function addShield(ctx: RequestContext, householdId: string, input: ShieldCreate) {
  const viewer = await requireHousehold(ctx, householdId, 'shielding.manage');
  if (!(await itemExists(ctx.tx, householdId, input.itemType, input.itemId))) {
    fieldError('shielding_item_unknown', 'itemId');
  }
  const target = input.target;
  if (target.kind === 'PERSON') {
    const members = await listMembers(ctx.tx, householdId);
    if (!members.some((m) => m.personId === target.personId) || target.personId === input.itemId) {
      fieldError('shielding_target_invalid', 'target.personId');
    }
  }
  if (target.kind === 'ACCOUNT') {
    const kase = await findOpenCase(ctx.tx, householdId);
    const duo = kase
      ? (await listTeam(ctx.tx, kase.id))
          .filter((t) => t.endedAt === null && t.role !== 'EXPERT')
          .map((t) => t.professionalId)
      : [];
    if (target.accountId === ctx.actor.id || duo.includes(target.accountId)) {
      fieldError('shielding_target_invalid', 'target.accountId');
    }
  }
  const id = randomUUID();
  await insertShield(ctx.tx, {
    id,
    householdId,
    itemType: input.itemType,
    itemId: input.itemId,
    target,
    reasonCode: input.reasonCode,
    reason: input.reason,
    createdBy: ctx.actor.id,
    now: ctx.now,
  });
  await recordWrite(ctx, viewer, {
    event: {
      type: 'shielding.added',
      entityId: id,
      personIds: target.kind === 'PERSON' ? [target.personId] : [],
      payload: {
        itemType: input.itemType,
        targetKind: target.kind,
        ground: target.kind === 'GROUND' ? target.ground : null,
        reasonCode: input.reasonCode,
      },
    },
    resourceType: 'shielding_record',
  });
  return { id, version: 1 };
}
