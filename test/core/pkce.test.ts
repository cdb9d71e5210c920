import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64UrlEncode, createCodeChallenge, createPkcePair } from '../../src/core/index.js';

const BASE64URL_43 = /^[A-Za-z0-9_-]{43}$/;

describe('base64UrlEncode', () => {
  it.each([
    [[], ''],
    [[0x66], 'Zg'],
    [[0x66, 0x6f], 'Zm8'],
    [[0x66, 0x6f, 0x6f], 'Zm9v'],
    [[0xfb, 0xff], '-_8'],
    [[0xff, 0xff, 0xff], '____'],
    [[0xfb, 0xef, 0xbe], '----'],
  ])('encodes %j as %j, with no padding', (bytes, encoded) => {
    expect(base64UrlEncode(new Uint8Array(bytes))).toBe(encoded);
  });

  it('agrees with Node for every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64UrlEncode(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });
});

describe('createCodeChallenge', () => {
  it('gives the S256 challenge of RFC 7636, appendix B', async () => {
    await expect(createCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('is base64url(SHA-256(verifier))', async () => {
    const verifier = 'a'.repeat(128);
    await expect(createCodeChallenge(verifier)).resolves.toBe(createHash('sha256').update(verifier).digest('base64url'));
  });
});

describe('createPkcePair', () => {
  it('makes a 43-character base64url verifier whose challenge matches', async () => {
    const { codeVerifier, codeChallenge } = await createPkcePair();
    expect(codeVerifier).toMatch(BASE64URL_43);
    expect(codeChallenge).toMatch(BASE64URL_43);
    expect(codeChallenge).toBe(await createCodeChallenge(codeVerifier));
    expect(codeChallenge).toBe(createHash('sha256').update(codeVerifier).digest('base64url'));
  });

  it('makes a different verifier each call', async () => {
    const pairs = await Promise.all(Array.from({ length: 20 }, () => createPkcePair()));
    expect(new Set(pairs.map((pair) => pair.codeVerifier)).size).toBe(20);
    expect(new Set(pairs.map((pair) => pair.codeChallenge)).size).toBe(20);
  });
});
