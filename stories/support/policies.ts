import type { PasswordPolicy } from '../../src/core/index.js';

/** The toolbar's password policies: the backend's default, and a typical LUDS configuration. */
export const POLICIES: Record<string, PasswordPolicy> = {
  zxcvbn: { kind: 'zxcvbn', breachDetection: true },
  luds: { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: true },
};
