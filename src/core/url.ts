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
  // Filter the raw query rather than go through `searchParams`, whose serialization would rewrite
  // the other parameters (`%20` into `+`, `/` into `%2F`, `flag` into `flag=`).
  const pairs = copy.search.slice(1).split('&');
  const kept = pairs.filter((pair) => {
    const name = new URLSearchParams(pair).keys().next().value;
    return name !== TOKEN_PARAM && name !== TOKEN_TYPE_PARAM;
  });
  if (kept.length === pairs.length) return copy.href;
  copy.search = kept.join('&');
  return copy.href;
}
