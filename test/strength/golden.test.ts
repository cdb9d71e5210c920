// The golden files' encoding must be lossless, and a difference must be reported where it is.
import { describe, expect, it } from 'vitest';
import { encode, firstDifference } from './golden.js';

describe('the golden encoding', () => {
  it('keeps what JSON would lose: NaN, infinities, -0, undefined, an array’s own properties', () => {
    const match = Object.assign(['1987'], { index: 3, input: 'abc1987', groups: undefined });
    const encoded = encode({ guesses: NaN, big: Infinity, small: -Infinity, zero: -0, none: undefined, regexMatch: match });
    expect(JSON.parse(JSON.stringify(encoded))).toEqual({
      guesses: { $: 'NaN' },
      big: { $: 'Infinity' },
      small: { $: '-Infinity' },
      zero: { $: '-0' },
      none: { $: 'undefined' },
      regexMatch: { $: 'array', items: ['1987'], props: { index: 3, input: 'abc1987', groups: { $: 'undefined' } } },
    });
    expect(encode({ $: 'NaN' })).toEqual({ $: 'object', value: { $: 'NaN' } });
    expect(encode(0)).toBe(0);
  });

  it('names the first differing path, in either direction, and nothing for equal values', () => {
    const expected = encode({ score: 2, sequence: [{ pattern: 'dictionary', rank: 12 }, { pattern: 'date', year: 1987 }] });
    expect(firstDifference(expected, encode({ score: 2, sequence: [{ pattern: 'dictionary', rank: 12 }, { year: 1987, pattern: 'date' }] }))).toBeNull();
    expect(firstDifference(expected, encode({ score: 2, sequence: [{ pattern: 'dictionary', rank: 13 }, { pattern: 'date', year: 1987 }] }))).toBe(
      '$.sequence[0].rank: expected 12, got 13',
    );
    expect(firstDifference(expected, encode({ score: 2, sequence: [{ pattern: 'dictionary', rank: 12 }] }))).toMatch(/^\$\.sequence\[1\]: missing/);
    expect(firstDifference(encode({ a: 1 }), encode({ a: 1, constructor: 2 }))).toBe('$.constructor: unexpected 2');
    expect(firstDifference(encode({ guesses: NaN }), encode({ guesses: 5 }))).toBe('$.guesses: expected {"$":"NaN"}, got 5');
    expect(firstDifference(encode({ zero: -0 }), encode({ zero: 0 }))).toBe('$.zero: expected {"$":"-0"}, got 0');
  });
});
