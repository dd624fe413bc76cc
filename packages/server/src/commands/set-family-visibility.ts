import { randomUUID } from 'node:crypto';
import { AppError, type FamilyVisibilitySet } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import {
  insertFamilyVisibility,
  listFamilyVisibility,
  updateFamilyVisibility,
} from '../db/repositories/family-visibility.repository';
import { requireHousehold } from '../policies/require';
import type { FamilyViewJson } from '../presenters/family-view.presenter';
import { showFamilyView } from '../queries/get-family-view';
import { recordWrite } from './casework';
import { throwConflict } from './conflict';

/**
 * Shows or withholds one legal-route item for one household member (issue 10.8), overriding the default, at
 * the version the author saw (null: no override yet). Only the duo; only for a current member and an item the
 * duo may see themselves. Withholding limits the family's right to information (INV-03, KT9-R1), so it needs
 * a reason, kept on the row. Answers with that member's family view as it is now.
 * @throws AppError not_found (member or item not there for this viewer), family_visibility_reason_required,
 *   version_conflict with the item as it stands
 */
export async function setFamilyVisibility(
  ctx: RequestContext,
  householdId: string,
  input: FamilyVisibilitySet,
): Promise<FamilyViewJson> {
  const viewer = await requireHousehold(ctx, householdId, 'family_view.manage');
  const before = await showFamilyView(ctx, viewer, input.personId);
  const item = [...before.items, ...before.hiddenItems].find(
    (i) => i.kind === input.subjectKind && i.id === input.subjectId,
  );
  const member = item?.visibility.find((m) => m.personId === input.personId);
  if (!item || !member) {
    throw new AppError('not_found');
  }
  const reason = input.reason?.trim() || null;
  if (!input.visible && !reason) {
    throw new AppError('family_visibility_reason_required', {
      issues: [{ path: 'reason', code: 'family_visibility_reason_required', message: '' }],
    });
  }
  const existing = (await listFamilyVisibility(ctx.tx, householdId)).find(
    (o) =>
      o.subjectKind === input.subjectKind && o.subjectId === input.subjectId && o.personId === input.personId,
  );
  const change = {
    visible: input.visible,
    reason: input.visible ? null : reason,
    setBy: ctx.actor.id,
    setAt: ctx.now,
  };
  const id = existing?.id ?? randomUUID();
  const written =
    input.version === null
      ? !existing &&
        (await insertFamilyVisibility(ctx.tx, {
          id,
          householdId,
          subjectKind: input.subjectKind,
          subjectId: input.subjectId,
          personId: input.personId,
          ...change,
        }))
      : existing !== undefined && (await updateFamilyVisibility(ctx.tx, existing.id, input.version, change));
  if (!written) {
    throwConflict(item);
  }
  await recordWrite(ctx, viewer, {
    event: {
      type: 'family_visibility.set',
      entityId: id,
      personIds: [input.personId, ...item.aboutPersonIds],
      payload: {
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        personId: input.personId,
        visible: input.visible,
        defaultVisible: member.defaultVisible,
      },
    },
    resourceType: 'family_visibility',
    action: existing ? 'update' : 'create',
  });
  return showFamilyView(ctx, viewer, input.personId);
}
