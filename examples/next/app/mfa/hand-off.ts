// The MFA hand-off between the reset page and the MFA page: an intermediate session kept only in
// this tab's memory (never in storage or the URL). A reload of the MFA page starts over.
import { useSyncExternalStore } from 'react';

export interface MfaHandOff {
  intermediateSessionToken: string;
  organizationId: string | undefined;
}

let pending: MfaHandOff | null = null;

export function handOffToMfa(handOff: MfaHandOff): void {
  pending = handOff;
}

const subscribe = () => () => undefined;

/**
 * The hand-off, or null without one; undefined on the server and while hydrating, which cannot
 * know it, so that both render the same markup.
 */
export function useMfaHandOff(): MfaHandOff | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => pending,
    () => undefined,
  );
}
