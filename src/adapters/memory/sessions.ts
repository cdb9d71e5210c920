import { base64UrlEncode } from '../../core/pkce.js';
import type { SessionCredentials } from '../../core/types.js';
import { randomToken, randomUuid } from './crypto.js';
import type { MemberRecord } from './store.js';

const MINUTE = 60_000;
/** The backend's default session lifetime. */
export const DEFAULT_SESSION_MINUTES = 60;
/** Reset by session needs a factor authenticated this recently. */
export const FRESH_FACTOR_MS = 5 * MINUTE;

export interface SessionRecord {
  readonly sessionId: string;
  readonly sessionToken: string;
  sessionJwt: string;
  readonly memberId: string;
  readonly organizationId: string;
  /** When the member last proved a factor, in ms. */
  factorAuthenticatedAt: number;
  expiresAt: number;
  customClaims: Record<string, unknown>;
}

function encodeJson(value: unknown): string {
  return base64UrlEncode(new TextEncoder().encode(JSON.stringify(value)));
}

/**
 * Member sessions. A revoked session is deleted outright, so it reads the same as one that never
 * existed: the backend answers both with session_not_found.
 */
export class Sessions {
  private readonly byToken = new Map<string, SessionRecord>();
  private readonly tokenByJwt = new Map<string, string>();

  constructor(private readonly now: () => number) {}

  create(
    member: MemberRecord,
    options: { factorAuthenticatedAt: number; durationMinutes?: number; customClaims?: Record<string, unknown> },
  ): SessionRecord {
    const record: SessionRecord = {
      sessionId: `member-session-test-${randomUuid()}`,
      sessionToken: randomToken(),
      sessionJwt: '',
      memberId: member.memberId,
      organizationId: member.organizationId,
      factorAuthenticatedAt: options.factorAuthenticatedAt,
      expiresAt: this.now() + (options.durationMinutes ?? DEFAULT_SESSION_MINUTES) * MINUTE,
      customClaims: { ...options.customClaims },
    };
    this.byToken.set(record.sessionToken, record);
    this.mintJwt(record);
    return record;
  }

  /** Extends a session, as an authentication that passes one does. */
  extend(record: SessionRecord, durationMinutes: number | undefined, customClaims?: Record<string, unknown>): void {
    if (durationMinutes !== undefined) record.expiresAt = this.now() + durationMinutes * MINUTE;
    if (customClaims !== undefined) record.customClaims = { ...record.customClaims, ...customClaims };
    this.mintJwt(record);
  }

  /** The live session named by a token or JWT, if any. */
  find(credentials: SessionCredentials): SessionRecord | undefined {
    const token =
      credentials.sessionToken ?? (credentials.sessionJwt === undefined ? undefined : this.tokenByJwt.get(credentials.sessionJwt));
    const record = token === undefined ? undefined : this.byToken.get(token);
    if (record && record.expiresAt <= this.now()) {
      this.revoke(record);
      return undefined;
    }
    return record;
  }

  revoke(record: SessionRecord): void {
    this.byToken.delete(record.sessionToken);
    for (const [jwt, token] of this.tokenByJwt) if (token === record.sessionToken) this.tokenByJwt.delete(jwt);
  }

  /** Revokes every session of these members, but `keep`. */
  revokeMembers(memberIds: readonly string[], keep?: SessionRecord): void {
    for (const record of [...this.byToken.values()]) {
      if (record !== keep && memberIds.includes(record.memberId)) this.revoke(record);
    }
  }

  // Shaped like the backend's JWT so hosts can decode it, but unsigned: nothing may trust it.
  private mintJwt(record: SessionRecord): void {
    const issuedAt = Math.floor(this.now() / 1000);
    const payload = {
      ...record.customClaims,
      sub: record.memberId,
      iat: issuedAt,
      nbf: issuedAt,
      // The backend's JWTs last five minutes whatever the session's lifetime.
      exp: issuedAt + 300,
      'https://stytch.com/session': { id: record.sessionId, expires_at: new Date(record.expiresAt).toISOString() },
      'https://stytch.com/organization': { organization_id: record.organizationId },
    };
    record.sessionJwt = `${encodeJson({ alg: 'none', typ: 'JWT' })}.${encodeJson(payload)}.${randomToken()}`;
    this.tokenByJwt.set(record.sessionJwt, record.sessionToken);
  }
}
