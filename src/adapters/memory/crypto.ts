import { base64UrlEncode } from '../../core/pkce.js';
import { ResetError } from '../../core/errors.js';

function webCrypto(): Crypto {
  if (!globalThis.crypto?.subtle) {
    // Browsers hide crypto.subtle outside secure contexts (https or localhost).
    throw new ResetError('configuration', 'The memory adapter needs WebCrypto (crypto.subtle): serve the page over https or from localhost.');
  }
  return globalThis.crypto;
}

export function randomBytes(length: number): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(length));
}

/** An opaque secret shaped like the backend's (44 base64url characters). */
export function randomToken(): string {
  return base64UrlEncode(randomBytes(33));
}

// getRandomValues, unlike crypto.randomUUID, also works outside secure contexts; ids need no secrecy
// but should never collide between two adapters.
export function randomUuid(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A salted password hash; the plaintext cannot be recovered from it. */
export interface PasswordHash {
  readonly salt: string;
  readonly hash: string;
}

// An emulator needs the shape of real password storage, not its cost: a low count keeps every
// reset in tests and stories fast.
const PBKDF2_ITERATIONS = 5_000;

async function derive(password: string, salt: Uint8Array): Promise<Uint8Array> {
  const subtle = webCrypto().subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PBKDF2_ITERATIONS }, key, 256);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { salt: base64UrlEncode(salt), hash: base64UrlEncode(await derive(password, salt)) };
}

function decode(value: string): Uint8Array {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const candidate = base64UrlEncode(await derive(password, decode(stored.salt)));
  // Compares every character, so the time taken does not reveal how much of the hash matched.
  let difference = candidate.length ^ stored.hash.length;
  for (let index = 0; index < candidate.length; index += 1) {
    difference |= candidate.charCodeAt(index) ^ stored.hash.charCodeAt(index);
  }
  return difference === 0;
}
