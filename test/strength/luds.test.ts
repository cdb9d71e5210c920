import { describe, expect, it } from 'vitest';
import { BOUNDS, ResetError } from '../../src/core/index.js';
import { checkLuds } from '../../src/strength/index.js';

const policy = (minLength: number, minComplexity: number) => ({ minLength, minComplexity });

describe('checkLuds', () => {
  describe('character classes', () => {
    it.each([
      ['abc', { hasLowerCase: true, hasUpperCase: false, hasDigit: false, hasSymbol: false }],
      ['ABC', { hasLowerCase: false, hasUpperCase: true, hasDigit: false, hasSymbol: false }],
      ['123', { hasLowerCase: false, hasUpperCase: false, hasDigit: true, hasSymbol: false }],
      ['!@#', { hasLowerCase: false, hasUpperCase: false, hasDigit: false, hasSymbol: true }],
      ['aB3$', { hasLowerCase: true, hasUpperCase: true, hasDigit: true, hasSymbol: true }],
      ['', { hasLowerCase: false, hasUpperCase: false, hasDigit: false, hasSymbol: false }],
    ])('%j', (password, classes) => {
      expect(checkLuds(password, policy(8, 1))).toMatchObject(classes);
    });

    it('counts only ASCII letters as lower or upper case: accented letters are symbols', () => {
      expect(checkLuds('é', policy(8, 1))).toMatchObject({ hasLowerCase: false, hasUpperCase: false, hasSymbol: true });
      expect(checkLuds('É', policy(8, 1))).toMatchObject({ hasLowerCase: false, hasUpperCase: false, hasSymbol: true });
      expect(checkLuds('ß', policy(8, 1))).toMatchObject({ hasLowerCase: false, hasSymbol: true });
    });

    it('counts only ASCII digits as digits: other numerals are symbols', () => {
      expect(checkLuds('٣', policy(8, 1))).toMatchObject({ hasDigit: false, hasSymbol: true });
      expect(checkLuds('５', policy(8, 1))).toMatchObject({ hasDigit: false, hasSymbol: true });
    });

    it('counts spaces, emoji and every other character as symbols', () => {
      for (const character of [' ', '\t', '🔒', '€', '_', '~', '密']) {
        expect(checkLuds(`a${character}`, policy(8, 1))).toMatchObject({ hasLowerCase: true, hasSymbol: true });
      }
    });

    it('takes the class boundaries exactly (the characters around a-z, A-Z and 0-9)', () => {
      expect(checkLuds('`{', policy(8, 1))).toMatchObject({ hasLowerCase: false, hasSymbol: true });
      expect(checkLuds('@[', policy(8, 1))).toMatchObject({ hasUpperCase: false, hasSymbol: true });
      expect(checkLuds('/:', policy(8, 1))).toMatchObject({ hasDigit: false, hasSymbol: true });
      expect(checkLuds('azAZ09', policy(8, 1))).toMatchObject({
        hasLowerCase: true,
        hasUpperCase: true,
        hasDigit: true,
        hasSymbol: false,
      });
    });
  });

  describe('length', () => {
    it.each([8, 12, 32])('minimum length %i: one character short is missing one, exactly it is valid', (minLength) => {
      expect(checkLuds('a'.repeat(minLength - 1), policy(minLength, 1))).toMatchObject({ missingCharacters: 1, valid: false });
      expect(checkLuds('a'.repeat(minLength), policy(minLength, 1))).toMatchObject({ missingCharacters: 0, valid: true });
      expect(checkLuds('a'.repeat(minLength + 1), policy(minLength, 1))).toMatchObject({ missingCharacters: 0, valid: true });
    });

    it('reports the whole shortfall for an empty password', () => {
      expect(checkLuds('', policy(10, 1))).toMatchObject({ missingCharacters: 10, valid: false });
    });

    it('counts Unicode code points, so an emoji is one character', () => {
      const sevenEmoji = '🔒'.repeat(7);
      expect(sevenEmoji.length).toBe(14);
      expect(checkLuds(sevenEmoji, policy(8, 1))).toMatchObject({ missingCharacters: 1, valid: false });
      expect(checkLuds(`${sevenEmoji}🔑`, policy(8, 1))).toMatchObject({ missingCharacters: 0, valid: true });
    });
  });

  describe('complexity', () => {
    const byClasses = ['aaaaaaaa', 'aaaaaaaA', 'aaaaaaA1', 'aaaaaA1!'];

    it.each([1, 2, 3, 4])('minimum complexity %i: one class short is missing one, exactly it is valid', (minComplexity) => {
      const below = byClasses[minComplexity - 2];
      if (below !== undefined) {
        expect(checkLuds(below, policy(8, minComplexity))).toMatchObject({ missingComplexity: 1, valid: false });
      }
      expect(checkLuds(byClasses[minComplexity - 1]!, policy(8, minComplexity))).toMatchObject({
        missingComplexity: 0,
        valid: true,
      });
    });

    it('reports every missing class', () => {
      expect(checkLuds('aaaaaaaa', policy(8, 4))).toMatchObject({ missingComplexity: 3, valid: false });
      expect(checkLuds('', policy(8, 4))).toMatchObject({ missingComplexity: 4, missingCharacters: 8, valid: false });
    });

    it('needs both length and complexity', () => {
      expect(checkLuds('aA1!', policy(8, 4))).toMatchObject({ missingCharacters: 4, missingComplexity: 0, valid: false });
      expect(checkLuds('aaaaaaaa', policy(8, 2))).toMatchObject({ missingCharacters: 0, missingComplexity: 1, valid: false });
      expect(checkLuds('aaaaaaaA', policy(8, 2))).toMatchObject({ missingCharacters: 0, missingComplexity: 0, valid: true });
    });
  });

  describe('policy bounds (backend.md: length 8..32, complexity 1..4)', () => {
    const { ludsMinLength, ludsMinComplexity } = BOUNDS;

    it.each([
      ['minLength', ludsMinLength.min - 1, 1],
      ['minLength', ludsMinLength.max + 1, 1],
      ['minLength', 10.5, 1],
      ['minComplexity', 8, ludsMinComplexity.min - 1],
      ['minComplexity', 8, ludsMinComplexity.max + 1],
      ['minComplexity', 8, Number.NaN],
    ])('refuses %s out of bounds (%d, %d)', (field, minLength, minComplexity) => {
      let error: unknown;
      try {
        checkLuds('whatever', policy(minLength, minComplexity));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ResetError);
      expect(error).toMatchObject({ code: 'invalid_argument', field });
    });

    it.each([
      [ludsMinLength.min, ludsMinComplexity.min],
      [ludsMinLength.max, ludsMinComplexity.max],
    ])('accepts the bounds themselves (%d, %d)', (minLength, minComplexity) => {
      expect(() => checkLuds('whatever', policy(minLength, minComplexity))).not.toThrow();
    });
  });
});
