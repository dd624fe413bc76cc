import { AppError } from '@gezinsdossier/domain';
import { z } from 'zod';

/** Opaque keyset cursors: base64url JSON, validated on the way back in. */
export function encodeCursor(value: Record<string, string>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(
  cursor: string | undefined,
  schema: T,
): z.infer<T> | undefined {
  if (!cursor) {
    return undefined;
  }
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('validation_failed', {
      issues: [{ path: 'cursor', code: 'cursor_invalid', message: 'cursor_invalid' }],
    });
  }
}

export const TimelineCursorSchema = z.object({ occurredAt: z.iso.datetime(), id: z.uuid() });
export const CaseloadCursorSchema = z.object({ name: z.string().max(200), id: z.uuid() });
