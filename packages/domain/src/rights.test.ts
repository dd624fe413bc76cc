import { describe, expect, it } from 'vitest';
import { FRAMES } from './help';
import { isPlainLanguage, readability } from './legal-route';
import { APPEAL_ROUTES, LEGAL_NATURES, RIGHTS_NOTICES } from './rights';

describe('INV-04 / LS-12: the rights notice at every change of frame', () => {
  it.each(FRAMES)(
    'the %s notice is in plain Dutch (B1: Flesch–Douma ≥ 60, at most 15 words a sentence)',
    (frame) => {
      const text = RIGHTS_NOTICES[frame].nl;
      expect(isPlainLanguage(text), JSON.stringify(readability(text))).toBe(true);
    },
  );

  it('every notice names the right to complain and to support; the coerced one the right to a lawyer and to appeal', () => {
    for (const frame of FRAMES) {
      expect(RIGHTS_NOTICES[frame].nl).toMatch(/klacht/);
      expect(RIGHTS_NOTICES[frame].nl).toMatch(/cliëntondersteuner|advocaat/);
    }
    expect(RIGHTS_NOTICES.COERCED.nl).toMatch(/advocaat/);
    expect(RIGHTS_NOTICES.COERCED.nl).toMatch(/hoger beroep/);
  });
});

describe('KT9-R4 / LS-05: the appeal route follows the deciding organisation’s legal nature', () => {
  it('an administrative body: objection and appeal; a private organisation: the civil judge; the RVT: not settled yet', () => {
    expect(APPEAL_ROUTES.ADMINISTRATIVE_BODY.nl).toMatch(/bezwaar/);
    expect(APPEAL_ROUTES.PRIVATE.nl).toMatch(/rechter/);
    expect(APPEAL_ROUTES.UNSETTLED.nl).toMatch(/nog niet in de wet geregeld/);
    expect(Object.keys(APPEAL_ROUTES).sort()).toEqual([...LEGAL_NATURES].sort());
  });
});
