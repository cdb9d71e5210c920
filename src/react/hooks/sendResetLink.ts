import {
  type PkceVerifierStore,
  type ResetAdapter,
  type ResetLocale,
  createPkcePair,
  validateRequest,
} from '../../core/index.js';

/** What a start screen may tell the backend about the link it sends. */
export interface ResetLinkOptions {
  /** Where the emailed link points; the backend appends `token` and `stytch_token_type`. */
  resetPasswordRedirectUrl?: string;
  /** How long the link works, 5..10080 minutes (backend default 30). */
  resetPasswordExpirationMinutes?: number;
  /** Custom email template for members who already have a password. */
  resetPasswordTemplateId?: string;
  /** Custom email template for members setting their first password. */
  verifyEmailTemplateId?: string;
  /**
   * Bind the link to this browser with PKCE: the verifier waits in localStorage until the link
   * is opened here. Leave off when the adapter does PKCE itself (the Stytch SDK does).
   */
  pkce?: boolean;
}

export interface SendResetLinkInput extends ResetLinkOptions {
  emailAddress: string;
  locale: ResetLocale;
  /** Organization flow when set; the discovery (cross-organization) flow otherwise. */
  organizationId?: string;
  loginRedirectUrl?: string;
  discoveryRedirectUrl?: string;
}

const DEFAULT_EXPIRATION_MINUTES = 30;

/**
 * Validates and sends a reset-link request for either flow. Throws a `ResetError` before any
 * I/O when the request breaks a backend bound.
 */
export async function sendResetLink(
  adapter: ResetAdapter,
  pkce: PkceVerifierStore,
  input: SendResetLinkInput,
  signal: AbortSignal,
): Promise<void> {
  const common = {
    emailAddress: input.emailAddress,
    locale: input.locale,
    resetPasswordRedirectUrl: input.resetPasswordRedirectUrl,
    resetPasswordExpirationMinutes: input.resetPasswordExpirationMinutes,
    resetPasswordTemplateId: input.resetPasswordTemplateId,
    verifyEmailTemplateId: input.verifyEmailTemplateId,
  };
  const request =
    input.organizationId !== undefined
      ? { operation: 'resetByEmailStart' as const, req: { ...common, organizationId: input.organizationId, loginRedirectUrl: input.loginRedirectUrl } }
      : { operation: 'discoveryResetByEmailStart' as const, req: { ...common, discoveryRedirectUrl: input.discoveryRedirectUrl } };
  const problem = validateRequest(request.operation, withoutUndefined(request.req));
  if (problem) throw problem;

  let codeChallenge: string | undefined;
  const flow = request.operation === 'resetByEmailStart' ? 'organization' : 'discovery';
  if (input.pkce) {
    const pair = await createPkcePair();
    const minutes = input.resetPasswordExpirationMinutes ?? DEFAULT_EXPIRATION_MINUTES;
    pkce.save(flow, pair.codeVerifier, Date.now() + minutes * 60_000);
    codeChallenge = pair.codeChallenge;
  }
  if (request.operation === 'resetByEmailStart') {
    await adapter.resetByEmailStart(withoutUndefined({ ...request.req, codeChallenge }), { signal });
  } else {
    await adapter.discoveryResetByEmailStart(withoutUndefined({ ...request.req, codeChallenge }), { signal });
  }
}

/** Requests carry only the fields that were given, as the wire format wants. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
