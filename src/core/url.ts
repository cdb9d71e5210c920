/** How the backend labels a reset link: organization flow or discovery (cross-organization) flow. */
export type ResetTokenType = 'multi_tenant_passwords' | 'discovery';

export interface ResetLinkToken {
  token: string;
  /** Null when the link carries a token but no known `stytch_token_type`. */
  tokenType: ResetTokenType | null;
}

const TOKEN_PARAM = 'token';
const TOKEN_TYPE_PARAM = 'stytch_token_type';
const TOKEN_TYPES: readonly ResetTokenType[] = ['multi_tenant_passwords', 'discovery'];

function toUrl(url: string | URL): URL {
  // A copy, so callers' URL objects are never mutated.
  return new URL(typeof url === 'string' ? url : url.href);
}

/** Reads the reset token of an emailed link, or null when the URL carries none. */
export function readResetToken(url: string | URL): ResetLinkToken | null {
  const params = toUrl(url).searchParams;
  const token = params.get(TOKEN_PARAM);
  if (!token) return null;
  const type = params.get(TOKEN_TYPE_PARAM);
  return { token, tokenType: TOKEN_TYPES.find((known) => known === type) ?? null };
}

/**
 * The same URL without `token` and `stytch_token_type`, every other query parameter and the hash
 * kept, for `history.replaceState`: a token left in the address bar leaks through history,
 * bookmarks, screenshots and the Referer header.
 */
export function stripResetToken(url: string | URL): string {
  const copy = toUrl(url);
  if (!copy.searchParams.has(TOKEN_PARAM) && !copy.searchParams.has(TOKEN_TYPE_PARAM)) return copy.href;
  copy.searchParams.delete(TOKEN_PARAM);
  copy.searchParams.delete(TOKEN_TYPE_PARAM);
  return copy.href;
}
