import { SHIELD_REASONS, SHIELDABLE_GROUNDS, SHIELDABLE_ITEM_TYPES } from '@gezinsdossier/domain';
import { z } from 'zod';
import type { ShieldRow } from '../db/repositories/shielding.repository';
import { Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const ShieldingRecordSchema = named(
  'ShieldingRecord',
  z.strictObject({
    id: Id,
    itemType: z.enum(SHIELDABLE_ITEM_TYPES),
    itemId: Id,
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('PERSON'), personId: Id }),
      z.strictObject({ kind: z.literal('ACCOUNT'), accountId: Id, name: z.string().nullable() }),
      z.strictObject({ kind: z.literal('GROUND'), ground: z.enum(SHIELDABLE_GROUNDS) }),
    ]),
    reasonCode: z.enum(SHIELD_REASONS),
    reason: z.string(),
    createdAt: Timestamp,
    createdByName: z.string().nullable(),
    endedAt: Timestamp.nullable(),
    endReason: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
  }),
);
export type ShieldingRecordJson = z.infer<typeof ShieldingRecordSchema>;

/** A shielding record, for the duo who decides on them (the reasons are theirs to see). */
export function presentShieldingRecord(v: Viewer, s: ShieldRow): ShieldingRecordJson | null {
  if (!v.can('shielding.manage')) {
    return null;
  }
  v.touch();
  const target: ShieldingRecordJson['target'] =
    s.targetKind === 'PERSON'
      ? { kind: 'PERSON', personId: s.targetPersonId as string }
      : s.targetKind === 'ACCOUNT'
        ? { kind: 'ACCOUNT', accountId: s.targetAccountId as string, name: s.targetAccountName }
        : { kind: 'GROUND', ground: s.targetGround as (typeof SHIELDABLE_GROUNDS)[number] };
  if (target.kind === 'PERSON') {
    v.persons([target.personId]);
  }
  return {
    id: s.id,
    itemType: s.itemType as ShieldingRecordJson['itemType'],
    itemId: s.itemId,
    target,
    reasonCode: s.reasonCode as ShieldingRecordJson['reasonCode'],
    reason: s.reason,
    createdAt: iso(s.createdAt),
    createdByName: s.createdByName,
    endedAt: iso(s.endedAt),
    endReason: s.endReason,
    active: s.endedAt === null,
    version: s.version,
  };
}
