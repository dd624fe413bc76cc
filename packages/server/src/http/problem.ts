import {
  AppError,
  ERROR_STATUS,
  type ErrorCode,
  errorMessage,
  type FieldIssue,
  fieldMessage,
  type Locale,
  type Permission,
  permissionLabel,
} from '@gezinsdossier/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { translateDbError } from '../db/db-errors';

/** The language of messages for this request: English when asked for first, Dutch otherwise. */
export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  return /^\s*en\b/i.test(header) ? 'en' : 'nl';
}

/**
 * Maps any thrown value to an `application/problem+json` response with a stable `code`. This is the only
 * place errors become HTTP. 5xx errors are logged with the request id; their details never leave the server.
 */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const locale = requestLocale(request);
  const appError = toAppError(error);
  if (appError.code === 'database_unavailable') {
    // One line, never the error object (it can carry the connection's client). Clients may retry.
    request.log.warn({ code: appError.code, reason: appError.message }, 'database unavailable');
    reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  } else if (appError.isReportable) {
    request.log.error({ err: error }, 'unhandled error');
  }
  const status = ERROR_STATUS[appError.code];
  const issues = appError.issues.map((i) => ({ ...i, message: fieldMessage(i.code, locale) }));
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `https://gezinsdossier.nl/problems/${appError.code}`,
      title: titleOf(appError, locale),
      status,
      code: appError.code,
      instance: request.id,
      ...(issues.length > 0 ? { issues } : {}),
      ...(appError.data ?? {}),
    });
}

/** The problem's title; a permission refusal names what may not be done (permissionLabel). */
function titleOf(error: AppError, locale: Locale): string {
  const permission = (error.data as { permission?: Permission } | undefined)?.permission;
  return error.code === 'permission_denied' && permission
    ? `${errorMessage(error.code, locale)} ${permissionLabel(permission, locale)}.`
    : errorMessage(error.code, locale);
}

/** When a client may try again after `503 database_unavailable` (the pool reconnects on demand). */
const RETRY_AFTER_SECONDS = 5;

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error;
  }
  // Errors from outside a use case's transaction (e.g. resolving the session) are translated here.
  const translated = translateDbError(error);
  if (translated instanceof AppError) {
    return translated;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new AppError('validation_failed', {
      issues: error.validation.map((v): FieldIssue => {
        // Our schemas put a stable code in the message (e.g. 'bsn_invalid'); zod's own messages are sentences.
        const own = v.message && /^[a-z_]+$/.test(v.message) ? v.message : null;
        const missing = v.keyword === 'invalid_type' && /received undefined/.test(v.message ?? '');
        const code = own ?? (missing ? 'required' : v.keyword);
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { path, code, message: code };
      }),
    });
  }
  const fastifyCode = (error as { code?: string } | null)?.code;
  const byFastifyCode: Record<string, ErrorCode> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
    FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'malformed_body',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
    FST_ERR_VALIDATION: 'validation_failed',
  };
  if (fastifyCode && byFastifyCode[fastifyCode]) {
    return new AppError(byFastifyCode[fastifyCode] as ErrorCode, { cause: error });
  }
  const statusCode = (error as { statusCode?: number } | null)?.statusCode;
  if (statusCode === 429) {
    return new AppError('rate_limited');
  }
  if (error instanceof SyntaxError || (statusCode && statusCode >= 400 && statusCode < 500)) {
    return new AppError('malformed_body', { cause: error });
  }
  return new AppError('internal_error', { cause: error });
}
