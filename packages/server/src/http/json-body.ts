import { AppError, LIMITS } from '@gezinsdossier/domain';

/**
 * JSON request bodies, bounded before they are parsed. Deep nesting is refused in the text itself (one
 * pass, no recursion), so no later step — the parser, validation, the NUL scan — ever walks a structure
 * deeper than `LIMITS.jsonMaxDepth`. Our own schemas nest a few levels; 32 leaves ample room.
 */

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it. Brackets inside
 * strings (including escaped quotes) do not count. Stops early once `limit` is exceeded.
 * @param text the raw body
 * @param limit stop counting when the depth passes this
 * @returns the maximum depth seen (at most `limit + 1`)
 */
export function jsonDepth(text: string, limit: number = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) {
        i++;
      } else if (c === 0x22 /* " */) {
        inString = false;
      }
      continue;
    }
    if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) {
          return max;
        }
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return max;
}

type JsonParser<R> = (request: R, body: string, done: (error: Error | null, value?: unknown) => void) => void;

/**
 * Wraps Fastify's own JSON parser (which keeps its protection against prototype poisoning) with the depth
 * check: a body nested deeper than the limit is refused with `400 json_too_deep`.
 */
export function depthLimitedJsonParser<R>(
  parse: JsonParser<R>,
  limit: number = LIMITS.jsonMaxDepth,
): JsonParser<R> {
  return (request, body, done) => {
    if (jsonDepth(body, limit) > limit) {
      done(new AppError('json_too_deep', { detail: `JSON nested deeper than ${limit}` }));
      return;
    }
    parse(request, body, done);
  };
}

/**
 * The dotted path of the first string containing U+0000 in a parsed body or query, or null. Iterative
 * (an explicit stack), so it holds whatever the input; fields are visited in document order.
 */
export function findNul(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (current.includes('\u0000')) {
        return path;
      }
    } else if (current && typeof current === 'object') {
      const entries = Object.entries(current);
      // Pushed in reverse, so the first field is examined first.
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return null;
}
