// The seeded password corpus of the strength differential test: every kind of password the
// matchers treat differently, at 8-128 characters, plus typed passwords whose every prefix is a
// case (the meter estimates each keystroke). The golden file is made from it once
// (scripts/make-strength-golden.mjs); the differential test draws fresh samples from it.

// The bench's generator: the same sequence on every platform, and the golden files depend on it.
import { seeded } from '../../bench/passwords.js';

export { seeded };

export const KINDS = [
  'random',
  'alphanumeric',
  'digits',
  'dates',
  'passphrase',
  'joined',
  'l33t',
  'keyboard',
  'repeat',
  'sequence',
  'unicode',
  'common',
  'mixed',
] as const;
export type Kind = (typeof KINDS)[number];

export interface CorpusEntry {
  kind: Kind | 'typed';
  password: string;
  userInputs?: (string | number)[];
}


/** Words of the locale (from its zxcvbn-ts pack) that passphrases and l33t cases are made of. */
export interface CorpusWords {
  words: readonly string[];
  names: readonly string[];
  passwords: readonly string[];
}

const PRINTABLE = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const L33T: Record<string, readonly string[]> = {
  a: ['4', '@', '/\\'],
  b: ['8'],
  c: ['(', '{', '[', '<'],
  e: ['3'],
  g: ['6', '9'],
  i: ['1', '!', '|'],
  l: ['1', '|', '7'],
  o: ['0', '()'],
  s: ['$', '5'],
  t: ['+', '7'],
  x: ['%'],
  z: ['2'],
};
const WALKS = [
  'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', '1qaz2wsx3edc4rfv', 'zaq12wsx', 'qazwsxedc',
  '!QAZ@WSX#EDC', 'QWERTYUIOP', '!@#$%^&*()', 'poiuytrewq', 'mnbvcxz', '7894561230', '147258369',
  '0147852369', "aoeu,.p'", 'htnsaoeu', 'azertyuiop', 'qwertzuiop', '1q2w3e4r5t', 'asdf;lkj', '741852963',
];
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789', 'zyxwvutsrqponmlkjihgfedcba',
  '9876543210', 'acegikmoqsuwy', '13579', '02468', 'αβγδεζηθικλμνξοπρστυφχψω', 'абвгдежзийклмноп',
];
const UNICODE = [
  'İ', 'ı', 'ß', 'ǅ', 'ﬁ', 'Ω', 'é', 'ñ', 'ç', 'ã', 'ø', 'å', 'ü', 'Ё', 'ж', '中', '文', '密码', 'パスワード',
  '😀', '🔒', '👍🏽', '👩‍💻', '🇧🇷', '❤️', '\u0301', '\u200d', '\u00a0', 'Ⅻ', '𝔘', 'ﬀ',
];
// Keys that every plain object has: zxcvbn-ts's dictionary lookups find them in every dictionary.
const OBJECT_KEYS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
const SEPARATORS = [' ', '-', '.', '_', ',', '+', '/'];
const SYMBOLS = '!@#$%^&*?._-+=';
const USER_INPUTS: readonly (readonly (string | number)[])[] = [
  ['jane.doe@acme.example', 'Jane', 'Doe', 'Acme'],
  ['marcos', 'silva', 'marcos.silva@empresa.example', 1987],
  ['Zoë', 'Laurent', 'zoe@societe.example', 'Société Générale'],
  ['constructor', 'toString'],
  ['İlker', 'Yıldız', 2001],
  ['admin', 'resetkit', 'password'],
];

interface Draw {
  random: () => number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

function draw(random: () => number): Draw {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    random,
    int,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    chance: (probability) => random() < probability,
  };
}

/**
 * A length of 8-128, mostly realistic (8-24) with a tail up to 128. zxcvbn-ts needs seconds for
 * the longest symbol-heavy ones, which bounds how many the golden run can afford.
 */
function length(d: Draw): number {
  const roll = d.random();
  if (roll < 0.6) return d.int(8, 16);
  if (roll < 0.85) return d.int(17, 32);
  if (roll < 0.96) return d.int(33, 64);
  return d.int(65, 128);
}

function fit(text: string, target: number, d: Draw, more: () => string): string {
  let out = text;
  while ([...out].length < target) out += more();
  // Cut on code points, sometimes leaving a surrogate pair or a joiner sequence half done.
  const points = [...out];
  return d.chance(0.05) ? out.slice(0, target) : points.slice(0, target).join('');
}

function year(d: Draw): number {
  return d.chance(0.8) ? d.int(1950, 2030) : d.int(1000, 2099);
}

function date(d: Draw): string {
  const y = year(d);
  const m = d.int(1, 12);
  const day = d.int(1, 31);
  const pad = (n: number) => (d.chance(0.6) ? String(n).padStart(2, '0') : String(n));
  const sep = d.pick(['', '', '/', '-', '.', ' ', '\\', '_']);
  const yy = d.chance(0.3) ? String(y % 100).padStart(2, '0') : String(y);
  const parts = d.pick([
    [yy, pad(m), pad(day)],
    [pad(day), pad(m), yy],
    [pad(m), pad(day), yy],
    [yy, pad(day), pad(m)],
  ]);
  return parts.join(sep);
}

function capitalize(word: string, d: Draw): string {
  const roll = d.random();
  if (roll < 0.55) return word;
  if (roll < 0.8) return word.charAt(0).toUpperCase() + word.slice(1);
  if (roll < 0.9) return word.toUpperCase();
  if (roll < 0.95) return word.charAt(0) + word.slice(1).toUpperCase();
  return [...word].map((char) => (d.chance(0.5) ? char.toUpperCase() : char)).join('');
}

function leet(word: string, d: Draw, rate: number): string {
  return [...word]
    .map((char) => {
      const subs = L33T[char.toLowerCase()];
      return subs && d.chance(rate) ? d.pick(subs) : char;
    })
    .join('');
}

function word(d: Draw, words: CorpusWords): string {
  const roll = d.random();
  if (roll < 0.7) return d.pick(words.words);
  if (roll < 0.85) return d.pick(words.names);
  if (roll < 0.97) return d.pick(words.passwords);
  return d.pick(OBJECT_KEYS);
}

function makeKind(kind: Kind, target: number, d: Draw, words: CorpusWords): string {
  const chars = (alphabet: string) => () => alphabet[d.int(0, alphabet.length - 1)]!;
  switch (kind) {
    case 'random':
      return fit('', target, d, chars(PRINTABLE));
    case 'alphanumeric':
      return fit('', target, d, chars(d.chance(0.3) ? ALPHANUMERIC.slice(0, 26) + ALPHANUMERIC.slice(52) : ALPHANUMERIC));
    case 'digits':
      return fit('', target, d, d.chance(0.7) ? chars('0123456789') : () => String(d.int(0, 99999)));
    case 'dates':
      return fit('', target, d, () => (d.chance(0.6) ? date(d) : d.chance(0.5) ? capitalize(word(d, words), d) : String(year(d))));
    case 'passphrase': {
      const separator = d.pick(SEPARATORS);
      return fit(capitalize(word(d, words), d), target, d, () => separator + capitalize(word(d, words), d));
    }
    case 'joined':
      return fit('', target, d, () => capitalize(word(d, words), d) + (d.chance(0.15) ? String(d.int(0, 99)) : ''));
    case 'l33t':
      return fit('', target, d, () => leet(capitalize(word(d, words), d), d, d.pick([0.3, 0.6, 1])) + (d.chance(0.3) ? d.pick([...SYMBOLS]) : '') + (d.chance(0.3) ? String(d.int(0, 2030)) : ''));
    case 'keyboard':
      return fit('', target, d, () => {
        const walk = d.pick(WALKS);
        const start = d.int(0, walk.length - 3);
        const piece = walk.slice(start, start + d.int(3, walk.length));
        return d.chance(0.2) ? [...piece].reverse().join('') : d.chance(0.1) ? piece.toUpperCase() : piece;
      });
    case 'repeat': {
      const unit = d.chance(0.5) ? fit('', d.int(1, 4), d, chars(PRINTABLE)) : capitalize(word(d, words), d);
      return fit(d.chance(0.2) ? capitalize(word(d, words), d) : '', target, d, () => unit);
    }
    case 'sequence':
      return fit('', target, d, () => {
        const sequence = d.pick(SEQUENCES);
        const start = d.int(0, sequence.length - 3);
        const piece = [...sequence].slice(start, start + d.int(3, 12)).join('');
        return d.chance(0.3) ? [...piece].reverse().join('') : piece;
      });
    case 'unicode':
      return fit('', target, d, () => {
        const roll = d.random();
        if (roll < 0.35) return d.pick(UNICODE);
        if (roll < 0.55) return capitalize(word(d, words), d);
        if (roll < 0.65) return d.pick(OBJECT_KEYS);
        if (roll < 0.75) return 'İ' + word(d, words);
        return String.fromCodePoint(d.chance(0.7) ? d.int(0xa0, 0x2fff) : d.int(0x1f300, 0x1faff));
      });
    case 'common':
      return fit(capitalize(d.pick(words.passwords), d), target, d, () => d.pick([String(year(d)), String(d.int(0, 999)), d.pick([...SYMBOLS]), capitalize(d.pick(words.names), d)]));
    case 'mixed':
      return fit('', target, d, () => makeKind(d.pick(KINDS.filter((k) => k !== 'mixed')), d.int(2, 10), d, words));
  }
}

function userInputsFor(password: string, d: Draw): (string | number)[] | undefined {
  if (!d.chance(0.15)) return undefined;
  const inputs = [...d.pick(USER_INPUTS)];
  // Sometimes the password really contains one of them, as it does when a member uses their name.
  if (d.chance(0.5)) inputs.push(password.slice(0, Math.max(3, Math.floor(password.length / 3))));
  return inputs;
}

/** `count` passwords of every kind, drawn from `seed`. */
export function corpus(seed: number, count: number, words: CorpusWords): CorpusEntry[] {
  const d = draw(seeded(seed));
  const entries: CorpusEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = KINDS[index % KINDS.length]!;
    const password = makeKind(kind, length(d), d, words);
    const userInputs = userInputsFor(password, d);
    entries.push(userInputs ? { kind, password, userInputs } : { kind, password });
  }
  return entries;
}

/** Every prefix (1 character up to the whole) of `count` typed passwords of 8-40 characters. */
export function typedPrefixes(seed: number, count: number, words: CorpusWords): CorpusEntry[] {
  const d = draw(seeded(seed));
  const entries: CorpusEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = d.pick(KINDS);
    const typed = makeKind(kind, d.int(8, 40), d, words);
    const userInputs = userInputsFor(typed, d);
    for (let end = 1; end <= typed.length; end += 1) {
      const password = typed.slice(0, end);
      entries.push(userInputs ? { kind: 'typed', password, userInputs } : { kind: 'typed', password });
    }
  }
  return entries;
}
