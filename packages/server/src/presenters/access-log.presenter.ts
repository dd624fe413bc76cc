import { z } from 'zod';
import type { AccessLogRow } from '../db/repositories/audit.repository';
import { Code, Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const AccessLogEntrySchema = named(
  'AccessLogEntry',
  z.strictObject({
    seq: z.number().int(),
    occurredAt: Timestamp,
    actorId: Id.nullable(),
    actorName: z.string().nullable(),
    actorKind: Code,
    organisationName: z.string().nullable(),
    action: Code,
    resourceType: Code,
    resourceId: z.string().nullable(),
    personIds: z.array(Id),
    purpose: Code,
    legalBasis: z.string(),
    breakGlassGrantId: Id.nullable(),
  }),
);
export type AccessLogEntryJson = z.infer<typeof AccessLogEntrySchema>;

/**
 * One access-log row, for the viewer of the household's access log. A row about an item withheld from the
 * viewer is left out, and withheld persons are left out of the persons a row names: the log shows no trace
 * of what the viewer may not see (nor of the shielding itself).
 */
export function presentAccessLogEntry(v: Viewer, r: AccessLogRow): AccessLogEntryJson | null {
  if (!v.can('access_log.read') || !v.sees(r.resourceId)) {
    return null;
  }
  // That something is withheld is itself the duo's to know, not a trace for whom it is withheld from.
  if (r.resourceType === 'shielding_record' && !v.can('shielding.manage')) {
    return null;
  }
  v.touch();
  return {
    seq: r.seq,
    occurredAt: iso(r.occurredAt),
    actorId: r.actorId,
    actorName: r.actorName,
    actorKind: r.actorKind,
    organisationName: r.organisationName,
    action: r.action,
    resourceType: r.resourceType,
    resourceId: r.resourceId,
    personIds: r.personIds.filter((p) => v.sees(p)),
    purpose: r.purpose,
    legalBasis: r.legalBasis,
    breakGlassGrantId: r.breakGlassGrantId,
  };
}
