import { useCallback } from 'react';
import { ResetError } from '../../core/index.js';
import { checkLuds } from '../../strength/index.js';
import { useResetContext } from '../context.js';

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
      try {
        const result = await strength.check(password, userInputs.filter(Boolean));
        return result.valid ? null : weak();
      } catch {
        return null;
      }
    },
    [policy, strength],
  );
}
