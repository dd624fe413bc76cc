import { AppError, type ErrorCode } from '@gezinsdossier/domain';

/** Unique and check constraints that back domain rules, mapped to the domain's error codes. */
const CONSTRAINTS: Record<string, ErrorCode> = {
  persons_bsn_key: 'bsn_taken',
  case_team_one_fixed: 'fixed_professional_exists',
  case_team_one_rvt_partner: 'rvt_partner_exists',
  case_team_one_active_involvement: 'team_member_exists',
  cases_one_open_per_household: 'validation_failed',
  // The path of a worry: two requests at once that would both start or version the same thing.
  safety_plan_versions_case_id_version_no_key: 'safety_plan_changed',
  investigations_one_open: 'version_conflict',
  urgent_safety_one_active: 'urgent_safety_active',
  safety_monitoring_one_active: 'safety_monitoring_active',
  // The legal route: two starts of a petition or a placement, two open reviews of one petition.
  petitions_one_open: 'petition_already_open',
  placements_one_current: 'placement_already_current',
  petition_reviews_one_open: 'version_conflict',
  // Two decision forms at once holding the same kind of decision for a colleague.
  decisions_one_waiting: 'decision_already_waiting',
};

/** Socket errors of a connection that could not be made or was lost. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, not there yet, or full: class 08 (connection exception), 57P01
 * admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 57P05 idle_session_timeout, 53300
 * too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300']);

/** node-postgres and pg-pool report a lost or impossible connection with these messages (no code). */
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'timeout expired',
];

/**
 * Whether an error means the database cannot be reached right now (refused, lost, shutting down, starting
 * up, full), as opposed to an error in what was asked of it. Such a request may be retried later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AggregateError) {
    return error.errors.length > 0 && error.errors.every(isDatabaseUnavailable);
  }
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
      return true;
    }
  }
  return typeof message === 'string' && CONNECTION_MESSAGES.some((m) => message.startsWith(m));
}

/**
 * One line about a database error for the log: its code and message only. Never the error object itself,
 * which can carry the client (user, host, database, cancel key) or, in `detail`, values from a row.
 */
export function describeDbError(error: unknown): string {
  if (typeof error !== 'object' || error === null) {
    return String(error);
  }
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : 'unknown error';
  return typeof code === 'string' ? `${code}: ${text}` : text;
}

/**
 * Turns a PostgreSQL error caused by bad input into an AppError, so that a race the domain check could not
 * see (two people adding a fixed professional at once) still gives a specific answer and changes nothing.
 * A database that cannot be reached becomes `503 database_unavailable`. Other errors are returned unchanged.
 */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError || typeof error !== 'object' || error === null) {
    return error;
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError('database_unavailable', { detail: describeDbError(error), cause: error });
  }
  const { code, constraint } = error as { code?: string; constraint?: string };
  if ((code === '23505' || code === '23P01') && constraint && CONSTRAINTS[constraint]) {
    return new AppError(CONSTRAINTS[constraint], { cause: error });
  }
  // 23514 check violation, 22007/22008 bad date/time, 22P02 bad text representation, 22021/22P05 characters
  // PostgreSQL cannot store (e.g. U+0000), 22003 number out of range.
  if (['23514', '22007', '22008', '22P02', '22021', '22P05', '22003'].includes(code ?? '')) {
    return new AppError('validation_failed', { detail: `database rejected value (${code})`, cause: error });
  }
  // Two transactions that changed the same rows at the same moment: a deadlock or a serialisation failure
  // rolls one back. Nothing of it was stored; to the user it is a concurrent change like any other.
  if (code === '40P01' || code === '40001') {
    return new AppError('version_conflict', { detail: `concurrent change (${code})`, cause: error });
  }
  if (code === '23503') {
    return new AppError('not_found', { detail: 'referenced row missing', cause: error });
  }
  return error;
}
