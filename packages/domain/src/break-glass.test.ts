import { describe, expect, it } from 'vitest';
import {
  BREAK_GLASS_REASON_LABELS,
  BREAK_GLASS_REASONS,
  BreakGlassRequestSchema,
  isSubstantiveReason,
} from './break-glass';

const lookup = { bsn: '111222333', hours: 2 };

describe('issue 8.12e: a break-the-glass request needs a reason category and a reason with real content', () => {
  it.each([
    'aaaaaaaaaa',
    'a a a a a a a a a a',
    'aaaa aaaa aaaa',
    'test test test test',
    'asdf asdf asdf asdf',
    '1234567890 1234567890',
    '.......... !!!!!!!!!!',
    'dringend dringend dringend',
    'gevaar!!!!',
  ])('issue 8.12e: %j is refused as too vague', (reason) => {
    expect(isSubstantiveReason(reason)).toBe(false);
    const result = BreakGlassRequestSchema.safeParse({ ...lookup, reasonCode: 'ACUTE_DANGER', reason });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['reason'], message: 'break_glass_reason_too_vague' }),
    ]);
  });

  it.each([
    'Politie meldt acuut gevaar op dit adres.',
    'Kind in gevaar, moeder belt crisisdienst',
    'Police reports a child in danger at the address',
    'Oproep crisisdienst: vader dreigt met geweld',
  ])('issue 8.12e: %j is accepted', (reason) => {
    expect(isSubstantiveReason(reason)).toBe(true);
    expect(
      BreakGlassRequestSchema.safeParse({ ...lookup, reasonCode: 'POLICE_REQUEST', reason }).success,
    ).toBe(true);
  });

  it('issue 8.12e: an empty or short reason still says a reason is required (one issue, not two)', () => {
    const result = BreakGlassRequestSchema.safeParse({ ...lookup, reasonCode: 'OTHER', reason: 'kort' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['break_glass_reason_required']);
  });

  it('issue 8.12e: the category is required and comes from a closed list with Dutch and English labels', () => {
    const missing = BreakGlassRequestSchema.safeParse({ ...lookup, reason: 'Politie meldt acuut gevaar' });
    expect(missing.error?.issues.map((i) => i.path)).toEqual([['reasonCode']]);
    const unknown = BreakGlassRequestSchema.safeParse({
      ...lookup,
      reasonCode: 'CURIOSITY',
      reason: 'Politie meldt acuut gevaar',
    });
    expect(unknown.success).toBe(false);
    expect(Object.keys(BREAK_GLASS_REASON_LABELS).sort()).toEqual([...BREAK_GLASS_REASONS].sort());
    for (const code of BREAK_GLASS_REASONS) {
      expect(BREAK_GLASS_REASON_LABELS[code].nl.length).toBeGreaterThan(2);
      expect(BREAK_GLASS_REASON_LABELS[code].en.length).toBeGreaterThan(2);
    }
  });
});
