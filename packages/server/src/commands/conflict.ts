import { AppError } from '@gezinsdossier/domain';

/**
 * Optimistic concurrency: a write with a stale version changes nothing and returns the current version as
 * this viewer may see it (through its presenter, so a conflict answer is logged like any read and never
 * shows what is withheld), so the UI can show both and nothing is lost.
 * @throws AppError version_conflict with `data.current`, or not_found when the item is gone or withheld
 */
export function throwConflict(current: unknown): never {
  if (current === undefined || current === null) {
    throw new AppError('not_found');
  }
  throw new AppError('version_conflict', { data: { current } });
}
