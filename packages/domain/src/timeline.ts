import { z } from 'zod';
import { CLOCK_SKEW_MS, PlannedMomentSchema } from './date-schemas';
import { LIMITS } from './limits';

/**
 * Dossier entries on the household timeline. Documents are metadata only in this version. An appointment
 * is planned (it may lie ahead); the other kinds record what happened (issue 8.7).
 */
export const TIMELINE_ENTRY_KINDS = ['NOTE', 'CONTACT', 'DOCUMENT', 'APPOINTMENT'] as const;
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

export const TimelineEntryCreateSchema = z
  .object({
    kind: z.enum(TIMELINE_ENTRY_KINDS).default('NOTE'),
    title: z.string().trim().min(1).max(LIMITS.noteTitleMax),
    body: z.string().trim().max(LIMITS.noteBodyMax).default(''),
    /** When it happened (now when absent); for an appointment, when it is planned (required). */
    occurredAt: PlannedMomentSchema.optional(),
    /** Persons the entry is about; empty means the household as a whole. */
    aboutPersonIds: z.array(z.uuid()).max(50).default([]),
    document: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        mediaType: z.string().trim().min(3).max(100),
        sizeBytes: z.number().int().nonnegative().max(1_000_000_000),
      })
      .nullable()
      .optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === 'APPOINTMENT' && !entry.occurredAt) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'appointment_time_required' });
    }
    const at = entry.occurredAt ? Date.parse(entry.occurredAt) : Number.NaN;
    // Out of range is the field's own refusal; the future is refused for what happened, not for appointments.
    if (entry.kind !== 'APPOINTMENT' && at > Date.now() + CLOCK_SKEW_MS && at < Date.UTC(2101, 0, 1)) {
      ctx.addIssue({ code: 'custom', path: ['occurredAt'], message: 'date_in_future' });
    }
  });
export type TimelineEntryCreate = z.infer<typeof TimelineEntryCreateSchema>;
