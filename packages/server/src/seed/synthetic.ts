import { base, Faker, nl } from '@faker-js/faker';
import { completeBsn, type MembershipRole, type NetworkRelation } from '@gezinsdossier/domain';

/**
 * Deterministic synthetic households: the same seed and reference date give the same data. Names come from
 * faker's Dutch locale; BSNs are drawn from the 999xxxxxx test range and pass the 11-proef but are
 * fictitious. Some persons have no BSN, as in real life.
 */
export interface SyntheticPerson {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  bsn: string | null;
  gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
  role: MembershipRole;
  memberFrom: string;
}

export interface SyntheticHousehold {
  id: string;
  caseId: string;
  displayName: string;
  municipalityCode: string;
  /** Fictitious by construction: PostNL never issues the letter pairs SA, SD and SS. */
  postcode: string;
  houseNumber: string;
  street: string;
  town: string | null;
  persons: SyntheticPerson[];
  relations: { id: string; from: string; to: string; kind: string; hasParentalAuthority: boolean }[];
  network: { id: string; displayName: string; relation: NetworkRelation; agreed: boolean }[];
  openedAt: Date;
  notes: { id: string; templateIndex: number; occurredAt: Date; aboutPersonIds: string[] }[];
}

export class SyntheticFactory {
  readonly faker: Faker;
  private readonly usedBsns = new Set<string>();
  private households = 0;

  constructor(
    seed: number,
    private readonly referenceDate: Date,
  ) {
    this.faker = new Faker({ locale: [nl, base] });
    this.faker.seed(seed);
  }

  /**
   * A fictitious address, derived from a counter rather than the random stream (so adding it did not change
   * the rest of the demo region). Postcode letters SA, SD and SS are never issued by PostNL.
   */
  private address(): { postcode: string; houseNumber: string; street: string; town: string | null } {
    const n = this.households++;
    return {
      postcode: `${1000 + ((n * 7919) % 9000)}${['SA', 'SD', 'SS'][n % 3]}`,
      houseNumber: String(1 + ((n * 37) % 250)),
      street: STREETS[(n * 13) % STREETS.length] as string,
      town: null,
    };
  }

  uuid(): string {
    return this.faker.string.uuid();
  }

  /** A fictitious BSN in the 999 test range that passes the 11-proef and is unique in this run. */
  bsn(): string {
    for (;;) {
      const candidate = completeBsn(`999${this.faker.string.numeric(5)}`);
      if (candidate && !this.usedBsns.has(candidate)) {
        this.usedBsns.add(candidate);
        return candidate;
      }
    }
  }

  private birthDate(ageYears: number): string {
    const ms =
      this.referenceDate.getTime() -
      ageYears * 365.25 * 86_400_000 -
      this.faker.number.int({ min: 0, max: 364 }) * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
  }

  private ageOf(p: SyntheticPerson): number {
    return Math.floor((this.referenceDate.getTime() - Date.parse(p.birthDate)) / (365.25 * 86_400_000));
  }

  private daysAgo(days: number): Date {
    return new Date(this.referenceDate.getTime() - days * 86_400_000);
  }

  private person(
    familyName: string,
    ageYears: number,
    role: MembershipRole,
    gender?: 'FEMALE' | 'MALE',
  ): SyntheticPerson {
    const g = gender ?? this.faker.helpers.arrayElement(['FEMALE', 'MALE'] as const);
    const birthDate = this.birthDate(ageYears);
    return {
      id: this.uuid(),
      givenName: this.faker.person.firstName(g === 'FEMALE' ? 'female' : 'male'),
      familyName,
      birthDate,
      // About one in eight persons has no BSN (undocumented, newborn not yet registered, unknown).
      bsn: this.faker.number.int({ min: 1, max: 8 }) === 1 ? null : this.bsn(),
      gender: this.faker.number.int({ min: 1, max: 40 }) === 1 ? 'OTHER' : g,
      role,
      memberFrom:
        ageYears < 18
          ? birthDate
          : this.daysAgo(this.faker.number.int({ min: 200, max: 6000 }))
              .toISOString()
              .slice(0, 10),
    };
  }

  household(municipalityCodes: string[]): SyntheticHousehold {
    const f = this.faker;
    const familyName = f.person.lastName();
    const shape = f.helpers.weightedArrayElement([
      { weight: 40, value: 'two-parents' },
      { weight: 30, value: 'single-parent' },
      { weight: 12, value: 'blended' },
      { weight: 10, value: 'elderly' },
      { weight: 8, value: 'adult-and-adult-child' },
    ] as const);
    const persons: SyntheticPerson[] = [];
    const relations: SyntheticHousehold['relations'] = [];
    const rel = (from: SyntheticPerson, to: SyntheticPerson, kind: string, hasParentalAuthority = false) =>
      relations.push({ id: this.uuid(), from: from.id, to: to.id, kind, hasParentalAuthority });
    const children = (n: number, name: string, parents: SyntheticPerson[], authority: boolean[]) => {
      // A child is at least 18 years younger than its youngest parent.
      const youngestParentAge = Math.min(...parents.map((p) => this.ageOf(p)));
      const maxAge = Math.max(0, Math.min(17, youngestParentAge - 18));
      for (let i = 0; i < n; i++) {
        const child = this.person(name, f.number.int({ min: 0, max: maxAge }), 'CHILD');
        persons.push(child);
        for (const [j, p] of parents.entries()) {
          rel(p, child, 'PARENT_OF', authority[j] ?? true);
        }
      }
    };
    switch (shape) {
      case 'two-parents': {
        const a = this.person(
          familyName,
          f.number.int({ min: 26, max: 50 }),
          'PARENT_WITH_AUTHORITY',
          'FEMALE',
        );
        const b = this.person(
          f.helpers.maybe(() => f.person.lastName(), { probability: 0.4 }) ?? familyName,
          f.number.int({ min: 26, max: 55 }),
          'PARENT_WITH_AUTHORITY',
          'MALE',
        );
        persons.push(a, b);
        rel(a, b, 'PARTNER_OF');
        children(f.number.int({ min: 1, max: 4 }), familyName, [a, b], [true, true]);
        break;
      }
      case 'single-parent': {
        const a = this.person(familyName, f.number.int({ min: 19, max: 50 }), 'PARENT_WITH_AUTHORITY');
        persons.push(a);
        children(f.number.int({ min: 1, max: 3 }), familyName, [a], [true]);
        break;
      }
      case 'blended': {
        const a = this.person(
          familyName,
          f.number.int({ min: 28, max: 50 }),
          'PARENT_WITH_AUTHORITY',
          'FEMALE',
        );
        const partner = this.person(
          f.person.lastName(),
          f.number.int({ min: 28, max: 55 }),
          'CAREGIVER',
          'MALE',
        );
        persons.push(a, partner);
        rel(a, partner, 'PARTNER_OF');
        const start = persons.length;
        children(f.number.int({ min: 1, max: 3 }), familyName, [a], [true]);
        for (const child of persons.slice(start)) {
          rel(partner, child, 'STEP_PARENT_OF', false);
        }
        break;
      }
      case 'elderly': {
        const a = this.person(familyName, f.number.int({ min: 72, max: 96 }), 'OTHER_ADULT', 'FEMALE');
        persons.push(a);
        if (f.datatype.boolean()) {
          const b = this.person(familyName, f.number.int({ min: 72, max: 98 }), 'OTHER_ADULT', 'MALE');
          persons.push(b);
          rel(a, b, 'PARTNER_OF');
        }
        break;
      }
      case 'adult-and-adult-child': {
        const a = this.person(familyName, f.number.int({ min: 50, max: 80 }), 'OTHER_ADULT');
        const c = this.person(familyName, f.number.int({ min: 18, max: 35 }), 'OTHER_ADULT');
        persons.push(a, c);
        rel(a, c, 'PARENT_OF', false);
        break;
      }
    }
    const network: SyntheticHousehold['network'] = [];
    const networkCount = f.number.int({ min: 0, max: 4 });
    for (let i = 0; i < networkCount; i++) {
      const relation = f.helpers.arrayElement([
        'GRANDPARENT',
        'FAMILY',
        'FRIEND',
        'NEIGHBOUR',
        'TEACHER',
        'SPORTS_COACH',
        'YOUTH_WORKER',
      ] as const);
      const label =
        relation === 'GRANDPARENT' ? f.helpers.arrayElement(['Oma', 'Opa']) : f.person.firstName();
      network.push({
        id: this.uuid(),
        displayName:
          relation === 'GRANDPARENT' ? `${label} ${familyName}` : `${label} ${f.person.lastName()}`,
        relation,
        agreed: f.number.int({ min: 1, max: 5 }) > 1,
      });
    }
    const openedDaysAgo = f.number.int({ min: 5, max: 400 });
    const noteCount = f.number.int({ min: 2, max: 12 });
    const notes = Array.from({ length: noteCount }, () => ({
      id: this.uuid(),
      templateIndex: f.number.int({ min: 0, max: 9 }),
      occurredAt: new Date(
        this.daysAgo(f.number.int({ min: 0, max: openedDaysAgo })).getTime() +
          f.number.int({ min: 8, max: 18 }) * 3_600_000,
      ),
      aboutPersonIds: f.datatype.boolean() ? [f.helpers.arrayElement(persons).id] : [],
    }));
    return {
      id: this.uuid(),
      caseId: this.uuid(),
      displayName: `Gezin ${familyName}`,
      municipalityCode: f.helpers.arrayElement(municipalityCodes),
      ...this.address(),
      persons,
      relations,
      network,
      openedAt: this.daysAgo(openedDaysAgo),
      notes,
    };
  }
}

/** Street names for the synthetic addresses (with a postcode that PostNL never issues, none is real). */
const STREETS = [
  'Lindelaan',
  'Beukenhof',
  'Kastanjestraat',
  'Wilgenweg',
  'Esdoornplein',
  'Berkenpad',
  'Eikendreef',
  'Populierenstraat',
  'Vlierhof',
  'Hazelaarkade',
];
