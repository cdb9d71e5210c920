import { ResetError } from '../core/errors.js';
import { BOUNDS } from '../core/validation.js';
import type { LudsPolicy, LudsResult } from './types.js';

function assertWithin(value: number, field: keyof LudsPolicy, bounds: { min: number; max: number }): void {
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new ResetError('invalid_argument', `${field} must be a whole number from ${bounds.min} to ${bounds.max}.`, {
      field,
    });
  }
}

/**
 * Checks a password against a LUDS policy (Lower case, Upper case, Digits, Symbols) the way the
 * backend does: lower and upper case are the ASCII letters, digits the ASCII digits, and every
 * other character (space, accented letter, emoji...) counts as a symbol. Length is counted in
 * Unicode code points, so an emoji is one character.
 *
 * `missingCharacters` is the minimum length minus the length (never below 0) and
 * `missingComplexity` the number of classes still needed to reach `minComplexity`.
 *
 * @throws ResetError `invalid_argument` (with `field`) when the policy is outside the backend's
 *   bounds: `minLength` 8..32, `minComplexity` 1..4.
 */
export function checkLuds(password: string, policy: LudsPolicy): LudsResult {
  assertWithin(policy.minLength, 'minLength', BOUNDS.ludsMinLength);
  assertWithin(policy.minComplexity, 'minComplexity', BOUNDS.ludsMinComplexity);
  let hasLowerCase = false;
  let hasUpperCase = false;
  let hasDigit = false;
  let hasSymbol = false;
  let length = 0;
  for (const character of password) {
    length += 1;
    const code = character.codePointAt(0)!;
    if (code >= 0x61 && code <= 0x7a) hasLowerCase = true;
    else if (code >= 0x41 && code <= 0x5a) hasUpperCase = true;
    else if (code >= 0x30 && code <= 0x39) hasDigit = true;
    else hasSymbol = true;
  }
  const classes = Number(hasLowerCase) + Number(hasUpperCase) + Number(hasDigit) + Number(hasSymbol);
  const missingCharacters = Math.max(0, policy.minLength - length);
  const missingComplexity = Math.max(0, policy.minComplexity - classes);
  return {
    hasLowerCase,
    hasUpperCase,
    hasDigit,
    hasSymbol,
    missingCharacters,
    missingComplexity,
    valid: missingCharacters === 0 && missingComplexity === 0,
  };
}
