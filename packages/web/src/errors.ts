import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from '@gezinsdossier/domain/labels';

export { ERROR_MESSAGES };

/** Whether a string from the URL is one of our error codes (and so safe to look up). */
export function isErrorCodeLike(value: string): value is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value);
}
