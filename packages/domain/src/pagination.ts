import { z } from 'zod';
import { LIMITS } from './limits';

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
