import type { ResetError } from '../errors.js';
import type { AuthResult } from '../types.js';

/** Setting the new password: by emailed token, by session, or with the existing password. */
export type ResetCompleteStatus = 'idle' | 'submitting' | 'success' | 'mfa_required' | 'error';

export const RESET_COMPLETE_STATUSES: readonly ResetCompleteStatus[] = ['idle', 'submitting', 'success', 'mfa_required', 'error'];

export interface ResetCompleteState<Input> {
  status: ResetCompleteStatus;
  /** What the member submitted; kept on error so nothing typed is lost, dropped once done. */
  input: Input | null;
  error: ResetError | null;
  result: AuthResult | null;
}

export type ResetCompleteEvent<Input> =
  | { type: 'PASSWORD.SUBMIT'; input: Input }
  | { type: 'REQUEST.SUCCESS'; result: AuthResult }
  | { type: 'REQUEST.FAILURE'; error: ResetError }
  | { type: 'FLOW.RESET' };

export type ResetCompleteReducer<Input> = (
  state: ResetCompleteState<Input>,
  event: ResetCompleteEvent<Input>,
) => ResetCompleteState<Input>;

export function initialResetCompleteState<Input>(): ResetCompleteState<Input> {
  return { status: 'idle', input: null, error: null, result: null };
}

/** Authenticated members are done; the others hold an intermediate session for the MFA step. */
export function statusForAuthResult(result: AuthResult): 'success' | 'mfa_required' {
  return result.memberAuthenticated ? 'success' : 'mfa_required';
}

// The three completion flows move through the same states; only what the member types differs.
function createResetCompleteReducer<Input>(): ResetCompleteReducer<Input> {
  return (state, event) => {
    switch (event.type) {
      case 'PASSWORD.SUBMIT':
        if (state.status === 'submitting' || state.status === 'success' || state.status === 'mfa_required') return state;
        return { ...state, status: 'submitting', input: event.input, error: null };
      case 'REQUEST.SUCCESS':
        if (state.status !== 'submitting') return state;
        // The password is not kept once the backend has it.
        return { status: statusForAuthResult(event.result), input: null, error: null, result: event.result };
      case 'REQUEST.FAILURE':
        if (state.status !== 'submitting') return state;
        return { ...state, status: 'error', error: event.error };
      case 'FLOW.RESET':
        // Back to the form with what was typed (after success there is nothing kept to restore).
        return { status: 'idle', input: state.input, error: null, result: null };
    }
  };
}

/** What the member types to finish a reset from the emailed link. */
export interface ResetByEmailInput {
  password: string;
}

/** What a signed-in member types to set a new password. */
export interface ResetBySessionInput {
  password: string;
}

/** What the member types to replace a known password. */
export interface ResetByExistingPasswordInput {
  emailAddress: string;
  existingPassword: string;
  password: string;
}

export const resetByEmailReducer: ResetCompleteReducer<ResetByEmailInput> = createResetCompleteReducer();
export const resetBySessionReducer: ResetCompleteReducer<ResetBySessionInput> = createResetCompleteReducer();
export const resetByExistingPasswordReducer: ResetCompleteReducer<ResetByExistingPasswordInput> = createResetCompleteReducer();
