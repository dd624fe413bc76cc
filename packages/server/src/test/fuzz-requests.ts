import { completeBsn } from '@gezinsdossier/domain';
import fc from 'fast-check';

/**
 * Request generators for the API fuzz test (`http/api-fuzz.test.ts`), driven by the OpenAPI document: for
 * every operation, requests whose path ids, query strings and bodies follow the operation's schemas closely
 * enough to reach the use case, mutated with hostile values (wrong types, huge strings, NUL bytes, lone
 * surrogates, numbers out of range, extra or missing properties, deep nesting) and hostile framing (empty
 * bodies, invalid JSON, invalid UTF-8, wrong content types, bodies over the limit).
 *
 * Everything random comes from fast-check with a seed, so a run is reproducible. Ids are drawn as
 * references (`IdRef`) and resolved only when the request is sent, against the records that exist then,
 * so the fuzzer also reaches what earlier requests created.
 */

/** The part of JSON Schema (as the OpenAPI document uses it) that the generators read. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  format?: string;
  pattern?: string;
  description?: string;
}

interface OpenApiParameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One operation of the OpenAPI document, as the fuzzer needs it. */
export interface FuzzOperation {
  method: Method;
  /** The path template, e.g. `/api/v1/households/{householdId}`. */
  path: string;
  pathParams: string[];
  query: { name: string; schema: JsonSchema }[];
  /** The JSON body schema, or null when the operation takes no body. */
  body: JsonSchema | null;
}

/** Every operation of the document, in a stable order (path, then method). */
export function fuzzOperations(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const upper = method.toUpperCase();
      if (!isMethod(upper)) {
        continue;
      }
      const parameters = operation.parameters ?? [];
      operations.push({
        method: upper,
        path,
        pathParams: [...path.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] as string),
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: operation.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return operations.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function isMethod(value: string): value is Method {
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(value);
}

/**
 * An id (or a code kept in a table) to be chosen when the request is sent: an existing record's, from the
 * pool named by `hint` (e.g. `personId`, picked by `pick`) and, with `sameHousehold`, of the household the
 * request is about; or a random uuid; or the nil uuid.
 */
class IdRef {
  constructor(
    readonly hint: string,
    readonly kind: 'real' | 'random' | 'nil',
    readonly pick: number,
    readonly randomId: string,
    readonly sameHousehold: boolean,
  ) {}
}

/** JSON text inserted verbatim where this value stands (numbers JSON.stringify cannot write, deep nesting). */
class RawJson {
  constructor(readonly text: string) {}
}

/** The ids of existing records, by pool name (`personId`, `goalId`, `lifeDomain`, …), for `IdRef`s. */
export interface IdPools {
  /** The households requests are about; a request names one by index. */
  households: readonly string[];
  /** Records of one household, by household id and pool name. */
  byHousehold: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** Records that belong to no household (professionals, organisations, codes), and `any`: every id. */
  global: ReadonlyMap<string, readonly string[]>;
}

/**
 * How deep generated JSON may nest: 100 000 levels of `[`…`]` still fit within the body limit, so what is
 * tested is that parsing refuses them (400 json_too_deep, issue 8.5) instead of recursing over them.
 */
const MAX_NESTING_DEPTH = 100_000;

export interface FuzzRequest {
  method: Method;
  /** The household the request is about (index into `IdPools.households`). */
  household: number;
  /** Path with `{param}` placeholders, to resolve when sent. */
  path: string;
  pathValues: Record<string, PathValue>;
  /** Query string pieces, already percent-encoded except for `IdRef`s. */
  query: QueryPiece[];
  session: number;
  acceptLanguage: string | null;
  body: BodyPlan;
}

type PathValue = IdRef | { raw: string };
type QueryPiece = { name: string; value: string | IdRef } | { raw: string };

/** What to send as the body. */
export type BodyPlan =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType: string }
  | { kind: 'text'; text: string; contentType: string | null }
  | { kind: 'bytes'; bytes: number[]; contentType: string };

/** A request ready for `app.inject`, and a description of it to print on failure. */
export interface ResolvedRequest {
  method: Method;
  url: string;
  contentType: string | null;
  payload: string | Buffer | undefined;
}

/** Strings that have broken parsers, databases and renderers before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(20),
  '\uFEFFbom',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D',
  'Z\u0351\u0360\u0361\u0362\u0489',
  '🏳️‍🌈👨‍👩‍👧‍👦',
  '\uFFFF\uFFFE',
  '\u0085\u2028\u2029',
  '\r\n\t\v\f\b',
  "'; drop table households; --",
  '" or ""="',
  '\\',
  '\\u0000',
  '%00',
  '../../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  'null',
  'true',
  '２０２６-０１-０１',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '9999-12-31',
  '2023-02-29',
  '2024-02-30',
  '+275760-09-13',
  '-000001-01-01',
  '10000-01-01',
  '2026-01-01T25:61:61Z',
  '2026-01-01T00:00:00+99:00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999999999Z',
  '1970-01-01T00:00:00.0000000000000000001Z',
  '999999999',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '{00000000-0000-4000-8000-000000000000}',
];

/** Strings with unpaired UTF-16 surrogates, which no UTF-8 encoder can represent. */
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83Db', '\uDE00x', 'x\uD800\uD800y'];

/** Numbers at and beyond the edges of int4, int8, float8 and JavaScript's safe integers. */
const EDGE_NUMBERS = [
  -0,
  -1,
  0,
  1,
  0.5,
  1.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  2 ** 63,
  1e20,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  1e-7,
];

/** Number literals that JSON.parse reads as Infinity, 0 or a rounded huge integer. */
const RAW_NUMBERS = ['1e400', '-1e400', '1e-400', '123456789012345678901234567890', '1E+2', '-0.0', '0e0'];

const loneSurrogateString = fc
  .tuple(fc.string({ maxLength: 5 }), fc.constantFrom(...LONE_SURROGATES), fc.string({ maxLength: 5 }))
  .map(([a, s, b]) => `${a}${s}${b}`);

/** A long string of one repeated unit: up to somewhat over the body limit, mostly far below it. */
const hugeString = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 200, max: 30_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 30_000, max: 300_000 }) },
    ),
    fc.constantFrom('a', 'é', '😀', '\u0000', '\uD800', 'ab\u202E', ' '),
  )
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Nested arrays or objects `depth` levels deep, written as text (the test itself never recurses over it). */
function nestedJson(depth: number, shape: 'array' | 'object' | 'mixed', leaf = '1'): string {
  if (shape === 'array') {
    return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
  }
  if (shape === 'object') {
    return `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
  }
  const half = Math.floor(depth / 2);
  return `${'{"a":['.repeat(half)}${'['.repeat(depth - 2 * half)}${leaf}${']'.repeat(depth - 2 * half)}${']}'.repeat(half)}`;
}

const deepNesting = fc
  .tuple(
    fc.integer({ min: 2, max: MAX_NESTING_DEPTH }),
    fc.constantFrom<'array' | 'object' | 'mixed'>('array', 'object', 'mixed'),
    fc.constantFrom('1', '"x"', 'null', '"\\u0000"', '{}', '[]'),
  )
  .map(([depth, shape, leaf]) => new RawJson(nestedJson(depth, shape, leaf)));

const nastyKeys = fc.constantFrom(
  'a',
  '',
  '\u0000',
  'k\u0000',
  '\uD800',
  '😀',
  'constructor',
  'toString',
  'hasOwnProperty',
  'x'.repeat(300),
  'version',
  'id',
);

/** A value of the wrong kind for wherever it is put. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...NASTY_STRINGS) },
  { weight: 2, arbitrary: loneSurrogateString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...EDGE_NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_NUMBERS).map((text) => new RawJson(text)) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(true, false, null, [], {}, [null], [[]], [{}]) },
  { weight: 1, arbitrary: fc.dictionary(nastyKeys, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }) },
  { weight: 1, arbitrary: deepNesting },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new RawJson('{"__proto__":{"isAdmin":true}}'),
      new RawJson('{"constructor":{"prototype":{"x":1}}}'),
      new RawJson('{"a":1,"a":2}'),
    ),
  },
);

/** How often a node of a schema-shaped value is replaced by something hostile (1 in N). */
const MUTATION_ODDS = 24;

/**
 * Values shaped by a JSON schema. With `mutate`, each node is now and then replaced by a hostile value or
 * wrapped in an array, and objects now and then gain unknown properties or lose a required one; without
 * it, values follow the schema (cross-field rules of the domain aside), so that requests reach the use case.
 */
function fromSchema(
  schema: JsonSchema,
  document: OpenApiDocument,
  mutate: boolean,
  hint = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema, document, mutate, hint, depth);
  if (!mutate) {
    return valid;
  }
  return fc.oneof(
    { weight: MUTATION_ODDS, arbitrary: valid },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: valid.map((v) => [v]) },
  );
}

function resolveRef(schema: JsonSchema, document: OpenApiDocument): JsonSchema {
  if (!schema.$ref) {
    return schema;
  }
  const name = schema.$ref.replace('#/components/schemas/', '');
  return document.components?.schemas?.[name] ?? {};
}

function validFromSchema(
  raw: JsonSchema,
  document: OpenApiDocument,
  mutate: boolean,
  hint: string,
  depth: number,
): fc.Arbitrary<unknown> {
  const schema = resolveRef(raw, document);
  // Recursive schemas (none today) and runaway depth end in a plain value.
  if (depth > 12) {
    return fc.constant(null);
  }
  if ('const' in schema) {
    return fc.constant(schema.const);
  }
  if (schema.enum && schema.enum.length > 0) {
    return fc.constantFrom(...schema.enum);
  }
  const alternatives = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (alternatives && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((s) => validFromSchema(s, document, mutate, hint, depth + 1)));
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) {
    return fc.oneof(
      ...types.map((type) => validFromSchema({ ...schema, type }, document, mutate, hint, depth)),
    );
  }
  switch (types[0]) {
    case 'string':
      return stringFromSchema(schema, hint);
    case 'integer':
      return integerFromSchema(schema, hint);
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -1e6,
        max: schema.maximum ?? schema.exclusiveMaximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(
        schema.items
          ? fromSchema(schema.items, document, mutate, hint, depth + 1)
          : fc.jsonValue({ maxDepth: 1 }),
        { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) },
      );
    }
    case 'object':
      return objectFromSchema(schema, document, mutate, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectFromSchema(
  schema: JsonSchema,
  document: OpenApiDocument,
  mutate: boolean,
  depth: number,
): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const required = schema.required ?? [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, child] of Object.entries(properties)) {
    model[name] = fromSchema(child, document, mutate, name, depth + 1);
  }
  const additional =
    schema.additionalProperties && typeof schema.additionalProperties === 'object'
      ? fc.dictionary(
          fc.oneof(fc.string({ maxLength: 10 }), nastyKeys),
          validFromSchema(schema.additionalProperties, document, mutate, '', depth + 1),
          { maxKeys: 3 },
        )
      : fc.constant({});
  const valid = fc
    .tuple(fc.record(model, { requiredKeys: required }), additional)
    .map(([known, extra]) => ({ ...extra, ...known }) as Record<string, unknown>);
  if (!mutate) {
    return valid;
  }
  const withExtra = fc
    .tuple(valid, fc.dictionary(nastyKeys, hostileValue, { minKeys: 1, maxKeys: 3 }))
    .map(([value, extra]) => ({ ...value, ...extra }));
  const missingRequired =
    required.length > 0
      ? fc.tuple(valid, fc.constantFrom(...required)).map(([value, drop]) => {
          const { [drop]: _dropped, ...rest } = value;
          return rest;
        })
      : valid;
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: withExtra },
    { weight: 1, arbitrary: missingRequired },
  );
}

function integerFromSchema(schema: JsonSchema, hint?: string): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  const lo = Math.max(min, -(2 ** 31));
  const hi = Math.min(max, 2 ** 31 - 1);
  // A record's version is a small number: drawn near it often enough to get past optimistic concurrency.
  const near = hint === 'version' ? Math.min(hi, lo + 15) : Math.min(hi, lo + 1000);
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: lo, max: Math.max(lo, near) }) },
    { weight: 2, arbitrary: fc.integer({ min: lo, max: Math.max(lo, hi) }) },
    { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, min, max) },
  );
}

function stringFromSchema(schema: JsonSchema, hint: string): fc.Arbitrary<unknown> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? 60;
  switch (schema.format) {
    case 'uuid':
      return idRef(hint);
    case 'date':
      return dateString;
    case 'date-time':
      return dateTimeString;
    case 'email':
      return fc.emailAddress();
    default:
      break;
  }
  // Formats the document states only in words (zod refinements do not become JSON Schema).
  if (schema.description?.includes('YYYY-MM-DD')) {
    return dateString;
  }
  if (schema.description?.includes('Burgerservicenummer') || hint === 'bsn') {
    return bsnString;
  }
  if (POOLED_CODES.includes(hint)) {
    return fc.oneof(
      { weight: 6, arbitrary: idRef(hint) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
  }
  if (hint === 'postcode') {
    return fc.stringMatching(/^[1-9]\d{3} ?[A-Za-z]{2}$/);
  }
  const text = fc.string({
    unit: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-.,'.split('')),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    ),
    minLength,
    maxLength: Math.max(minLength, Math.min(maxLength, 40)),
  });
  const edges = fc.constantFrom('x'.repeat(maxLength), 'x'.repeat(maxLength + 1), 'é'.repeat(maxLength));
  if (schema.pattern) {
    let matching: fc.Arbitrary<string> | null = null;
    try {
      matching = fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      matching = null;
    }
    if (matching) {
      return fc.oneof({ weight: 8, arbitrary: matching }, { weight: 1, arbitrary: text });
    }
  }
  return fc.oneof({ weight: 10, arbitrary: text }, { weight: 1, arbitrary: edges });
}

/** Codes that live in tables, drawn from pools like ids. */
const POOLED_CODES = ['lifeDomain', 'municipalityCode'];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** BSNs that pass the 11-proef (in the 99 test range), and now and then one that does not. */
const bsnString = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: 0, max: 999_999 })
      .map((n) => completeBsn(`99${String(n).padStart(6, '0')}`))
      .filter((bsn): bsn is string => bsn !== null),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{9}$/) },
);

/** Plausible dates (the last 90 years and the next 5), and the edges of the calendar. */
const dateString = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .date({ min: new Date('1936-01-01'), max: new Date('2031-12-31'), noInvalidDate: true })
      .map(isoDate),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0000-01-01',
      '0100-01-01',
      '1000-01-01',
      '1899-12-31',
      '1900-01-01',
      '9999-12-31',
      '2024-02-29',
      '2023-02-29',
    ),
  },
);

/** Plausible moments, any moment, and moments at (and, by their offset, beyond) the ends of the calendar. */
const dateTimeString = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .date({ min: new Date('1990-01-01'), max: new Date('2031-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  },
  {
    weight: 1,
    arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace(/^[+-]\d{2}/, '')),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '0000-01-01T00:00:00Z',
      '1899-12-31T23:59:59Z',
      '1900-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      // A plausible-looking local time whose offset carries it past the four-digit years.
      '9999-12-31T23:00:00-12:00',
      '0000-01-01T00:00:00+14:00',
      '2026-01-01T00:00:00+14:00',
      '2026-01-01T00:00:00-12:00',
      '2026-01-01T00:00:00.123456789Z',
    ),
  },
);

function idRef(hint: string): fc.Arbitrary<IdRef> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 10, arbitrary: fc.constant<'real'>('real') },
        { weight: 2, arbitrary: fc.constant<'random'>('random') },
        { weight: 1, arbitrary: fc.constant<'nil'>('nil') },
      ),
      fc.nat(),
      fc.uuid(),
      fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    )
    .map(([kind, pick, random, same]) => new IdRef(hint, kind, pick, random, same));
}

/** Path segments that are not the id the route expects (percent-encoded where needed). */
const JUNK_SEGMENTS = [
  'not-a-uuid',
  '0',
  '-1',
  '%00',
  '%ED%A0%80',
  '%FF%FE',
  '%F0%9F%98%80',
  '%2E%2E%2F%2E%2E',
  '%25',
  'x'.repeat(120),
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '00000000-0000-4000-8000-00000000000',
  '00000000-0000-4000-8000-0000000000000',
  '%7B00000000-0000-4000-8000-000000000000%7D',
  'null',
  'undefined',
];

const pathValue = (name: string): fc.Arbitrary<PathValue> =>
  fc.oneof(
    { weight: 16, arbitrary: idRef(name) },
    { weight: 1, arbitrary: fc.constantFrom(...JUNK_SEGMENTS).map((raw) => ({ raw })) },
  );

/** Query tails that no well-behaved client sends: broken percent-encoding, invalid UTF-8, odd syntax. */
const RAW_QUERY_TAILS = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%FF',
  'a=%00',
  '=',
  '&&&',
  'a[b][c]=1',
  'a[]=1&a[]=2',
  '__proto__=1',
  'constructor[prototype][x]=1',
  `q=${'%F0%9F%98%80'.repeat(50)}`,
  `x=${'a'.repeat(5000)}`,
];

/** Percent-encodes every UTF-8 byte outside the unreserved set (lone surrogates become U+FFFD). */
function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function queryValueText(value: unknown): string | IdRef | null {
  if (value instanceof IdRef) {
    return value;
  }
  if (value instanceof RawJson) {
    return value.text.slice(0, 10_000);
  }
  if (value === undefined) {
    return null;
  }
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function queryArbitrary(op: FuzzOperation, document: OpenApiDocument): fc.Arbitrary<QueryPiece[]> {
  const params = op.query.map(({ name, schema }) =>
    fc
      .oneof(
        { weight: 3, arbitrary: fc.constant<unknown>(undefined) },
        { weight: 6, arbitrary: fromSchema(schema, document, false, name) },
        { weight: 2, arbitrary: fromSchema(schema, document, true, name) },
        {
          weight: 1,
          arbitrary: fc.array(fromSchema(schema, document, true, name), { minLength: 2, maxLength: 3 }),
        },
      )
      .map((value): QueryPiece[] => {
        const values = Array.isArray(value) && !schemaIsArray(schema) ? value : [value];
        return values.flatMap((v) => {
          const text = queryValueText(v);
          return text === null
            ? []
            : [{ name, value: typeof text === 'string' ? percentEncode(text) : text }];
        });
      }),
  );
  const extra = fc.array(
    fc
      .tuple(fc.oneof(nastyKeys, fc.string({ maxLength: 8 })), hostileValue)
      .map(([name, value]): QueryPiece => {
        const text = queryValueText(value);
        return { name: percentEncode(name), value: percentEncode(typeof text === 'string' ? text : '') };
      }),
    { maxLength: 2 },
  );
  const tail = fc.oneof(
    { weight: 8, arbitrary: fc.constant<QueryPiece[]>([]) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERY_TAILS).map((raw): QueryPiece[] => [{ raw }]) },
  );
  return fc
    .tuple(fc.tuple(...params), extra, tail)
    .map(([known, more, raw]) => [...known.flat(), ...more, ...raw]);
}

function schemaIsArray(schema: JsonSchema): boolean {
  return schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'));
}

/** Content types other than JSON, and JSON ones that are subtly wrong. */
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/merge-patch+json',
  'application/jsonx',
  'json',
  '*/*',
  'application/json, text/plain',
];

/** Texts that are not JSON, or JSON that parsers disagree on. */
const INVALID_JSON = [
  '{',
  '}',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '[1,2,',
  'undefined',
  'NaN',
  '{"a":NaN}',
  '{"a":Infinity}',
  '/* comment */ {}',
  '\uFEFF{}',
  '{"a":"\\uD800"}',
  '{"a":"\\u0000"}',
  '{"a":"\\x00"}',
  '{"\\u0000":1}',
  '"just a string"',
  '42',
  'true',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  ' ',
  '\n\n',
];

/** Byte sequences that are not UTF-8, inside otherwise valid JSON. */
const INVALID_UTF8: number[][] = [
  [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d], // {"a":"<lone surrogate as UTF-8>"}
  [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d],
  [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d],
  [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00],
  [0x00],
];

function bodyArbitrary(op: FuzzOperation, document: OpenApiDocument): fc.Arbitrary<BodyPlan> {
  const json = 'application/json';
  const validBody: fc.Arbitrary<unknown> = op.body ? fromSchema(op.body, document, false) : fc.constant({});
  const schemaBody: fc.Arbitrary<unknown> = op.body ? fromSchema(op.body, document, true) : fc.constant({});
  const asJson = (value: unknown): BodyPlan => ({ kind: 'json', value, contentType: json });
  const shaped: fc.WeightedArbitrary<BodyPlan>[] = op.body
    ? [
        { weight: 12, arbitrary: validBody.map(asJson) },
        { weight: 7, arbitrary: schemaBody.map(asJson) },
      ]
    : [{ weight: 10, arbitrary: fc.constant<BodyPlan>({ kind: 'none' }) }];
  return fc.oneof(
    ...shaped,
    {
      weight: 2,
      arbitrary: hostileValue.map((value): BodyPlan => ({ kind: 'json', value, contentType: json })),
    },
    {
      weight: 1,
      arbitrary: deepNesting.map((value): BodyPlan => ({ kind: 'json', value, contentType: json })),
    },
    { weight: 1, arbitrary: fc.constant<BodyPlan>({ kind: 'text', text: '', contentType: json }) },
    { weight: 1, arbitrary: fc.constant<BodyPlan>({ kind: 'none' }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...INVALID_JSON)
        .map((text): BodyPlan => ({ kind: 'text', text, contentType: json })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...INVALID_UTF8)
        .map((bytes): BodyPlan => ({ kind: 'bytes', bytes, contentType: json })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(schemaBody, fc.constantFrom<string | null>(...WRONG_CONTENT_TYPES, null))
        .map(([value, contentType]): BodyPlan => ({ kind: 'text', text: serialize(value), contentType })),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 256 * 1024 - 64, max: 300 * 1024 })
        .map((n): BodyPlan => ({ kind: 'text', text: `{"a":"${'a'.repeat(n)}"}`, contentType: json })),
    },
  );
}

/** Arbitrary requests for one operation. */
export function requestArbitrary(
  op: FuzzOperation,
  document: OpenApiDocument,
  sessions: number,
): fc.Arbitrary<FuzzRequest> {
  const pathValues = fc.record(Object.fromEntries(op.pathParams.map((name) => [name, pathValue(name)])));
  return fc
    .record({
      pathValues,
      household: fc.nat({ max: 99 }),
      query: queryArbitrary(op, document),
      session: fc.nat({ max: sessions - 1 }),
      acceptLanguage: fc.constantFrom<string | null>(null, null, 'nl', 'en', 'en-GB,en;q=0.9', '*', 'xx-YY'),
      body: bodyArbitrary(op, document),
    })
    .map((r) => ({ method: op.method, path: op.path, ...r }));
}

/** JSON text for a generated value: `IdRef`s become ids, `RawJson` goes in verbatim. */
function serialize(value: unknown, resolveId: (ref: IdRef) => string = (ref) => ref.randomId): string {
  const raw: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof IdRef) {
      return resolveId(v);
    }
    if (v instanceof RawJson) {
      raw.push(v.text);
      return `\u0001raw${raw.length - 1}\u0001`;
    }
    return v;
  });
  if (text === undefined) {
    return '';
  }
  return raw.length === 0
    ? text
    : text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_m, i: string) => raw[Number(i)] ?? 'null');
}

/**
 * The pool an id hint draws from, the longest name the hint ends with: `targetPersonIds` → `personId`,
 * `networkMemberId` → `networkMemberId` (not `memberId`); null when none fits.
 */
function poolName(hint: string, names: Iterable<string>): string | null {
  const wanted = hint.toLowerCase().replace(/s$/, '');
  let best: string | null = null;
  for (const name of names) {
    if (wanted.endsWith(name.toLowerCase()) && name.length > (best?.length ?? 0)) {
      best = name;
    }
  }
  return best;
}

/** Turns a generated request into what is sent, choosing ids among the records that exist now. */
export function resolveRequest(request: FuzzRequest, pools: IdPools): ResolvedRequest {
  const household = pools.households[request.household % pools.households.length] ?? '';
  const local = pools.byHousehold.get(household) ?? new Map<string, readonly string[]>();
  const poolOf = (ref: IdRef): readonly string[] => {
    if (ref.hint === 'householdId') {
      return ref.sameHousehold ? [household] : pools.households;
    }
    const globalName = poolName(ref.hint, pools.global.keys());
    if (globalName && globalName !== 'any') {
      return pools.global.get(globalName) ?? [];
    }
    const localName = poolName(ref.hint, local.keys());
    if (localName) {
      return ref.sameHousehold
        ? (local.get(localName) ?? [])
        : [...pools.byHousehold.values()].flatMap((p) => p.get(localName) ?? []);
    }
    return [];
  };
  const resolveId = (ref: IdRef): string => {
    if (ref.kind === 'nil') {
      return '00000000-0000-0000-0000-000000000000';
    }
    const found = poolOf(ref);
    const pool = found.length > 0 ? found : (pools.global.get('any') ?? []);
    return ref.kind === 'random' || pool.length === 0
      ? ref.randomId
      : (pool[ref.pick % pool.length] ?? ref.randomId);
  };
  const path = request.path.replace(/\{([a-zA-Z]+)\}/g, (_m, name: string) => {
    const value = request.pathValues[name];
    if (!value) {
      return '';
    }
    return value instanceof IdRef ? resolveId(value) : value.raw;
  });
  const query = request.query
    .map((piece) => {
      if ('raw' in piece) {
        return piece.raw;
      }
      const value = piece.value instanceof IdRef ? resolveId(piece.value) : piece.value;
      return `${piece.name}=${value}`;
    })
    .join('&');
  const url = query ? `${path}?${query}` : path;
  const body = request.body;
  switch (body.kind) {
    case 'none':
      return { method: request.method, url, contentType: null, payload: undefined };
    case 'json':
      return {
        method: request.method,
        url,
        contentType: body.contentType,
        payload: serialize(body.value, resolveId),
      };
    case 'text':
      return { method: request.method, url, contentType: body.contentType, payload: body.text };
    case 'bytes':
      return { method: request.method, url, contentType: body.contentType, payload: Buffer.from(body.bytes) };
  }
}
