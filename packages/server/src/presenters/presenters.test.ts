import type { AccessGround, Actor, Shield } from '@gezinsdossier/domain';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { HouseholdAccess } from '../policies/household';
import { AccessLogEntrySchema, presentAccessLogEntry } from './access-log.presenter';
import { AddressSchema, presentAddress } from './address.presenter';
import { presentSafetyAssessment, SafetyAssessmentSchema } from './assessment.presenter';
import { ConcernSchema, presentConcern } from './concern.presenter';
import { ChangeEventSchema, presentChangeEvent } from './event.presenter';
import { FactSchema, presentFact } from './fact.presenter';
import { GoalSchema, presentGoal, presentScore, ScoreSchema } from './family-plan.presenter';
import { HouseholdSchema, presentHousehold } from './household.presenter';
import { InterventionSchema, presentIntervention } from './intervention.presenter';
import { InvestigationSchema, presentInvestigation } from './investigation.presenter';
import { MemberSchema, presentMember } from './member.presenter';
import { NetworkMemberSchema, presentNetworkMember } from './network.presenter';
import { presentRelation, RelationSchema } from './relation.presenter';
import { presentRelationChange, RelationChangeSchema } from './relation-change.presenter';
import { presentReport, ReportSchema } from './report.presenter';
import { presentShieldingRecord, ShieldingRecordSchema } from './shielding.presenter';
import { presentTimelineEntry, TimelineEntrySchema } from './timeline.presenter';
import { Viewer } from './viewer';

/**
 * What every presenter shows on each access ground (one table per resource): the rulebook's read permission
 * decides whether the item is there at all, the reporter's identity is for the duo (KT2-R3), and a
 * withheld item is absent. The output always matches the response schema (strict: nothing extra leaks).
 */
const H = '00000000-0000-4000-8000-00000000000a';
const PARENT = '00000000-0000-4000-8000-0000000000b1';
const CHILD = '00000000-0000-4000-8000-0000000000b2';
const ITEM = '00000000-0000-4000-8000-0000000000c1';
const ORG = '00000000-0000-4000-8000-0000000000d1';
const at = new Date('2026-11-01T10:00:00Z');

const GROUNDS: Record<string, AccessGround[]> = {
  FIXED_PROFESSIONAL: [{ kind: 'TEAM_MEMBER', role: 'FIXED_PROFESSIONAL', organisationId: ORG }],
  RVT_PARTNER: [{ kind: 'TEAM_MEMBER', role: 'RVT_PARTNER', organisationId: ORG }],
  EXPERT: [{ kind: 'TEAM_MEMBER', role: 'EXPERT', organisationId: ORG }],
  BREAK_GLASS: [
    { kind: 'BREAK_GLASS', grantId: ITEM, organisationId: ORG, expiresAt: new Date('2030-01-01') },
  ],
  REGIONAL_INTAKE: [{ kind: 'REGIONAL_INTAKE', organisationId: ORG }],
  HOUSEHOLD_MEMBER: [{ kind: 'HOUSEHOLD_MEMBER', personId: PARENT }],
};
const PROFESSIONAL: Actor = {
  id: ITEM,
  kind: 'PROFESSIONAL',
  displayName: 'Prof',
  personId: null,
  memberships: [],
};
const FAMILY: Actor = { ...PROFESSIONAL, kind: 'FAMILY_MEMBER', personId: PARENT };

function viewer(ground: string, shields: Shield[] = []): Viewer {
  const access: HouseholdAccess = {
    householdId: H,
    regionId: ORG,
    caseId: ITEM,
    grounds: GROUNDS[ground] as AccessGround[],
    shields,
    memberPersonIds: [PARENT, CHILD],
  };
  return new Viewer(ground === 'HOUSEHOLD_MEMBER' ? FAMILY : PROFESSIONAL, access);
}

const HOUSEHOLD = ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT', 'BREAK_GLASS', 'REGIONAL_INTAKE'];
const CASEWORK = ['FIXED_PROFESSIONAL', 'RVT_PARTNER', 'EXPERT', 'BREAK_GLASS'];
const FIXED_ONLY = ['FIXED_PROFESSIONAL'];
const DUO = ['FIXED_PROFESSIONAL', 'RVT_PARTNER'];

interface Resource {
  name: string;
  schema: z.ZodType;
  visibleOn: string[];
  present: (v: Viewer) => unknown;
  /** The persons whose data the presented item holds (the access-log row names them). */
  persons: string[];
}

const RESOURCES: Resource[] = [
  {
    name: 'household',
    schema: HouseholdSchema,
    visibleOn: HOUSEHOLD,
    persons: [],
    present: (v) =>
      presentHousehold(v, {
        id: H,
        displayName: 'Gezin Test',
        municipalityCode: 'GM0344',
        municipalityName: 'Utrecht',
        regionId: ORG,
        createdAt: at,
        updatedAt: at,
        version: 1,
      }),
  },
  {
    name: 'member (person + membership)',
    schema: MemberSchema,
    visibleOn: HOUSEHOLD,
    persons: [CHILD],
    present: (v) =>
      presentMember(
        v,
        {
          membershipId: ITEM,
          role: 'CHILD',
          validFrom: '2015-01-01',
          validTo: null,
          membershipVersion: 1,
          personId: CHILD,
          givenName: 'Bram',
          familyName: 'Test',
          birthDate: '2015-01-01',
          bsn: null,
          gender: 'MALE',
          personVersion: 1,
        },
        '2026-11-01',
      ),
  },
  {
    name: 'address',
    schema: AddressSchema,
    visibleOn: HOUSEHOLD,
    persons: [CHILD],
    present: (v) =>
      presentAddress(v, {
        id: ITEM,
        personId: CHILD,
        street: 'Lindelaan',
        houseNumber: '4',
        postcode: '3511SA',
        town: null,
        validFrom: '2024-01-01',
        validTo: null,
        createdAt: at,
        version: 1,
      }),
  },
  {
    name: 'relation',
    schema: RelationSchema,
    visibleOn: HOUSEHOLD,
    persons: [PARENT, CHILD],
    present: (v) =>
      presentRelation(v, {
        id: ITEM,
        fromPersonId: PARENT,
        toPersonId: CHILD,
        kind: 'PARENT_OF',
        hasParentalAuthority: true,
        validFrom: null,
        validTo: null,
        version: 1,
      }),
  },
  {
    // issue 9.1: a relation's history row goes with the relation (its item) and with either person.
    name: 'relation change',
    schema: RelationChangeSchema,
    visibleOn: HOUSEHOLD,
    persons: [PARENT, CHILD],
    present: (v) =>
      presentRelationChange(v, {
        id: '00000000-0000-4000-8000-0000000000c9',
        relationId: ITEM,
        fromPersonId: PARENT,
        toPersonId: CHILD,
        kind: 'PARENT_OF',
        change: 'AUTHORITY_ENDED',
        hasParentalAuthority: false,
        reason: 'Rechter heeft gezag beëindigd',
        recordedAt: new Date('2026-11-01T10:00:00Z'),
      }),
  },
  {
    name: 'network member',
    schema: NetworkMemberSchema,
    visibleOn: HOUSEHOLD,
    persons: [PARENT, CHILD],
    present: (v) =>
      presentNetworkMember(v, {
        id: ITEM,
        displayName: 'Oma',
        relation: 'GRANDPARENT',
        involvementAgreedByHousehold: true,
        note: null,
        version: 1,
      }),
  },
  {
    name: 'timeline entry',
    schema: TimelineEntrySchema,
    visibleOn: CASEWORK,
    persons: [CHILD],
    present: (v) =>
      presentTimelineEntry(v, {
        id: ITEM,
        kind: 'NOTE',
        title: 'Huisbezoek',
        body: 'Rustig',
        occurredAt: at,
        aboutPersonIds: [CHILD],
        documentFileName: null,
        documentMediaType: null,
        documentSizeBytes: null,
        stepCode: null,
        stepParams: null,
        sourceType: null,
        sourceId: null,
        authorId: ITEM,
        authorName: 'Prof',
        createdAt: at,
      }),
  },
  {
    name: 'report',
    schema: ReportSchema,
    visibleOn: CASEWORK,
    persons: [PARENT, CHILD],
    present: (v) =>
      presentReport(v, {
        id: ITEM,
        kind: 'REPORT',
        channel: 'LOCAL_TEAM',
        receivedAt: at,
        summary: 'Zorgen',
        reporterKind: 'PROFESSIONAL',
        reporterAnonymous: false,
        reporterName: 'Mentor',
        reporterOrganisation: 'School',
        reporterContact: '010',
        meldcodeStep: 'STEP_5_DECIDE',
        urgency: null,
        nextStep: null,
        triageRationale: null,
        triagedAt: null,
      }),
  },
  {
    name: 'concern',
    schema: ConcernSchema,
    visibleOn: CASEWORK,
    persons: [CHILD],
    present: (v) =>
      presentConcern(v, {
        id: ITEM,
        reportId: null,
        type: 'STRUCTURAL_UNSAFETY',
        description: 'Spanning',
        heldBy: [{ kind: 'CITIZEN' }],
        status: 'OPEN',
        taxonomyVersion: 'zorgen-2026.1',
        createdAt: at,
        updatedAt: at,
        version: 1,
        aboutPersonIds: [CHILD],
      }),
  },
  {
    name: 'fact with responses',
    schema: FactSchema,
    visibleOn: CASEWORK,
    persons: [CHILD, PARENT],
    present: (v) =>
      presentFact(
        v,
        {
          id: ITEM,
          investigationId: null,
          statement: 'Te laat',
          observedOn: null,
          sourceKind: 'HOUSEHOLD',
          sourceDescription: 'Ouder',
          obtainedWithConsent: true,
          legalBasis: null,
          verification: 'UNVERIFIED',
          createdAt: at,
          version: 1,
          aboutPersonIds: [CHILD],
          concernIds: [],
        },
        [{ id: ORG, factId: ITEM, personId: PARENT, text: 'Klopt', respondedAt: at }],
      ),
  },
  {
    name: 'investigation with decision',
    schema: InvestigationSchema,
    visibleOn: CASEWORK,
    persons: [PARENT, CHILD],
    present: (v) =>
      presentInvestigation(
        v,
        {
          id: ITEM,
          kind: 'FIRST',
          leadOrganisationKind: 'LOCAL_TEAM',
          deciderOrganisationKind: 'LOCAL_TEAM',
          deciderLegalNature: null,
          startedAt: at,
          decidedAt: at,
          cancelledAt: null,
          cancelReason: null,
          proposedRule: 'EO-2',
          proposalOptions: ['EO2_VOLUNTARY_HELP'],
          outcome: 'EO2_VOLUNTARY_HELP',
          deviates: false,
          rationale: 'Afgewogen',
          householdView: null,
          deviationReason: null,
          reducibleVia: ['PROFESSIONAL_HELP'],
          decisionRound: 1,
          ruleSetVersion: 'nl-2026.1',
        },
        {
          judgements: [
            {
              id: ORG,
              investigationId: ITEM,
              round: 1,
              question: 'wantsHelp',
              value: 'YES',
              rationale: 'Ja',
              householdView: null,
            },
          ],
          concerns: [],
          conferences: [],
          consults: [],
        },
      ),
  },
  {
    name: 'safety assessment',
    schema: SafetyAssessmentSchema,
    visibleOn: CASEWORK,
    persons: [PARENT, CHILD],
    present: (v) =>
      presentSafetyAssessment(v, {
        id: ITEM,
        instrumentId: 'gd-open-oordeel',
        instrumentVersion: '1.0',
        dangers: ['Ruzie'],
        protectiveFactors: ['Oma'],
        safetyConditions: ['Rust'],
        professionalScore: 5,
        familyScores: [{ personId: PARENT, score: 7 }],
        uncertainty: null,
        disagreement: null,
        assessedAt: at,
      }),
  },
  {
    name: 'goal',
    schema: GoalSchema,
    visibleOn: CASEWORK,
    persons: [CHILD],
    present: (v) =>
      presentGoal(v, {
        id: ITEM,
        personId: CHILD,
        lifeDomain: 'CHILD_DEVELOPMENT',
        description: 'Ontbijt',
        status: 'ACTIVE',
        statusReason: null,
        createdAt: at,
        version: 1,
      }),
  },
  {
    name: 'score',
    schema: ScoreSchema,
    visibleOn: CASEWORK,
    persons: [PARENT, CHILD],
    present: (v) =>
      presentScore(v, {
        id: ITEM,
        personId: null,
        lifeDomain: 'FINANCES',
        score: 3,
        scoredBy: 'FAMILY',
        note: null,
        scoredAt: at,
      }),
  },
  {
    name: 'intervention',
    schema: InterventionSchema,
    visibleOn: CASEWORK,
    persons: [PARENT],
    present: (v) =>
      presentIntervention(
        v,
        {
          id: ITEM,
          goalId: null,
          title: 'Schuldhulp',
          category: 'DEBT_COUNSELLING',
          provider: 'Demo',
          frame: 'VOLUNTARY',
          consent: {
            givenByPersonIds: [PARENT],
            givenOn: '2026-10-01',
            reason: 'Rust',
            consequencesOfRefusal: 'Geen',
            decision: 'GIVEN',
            goal: 'Rust en veiligheid thuis',
            rightsExplained: 'Het gezin mag altijd stoppen en kan een klacht indienen.',
          },
          measureReference: null,
          status: 'REQUESTED',
          requestedOn: '2026-10-01',
          startedOn: null,
          endedOn: null,
          unavailableOn: null,
          endReason: null,
          unmetReason: null,
          declinedOn: null,
          declineReason: null,
          createdAt: at,
          version: 1,
          targetPersonIds: [PARENT],
        },
        '2026-11-01',
      ),
  },
  {
    name: 'access-log entry',
    schema: AccessLogEntrySchema,
    visibleOn: FIXED_ONLY,
    persons: [],
    present: (v) =>
      presentAccessLogEntry(v, {
        seq: 1,
        occurredAt: at,
        actorId: ITEM,
        actorName: 'Prof',
        actorKind: 'PROFESSIONAL',
        organisationName: 'Team',
        action: 'read',
        resourceType: 'household',
        resourceId: H,
        personIds: [PARENT],
        purpose: 'casework',
        legalBasis: 'Jeugdwet',
        breakGlassGrantId: null,
      }),
  },
  {
    name: 'change event',
    schema: ChangeEventSchema,
    visibleOn: FIXED_ONLY,
    persons: [CHILD],
    present: (v) =>
      presentChangeEvent(v, {
        id: 1,
        occurredAt: at,
        eventType: 'concern.created',
        actorId: ITEM,
        organisationId: ORG,
        caseId: ITEM,
        regionId: ORG,
        entityType: 'concern',
        entityId: ITEM,
        personIds: [CHILD],
        payload: { type: 'STRUCTURAL_UNSAFETY', reportId: null },
        legacy: false,
      }),
  },
  {
    name: 'shielding record',
    schema: ShieldingRecordSchema,
    visibleOn: DUO,
    persons: [PARENT],
    present: (v) =>
      presentShieldingRecord(v, {
        id: ORG,
        itemType: 'address',
        itemId: ITEM,
        targetKind: 'PERSON',
        targetPersonId: PARENT,
        targetAccountId: null,
        targetAccountName: null,
        targetGround: null,
        reasonCode: 'SAFETY_OF_PERSON',
        reason: 'Opvangadres blijft geheim',
        createdAt: at,
        createdByName: 'Prof',
        endedAt: null,
        endReason: null,
        version: 1,
      }),
  },
];

describe('presenters per resource × access ground', () => {
  const cells = RESOURCES.flatMap((resource) => Object.keys(GROUNDS).map((ground) => ({ resource, ground })));
  it.each(cells)('$resource.name on $ground', ({ resource, ground }) => {
    const v = viewer(ground);
    const json = resource.present(v);
    if (!resource.visibleOn.includes(ground)) {
      expect(json).toBeNull();
      expect(v.presented).toBe(false);
      return;
    }
    expect(resource.schema.safeParse(json).error).toBeUndefined();
    expect(v.presented).toBe(true);
    expect(v.shownPersonIds.sort()).toEqual([...resource.persons].sort());
  });

  it.each(RESOURCES.filter((r) => r.visibleOn !== FIXED_ONLY && r.name !== 'shielding record'))(
    '$name: withheld from a colleague, it is absent and nothing is logged as shown',
    (resource) => {
      const v = viewer('EXPERT', [
        { itemType: 'fact', itemId: ITEM, target: { kind: 'ACCOUNT', accountId: ITEM } },
      ]);
      if (resource.name === 'household') {
        // The household itself is the dossier, not an item within it.
        return expect(resource.present(v)).not.toBeNull();
      }
      expect(resource.present(v)).toBeNull();
      expect(v.shownPersonIds).toEqual([]);
    },
  );

  it('KT2-R3: the reporter’s identity is for the duo only; everyone else sees the kind of reporter', () => {
    const report = RESOURCES.find((r) => r.name === 'report') as Resource;
    for (const ground of CASEWORK) {
      const json = report.present(viewer(ground)) as z.infer<typeof ReportSchema>;
      expect(json.reporter.name === 'Mentor', ground).toBe(DUO.includes(ground));
      expect(json.reporter.kind).toBe('PROFESSIONAL');
    }
  });

  it('a withheld person disappears from every item that names them, and from what is logged as shown', () => {
    const v = viewer('EXPERT', [
      { itemType: 'person', itemId: CHILD, target: { kind: 'GROUND', ground: 'TEAM_MEMBER:EXPERT' } },
    ]);
    const concern = presentConcern(v, {
      id: ITEM,
      reportId: null,
      type: 'STRUCTURAL_UNSAFETY',
      description: 'Spanning',
      heldBy: [],
      status: 'OPEN',
      taxonomyVersion: 'x',
      createdAt: at,
      updatedAt: at,
      version: 1,
      aboutPersonIds: [CHILD, PARENT],
    });
    expect(concern?.aboutPersonIds).toEqual([PARENT]);
    expect(v.shownPersonIds).toEqual([PARENT]);
    const relation = RESOURCES.find((r) => r.name === 'relation') as Resource;
    expect(relation.present(v)).toBeNull();
    // A ground shield does not reach a viewer who also holds another, unshielded ground.
    const both = new Viewer(PROFESSIONAL, {
      householdId: H,
      regionId: ORG,
      caseId: ITEM,
      grounds: [...(GROUNDS.EXPERT as AccessGround[]), ...(GROUNDS.FIXED_PROFESSIONAL as AccessGround[])],
      shields: [
        { itemType: 'person', itemId: CHILD, target: { kind: 'GROUND', ground: 'TEAM_MEMBER:EXPERT' } },
      ],
      memberPersonIds: [PARENT, CHILD],
    });
    expect(relation.present(both)).not.toBeNull();
  });
});
