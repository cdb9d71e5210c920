// Benchmark passwords: several kinds, each at any length, from a seeded generator so that every
// run measures the same strings.

export const KINDS = ['words', 'random', 'repeated', 'keyboard', 'dates', 'digits', 'l33t'] as const;
export type Kind = (typeof KINDS)[number];

/** Mulberry32: small, fast, and good enough to pick characters. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'correct', 'horse', 'battery', 'staple', 'river', 'window', 'purple', 'monkey', 'garden', 'silver',
  'coffee', 'planet', 'summer', 'dragon', 'pencil', 'castle', 'orange', 'winter', 'rocket', 'forest',
];
const RANDOM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*-_=+?';
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', 'poiuytrewq', 'lkjhgfdsa'];
const L33T: Record<string, string> = { a: '@', e: '3', i: '1', o: '0', s: '$', t: '7' };

function fill(length: number, next: () => string): string {
  let text = '';
  while (text.length < length) text += next();
  return text.slice(0, length);
}

/** A password of `kind` with exactly `length` characters. */
export function password(kind: Kind, length: number, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  switch (kind) {
    case 'words':
      return fill(length, () => pick(WORDS) + pick(['', ' ', '-']));
    case 'random':
      return fill(length, () => pick([...RANDOM]));
    case 'repeated': {
      const unit = fill(2 + Math.floor(random() * 3), () => pick([...RANDOM]));
      return fill(length, () => unit);
    }
    case 'keyboard':
      return fill(length, () => pick(ROWS).slice(0, 4 + Math.floor(random() * 6)));
    case 'dates':
      return fill(length, () => {
        const year = 1950 + Math.floor(random() * 75);
        const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
        const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
        return pick([`${year}${month}${day}`, `${day}/${month}/${year}`, `${year}-${month}-${day}`, `${day}.${month}.${year % 100}`]);
      });
    case 'digits':
      return fill(length, () => String(Math.floor(random() * 10)));
    case 'l33t':
      // A passphrase with the usual substitutions: digits and symbols where letters were.
      return fill(length, () => [...pick(WORDS)].map((char) => (random() < 0.6 ? (L33T[char] ?? char) : char)).join('') + pick(['', ' ', '-']));
  }
}
