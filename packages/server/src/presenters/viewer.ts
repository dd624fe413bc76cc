import {
  AppError,
  type AccessAction,
  type AccessPurpose,
  type Actor,
  type HouseholdPermission,
  isWithheld,
  type Shield,
  type ViewerIdentity,
} from '@gezinsdossier/domain';
import { type HouseholdAccess, householdRules } from '../policies/household';
import { abilities, can } from '../policies/rulebook';

/**
 * One viewer of one household in one request: who looks, on which grounds, and what may be shown. Every
 * presenter takes it, asks `sees` before it shows an item, and tells it whose data it showed; the request's
 * access-log row is derived from that (`shownPersonIds`), so nothing shown goes unlogged and nothing is
 * logged that was not shown. A withheld item is simply absent: lists drop it without a trace.
 */
export class Viewer {
  readonly actor: Actor;
  readonly access: HouseholdAccess;
  readonly identity: ViewerIdentity;
  /** What the access-log row of this view names (set by the query; the household by default). */
  resource: { action: AccessAction; type: string; id: string | null; purpose?: AccessPurpose };
  private readonly shieldsByItem = new Map<string, Shield[]>();
  private readonly shown = new Set<string>();
  private readonly withheldPersons = new Set<string>();
  private presentedSomething = false;

  /** A fixed set of permissions instead of the rulebook (exports for a data subject or an operator). */
  private readonly granted: ReadonlySet<HouseholdPermission> | null;

  constructor(
    actor: Actor,
    access: HouseholdAccess,
    options: {
      identity?: ViewerIdentity;
      permissions?: readonly HouseholdPermission[];
      /** The data controller's own full view (operator export): no shield applies. */
      unshielded?: boolean;
    } = {},
  ) {
    this.actor = actor;
    this.access = access;
    this.identity = options.identity ?? { accountId: actor.id, grounds: access.grounds };
    this.granted = options.permissions ? new Set(options.permissions) : null;
    this.resource = { action: 'read', type: 'household', id: access.householdId };
    for (const shield of options.unshielded ? [] : access.shields) {
      const list = this.shieldsByItem.get(shield.itemId) ?? [];
      list.push(shield);
      this.shieldsByItem.set(shield.itemId, list);
    }
    for (const [itemId, shields] of this.shieldsByItem) {
      if (shields[0]?.itemType === 'person' && isWithheld(this.identity, shields)) {
        this.withheldPersons.add(itemId);
      }
    }
  }

  get householdId(): string {
    return this.access.householdId;
  }

  can(permission: HouseholdPermission): boolean {
    return this.granted
      ? this.granted.has(permission)
      : can(householdRules, this.actor, permission, this.access);
  }

  abilities(): Record<HouseholdPermission, boolean> {
    if (this.granted) {
      const granted = this.granted;
      const all = abilities(householdRules, this.actor, this.access);
      for (const p of Object.keys(all) as HouseholdPermission[]) {
        all[p] = granted.has(p);
      }
      return all;
    }
    return abilities(householdRules, this.actor, this.access);
  }

  /**
   * Whether an item of a resource class may be shown: the viewer holds the read permission of the class and
   * the item is not withheld from them. Every presenter asks this first.
   */
  shows(permission: HouseholdPermission, itemId: string | null | undefined): boolean {
    return this.can(permission) && this.sees(itemId);
  }

  /** Whether the item may be shown to this viewer (not withheld by a shielding record). */
  sees(itemId: string | null | undefined): boolean {
    if (!itemId) {
      return true;
    }
    if (this.withheldPersons.has(itemId)) {
      return false;
    }
    const shields = this.shieldsByItem.get(itemId);
    return !shields || !isWithheld(this.identity, shields);
  }

  /**
   * States that the data of these persons is being shown, and returns the ids the viewer may see (a
   * withheld person's id is dropped everywhere it would appear).
   */
  persons(ids: readonly (string | null | undefined)[]): string[] {
    this.presentedSomething = true;
    const visible: string[] = [];
    for (const id of ids) {
      if (id && !this.withheldPersons.has(id) && !visible.includes(id)) {
        visible.push(id);
        this.shown.add(id);
      }
    }
    return visible;
  }

  /** States that household-level data (about every current member) is being shown. */
  household(): void {
    this.persons(this.access.memberPersonIds);
  }

  /** States that something without personal data of a named person is being shown. */
  touch(): void {
    this.presentedSomething = true;
  }

  /** Whether anything was presented (only then does the view leave an access-log row). */
  get presented(): boolean {
    return this.presentedSomething;
  }

  get shownPersonIds(): string[] {
    return [...this.shown];
  }
}

/**
 * A viewer that reads as one household member would be entitled to: the shields on that person apply (a
 * subject's export, the family view's preview). It is never registered as a view of the request: what it
 * decides is shown through the request's own viewer, which carries the access-log row.
 */
export function subjectViewer(
  viewer: Viewer,
  personId: string,
  permissions: readonly HouseholdPermission[] = [],
): Viewer {
  return new Viewer(viewer.actor, viewer.access, {
    identity: { accountId: viewer.actor.id, grounds: [{ kind: 'HOUSEHOLD_MEMBER', personId }] },
    permissions,
  });
}

/**
 * Presents a list: drops what the presenter withholds, never says that something was dropped.
 */
export function presentEach<R, J>(rows: readonly R[], present: (row: R) => J | null): J[] {
  const out: J[] = [];
  for (const row of rows) {
    const json = present(row);
    if (json !== null) {
      out.push(json);
    }
  }
  return out;
}

/** ISO text of a timestamp (responses carry strings, the response schemas say so). */
export function iso(value: Date): string;
export function iso(value: Date | null): string | null;
export function iso(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}

/** What a write shows back: the item as the viewer may see it (it was just written, so it is there). */
export function shownBack<T>(json: T | null): T {
  if (json === null) {
    throw new AppError('not_found');
  }
  return json;
}
