/**
 * The redirect allow-list. A URL is compared in one canonical form, and that same form is what
 * reaches Stytch: a value that another parser (a mail client, the app's router, an older proxy)
 * could read differently is refused rather than repaired.
 */

export interface AllowedUrl {
  origin: string;
  path: string;
}

export function parseAllowedUrl(entry: string): AllowedUrl {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new TypeError(`createResetProxy: allowedRedirectUrls entry ${JSON.stringify(entry)} is not an absolute URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`createResetProxy: allowedRedirectUrls entry ${JSON.stringify(entry)} must use http or https.`);
  }
  return { origin: url.origin, path: url.pathname };
}

// Whitespace or control characters anywhere: URL parsers strip or keep them differently.
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;
// Percent-encoded "/", "\", "." and "%" in a path: decoded once more by a server or router, they
// climb out of the allowed path (/reset/..%2fadmin).
const ENCODED_SEPARATORS = /%(?:2f|5c|2e|25)/i;
// Parameters Stytch appends to the link: a value carrying them already would let a stolen or
// attacker-made token win over the real one (login CSRF).
const TOKEN_PARAMETERS = new Set(['token', 'stytch_token_type']);

function carriesTokenParameter(params: string): boolean {
  let parsed: URLSearchParams;
  try {
    parsed = new URLSearchParams(params);
  } catch {
    return true;
  }
  for (const name of parsed.keys()) {
    if (TOKEN_PARAMETERS.has(name.trim().toLowerCase())) return true;
  }
  return false;
}

function isUnder(pathname: string, path: string): boolean {
  if (path.endsWith('/')) return pathname.startsWith(path);
  return pathname === path || pathname.startsWith(`${path}/`);
}

/**
 * The canonical `URL.href` of a redirect URL the allow-list accepts, or undefined. Refused: values
 * that are not strings or not absolute URLs, surrounding whitespace, control characters,
 * backslashes, encoded separators or `;` parameters in the path, a path that changes once decoded
 * and normalised again, credentials, and query or fragment parameters named `token` or
 * `stytch_token_type` (percent-encoded names included).
 */
export function canonicalRedirect(value: unknown, allowed: readonly AllowedUrl[]): string | undefined {
  if (typeof value !== 'string' || UNSAFE_CHARACTERS.test(value) || value.includes('\\')) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // Credentials in a link are a phishing trick (https://app.example.com@evil.example/), never needed.
  if (url.username !== '' || url.password !== '') return undefined;
  const { pathname } = url;
  if (ENCODED_SEPARATORS.test(pathname) || pathname.includes(';')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // Decoding and normalising again must change nothing: whatever reads the path next sees this one.
  if (new URL(decoded, url.origin).pathname !== pathname) return undefined;
  if (carriesTokenParameter(url.search) || carriesTokenParameter(url.hash.slice(1))) return undefined;
  return allowed.some(({ origin, path }) => url.origin === origin && isUnder(pathname, path)) ? url.href : undefined;
}
