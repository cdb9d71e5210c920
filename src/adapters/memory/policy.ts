import type { PasswordPolicy, StrengthCheckResult } from '../../core/types.js';
import { ResetError } from '../../core/errors.js';
import { checkLuds, createStrengthEstimator } from '../../strength/index.js';
import type { StrengthResult } from '../../strength/index.js';
import { backendError } from './errors.js';

/**
 * A few of the most common passwords in public breach corpora. The real backend checks a corpus
 * of billions; this list only has to make the breached path reachable in demos and tests.
 */
export const BUILT_IN_BREACHED_PASSWORDS: readonly string[] = Object.freeze([
  '123456',
  '12345678',
  '123456789',
  'password',
  'password1',
  'Password1',
  'Password1!',
  'P@ssw0rd',
  'qwerty',
  'qwerty123',
  'letmein',
  'iloveyou',
  'welcome1',
  'admin123',
  'abc123',
  'Summer2024!',
  'Tr0ub4dor&3',
  'correcthorsebatterystaple',
  'correct horse battery staple',
]);

export const DEFAULT_POLICY: PasswordPolicy = { kind: 'zxcvbn', breachDetection: true };

/** zxcvbn policy: valid from this score (backend.md). */
const ZXCVBN_VALID_SCORE = 3;

export interface PolicyChecker {
  /** The backend's strength check; breach detection runs only when an address is given. */
  check(password: string, emailAddress?: string): Promise<StrengthCheckResult>;
  /** Refuses a new password as the backend would: weak_password, then breached_password. */
  assertAcceptable(password: string, emailAddress: string): Promise<void>;
}

/** The parts of an address the backend would not accept inside a password. */
function userInputsFor(emailAddress: string | undefined): string[] {
  if (!emailAddress) return [];
  const [local = '', domain = ''] = emailAddress.toLowerCase().split('@');
  return [emailAddress.toLowerCase(), local, ...local.split(/[._+-]/), ...domain.split('.')].filter((part) => part.length >= 3);
}

export function createPolicyChecker(policy: PasswordPolicy, breachedPasswords: readonly string[]): PolicyChecker {
  const breached = new Set([...BUILT_IN_BREACHED_PASSWORDS, ...breachedPasswords]);
  // The page's own estimator machinery: in a browser, the strength worker the meter uses (the
  // dictionaries load once, and no estimate runs on the page's main thread). Checks take turns,
  // so that none supersedes another, and each is forgotten once answered: a backend keeps no
  // password.
  const estimator = createStrengthEstimator({ policy, locale: 'en' });
  let turn: Promise<unknown> = Promise.resolve();
  const estimate = (password: string, emailAddress: string | undefined): Promise<StrengthResult> => {
    const run = async () => {
      try {
        const result = await estimator.estimate(password, { userInputs: userInputsFor(emailAddress) });
        if (result.stale) throw new ResetError('unknown', 'A strength estimate was unexpectedly superseded.');
        return result;
      } finally {
        estimator.forget();
      }
    };
    const answer = turn.then(run, run);
    turn = answer.catch(() => undefined);
    return answer;
  };

  async function evaluate(password: string, emailAddress: string | undefined, breachCheck: boolean) {
    const strength = await estimate(password, emailAddress);
    const isBreached = breachCheck && breached.has(password);
    // Under zxcvbn the backend still describes the character classes, but demands none of them.
    const luds =
      policy.kind === 'luds'
        ? checkLuds(password, { minLength: policy.minLength, minComplexity: policy.minComplexity })
        : { ...checkLuds(password, { minLength: 8, minComplexity: 1 }), missingCharacters: 0, missingComplexity: 0 };
    const meetsPolicy = policy.kind === 'luds' ? luds.valid : strength.score >= ZXCVBN_VALID_SCORE;
    const result: StrengthCheckResult = {
      validPassword: meetsPolicy && !(policy.breachDetection && isBreached),
      score: strength.score,
      breachedPassword: isBreached,
      strengthPolicy: policy.kind,
      breachDetectionOnCreate: policy.breachDetection,
      ludsFeedback: {
        hasLowerCase: luds.hasLowerCase,
        hasUpperCase: luds.hasUpperCase,
        hasDigit: luds.hasDigit,
        hasSymbol: luds.hasSymbol,
        missingComplexity: luds.missingComplexity,
        missingCharacters: luds.missingCharacters,
      },
      zxcvbnFeedback:
        policy.kind === 'zxcvbn'
          ? { warning: strength.feedback.warning ?? '', suggestions: [...strength.feedback.suggestions] }
          : { warning: '', suggestions: [] },
    };
    return { result, meetsPolicy };
  }

  return {
    check: async (password, emailAddress) => (await evaluate(password, emailAddress, emailAddress !== undefined)).result,
    async assertAcceptable(password, emailAddress) {
      const { result, meetsPolicy } = await evaluate(password, emailAddress, true);
      // Weakness is reported first, as it is what the member can act on.
      if (!meetsPolicy) throw backendError('weak_password', 'The password does not meet the password policy.');
      if (!result.validPassword) throw backendError('breached_password', 'The password appears in a known data breach.');
    },
  };
}
