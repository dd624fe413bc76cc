import { z } from 'zod';
import { LIMITS } from './limits';
import { MomentSchema } from './person';

/** Dossier entries on the household timeline. Documents are metadata only in this version. */
export const TIMELINE_ENTRY_KINDS = ['NOTE', 'CONTACT', 'DOCUMENT'] as const;
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

export const TimelineEntryCreateSchema = z.object({
  kind: z.enum(TIMELINE_ENTRY_KINDS).default('NOTE'),
  title: z.string().trim().min(1).max(LIMITS.noteTitleMax),
  body: z.string().trim().max(LIMITS.noteBodyMax).default(''),
  occurredAt: MomentSchema.optional(),
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
});
export type TimelineEntryCreate = z.infer<typeof TimelineEntryCreateSchema>;
