import { createCodeChallenge } from '../../core/pkce.js';
import type { ResetTokenType } from '../../core/url.js';
import { backendError } from './errors.js';
import { randomToken } from './crypto.js';

const MINUTE = 60_000;
/** The backend's default lifetime of an emailed reset token. */
export const DEFAULT_RESET_EXPIRATION_MINUTES = 30;
/** Intermediate session tokens expire after 10 minutes (backend.md). */
export const INTERMEDIATE_SESSION_MS = 10 * MINUTE;

export interface ResetTokenRecord {
  readonly tokenType: ResetTokenType;
  /** The member an organization-flow token resets; discovery tokens name only the address. */
  readonly memberId?: string;
  readonly emailAddress: string;
  readonly expiresAt: number;
  readonly codeChallenge?: string;
  used: boolean;
}

export interface IntermediateSessionRecord {
  /** Discovery sessions may be exchanged; MFA ones only wait for a second factor. */
  readonly kind: 'discovery' | 'mfa';
  readonly emailAddress: string;
  readonly memberId?: string;
  readonly expiresAt: number;
}

/**
 * Emailed reset tokens and intermediate sessions. Used tokens are kept (flagged) only to make
 * the "used" case explicit; the backend answers used, unknown and wrong-flow tokens alike.
 */
export class Tokens {
  private readonly resetTokens = new Map<string, ResetTokenRecord>();
  private readonly intermediate = new Map<string, IntermediateSessionRecord>();

  constructor(private readonly now: () => number) {}

  issueResetToken(record: Omit<ResetTokenRecord, 'used' | 'expiresAt'>, expirationMinutes: number): [string, ResetTokenRecord] {
    const token = randomToken();
    const stored: ResetTokenRecord = { ...record, expiresAt: this.now() + expirationMinutes * MINUTE, used: false };
    this.resetTokens.set(token, stored);
    return [token, stored];
  }

  /** The live token of the given flow, or the backend's error for it. */
  redeemable(token: string, tokenType: ResetTokenType): ResetTokenRecord {
    const record = this.resetTokens.get(token);
    if (!record) {
      throw backendError('token_invalid', 'The password reset token is not valid.', { status: 404 });
    }
    if (record.used) throw backendError('token_invalid', 'The password reset token was already used.');
    // A token only completes the flow that issued it, whatever else is right about it.
    if (record.tokenType !== tokenType) {
      throw backendError('token_invalid', `This ${record.tokenType} token cannot complete a ${tokenType} reset.`);
    }
    if (record.expiresAt <= this.now()) throw backendError('token_expired', 'The password reset token has expired.');
    return record;
  }

  issueIntermediateSession(record: Omit<IntermediateSessionRecord, 'expiresAt'>): string {
    const token = randomToken();
    this.intermediate.set(token, { ...record, expiresAt: this.now() + INTERMEDIATE_SESSION_MS });
    return token;
  }

  /** A live discovery session, or discovery_session_expired as the backend answers it. */
  discoverySession(token: string): IntermediateSessionRecord {
    const record = this.intermediate.get(token);
    if (!record || record.expiresAt <= this.now()) {
      if (record) this.intermediate.delete(token);
      throw backendError('discovery_session_expired', 'The intermediate session is unknown or expired.');
    }
    if (record.kind !== 'discovery') {
      throw backendError('discovery_session_expired', 'This intermediate session cannot be exchanged.', {
        errorType: 'invalid_intermediate_session_token_for_organization',
        status: 400,
      });
    }
    return record;
  }

  endIntermediateSession(token: string): void {
    this.intermediate.delete(token);
  }
}

/**
 * RFC 7636 S256 check: a start that sent a challenge needs the matching verifier, and a verifier
 * without a challenge is refused too (the link was opened with the wrong flow's state).
 */
export async function checkPkce(codeChallenge: string | undefined, codeVerifier: string | undefined): Promise<void> {
  if (codeChallenge === undefined && codeVerifier === undefined) return;
  if (codeChallenge === undefined) {
    throw backendError('pkce_mismatch', 'A code verifier was sent, but the reset was started without a challenge.', {
      errorType: 'invalid_pkce_code_verifier',
    });
  }
  if (codeVerifier === undefined) {
    throw backendError('pkce_mismatch', 'The reset was started with a code challenge: send its code verifier.', {
      errorType: 'pkce_expected_code_verifier',
    });
  }
  if ((await createCodeChallenge(codeVerifier)) !== codeChallenge) {
    throw backendError('pkce_mismatch', 'The code verifier does not match the code challenge.');
  }
}
