import { describe, expect, it } from 'vitest';
import type { StrengthCheckResult } from '../../src/core/index.js';
import { mergeStrengthCheck } from '../../src/strength/index.js';
import type { StrengthResult } from '../../src/strength/index.js';

const local = (overrides: Partial<StrengthResult> = {}): StrengthResult => ({
  stale: false,
  score: 3,
  guessesLog10: 9.2,
  valid: true,
  feedback: { warning: 'Los nombres son fáciles de adivinar.', suggestions: ['Añade más palabras.'] },
  mode: 'worker',
  ...overrides,
});

const backend = (overrides: Partial<StrengthCheckResult> = {}): StrengthCheckResult => ({
  validPassword: true,
  score: 3,
  breachedPassword: false,
  strengthPolicy: 'zxcvbn',
  breachDetectionOnCreate: true,
  ludsFeedback: {
    hasLowerCase: true,
    hasUpperCase: false,
    hasDigit: true,
    hasSymbol: false,
    missingComplexity: 0,
    missingCharacters: 0,
  },
  zxcvbnFeedback: { warning: '', suggestions: [] },
  ...overrides,
});

describe('mergeStrengthCheck', () => {
  it('takes validity and score from the backend', () => {
    expect(mergeStrengthCheck(local({ score: 4, valid: true }), backend({ validPassword: false, score: 2 }))).toMatchObject({
      valid: false,
      score: 2,
      breached: false,
      policy: 'zxcvbn',
    });
    expect(mergeStrengthCheck(local({ score: 1, valid: false }), backend({ validPassword: true, score: 3 }))).toMatchObject({
      valid: true,
      score: 3,
    });
  });

  it('never calls a breached password valid, whatever else says so', () => {
    const merged = mergeStrengthCheck(local({ score: 4, valid: true }), backend({ validPassword: true, breachedPassword: true, score: 4 }));
    expect(merged).toMatchObject({ valid: false, breached: true, score: 4 });
  });

  it("keeps the local, localized feedback, and fills its gaps with the backend's", () => {
    const fromBackend = { warning: 'This is a commonly used password.', suggestions: ['Add more words.'] };
    expect(mergeStrengthCheck(local(), backend({ zxcvbnFeedback: fromBackend })).feedback).toEqual(local().feedback);
    expect(
      mergeStrengthCheck(local({ feedback: { warning: null, suggestions: [] } }), backend({ zxcvbnFeedback: fromBackend })).feedback,
    ).toEqual(fromBackend);
    expect(
      mergeStrengthCheck(local({ feedback: { warning: 'Local.', suggestions: [] } }), backend({ zxcvbnFeedback: fromBackend })).feedback,
    ).toEqual({ warning: 'Local.', suggestions: fromBackend.suggestions });
  });

  it("reads the backend's empty warning as no warning", () => {
    const merged = mergeStrengthCheck(null, backend({ zxcvbnFeedback: { warning: '  ', suggestions: [] } }));
    expect(merged.feedback).toEqual({ warning: null, suggestions: [] });
  });

  it('works without a local estimate (not ready yet)', () => {
    expect(mergeStrengthCheck(undefined, backend({ validPassword: false, score: 1 }))).toEqual({
      score: 1,
      valid: false,
      breached: false,
      policy: 'zxcvbn',
      feedback: { warning: null, suggestions: [] },
    });
  });

  it("uses the backend's LUDS findings under a LUDS policy", () => {
    const ludsFeedback = {
      hasLowerCase: true,
      hasUpperCase: false,
      hasDigit: false,
      hasSymbol: false,
      missingComplexity: 2,
      missingCharacters: 3,
    };
    const localLuds = { ...ludsFeedback, missingComplexity: 0, missingCharacters: 0, valid: true };
    const merged = mergeStrengthCheck(local({ luds: localLuds }), backend({ strengthPolicy: 'luds', validPassword: false, ludsFeedback }));
    expect(merged).toMatchObject({ policy: 'luds', valid: false, luds: { ...ludsFeedback, valid: false } });
  });

  it('keeps the local LUDS findings under a zxcvbn policy, and none when there are none', () => {
    const localLuds = {
      hasLowerCase: true,
      hasUpperCase: true,
      hasDigit: true,
      hasSymbol: false,
      missingComplexity: 0,
      missingCharacters: 0,
      valid: true,
    };
    expect(mergeStrengthCheck(local({ luds: localLuds }), backend()).luds).toEqual(localLuds);
    expect(mergeStrengthCheck(local(), backend())).not.toHaveProperty('luds');
  });

  it('does not share arrays with its inputs', () => {
    const input = local();
    const merged = mergeStrengthCheck(input, backend());
    merged.feedback.suggestions.push('changed');
    expect(input.feedback.suggestions).toEqual(['Añade más palabras.']);
  });
});
