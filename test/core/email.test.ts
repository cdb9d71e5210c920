import { describe, expect, it } from 'vitest';
import { ResetError, isValidEmail, validateEmailAddress } from '../../src/core/index.js';

const local64 = 'a'.repeat(64);
// 63 + 1 + 63 + 1 + 57 + 1 + 3 = 189 characters of domain: 64 + 1 + 189 = 254 in all.
const domain189 = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
const email254 = `${local64}@${domain189}`;
const email255 = `${local64}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`;

const VALID: [string, string][] = [
  ['plain', 'user@example.com'],
  ['upper case', 'User.Name@Example.COM'],
  ['plus tag', 'user+reset@example.com'],
  ['several tags and dots', 'first.last+tag+2@example.co.uk'],
  ['subdomains', 'ops@mail.eu-west.corp.example.com'],
  ['digits in the domain', 'user@123.example.com'],
  ['inner hyphens', 'first-last@my-company.example'],
  ['one-letter local part', 'a@example.io'],
  ['RFC 5322 atom symbols', "o'hara!#$%&*/=?^_`{|}~-@example.com"],
  ['IDN domain and accented local part', 'josé@exämple.de'],
  ['punycode domain', 'user@xn--bcher-kva.example'],
  ['punycode TLD', 'user@example.xn--p1ai'],
  ['Cyrillic', 'пользователь@пример.рф'],
  ['Chinese', '用户@例子.广告'],
  ['Greek', 'δοκιμή@παράδειγμα.δοκιμή'],
  ['Devanagari with combining marks', 'अजय@डाटा.भारत'],
  ['German umlauts everywhere', 'müller@bücher.de'],
  ['64-character local part', `${local64}@example.com`],
  ['63-character label', `user@${'a'.repeat(63)}.com`],
  ['254 characters in all', email254],
];

const INVALID: [string, string][] = [
  ['empty', ''],
  ['no @', 'user.example.com'],
  ['two @', 'user@name@example.com'],
  ['@ first', '@example.com'],
  ['@ last', 'user@'],
  ['space inside the local part', 'us er@example.com'],
  ['space inside the domain', 'user@exa mple.com'],
  ['leading space', ' user@example.com'],
  ['trailing space', 'user@example.com '],
  ['leading dot', '.user@example.com'],
  ['trailing dot in the local part', 'user.@example.com'],
  ['double dot in the local part', 'first..last@example.com'],
  ['double dot in the domain', 'user@example..com'],
  ['leading dot in the domain', 'user@.example.com'],
  ['trailing dot in the domain', 'user@example.com.'],
  ['no TLD', 'user@example'],
  ['numeric TLD', 'user@example.123'],
  ['IP address', 'user@192.168.0.1'],
  ['one-letter TLD', 'user@example.c'],
  ['label with a leading hyphen', 'user@-example.com'],
  ['label with a trailing hyphen', 'user@example-.com'],
  ['TLD with a leading hyphen', 'user@example.-com'],
  ['underscore in the domain', 'user@my_company.com'],
  ['64-character label', `user@${'a'.repeat(64)}.com`],
  ['65-character local part', `${'a'.repeat(65)}@example.com`],
  ['255 characters in all', email255],
  ['quoted local part', '"john doe"@example.com'],
  ['comma', 'user,name@example.com'],
  ['angle brackets (a display name)', 'User <user@example.com>'],
  ['bracketed IP literal', 'user@[127.0.0.1]'],
  ['emoji local part', '😀@example.com'],
  ['newline inside', 'user\n@example.com'],
];

describe('isValidEmail', () => {
  it('the length fixtures have the intended lengths', () => {
    expect(email254).toHaveLength(254);
    expect(email255).toHaveLength(255);
  });

  it.each(VALID)('accepts %s: %s', (_label, email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each(INVALID)('refuses %s: %j', (_label, email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('validateEmailAddress', () => {
  it.each(VALID)('passes %s', (_label, email) => {
    expect(validateEmailAddress(email)).toBeNull();
  });

  it.each(INVALID.filter(([label]) => !/^(leading|trailing) space$/.test(label)))(
    'refuses %s with invalid_email on emailAddress',
    (_label, email) => {
      const error = validateEmailAddress(email);
      expect(error).toBeInstanceOf(ResetError);
      expect(error?.code).toBe('invalid_email');
      expect(error?.field).toBe('emailAddress');
    },
  );

  it('forgives spaces around an address (pasted text)', () => {
    expect(validateEmailAddress('  user@example.com\t')).toBeNull();
  });

  it('refuses an address that is only spaces', () => {
    expect(validateEmailAddress('   ')?.code).toBe('invalid_email');
  });

  it.each([[undefined], [null], [42], [{}], [['user@example.com']]])('refuses the non-string %j', (value) => {
    const error = validateEmailAddress(value);
    expect(error?.code).toBe('invalid_email');
    expect(error?.field).toBe('emailAddress');
  });

  it('names the field it is given', () => {
    expect(validateEmailAddress('nope', 'email')?.field).toBe('email');
  });
});
