import { z } from 'zod';
import type { MonitoringRow } from '../db/repositories/monitoring.repository';
import { Id, named, Timestamp } from './schemas';
import { iso, type Viewer } from './viewer';

export const SafetyMonitoringSchema = named(
  'SafetyMonitoring',
  z.strictObject({
    id: Id,
    investigationId: Id.nullable(),
    startedAt: Timestamp,
    endedAt: Timestamp.nullable(),
    endReason: z.string().nullable(),
    active: z.boolean(),
  }),
);
export type SafetyMonitoringJson = z.infer<typeof SafetyMonitoringSchema>;

/** RVT safety monitoring (VAL-08): runs until it is ended explicitly, with a reason. */
export function presentSafetyMonitoring(v: Viewer, m: MonitoringRow): SafetyMonitoringJson | null {
  if (!v.can('casework.read')) {
    return null;
  }
  v.household();
  return {
    id: m.id,
    investigationId: m.investigationId && v.sees(m.investigationId) ? m.investigationId : null,
    startedAt: iso(m.startedAt),
    endedAt: iso(m.endedAt),
    endReason: m.endReason,
    active: m.endedAt === null,
  };
}
