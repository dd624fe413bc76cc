import createClient, { type Middleware } from 'openapi-fetch';
import i18n from '../i18n';
import type { components, paths } from './schema';

/**
 * The web app's one HTTP client: `openapi-fetch` over the types generated from the server's OpenAPI
 * document (`npm run api:generate`), so every path, method, parameter, body and response is checked by the
 * compiler. A middleware adds the chosen language and, on writes, the session's CSRF token; `ok` and `done`
 * turn a problem+json answer into an `ApiError`.
 *
 * @example
 * const dossier = await ok(client.GET('/api/v1/households/{householdId}', { params: { path: { householdId } } }));
 */

/** The response shapes of the API, by their schema name (e.g. `Schemas['Dossier']`). */
export type Schemas = components['schemas'];
type Problem = Schemas['Problem'];
type FieldIssue = NonNullable<Problem['issues']>[number];

/** A problem+json answer from the API, with its stable code and (for conflicts) the current version. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly issues: FieldIssue[] = [],
    readonly current: unknown = undefined,
    /** The problem's own details beside the standard members (e.g. the points that block a petition). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(title);
  }
}

let csrfToken = '';
/** Keeps the session's CSRF token for the writes that follow (set after sign-in and on every session load). */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

const sessionHeaders: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      request.headers.set('x-csrf-token', csrfToken);
    }
    return request;
  },
};

let pendingIdempotencyKey: string | null = null;

/**
 * Runs `send` with an `Idempotency-Key` on the create it makes: a repeat of the same submission (a double
 * click, a retry) then gets the first answer from the server instead of creating a second record. The key
 * is attached by the middleware below, which openapi-fetch calls synchronously when the request is made;
 * `send` must therefore make its request before its first `await`.
 */
export function withIdempotencyKey<T>(key: string, send: () => Promise<T>): Promise<T> {
  pendingIdempotencyKey = key;
  try {
    return send();
  } finally {
    pendingIdempotencyKey = null;
  }
}

/** A fresh key for a new submission. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

const idempotency: Middleware = {
  onRequest({ request }) {
    if (request.method === 'POST' && pendingIdempotencyKey) {
      request.headers.set('idempotency-key', pendingIdempotencyKey);
    }
    return request;
  },
};

export const client = createClient<paths>({ credentials: 'same-origin' });
// First, so that it runs in the same tick as the call that sets the key (see withIdempotencyKey).
client.use(idempotency);
client.use(sessionHeaders);

/** What `openapi-fetch` resolves to: the data on success, the parsed error body otherwise. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Waits for a call and returns its data.
 * @throws ApiError for any answer that is not a success with a body
 */
export async function ok<T>(pending: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok || data === undefined) {
    throw toApiError(response, error);
  }
  return data;
}

/**
 * Waits for a call that answers without a body (204).
 * @throws ApiError when the answer is not a success
 */
export async function done(pending: Promise<Answer<unknown>>): Promise<void> {
  const { error, response } = await pending;
  if (!response.ok) {
    throw toApiError(response, error);
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    'code' in body &&
    typeof body.code === 'string' &&
    'title' in body &&
    typeof body.title === 'string'
  );
}

function toApiError(response: Response, body: unknown): ApiError {
  if (!isProblem(body)) {
    return new ApiError(response.status, 'internal_error', response.statusText || String(response.status));
  }
  const { type: _t, title, status: _s, code, instance: _i, issues, current, ...details } = body;
  return new ApiError(response.status, code, title, issues ?? [], current, details);
}

type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;

/** The JSON request body of one operation, e.g. `Body<'/api/v1/intakes', 'post'>` (for typing form state). */
export type Body<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = JsonBody<paths[P][M]>;
