import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const POSTGRES = 'postgres://gezinsdossier@db.internal:5432/gezinsdossier';
const OIDC = {
  OIDC_ISSUER: 'https://idp.example.nl',
  OIDC_CLIENT_ID: 'gd',
  PUBLIC_URL: 'https://gd.example.nl',
};

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('issue 8.12c: TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['false', false],
    ['true', true],
    ['127.0.0.1', ['127.0.0.1']],
    [' 10.0.0.0/8 , 127.0.0.1,::1 ', ['10.0.0.0/8', '127.0.0.1', '::1']],
    ['fd00::/8', ['fd00::/8']],
  ] as const)('issue 8.12c: TRUST_PROXY=%s → %j', (value, expected) => {
    const config = loadConfig(value === undefined ? {} : { TRUST_PROXY: value });
    expect(config.http.trustProxy).toEqual(expected);
  });

  it.each([
    'yes',
    '0',
    '1',
    '2',
    '-1',
    '1.5',
    '10.0.0.0/33',
    '300.1.1.1',
    '127.0.0.1,',
    'proxy.internal',
    '::1/129',
  ])('issue 8.12c: TRUST_PROXY=%s is refused at start, naming the variable', (value) => {
    expect(configError({ TRUST_PROXY: value })).toMatch(
      /TRUST_PROXY: use false, true, or the proxies' IP addresses or CIDR ranges/,
    );
  });
});

describe('issue 8.12d: demo sign-in never switches on silently in production', () => {
  it('issue 8.12d: on by default with the embedded database (the two-command start)', () => {
    expect(loadConfig({}).auth.demoMode).toBe(true);
  });

  it('issue 8.12d: off with DATABASE_URL and no OIDC unless DEMO_MODE=true', () => {
    expect(loadConfig({ DATABASE_URL: POSTGRES }).auth.demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: POSTGRES }).auth.oidc).toBeNull();
    expect(loadConfig({ DATABASE_URL: POSTGRES, DEMO_MODE: 'true' }).auth.demoMode).toBe(true);
  });

  it('issue 8.12d: off with OIDC; an explicit DEMO_MODE is honoured', () => {
    expect(loadConfig(OIDC).auth.demoMode).toBe(false);
    expect(loadConfig({ ...OIDC, DATABASE_URL: POSTGRES }).auth.demoMode).toBe(false);
    expect(loadConfig({ DEMO_MODE: 'false' }).auth.demoMode).toBe(false);
  });

  it('issue 8.12d: the synthetic demo region is seeded into an empty database only in demo mode (unless SEED_ON_EMPTY says so)', () => {
    expect(loadConfig({}).seed.onEmpty).toBe(true);
    expect(loadConfig({ DATABASE_URL: POSTGRES }).seed.onEmpty).toBe(false);
    expect(loadConfig({ DATABASE_URL: POSTGRES, DEMO_MODE: 'true' }).seed.onEmpty).toBe(true);
    expect(loadConfig({ DATABASE_URL: POSTGRES, SEED_ON_EMPTY: 'true' }).seed.onEmpty).toBe(true);
    expect(loadConfig({ SEED_ON_EMPTY: 'false' }).seed.onEmpty).toBe(false);
  });
});
