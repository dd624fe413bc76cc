import { AppError } from '@gezinsdossier/domain';
import type { Kysely } from 'kysely';
import {
  deactivateLifeDomain,
  listLifeDomains as selectLifeDomains,
  nextLifeDomainPosition,
  upsertLifeDomain,
} from '../db/repositories/reference.repository';
import type { DB } from '../db/schema';

/**
 * The life domains of the family plan are an open, configurable list (operator task, CLI): add one, or
 * retire one. A retired domain stays on existing goals and scores but is no longer offered.
 */
export async function listLifeDomains(db: Kysely<DB>) {
  return selectLifeDomains(db);
}

/** @throws AppError validation_failed when the code is not UPPER_SNAKE_CASE or a label is empty */
export async function addLifeDomain(
  db: Kysely<DB>,
  input: { code: string; labelNl: string; labelEn: string },
) {
  if (!/^[A-Z][A-Z_]{1,39}$/.test(input.code) || !input.labelNl.trim() || !input.labelEn.trim()) {
    throw new AppError('validation_failed', {
      detail: 'the code must be UPPER_SNAKE_CASE (2–40 characters) and both labels are needed',
    });
  }
  await upsertLifeDomain(db, {
    code: input.code,
    labelNl: input.labelNl.trim(),
    labelEn: input.labelEn.trim(),
    position: await nextLifeDomainPosition(db),
  });
}

/** @returns false when there is no such domain */
export async function retireLifeDomain(db: Kysely<DB>, code: string): Promise<boolean> {
  return deactivateLifeDomain(db, code);
}
