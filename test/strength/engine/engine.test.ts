// resetkit's engine against zxcvbn-ts 4.2 itself, live: every quirk the engine copies, a seeded
// sample of every kind of password in all four locales (a fresh seed per run,
// RESETKIT_ENGINE_SEED replays one), and the typing session against full estimates.
import { Options, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResetLocale } from '../../../src/core/index.js';
import { loadEngineData } from '../../../src/strength/data.js';
import { createEngine, prepare, prepareSliced, type ZxcvbnEngine } from '../../../src/strength/engine/index.js';
import { L33T_TABLE } from '../../../src/strength/engine/l33t.js';
import { knowledgeOf, omnimatch } from '../../../src/strength/engine/matching.js';
import { search } from '../../../src/strength/engine/scoring.js';
import type { TranslationKeys } from '../../../src/strength/engine/types.js';
import { pack as en } from '../../../src/strength/packs/en.js';
import { pack as es } from '../../../src/strength/packs/es.js';
import { pack as fr } from '../../../src/strength/packs/fr.js';
import { pack as ptBr } from '../../../src/strength/packs/pt-br.js';
import { seeded, typedPrefixes } from '../corpus.js';
import type { CorpusWords } from '../corpus.js';
import { comparable, corpusWords, firstDifference } from '../golden.js';
import { GENERATED_KINDS, QUIRKS, generated, type Case } from './cases.js';

const PACKS = { en, es, fr, 'pt-br': ptBr } as const;
const LOCALES = Object.keys(PACKS) as ResetLocale[];
const SEED = Number(process.env.RESETKIT_ENGINE_SEED ?? Math.floor(Math.random() * 2 ** 31));
// zxcvbn-ts takes up to a second for 24 symbol-heavy characters: keep the live sample small.
const LIVE_PER_LOCALE = 22;
const LIVE_MAX_LENGTH = 24;

interface Pair {
  engine: ZxcvbnEngine;
  oracle: ZxcvbnFactory;
  corpus: CorpusWords;
  words: readonly string[];
}
const pairs = new Map<ResetLocale, Pair>();

beforeAll(async () => {
  for (const locale of LOCALES) {
    const data = await loadEngineData(PACKS[locale]);
    pairs.set(locale, {
      engine: createEngine(data),
      oracle: new ZxcvbnFactory({ dictionary: data.dictionary, graphs: data.graphs, translations: data.translations } as never),
      corpus: corpusWords(data.dictionary, locale),
      words: corpusWords(data.dictionary, locale).words,
    });
  }
}, 120_000);

const pair = (locale: ResetLocale) => pairs.get(locale)!;
const TRANSLATIONS: TranslationKeys = { warnings: {}, suggestions: {}, timeEstimation: {} };

/** The first field where the engine differs from zxcvbn-ts, or null. */
function difference(locale: ResetLocale, { password, userInputs }: Case): string | null {
  const { engine, oracle } = pair(locale);
  const expected = comparable(oracle.check(password, userInputs));
  return firstDifference(expected, comparable(engine.check(password, userInputs)));
}

const describeCase = (c: Case) => JSON.stringify(c.userInputs ? [c.password, c.userInputs] : c.password);

describe('engine: the quirks of zxcvbn-ts 4.2 it reproduces', () => {
  for (const [quirk, cases] of Object.entries(QUIRKS)) {
    it(`${quirk}: identical results in en${quirk === 'others' ? '' : ' and fr'}`, () => {
      const locales: ResetLocale[] = quirk === 'others' ? ['en'] : ['en', 'fr'];
      const failures = locales.flatMap((locale) =>
        cases.map((c) => [locale, describeCase(c), difference(locale, c)] as const).filter(([, , d]) => d !== null),
      );
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it('finds Object.prototype members in every dictionary wide enough, with the member as rank', () => {
    const data = prepare({ dictionary: { short: ['ab'], long: ['abcdefghijklmn'], sequences: [] }, graphs: {}, translations: TRANSLATIONS });
    const knowledge = knowledgeOf(data);
    const ranks = (password: string) =>
      omnimatch(knowledge, password, null).matches
        .filter((match) => match.pattern === 'dictionary' && !match.reversed && !match.l33t)
        .map((match) => [match.token, match.dictionaryName, match.rank]);
    // Inside a longer password only "long" is wide enough; the whole password is looked up in all.
    expect(ranks('xconstructor')).toEqual([['constructor', 'long', Object]]);
    expect(ranks('constructor')).toEqual([
      ['constructor', 'short', Object],
      ['constructor', 'long', Object],
      ['constructor', 'sequences', Object],
    ]);
  });

  it('lets a NaN candidate overwrite a better one in the search, as zxcvbn-ts does', () => {
    const match = (guesses: number) => ({ pattern: 'dictionary', i: 0, j: 2, token: 'abc', guesses });
    const matches = [match(5), match(Number.NaN)];
    const found = search(3, matches, Float64Array.from(matches, (m) => m.guesses));
    // The NaN took the 5's place, then bruteforce took the NaN's: the 5 is lost.
    expect(found.picks).toEqual([-1]);
    expect(found.guesses).toBe(1000 + 1);
    expect(search(3, [match(5)], Float64Array.of(5)).picks).toEqual([0]);
  });

  it('uses zxcvbn-ts 4.2’s default l33t table', () => {
    expect(L33T_TABLE).toEqual(new Options().l33tTable);
  });
});

describe('engine: seeded passwords of every kind, live against zxcvbn-ts', () => {
  for (const locale of LOCALES) {
    it(`${locale}: ${LIVE_PER_LOCALE} passwords of ${GENERATED_KINDS.length} kinds (seed ${SEED})`, () => {
      const cases = generated(SEED + LOCALES.indexOf(locale), LIVE_PER_LOCALE, pair(locale).words, LIVE_MAX_LENGTH);
      const failures = cases.map((c) => [c.kind, describeCase(c), difference(locale, c)] as const).filter(([, , d]) => d !== null);
      expect(failures).toEqual([]);
    }, 300_000);
  }

  it('en: every prefix of two typed passwords', () => {
    const typed = typedPrefixes(SEED, 2, pair('en').corpus).slice(0, 40);
    const failures = typed.map((c) => [describeCase(c), difference('en', c)] as const).filter(([, d]) => d !== null);
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('engine: typing session', () => {
  const typeAll = (engine: ZxcvbnEngine, passwords: readonly string[], userInputs?: (string | number)[]) => {
    const session = engine.session(userInputs);
    return passwords.map((password) => firstDifference(comparable(engine.check(password, userInputs)), comparable(session.check(password))));
  };

  it('gives check()’s result on every keystroke of long typed passwords, in every locale', () => {
    const random = seeded(SEED);
    for (const locale of LOCALES) {
      const { engine, words } = pair(locale);
      const cases = generated(SEED + 17, 12, words, 128);
      for (const { password, userInputs } of cases) {
        const keystrokes = Array.from({ length: password.length }, (_, k) => password.slice(0, k + 1));
        // Edits as well as keystrokes: a deletion, a paste, a change in the middle.
        const cut = Math.floor(random() * password.length);
        keystrokes.push(password.slice(0, cut), `${password.slice(0, cut)}X${password.slice(cut)}`, password, password);
        expect(typeAll(engine, keystrokes, userInputs).filter((d) => d !== null)).toEqual([]);
      }
    }
  }, 120_000);

  it('starts again when the user inputs differ between sessions', () => {
    const { engine } = pair('en');
    const plain = engine.session();
    const withInputs = engine.session(['correcthorse']);
    expect(plain.check('correcthorse1').sequence[0]?.dictionaryName).not.toBe('userInputs');
    expect(withInputs.check('correcthorse1').sequence[0]?.dictionaryName).toBe('userInputs');
  });
});

describe('engine: prepared tables', () => {
  it('gives the same results from prepare() and prepareSliced() as from the raw data', async () => {
    const data = await loadEngineData(PACKS.es);
    let pauses = 0;
    // A negative budget pauses at every step: the build really is cut into slices.
    const sliced = createEngine(await prepareSliced(data, () => Promise.resolve(void (pauses += 1)), -1));
    const prepared = createEngine(prepare(data));
    const direct = pair('es').engine;
    expect(pauses).toBeGreaterThan(10);
    for (const c of generated(SEED + 99, 20, pair('es').words, 40)) {
      const expected = direct.check(c.password, c.userInputs);
      expect(prepared.check(c.password, c.userInputs)).toEqual(expected);
      expect(sliced.check(c.password, c.userInputs)).toEqual(expected);
    }
  }, 60_000);
});
