/** A PKCE pair (RFC 7636, S256): keep the verifier, send the challenge with the start call. */
export interface PkcePair {
  codeVerifier: string;
  codeChallenge: string;
}

function cryptoApi(): Crypto {
  if (!globalThis.crypto?.subtle) {
    throw new Error('PKCE needs WebCrypto (globalThis.crypto.subtle), available in browsers and Node 20+.');
  }
  return globalThis.crypto;
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The S256 challenge of a verifier: base64url(SHA-256(ASCII(verifier))). */
export async function createCodeChallenge(codeVerifier: string): Promise<string> {
  const digest = await cryptoApi().subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier));
  return base64UrlEncode(new Uint8Array(digest));
}

/** A fresh verifier (32 random bytes, 43 base64url characters) and its S256 challenge. */
export async function createPkcePair(): Promise<PkcePair> {
  const codeVerifier = base64UrlEncode(cryptoApi().getRandomValues(new Uint8Array(32)));
  return { codeVerifier, codeChallenge: await createCodeChallenge(codeVerifier) };
}
