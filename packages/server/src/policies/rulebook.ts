import { type Actor, AppError } from '@gezinsdossier/domain';

/**
 * A policy rulebook: one pure rule per typed permission, over an already loaded resource. Rules are
 * composed from small named predicates (see household.ts). `authorize` turns a denial into `not_found`, so a
 * refusal looks exactly like a missing resource; `abilities` serialises the whole book for the UI.
 */
export type Rule<R> = (actor: Actor, resource: R) => boolean;
export type Rulebook<P extends string, R> = Readonly<Record<P, Rule<R>>>;

export function can<P extends string, R>(
  book: Rulebook<P, R>,
  actor: Actor,
  permission: P,
  resource: R,
): boolean {
  return book[permission](actor, resource);
}

/**
 * @throws AppError not_found when the rule denies (need-to-know: no difference between "absent" and "not yours")
 */
export function authorize<P extends string, R>(
  book: Rulebook<P, R>,
  actor: Actor,
  permission: P,
  resource: R,
): void {
  if (!can(book, actor, permission, resource)) {
    throw new AppError('not_found', { detail: `denied ${permission}` });
  }
}

/**
 * For a permission that does not concern a hidden resource (the global rulebook): a denial names the
 * permission (403), since there is nothing to keep secret.
 * @throws AppError permission_denied with data.permission
 */
export function authorizeGlobal<P extends string>(
  book: Rulebook<P, null>,
  actor: Actor,
  permission: P,
): void {
  if (!can(book, actor, permission, null)) {
    throw new AppError('permission_denied', { data: { permission } });
  }
}

export function abilities<P extends string, R>(
  book: Rulebook<P, R>,
  actor: Actor,
  resource: R,
): Record<P, boolean> {
  const out = {} as Record<P, boolean>;
  for (const permission of Object.keys(book) as P[]) {
    out[permission] = book[permission](actor, resource);
  }
  return out;
}

export const or =
  <R>(...rules: Rule<R>[]): Rule<R> =>
  (actor, resource) =>
    rules.some((rule) => rule(actor, resource));

export const and =
  <R>(...rules: Rule<R>[]): Rule<R> =>
  (actor, resource) =>
    rules.every((rule) => rule(actor, resource));
