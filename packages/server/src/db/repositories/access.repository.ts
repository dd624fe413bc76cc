import type {
  AccessGround,
  Shield,
  ShieldableGround,
  ShieldableItemType,
  TeamRole,
} from '@gezinsdossier/domain';
import { sql } from 'kysely';
import type { HouseholdAccess } from '../../policies/household';
import type { Tx } from './tx';

interface AccessRow {
  householdId: string;
  regionId: string;
  caseId: string | null;
  team: { role: TeamRole; organisationId: string }[] | null;
  breakGlass: { grantId: string; organisationId: string | null; expiresAt: string } | null;
  intakeOrganisationId: string | null;
  counterReview: { reviewId: string; organisationId: string; until: string } | null;
  complaintHandler: { complaintId: string; organisationId: string } | null;
  complaintsAboutActor: unknown;
  memberPersonId: string | null;
  shields: {
    itemType: ShieldableItemType;
    itemId: string;
    targetKind: 'PERSON' | 'ACCOUNT' | 'GROUND';
    targetPersonId: string | null;
    targetAccountId: string | null;
    targetGround: ShieldableGround | null;
  }[];
  memberPersonIds: string[];
}

/**
 * Loads what the household policy needs for one actor, in one query: the actor's access grounds for the
 * household (the same list as the database's `app_access_grounds`), the household's active shielding
 * records and its current members. Runs under row-level security, so a household the actor may not see
 * comes back as null — the same as a household that does not exist.
 */
export async function loadHouseholdAccess(
  tx: Tx,
  actorId: string,
  householdId: string,
  today: string,
): Promise<HouseholdAccess | null> {
  const result = await sql<AccessRow>`
    select h.id as household_id, h.region_id, c.id as case_id,
      (select json_agg(json_build_object('role', m.role, 'organisationId', m.organisation_id))
         from case_team_members m
         where m.household_id = h.id and m.professional_id = ${actorId} and m.ended_at is null) as team,
      (select json_build_object('grantId', g.id, 'organisationId', g.organisation_id, 'expiresAt', g.expires_at)
         from break_glass_grants g
         where g.household_id = h.id and g.account_id = ${actorId} and g.expires_at > now()
         order by g.expires_at desc limit 1) as break_glass,
      (select om.organisation_id from organisation_memberships om
         join organisations o on o.id = om.organisation_id
         where o.region_id = h.region_id and om.account_id = ${actorId} and om.role = 'RVT_INTAKE'
           and om.ended_at is null
         order by om.created_at limit 1) as intake_organisation_id,
      (select json_build_object('reviewId', r.id, 'organisationId', r.reviewer_organisation_id, 'until', r.until)
         from petition_reviews r
         where r.household_id = h.id and r.submitted_at is null and r.until > now()
           and ${actorId} in (r.reviewer_id, r.jurist_id, r.behavioural_scientist_id)
         order by r.assigned_at desc limit 1) as counter_review,
      (select json_build_object('complaintId', c.id, 'organisationId', c.handler_organisation_id)
         from complaints c
         where c.household_id = h.id and c.handler_id = ${actorId} and c.closed_at is null
         order by c.handler_assigned_at desc, c.id limit 1) as complaint_handler,
      app_complaints_about_actor(h.id) as complaints_about_actor,
      (select a.person_id from accounts a join memberships ms on ms.person_id = a.person_id
         where a.id = ${actorId} and a.kind = 'FAMILY_MEMBER' and ms.household_id = h.id
           and ms.valid_from <= ${today}::date and (ms.valid_to is null or ms.valid_to >= ${today}::date)
         limit 1) as member_person_id,
      coalesce((select json_agg(json_build_object('itemType', s.item_type, 'itemId', s.item_id,
           'targetKind', s.target_kind, 'targetPersonId', s.target_person_id,
           'targetAccountId', s.target_account_id, 'targetGround', s.target_ground))
         from shielding_records s where s.household_id = h.id and s.ended_at is null), '[]') as shields,
      array(select distinct ms.person_id from memberships ms
         where ms.household_id = h.id and ms.valid_from <= ${today}::date
           and (ms.valid_to is null or ms.valid_to >= ${today}::date)) as member_person_ids
    from households h
    left join cases c on c.household_id = h.id and c.closed_at is null
    where h.id = ${householdId}`.execute(tx);
  const row = result.rows[0];
  if (!row) {
    return null;
  }
  const grounds: AccessGround[] = (row.team ?? []).map((t) => ({
    kind: 'TEAM_MEMBER',
    role: t.role,
    organisationId: t.organisationId,
  }));
  if (row.breakGlass) {
    grounds.push({
      kind: 'BREAK_GLASS',
      grantId: row.breakGlass.grantId,
      organisationId: row.breakGlass.organisationId,
      expiresAt: new Date(row.breakGlass.expiresAt),
    });
  }
  if (row.intakeOrganisationId) {
    grounds.push({ kind: 'REGIONAL_INTAKE', organisationId: row.intakeOrganisationId });
  }
  if (row.counterReview) {
    grounds.push({
      kind: 'COUNTER_REVIEWER',
      reviewId: row.counterReview.reviewId,
      organisationId: row.counterReview.organisationId,
      until: new Date(row.counterReview.until),
    });
  }
  if (row.complaintHandler) {
    grounds.push({
      kind: 'COMPLAINT_HANDLER',
      complaintId: row.complaintHandler.complaintId,
      organisationId: row.complaintHandler.organisationId,
    });
  }
  if (row.memberPersonId) {
    grounds.push({ kind: 'HOUSEHOLD_MEMBER', personId: row.memberPersonId });
  }
  // KT9-R3: a complaint about the actor is withheld from them by its own rule (no shielding record, and no
  // one can end it), so that its access-log rows and change history are absent for them like the complaint.
  const complaintsAboutActor: Shield[] = parsePgArray(row.complaintsAboutActor).map((itemId) => ({
    itemType: 'complaint',
    itemId,
    target: { kind: 'ACCOUNT', accountId: actorId },
  }));
  return {
    householdId: row.householdId,
    regionId: row.regionId,
    caseId: row.caseId ?? null,
    grounds,
    shields: [...row.shields.map(toShield), ...complaintsAboutActor],
    memberPersonIds: parsePgArray(row.memberPersonIds),
  };
}

function toShield(s: AccessRow['shields'][number]): Shield {
  const target =
    s.targetKind === 'PERSON'
      ? { kind: 'PERSON' as const, personId: s.targetPersonId as string }
      : s.targetKind === 'ACCOUNT'
        ? { kind: 'ACCOUNT' as const, accountId: s.targetAccountId as string }
        : { kind: 'GROUND' as const, ground: s.targetGround as ShieldableGround };
  return { itemType: s.itemType, itemId: s.itemId, target };
}

/** The actor's grounds as the database's row-level security sees them (for the grounds matrix test). */
export async function databaseGrounds(tx: Tx, householdId: string): Promise<string[]> {
  const result = await sql<{
    grounds: unknown;
  }>`select app_access_grounds(${householdId}::uuid) as grounds`.execute(tx);
  return parsePgArray(result.rows[0]?.grounds);
}

/** node-postgres does not parse arrays of unknown element types (text[] from array()); normalise both forms. */
export function parsePgArray(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value as string[];
  }
  if (typeof value === 'string' && value.startsWith('{')) {
    const inner = value.slice(1, -1);
    return inner === '' ? [] : inner.split(',').map((s) => s.replace(/^"|"$/g, ''));
  }
  return [];
}
