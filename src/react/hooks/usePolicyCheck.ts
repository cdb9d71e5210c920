import { useCallback } from 'react';
import { ResetError } from '../../core/index.js';
import { checkLuds } from '../../strength/index.js';
import { useResetContext } from '../context.js';

// A submit never waits longer than this for the local estimate (a stuck worker, unreachable
// dictionaries): past it, the backend, which enforces the policy anyway, decides.
const CHECK_TIMEOUT_MS = 8000;

/**
 * The check a password passes before it is sent: a password the policy refuses never reaches
 * the backend. Resolves to a `weak_password` error, or null to go ahead. When the estimate cannot
 * be made (dictionaries unreachable), the backend, which enforces the policy anyway, decides.
 */
export function usePolicyCheck() {
  const { policy, strength } = useResetContext('usePolicyCheck');
  return useCallback(
    async (password: string, userInputs: string[]): Promise<ResetError | null> => {
      const weak = () => new ResetError('weak_password', 'The password does not meet the policy.', { field: 'password' });
      if (policy.kind === 'luds') return checkLuds(password, policy).valid ? null : weak();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), CHECK_TIMEOUT_MS);
      });
      try {
        const result = await Promise.race([strength.check(password, userInputs.filter(Boolean)), timedOut]);
        return result === null || result.valid ? null : weak();
      } catch {
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
    [policy, strength],
  );
}
