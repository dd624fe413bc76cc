import { z } from 'zod';
import { IsoDateSchema, PastDateSchema } from './date-schemas';
import { LIMITS } from './limits';

/**
 * An authorised out-of-home placement, carried out by the RVT (KT8, INV-07; problem analysis implication 12):
 * where each child lives and every move (a second move raises an alert: every move costs a child its
 * bonds), a plan to return home from the first day, and the contact the child was promised with parents and
 * family measured against what actually happened.
 */
export const PLACEMENT_KINDS = [
  'FAMILY_NETWORK', // with family or friends (netwerkpleeggezin)
  'FOSTER_FAMILY',
  'FAMILY_HOME', // gezinshuis
  'RESIDENTIAL',
  'CRISIS_PLACEMENT',
  'SECURE_YOUTH_CARE', // needs its own authorisation (MEAS-15)
] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** The measures under which the RVT may place a child elsewhere (their catalogue ids). */
export const PLACEMENT_MEASURES = ['OUT_OF_HOME_PLACEMENT', 'SECURE_YOUTH_CARE', 'GUARDIANSHIP'] as const;

/** From this many moves (after the first placement) a child's placement history raises an alert. */
export const PLACEMENT_MOVES_ALERT = 2;

const Text = z.string().trim().min(1).max(LIMITS.reasonMax);
const Place = z.string().trim().min(1).max(LIMITS.displayNameMax);
const Version = z.number().int().positive();

/** The plan to return home, made on the first day of a placement and kept current. */
export const ReturnHomePlanSchema = z.object({
  goal: Text,
  /** What must be true at home for the child to return. */
  conditions: Text,
  /** When the plan is looked at again (planned). */
  reviewOn: IsoDateSchema,
});
export type ReturnHomePlan = z.infer<typeof ReturnHomePlanSchema>;

/** A child is placed: where, since when, and the return-home plan from the first day. */
export const PlacementStartSchema = z.object({
  measureId: z.uuid(),
  childId: z.uuid(),
  kind: z.enum(PLACEMENT_KINDS),
  place: Place,
  startsOn: PastDateSchema,
  /** Placed together with brothers and sisters, where there are any (null: no siblings in the measure). */
  withSiblings: z.boolean().nullable().default(null),
  returnHomePlan: ReturnHomePlanSchema,
});
export type PlacementStart = z.infer<typeof PlacementStartSchema>;

/** A move to another place, at the version the author saw; the reason is required. */
export const PlacementMoveSchema = z.object({
  version: Version,
  kind: z.enum(PLACEMENT_KINDS),
  place: Place,
  movedOn: PastDateSchema,
  reason: Text,
});
export type PlacementMove = z.infer<typeof PlacementMoveSchema>;

/** The end of a placement: home again, or elsewhere (a reason either way). */
export const PlacementEndSchema = z.object({
  version: Version,
  endedOn: PastDateSchema,
  returnedHome: z.boolean(),
  reason: Text,
});
export type PlacementEnd = z.infer<typeof PlacementEndSchema>;

/** The return-home plan changed, at the version the author saw. */
export const ReturnHomePlanUpdateSchema = ReturnHomePlanSchema.extend({ version: Version });

/** The contact agreed for a placed child: with whom and how often. */
export const ContactAgreementSchema = z
  .object({
    childId: z.uuid(),
    /** A household member, or someone named (a grandparent outside the household). */
    withPersonId: z.uuid().nullable().optional(),
    withName: z.string().trim().max(LIMITS.displayNameMax).nullable().optional(),
    timesPerMonth: z.number().int().min(1).max(31),
    supervised: z.boolean(),
    startsOn: PastDateSchema,
  })
  .refine((c) => c.withPersonId || c.withName, {
    message: 'contact_with_required',
    path: ['withPersonId'],
  });
export type ContactAgreement = z.infer<typeof ContactAgreementSchema>;

/** One contact moment: it happened, or it did not and why. */
export const ContactMomentSchema = z
  .object({
    on: PastDateSchema,
    happened: z.boolean(),
    reason: z.string().trim().max(LIMITS.reasonMax).nullable().optional(),
  })
  .refine((m) => m.happened || m.reason, { message: 'contact_missed_reason_required', path: ['reason'] });
export type ContactMoment = z.infer<typeof ContactMomentSchema>;

/** A child's moves: every placement after the first, and whether the history raises the alert. */
export function placementMoves(placements: readonly { startsOn: string }[]): {
  moves: number;
  alert: boolean;
} {
  const moves = Math.max(0, placements.length - 1);
  return { moves, alert: moves >= PLACEMENT_MOVES_ALERT };
}

/**
 * Contact agreed against contact that happened, over whole months from the agreement's start (or `since`)
 * up to `today`: agreed = times per month × months begun; happened and missed as recorded. A shortfall is
 * what was promised and did not happen (recorded as missed, or not recorded at all).
 */
export function contactAdherence(
  agreement: { timesPerMonth: number; startsOn: string; endsOn: string | null },
  moments: readonly { on: string; happened: boolean }[],
  today: string,
): { agreed: number; happened: number; missed: number; shortfall: number } {
  const end = agreement.endsOn && agreement.endsOn < today ? agreement.endsOn : today;
  const [sy, sm] = agreement.startsOn.split('-').map(Number) as [number, number];
  const [ey, em] = end.split('-').map(Number) as [number, number];
  const months = end < agreement.startsOn ? 0 : (ey - sy) * 12 + (em - sm) + 1;
  const within = moments.filter((m) => m.on >= agreement.startsOn && m.on <= end);
  const happened = within.filter((m) => m.happened).length;
  const missed = within.length - happened;
  const agreed = agreement.timesPerMonth * months;
  return { agreed, happened, missed, shortfall: Math.max(0, agreed - happened) };
}
