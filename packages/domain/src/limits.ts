/** Limits shared by the API schemas, the database checks and the web forms. */
export const LIMITS = {
  nameMax: 100,
  displayNameMax: 120,
  noteTitleMax: 200,
  noteBodyMax: 20_000,
  reasonMax: 2_000,
  searchMax: 100,
  pageSizeDefault: 25,
  pageSizeMax: 100,
  /** The oldest birth date we accept: persons are 0–100 in scope, with room for the very old. */
  maxAgeYears: 125,
  /** Break-the-glass access lasts at most this long. */
  breakGlassMaxHours: 8,
  /** Request bodies above this size are refused before parsing. */
  bodyLimitBytes: 256 * 1024,
  /** JSON bodies nested deeper than this (arrays and objects) are refused before parsing. */
  jsonMaxDepth: 32,
} as const;
