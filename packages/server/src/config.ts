import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads `process.env`. Parsed with zod at start; on failure every invalid variable is
 * reported at once and the process exits. The result is frozen and passed on explicitly.
 */
const EnvSchema = z
  .object({
    /** HTTP port. */
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Interface to bind; loopback by default so a laptop demo is not exposed to the network. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** PGlite data directory, used when DATABASE_URL is not set. Created on first start. */
    DATA_DIR: z.string().min(1).default('./data'),
    /** PostgreSQL connection string; when set, the server uses PostgreSQL instead of PGlite. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Maximum PostgreSQL connections in the pool. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * Demo sign-in (synthetic users listed on the sign-in page). By default on with the embedded database
     * (PGlite) and no OIDC; with DATABASE_URL it is on only when set to `true`, so a production database
     * never gets demo sign-in by accident.
     */
    DEMO_MODE: z.enum(['true', 'false']).optional(),
    /** Seed the synthetic demo region into an empty database on start. Default: on in demo mode. */
    SEED_ON_EMPTY: z.enum(['true', 'false']).optional(),
    /** Number of synthetic households seeded on first start. */
    SEED_HOUSEHOLDS: z.coerce.number().int().min(0).max(100_000).default(200),
    /** OpenID Connect issuer URL (authorization code + PKCE). */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** Public base URL of this app, used for the OIDC redirect URI. */
    PUBLIC_URL: z.url().optional(),
    /**
     * Whom to believe about the client's address (X-Forwarded-For), e.g. for the sign-in rate limit behind
     * a reverse proxy: `false` (default: the socket's address), the proxies' IP addresses or CIDR ranges,
     * comma-separated (`127.0.0.1,10.0.0.0/8`), or `true` (any peer: only when nothing but the proxy can
     * reach the server). A hop count is not offered: it cannot check who the peer is.
     */
    TRUST_PROXY: z
      .string()
      .transform((value, ctx) => {
        const parsed = parseTrustProxy(value);
        if (parsed === null) {
          ctx.addIssue({
            code: 'custom',
            message:
              "use false, true, or the proxies' IP addresses or CIDR ranges separated by commas (e.g. 127.0.0.1,10.0.0.0/8)",
          });
          return z.NEVER;
        }
        return parsed;
      })
      .optional(),
    /** Sessions expire after this many minutes of inactivity. */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(60),
    /** Secure cookies (HTTPS only). Defaults to true when PUBLIC_URL is https. */
    COOKIE_SECURE: z.enum(['true', 'false']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * Check every response against its schema before it is sent (the test suites switch it on, so a
     * presenter and its schema cannot drift apart; in production the presenters' types guarantee it).
     */
    RESPONSE_VALIDATION: z.enum(['true', 'false']).default('false'),
    /** How often the access-log sealer runs (milliseconds); rows are sealed within about two intervals. */
    AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    /** How often a signed checkpoint is written (seconds), when new batches were sealed since the last one. */
    AUDIT_CHECKPOINT_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60 * 60)
      .default(60),
    /**
     * Ed25519 private key (PEM, PKCS#8) that signs checkpoints; the database must not hold it. Default
     * `<DATA_DIR>/audit/signing-key.pem`, created (mode 0600) on first start when absent.
     */
    AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
    /**
     * Append-only JSON-lines file outside the database that receives every checkpoint (the anchor). Default
     * `<DATA_DIR>/audit/anchor.jsonl`.
     */
    AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  })
  .refine((e) => !e.OIDC_ISSUER || (e.OIDC_CLIENT_ID && e.PUBLIC_URL), {
    message: 'OIDC_ISSUER needs OIDC_CLIENT_ID and PUBLIC_URL',
    path: ['OIDC_ISSUER'],
  });

/** Fastify's `trustProxy`: believe no forwarded address, any, or only these proxies. */
export type TrustProxy = boolean | string[];

/**
 * Parses TRUST_PROXY.
 * @returns the setting, or null when the value is not one of the accepted forms
 */
export function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim();
  if (text === 'true' || text === 'false') {
    return text === 'true';
  }
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrRange) ? entries : null;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  if (prefix === undefined) {
    return true;
  }
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export interface Config {
  http: {
    port: number;
    host: string;
    publicUrl: string | null;
    cookieSecure: boolean;
    trustProxy: TrustProxy;
  };
  db: { databaseUrl: string | null; dataDir: string; poolSize: number };
  auth: {
    demoMode: boolean;
    sessionIdleMinutes: number;
    oidc: { issuer: string; clientId: string; clientSecret: string | null } | null;
  };
  seed: { onEmpty: boolean; households: number };
  audit: {
    sealIntervalMs: number;
    checkpointSeconds: number;
    signingKeyFile: string;
    /** False when AUDIT_SIGNING_KEY_FILE is not set (the default key in DATA_DIR is used). */
    signingKeyConfigured: boolean;
    anchorFile: string;
  };
  logLevel: string;
  responseValidation: boolean;
}

export class ConfigError extends Error {}

/**
 * Parses and freezes the configuration.
 * @param env usually `process.env`; tests pass their own
 * @throws ConfigError listing every invalid variable
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  // An empty variable (e.g. `DATABASE_URL=` in an env file) means "not set".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const oidc =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET ?? null }
      : null;
  // Demo sign-in by default only on the embedded database without OIDC (the two-command start); with
  // DATABASE_URL (a real installation) only when DEMO_MODE=true says so.
  const demoMode = e.DEMO_MODE ? e.DEMO_MODE === 'true' : oidc === null && !e.DATABASE_URL;
  return Object.freeze({
    http: {
      port: e.PORT,
      host: e.HOST,
      publicUrl: e.PUBLIC_URL ?? null,
      cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === 'true' : (e.PUBLIC_URL ?? '').startsWith('https:'),
      trustProxy: e.TRUST_PROXY ?? false,
    },
    db: {
      databaseUrl: e.DATABASE_URL ?? null,
      dataDir,
      poolSize: e.DATABASE_POOL_SIZE,
    },
    auth: {
      demoMode,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      oidc,
    },
    seed: {
      onEmpty: e.SEED_ON_EMPTY ? e.SEED_ON_EMPTY === 'true' : demoMode,
      households: e.SEED_HOUSEHOLDS,
    },
    audit: {
      sealIntervalMs: e.AUDIT_SEAL_INTERVAL_MS,
      checkpointSeconds: e.AUDIT_CHECKPOINT_SECONDS,
      signingKeyFile: path.resolve(
        e.AUDIT_SIGNING_KEY_FILE ?? path.join(dataDir, 'audit', 'signing-key.pem'),
      ),
      signingKeyConfigured: e.AUDIT_SIGNING_KEY_FILE !== undefined,
      anchorFile: path.resolve(e.AUDIT_ANCHOR_FILE ?? path.join(dataDir, 'audit', 'anchor.jsonl')),
    },
    logLevel: e.LOG_LEVEL,
    responseValidation: e.RESPONSE_VALIDATION === 'true',
  });
}
