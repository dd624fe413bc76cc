import i18n from './i18n';

/** A problem+json answer from the API, with its stable code and (for conflicts) the current version. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly issues: { path: string; code: string; message: string }[] = [],
    readonly current: unknown = undefined,
  ) {
    super(title);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/**
 * The one HTTP client of the web app. Sends the session cookie, the CSRF token on writes and the chosen
 * language; turns problem+json into ApiError.
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18n.language };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers['x-csrf-token'] = csrfToken;
  }
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) {
    return undefined as T;
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data.code ?? 'internal_error',
      data.title ?? response.statusText,
      data.issues ?? [],
      data.current,
    );
  }
  return data as T;
}
