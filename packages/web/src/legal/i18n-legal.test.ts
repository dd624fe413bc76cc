import { describe, expect, it } from 'vitest';
import { en, nl } from '../locales';
import { legalEn, legalNl } from '../locales-legal';

/** Every key of a nested message object, as i18next addresses it ("a.b.c"). */
const keysOf = (messages: object, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe("the legal route's texts join with its chunks, not with the first load", () => {
  it('the first-load texts carry no legal texts', () => {
    expect(nl).not.toHaveProperty('legal');
    expect(en).not.toHaveProperty('legal');
  });

  it('every legal text is there in Dutch and in English once a legal chunk has loaded, and none before', async () => {
    const { default: i18n } = await import('../i18n');
    expect(i18n.exists('legal.assignments.title')).toBe(false);

    await import('./i18n-legal');
    const keys = keysOf(legalNl);
    expect(keysOf(legalEn).sort()).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(100);
    for (const [lng, legal] of [
      ['nl', legalNl],
      ['en', legalEn],
    ] as const) {
      const t = i18n.getFixedT(lng);
      for (const key of keys) {
        expect(i18n.exists(`legal.${key}`, { lng }), `${lng}: legal.${key}`).toBe(true);
        expect(
          t(`legal.${key}`, { interpolation: { skipOnVariables: true } }),
          `${lng}: legal.${key}`,
        ).not.toBe(`legal.${key}`);
      }
      // The first-load texts are still there next to them.
      expect(t('signIn.title')).toBe(lng === 'nl' ? 'Inloggen' : 'Sign in');
      expect(t('legal.assignments.title')).toBe(legal.assignments.title);
    }
  });
});
