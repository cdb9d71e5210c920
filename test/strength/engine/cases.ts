// Inputs for the engine's own comparisons with zxcvbn-ts: a fixed set aimed at each quirk the
// engine reproduces, and a seeded generator of every kind of password (short enough that
// zxcvbn-ts answers in time: it needs seconds for long symbol-heavy ones).
import { seeded } from '../corpus.js';

export interface Case {
  password: string;
  userInputs?: (string | number)[];
}

/** One or more cases for each behaviour the engine must copy from zxcvbn-ts. */
export const QUIRKS: Record<string, Case[]> = {
  // Plain-object dictionaries: Object.prototype members are "words" of every dictionary.
  prototypeKeys: [
    { password: 'constructor' },
    { password: 'myconstructor1' },
    { password: '__proto__' },
    { password: 'xhasOwnPropertyx' },
    { password: 'toString!valueOf' },
    { password: 'isPrototypeOf2024' },
    { password: 'c0nstructor' },
    { password: 'rotcurtsnoc' },
    { password: 'constructor', userInputs: ['constructor'] },
    { password: 'zz__proto__zz', userInputs: ['__proto__', 'zz'] },
  ],
  // Lower-casing changes the length ('İ') or depends on the neighbours ('Σ').
  lowerCase: [
    { password: 'İstanbul' },
    { password: 'passwordİpassword' },
    { password: 'İİİpass' },
    { password: 'p4ssİw0rd' },
    { password: 'ΣΟΦΙΑ' },
    { password: 'ΑΣ4Σ' },
    { password: 'Straße2019' },
    { password: 'ÀÉÎõü' },
  ],
  // The 100 substituted copies: which l33t matches exist depends on the cut-off and order.
  l33tTruncation: [
    { password: '1!|1!|1!|l33t' },
    { password: 'p@$$w0rd1!|<()' },
    { password: '|_|n|)3r$t4nd1ng' },
    { password: '4@4@4@4@4@4@4@4@' },
    { password: '1111111111111111' },
    { password: 'vvuu2v2u^/nn^^2n' },
    { password: '/\\/\\/\\/\\0nk3y' },
    { password: '(<[{<|<|-|#6&9' },
    { password: 'P455w0rd' },
    { password: 'l0v3ly' },
  ],
  // The word-sequence matcher with its own l33t pass and camelCase joins.
  wordSequences: [
    { password: 'oneTwoThree' },
    { password: '0ne7w0three' },
    { password: 'mondaytuesdaywednesday' },
    { password: 'first-second-third' },
    { password: 'eerhtowtENO' },
    { password: 'springSummer_autumn.winter' },
  ],
  // The repeat matcher re-estimates its unit.
  repeats: [
    { password: 'abcabcabc' },
    { password: 'aabaabaabaab' },
    { password: 'aaaaaaaaaa' },
    { password: 'passwordpassword' },
    { password: 'qwe!qwe!qwe!' },
    { password: 'xyxyxyAzAzAz' },
  ],
  // Separators: the most used one, a backslash never is one.
  separators: [
    { password: 'a\\b\\c\\d' },
    { password: 'cat dog bird fish' },
    { password: 'red--green--blue' },
    { password: 'a.b-c.d-e.f' },
  ],
  others: [
    { password: '' },
    { password: 'a' },
    { password: 'password' },
    { password: 'P@ssw0rd!' },
    { password: 'Tr0ub4dour&3' },
    { password: 'correct horse battery staple' },
    { password: '2019-05-12' },
    { password: '11/11/1991' },
    { password: '19911111' },
    { password: 'qwertyuiop' },
    { password: 'zxcvbnm,./' },
    { password: '13579' },
    { password: 'ZYXWVU' },
    { password: 'αβγδε' },
    { password: '😀😀😀😀' },
    { password: '\ud83dabc\ude00' },
    { password: 'e\u0301e\u0301' },
    { password: 'x'.repeat(300) },
    { password: 'alice1987', userInputs: ['Alice', 1987, 'alice@example.com'] },
    { password: 'ACME-admin', userInputs: ['acme', 'admin', 'İnc'] },
  ],
};

const PRINTABLE = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const L33T = '4@8({[<6|)3#9&!1|7^nn2//0()|_|$5+%><';
const ROWS = ['`1234567890-=', 'qwertyuiop[]\\', "asdfghjkl;'", 'zxcvbnm,./', '789456123', '!@#$%^&*()_+'];
const EXOTIC = ['İ', 'Σ', 'ß', 'é', 'ñ', 'ç', 'ã', '😀', '👍🏽', '\u200d', '\u0301', '\ud83d', 'Ж', 'λ'];
const SEPARATOR = [' ', '-', '_', '.', '/', '\\', ',', ':', ''];

export const GENERATED_KINDS = [
  'random',
  'alphanumeric',
  'digits',
  'dates',
  'passphrase',
  'l33t',
  'keyboard',
  'repeat',
  'sequence',
  'unicode',
  'userInputs',
] as const;

/** Seeded passwords of every kind, `maxLength` characters at most, from `words` of a locale. */
export function generated(seed: number, count: number, words: readonly string[], maxLength: number): (Case & { kind: string })[] {
  const random = seeded(seed);
  const int = (below: number) => Math.floor(random() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chars = (alphabet: string, length: number) => Array.from({ length }, () => alphabet.charAt(int(alphabet.length))).join('');
  const word = () => pick(words);
  const l33t = (text: string) =>
    text.replace(/[aeiost]/g, (char) => (random() < 0.6 ? ({ a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' } as Record<string, string>)[char]! : char));
  const cases: (Case & { kind: string })[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = GENERATED_KINDS[index % GENERATED_KINDS.length]!;
    const length = 8 + int(maxLength - 7);
    let password = '';
    let userInputs: (string | number)[] | undefined;
    switch (kind) {
      case 'random':
        password = chars(PRINTABLE, length);
        break;
      case 'alphanumeric':
        password = chars(ALPHANUMERIC, length);
        break;
      case 'digits':
        password = chars('0123456789', length);
        break;
      case 'dates': {
        const year = 1950 + int(90);
        const parts = [String(1 + int(31)).padStart(random() < 0.5 ? 2 : 1, '0'), String(1 + int(12)), String(random() < 0.5 ? year : year % 100)];
        password = parts.join(pick(SEPARATOR.slice(0, 5))) + chars('0123456789!', int(4));
        break;
      }
      case 'passphrase': {
        const separator = pick(SEPARATOR);
        const list = Array.from({ length: 2 + int(4) }, () => (random() < 0.3 ? word().toUpperCase() : word()));
        password = list.join(separator);
        break;
      }
      case 'l33t':
        password = l33t(word() + word()) + chars(L33T, int(6));
        break;
      case 'keyboard': {
        const row = pick(ROWS);
        const start = int(row.length - 3);
        password = row.slice(start, start + 3 + int(row.length - start - 2)) + (random() < 0.5 ? row.slice(0, 4).toUpperCase() : '');
        break;
      }
      case 'repeat': {
        const unit = random() < 0.5 ? chars(ALPHANUMERIC, 1 + int(4)) : word();
        password = unit.repeat(2 + int(4)) + chars(PRINTABLE, int(3));
        break;
      }
      case 'sequence': {
        const start = pick([48, 65, 97, 0x3b1, 0x430]);
        const delta = pick([1, 1, 2, -1, 3]);
        const first = delta < 0 ? start + 9 : start;
        password = Array.from({ length: 4 + int(8) }, (_, k) => String.fromCharCode(first + k * delta)).join('') + word();
        break;
      }
      case 'unicode':
        password = Array.from({ length: 2 + int(5) }, () => (random() < 0.5 ? pick(EXOTIC) : word())).join('');
        break;
      case 'userInputs': {
        const name = word();
        userInputs = [name, 1900 + int(120), random() < 0.3 ? 'İnc' : `${name}@example.com`, ...(random() < 0.2 ? [true as unknown as string] : [])];
        password = (random() < 0.5 ? name : name.toUpperCase()) + chars('0123456789!', 1 + int(5)) + (random() < 0.3 ? word() : '');
        break;
      }
    }
    cases.push({ kind, password: password.slice(0, maxLength), ...(userInputs ? { userInputs } : {}) });
  }
  return cases;
}
