import { describe, expect, it } from 'vitest';
import { readResetToken, stripResetToken } from '../../src/core/index.js';

const BASE = 'https://app.example.com/reset';

describe('readResetToken', () => {
  it.each([
    ['multi_tenant_passwords', 'multi_tenant_passwords'],
    ['discovery', 'discovery'],
  ] as const)('reads a %s link', (type, tokenType) => {
    expect(readResetToken(`${BASE}?token=abc123&stytch_token_type=${type}`)).toEqual({ token: 'abc123', tokenType });
  });

  it('reads the token wherever it sits among other parameters', () => {
    expect(readResetToken(`${BASE}?utm_source=mail&stytch_token_type=discovery&token=t-1&lang=fr#step2`)).toEqual({
      token: 't-1',
      tokenType: 'discovery',
    });
  });

  it.each([
    ['an unknown type', `${BASE}?token=abc&stytch_token_type=magic_links`],
    ['a type in another case', `${BASE}?token=abc&stytch_token_type=DISCOVERY`],
    ['an empty type', `${BASE}?token=abc&stytch_token_type=`],
    ['no type', `${BASE}?token=abc`],
  ])('gives tokenType null for %s', (_label, url) => {
    expect(readResetToken(url)).toEqual({ token: 'abc', tokenType: null });
  });

  it.each([
    ['no query', BASE],
    ['other parameters only', `${BASE}?next=%2Fhome&lang=fr`],
    ['only a type', `${BASE}?stytch_token_type=discovery`],
    ['an empty token', `${BASE}?token=&stytch_token_type=discovery`],
    ['a token in the hash only', `${BASE}#token=abc&stytch_token_type=discovery`],
    ['a parameter that merely ends in token', `${BASE}?csrf_token=abc`],
  ])('returns null for %s', (_label, url) => {
    expect(readResetToken(url)).toBeNull();
  });

  it('decodes an encoded token', () => {
    expect(readResetToken(`${BASE}?token=a%2Bb%2Fc%3D%3D&stytch_token_type=discovery`)?.token).toBe('a+b/c==');
  });

  it('takes the first token when the parameter repeats', () => {
    expect(readResetToken(`${BASE}?token=first&token=second`)?.token).toBe('first');
  });

  it('reads a URL object without changing it', () => {
    const url = new URL(`${BASE}?token=abc&stytch_token_type=multi_tenant_passwords#h`);
    const before = url.href;
    expect(readResetToken(url)).toEqual({ token: 'abc', tokenType: 'multi_tenant_passwords' });
    expect(url.href).toBe(before);
  });
});

describe('stripResetToken', () => {
  it.each([
    ['the only parameters', `${BASE}?token=abc&stytch_token_type=discovery`, BASE],
    ['the only parameters, with a hash', `${BASE}?token=abc&stytch_token_type=discovery#done`, `${BASE}#done`],
    ['a token without a type', `${BASE}?token=abc`, BASE],
    ['a type without a token', `${BASE}?stytch_token_type=discovery`, BASE],
    ['parameters before', `${BASE}?lang=fr&utm_source=mail&token=abc&stytch_token_type=discovery`, `${BASE}?lang=fr&utm_source=mail`],
    ['parameters after', `${BASE}?token=abc&stytch_token_type=discovery&lang=fr&b=2`, `${BASE}?lang=fr&b=2`],
    [
      'parameters around, in their order, and the hash',
      `${BASE}?z=26&token=abc&a=1&stytch_token_type=discovery&m=13#section-2`,
      `${BASE}?z=26&a=1&m=13#section-2`,
    ],
    ['a repeated token', `${BASE}?token=a&x=1&token=b`, `${BASE}?x=1`],
    ['a hash that looks like a query', `${BASE}?token=abc#/route?tab=1&token=keep`, `${BASE}#/route?tab=1&token=keep`],
  ])('removes the token from %s', (_label, input, expected) => {
    expect(stripResetToken(input)).toBe(expected);
  });

  it.each([
    ['spaces as %20', 'q=a%20b'],
    ['spaces as +', 'q=a+b'],
    ['an encoded plus', 'q=a%2Bb'],
    ['an unencoded path', 'next=/dashboard/settings'],
    ['an encoded path and query', 'next=%2Fdashboard%3Ftab%3D1%26x%3D2'],
    ['an encoded non-ASCII value', 'name=Jos%C3%A9'],
    ['a parameter without a value', 'debug'],
    ['an empty value', 'empty='],
    ['a repeated parameter', 'tag=a&tag=b'],
    ['reserved characters left raw', 'x=a:b@c!$()*,;'],
    ['an encoded equals sign in the value', 'sig=abc%3D%3D'],
  ])('keeps every other parameter byte for byte: %s', (_label, query) => {
    expect(stripResetToken(`${BASE}?${query}&token=abc&stytch_token_type=discovery`)).toBe(`${BASE}?${query}`);
    expect(stripResetToken(`${BASE}?token=abc&${query}#h`)).toBe(`${BASE}?${query}#h`);
  });

  it('removes an encoded token parameter name too', () => {
    expect(stripResetToken(`${BASE}?%74oken=abc&stytch%5Ftoken%5Ftype=discovery&a=1`)).toBe(`${BASE}?a=1`);
  });

  it('keeps parameters whose names only contain the token names', () => {
    const url = `${BASE}?csrf_token=1&token_hint=2&my_stytch_token_type=3`;
    expect(stripResetToken(`${url}&token=abc`)).toBe(url);
  });

  it('returns a URL without a token as it is', () => {
    for (const url of [BASE, `${BASE}?a=1&b=%20#h`, `${BASE}#token=in-hash`]) {
      expect(stripResetToken(url)).toBe(url);
    }
  });

  it('does not mutate a URL object', () => {
    const url = new URL(`${BASE}?a=1&token=abc&stytch_token_type=discovery#h`);
    const before = url.href;
    expect(stripResetToken(url)).toBe(`${BASE}?a=1#h`);
    expect(url.href).toBe(before);
    expect(url.searchParams.get('token')).toBe('abc');
  });

  it('agrees with readResetToken: nothing left to read afterwards', () => {
    const url = `${BASE}?a=1&token=abc&stytch_token_type=discovery&b=2#h`;
    expect(readResetToken(url)).not.toBeNull();
    expect(readResetToken(stripResetToken(url))).toBeNull();
    expect(new URL(stripResetToken(url)).searchParams.get('b')).toBe('2');
  });

  it('keeps origin, port and path', () => {
    expect(stripResetToken('http://localhost:5173/app/reset/?token=x&keep=1')).toBe('http://localhost:5173/app/reset/?keep=1');
  });
});
