// The differential suite, run by one test file per locale (differential-<locale>.test.ts, which
// Vitest runs side by side). resetkit's engine must give exactly zxcvbn-ts 4.2's answers with its
// default options: score, guesses, feedback, crack times and the whole match sequence, field for
// field. Proven on the golden files (zxcvbn-ts's answers for 20,000 seeded passwords and every
// prefix of 200 typed ones, in all four locales, made by scripts/make-strength-golden.mjs) and, on
// every run, against zxcvbn-ts itself on a fresh random sample. The engine reads the data the
// estimator ships (loadEngineData) with the packs' own translations, as zxcvbn-ts does.
// First: the modules below read the year when they load (golden-clock.ts).
import { releaseGoldenClock } from './golden-clock.js';
import { readFileSync } from 'node:fs';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResetLocale } from '../../src/core/index.js';
import { loadEngineData } from '../../src/strength/data.js';
import { createEngine, type EngineData, type ZxcvbnEngine } from '../../src/strength/engine/index.js';
import { pack as en } from '../../src/strength/packs/en.js';
import { pack as es } from '../../src/strength/packs/es.js';
import { pack as fr } from '../../src/strength/packs/fr.js';
import { pack as ptBr } from '../../src/strength/packs/pt-br.js';
import { corpus, typedPrefixes, type CorpusEntry } from './corpus.js';
import {
  GOLDEN_LOCALES,
  comparable,
  corpusWords,
  firstDifference,
  goldenFile,
  readGolden,
  type Encoded,
  type GoldenLine,
} from './golden.js';

releaseGoldenClock();

const PACKS = { en, es, fr, 'pt-br': ptBr } as const;
/** Passwords per locale checked live against zxcvbn-ts, and their longest length (zxcvbn-ts is slow). */
const LIVE_SAMPLE = 40;
const LIVE_MAX_LENGTH = 16;
// A fresh sample on every run; RESETKIT_STRENGTH_SEED replays a failing one.
const LIVE_SEED = Number(process.env.RESETKIT_STRENGTH_SEED ?? Math.floor(Math.random() * 2 ** 31));

const installed = (name: string): string =>
  (JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

interface Mismatch {
  entry: CorpusEntry;
  difference: string;
}

function describeMismatches(locale: ResetLocale, mismatches: readonly Mismatch[], total: number): string {
  const shown = mismatches.slice(0, 10).map(({ entry, difference }) => {
    const inputs = entry.userInputs ? ` userInputs ${JSON.stringify(entry.userInputs)}` : '';
    return `  [${locale}] ${entry.kind} ${JSON.stringify(entry.password)}${inputs}\n    ${difference}`;
  });
  return `${mismatches.length} of ${total} differ from zxcvbn-ts${mismatches.length > 10 ? ' (first 10)' : ''}:\n${shown.join('\n')}`;
}

function compare(entry: CorpusEntry, expected: Encoded, actual: object, mismatches: Mismatch[], label = ''): void {
  const difference = firstDifference(expected, comparable(actual));
  if (difference) mismatches.push({ entry, difference: `${label}${difference}` });
}

/** The differential tests of one locale. */
export const describeDifferential = (locale: ResetLocale) => describe(`the engine against zxcvbn-ts 4.2, ${locale}`, () => {
  let data: EngineData;
  let engine: ZxcvbnEngine;
  let lines: GoldenLine[];
  beforeAll(async () => {
    data = await loadEngineData(PACKS[locale]);
    engine = createEngine(data);
    const golden = readGolden(goldenFile(locale));
    // Answers of other versions prove nothing about these: regenerate the golden files.
    for (const [name, version] of Object.entries(golden.header.versions)) expect(installed(name), name).toBe(version);
    expect(golden.lines).toHaveLength(golden.header.entries);
    lines = golden.lines;
  });

  it('answers every golden password exactly as zxcvbn-ts did', () => {
    const mismatches: Mismatch[] = [];
    for (const line of lines) compare(line, line.result, engine.check(line.password, line.userInputs), mismatches);
    expect(mismatches, describeMismatches(locale, mismatches, lines.length)).toEqual([]);
    // Every kind of the corpus, and typed prefixes, are there.
    expect(new Set(lines.map((line) => line.kind)).size).toBe(14);
    // A few seconds for 9,000 estimates; more on a loaded machine.
  }, 60_000);

  it('answers every typed prefix in one typing session exactly as zxcvbn-ts did', () => {
    const mismatches: Mismatch[] = [];
    const typed = lines.filter((line) => line.kind === 'typed');
    let session = engine.session();
    for (const line of typed) {
      // Each typed password starts at one character, in a session with its own user inputs.
      if (line.password.length === 1) session = engine.session(line.userInputs);
      compare(line, line.result, session.check(line.password), mismatches, 'session: ');
    }
    expect(typed.length).toBeGreaterThan(500);
    expect(mismatches, describeMismatches(locale, mismatches, typed.length)).toEqual([]);
  }, 60_000);

  it(`answers a fresh random sample as zxcvbn-ts does live (seed ${LIVE_SEED})`, () => {
    // The very objects the engine reads; the engine only types them more loosely.
    const zxcvbn = new ZxcvbnFactory(data as unknown as ConstructorParameters<typeof ZxcvbnFactory>[0]);
    const words = corpusWords(data.dictionary, locale);
    const seed = LIVE_SEED + GOLDEN_LOCALES.indexOf(locale);
    const sample = corpus(seed, LIVE_SAMPLE * 3, words)
      .filter((entry) => entry.password.length <= LIVE_MAX_LENGTH)
      .slice(0, LIVE_SAMPLE);
    // Typed prefixes, with a keystroke taken back now and then (the session must not assume
    // the password only grows).
    const typed = typedPrefixes(seed, 1, words)
      .filter((entry) => entry.password.length <= LIVE_MAX_LENGTH)
      .flatMap((entry, index, all) => (index % 5 === 4 ? [entry, all[index - 1]!] : [entry]));
    const mismatches: Mismatch[] = [];
    const session = engine.session();
    for (const entry of [...sample, ...typed]) {
      const expected = comparable(zxcvbn.check(entry.password, entry.userInputs ? [...entry.userInputs] : undefined));
      compare(entry, expected, engine.check(entry.password, entry.userInputs), mismatches);
      if (!entry.userInputs) compare(entry, expected, session.check(entry.password), mismatches, 'session: ');
    }
    expect(sample.length).toBe(LIVE_SAMPLE);
    expect(mismatches, describeMismatches(locale, mismatches, sample.length + typed.length)).toEqual([]);
    // zxcvbn-ts itself takes seconds for these; the engine's side is milliseconds.
  }, 60_000);
});
