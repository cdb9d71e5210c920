// The golden file of the strength differential test: what it holds, how values survive JSON, and
// how two answers are compared. Shared by scripts/make-strength-golden.mjs (which writes it with
// zxcvbn-ts) and test/strength/differential.ts (which holds resetkit's engine to it).
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import type { ResetLocale } from '../../src/core/index.js';
import type { CorpusEntry, CorpusWords } from './corpus.js';

export const GOLDEN_LOCALES = ['en', 'es', 'fr', 'pt-br'] as const satisfies readonly ResetLocale[];

/** The corpus the golden files hold; changing any of it means regenerating them. */
export const GOLDEN = {
  format: 1,
  seed: 20261201,
  /** Passwords per locale (English is the default locale, so it gets the most). */
  counts: { en: 8000, es: 4000, fr: 4000, 'pt-br': 4000 } satisfies Record<ResetLocale, number>,
  /** Typed passwords per locale whose every prefix is a case. */
  typed: 50,
  /**
   * The year the answers were recorded in. zxcvbn-ts and the engine both score dates and recent
   * years against the current year, read when their module loads, so the differential test runs
   * them with the clock set to this year (golden-clock.ts) and the files stay true after New Year.
   */
  referenceYear: 2026,
} as const;

export const GOLDEN_DIR = new URL('./golden/', import.meta.url);

export function goldenFile(locale: ResetLocale): URL {
  return new URL(`${locale}.jsonl.br`, GOLDEN_DIR);
}

/** The first line of a golden file. */
export interface GoldenHeader {
  format: number;
  seed: number;
  locale: ResetLocale;
  /** Versions of @zxcvbn-ts/core and the language packs the answers come from. */
  versions: Record<string, string>;
  entries: number;
  /** Set when the file holds only part of the corpus (a run that was stopped): its full size. */
  corpus?: number;
}

/** One line after the header: a corpus entry and zxcvbn-ts's answer, encoded. */
export interface GoldenLine extends CorpusEntry {
  result: Encoded;
}

/** The seed for `locale`'s passwords and for its typed passwords. */
export function localeSeeds(locale: ResetLocale): { passwords: number; typed: number } {
  const offset = GOLDEN_LOCALES.indexOf(locale) + 1;
  return { passwords: GOLDEN.seed + offset * 1000, typed: GOLDEN.seed + offset * 1000 + 1 };
}

/** Words of a locale's packs, for the corpus: the most common words, names and passwords. */
export function corpusWords(dictionary: Record<string, readonly (string | number)[]>, locale: ResetLocale): CorpusWords {
  const suffix = locale === 'es' ? 'es-es' : locale;
  const take = (name: string, count: number) => (dictionary[name] ?? []).slice(0, count).map(String);
  return {
    words: take(`commonWords-${suffix}`, 3000),
    names: [...take(`firstnames-${suffix}`, 800), ...take(`lastnames-${suffix}`, 400)],
    passwords: take('passwords-common', 2000),
  };
}

export type Encoded = null | boolean | string | number | Encoded[] | { [key: string]: Encoded };

/**
 * A lossless JSON form of a zxcvbn result: NaN, ±Infinity, -0 and undefined become `{"$": ...}`,
 * arrays with own properties besides their items (a regex match's index, input and groups) become
 * `{"$": "array", items, props}`, and an object that has a "$" key of its own is wrapped.
 */
export function encode(value: unknown): Encoded {
  if (value === undefined) return { $: 'undefined' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $: 'NaN' };
    if (value === Infinity) return { $: 'Infinity' };
    if (value === -Infinity) return { $: '-Infinity' };
    if (Object.is(value, -0)) return { $: '-0' };
    return value;
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(encode);
    const extra = Object.keys(value).filter((key) => !/^(0|[1-9]\d*)$/.test(key));
    if (extra.length === 0) return items;
    return { $: 'array', items, props: Object.fromEntries(extra.map((key) => [key, encode((value as unknown as Record<string, unknown>)[key])])) };
  }
  if (typeof value === 'object') {
    const fields = Object.fromEntries(Object.keys(value).map((key) => [key, encode((value as Record<string, unknown>)[key])]));
    return '$' in fields ? { $: 'object', value: fields } : fields;
  }
  throw new TypeError(`Cannot encode a ${typeof value} in a golden file.`);
}

/** The fields of a zxcvbn-ts result that are compared: all but the time it took. */
export function comparable(result: object): Encoded {
  const { calcTime: _calcTime, ...rest } = result as { calcTime?: unknown };
  return encode(rest);
}

/** The path to the first difference between two encoded values (keys in any order), or null. */
export function firstDifference(expected: Encoded, actual: Encoded, path = '$'): string | null {
  if (expected === actual) return null;
  const isObject = (value: Encoded): value is Record<string, Encoded> | Encoded[] => typeof value === 'object' && value !== null;
  if (!isObject(expected) || !isObject(actual) || Array.isArray(expected) !== Array.isArray(actual)) {
    return `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
      if (index >= expected.length) return `${path}[${index}]: unexpected ${JSON.stringify(actual[index])}`;
      if (index >= actual.length) return `${path}[${index}]: missing ${JSON.stringify(expected[index])}`;
      const difference = firstDifference(expected[index]!, actual[index]!, `${path}[${index}]`);
      if (difference) return difference;
    }
    return null;
  }
  const want = expected as Record<string, Encoded>;
  const got = actual as Record<string, Encoded>;
  for (const key of Object.keys(want)) {
    if (!Object.hasOwn(got, key)) return `${path}.${key}: missing (expected ${JSON.stringify(want[key])})`;
    const difference = firstDifference(want[key]!, got[key]!, `${path}.${key}`);
    if (difference) return difference;
  }
  const extra = Object.keys(got).find((key) => !Object.hasOwn(want, key));
  return extra === undefined ? null : `${path}.${extra}: unexpected ${JSON.stringify(got[extra])}`;
}

/** Reads a golden file: its header and its lines. */
export function readGolden(file: URL): { header: GoldenHeader; lines: GoldenLine[] } {
  const text = brotliDecompressSync(readFileSync(file)).toString('utf8');
  const [first, ...rest] = text.split('\n').filter((line) => line !== '');
  if (first === undefined) throw new Error(`${file.pathname} is empty.`);
  return { header: JSON.parse(first) as GoldenHeader, lines: rest.map((line) => JSON.parse(line) as GoldenLine) };
}
