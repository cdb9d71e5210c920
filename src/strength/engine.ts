/**
 * zxcvbn-ts with its default options (dictionaries, keyboard graphs and the language's
 * translations, nothing else changed), loaded piece by piece with `import()`. Used by the worker
 * and by the main-thread fallback; not part of the public API.
 */
import type * as Zxcvbn from '@zxcvbn-ts/core';
import type { Options, OptionsDictionary, OptionsGraph, TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { common } from './packs/common.js';
import type { LanguagePack, ModuleLoader } from './packs/pack.js';
import type { StrengthFeedback, StrengthScore } from './types.js';

/** What the engine says about one password; the policy is applied by the caller. */
export interface EngineCheck {
  score: StrengthScore;
  guessesLog10: number;
  feedback: StrengthFeedback;
}

export interface StrengthEngine {
  check(password: string, userInputs?: readonly (string | number)[]): EngineCheck;
}

/** Gives the page a chance to handle input; resolves when the engine may go on. */
export type Pause = () => Promise<void>;

export interface Material {
  dictionary: OptionsDictionary;
  graphs: OptionsGraph;
  translations: TranslationKeys;
}

// Work between two pauses on the main thread: far below the 50 ms of a long task, with room for
// a slower machine than the one it was measured on.
const SLICE_MS = 8;

function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((word) => typeof word === 'string');
}

function isRecordOf<T>(value: unknown, check: (entry: unknown) => entry is T): value is Record<string, T> {
  return typeof value === 'object' && value !== null && Object.values(value).every(check);
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

function unexpected(pack: LanguagePack, part: string): Error {
  return new Error(`resetkit/strength: ${pack.name} has an unexpected ${part} (was the package upgraded?).`);
}

/** The options zxcvbn-ts's README builds for `common` + `language` (exported for tests). */
export async function loadMaterial(language: LanguagePack, pause?: Pause): Promise<Material> {
  type Step = { pack: LanguagePack; part: string; load: ModuleLoader };
  const steps: Step[] = [common, language].flatMap((pack) => [
    ...pack.lists.map(([name, load]) => ({ pack, part: name, load })),
    ...(pack.wordSequences ? [{ pack, part: 'wordSequences', load: pack.wordSequences }] : []),
    ...(pack.translations ? [{ pack, part: 'translations', load: pack.translations }] : []),
    ...(pack.adjacencyGraphs ? [{ pack, part: 'adjacencyGraphs', load: pack.adjacencyGraphs }] : []),
  ]);
  let modules: unknown[];
  if (pause) {
    // One module at a time: evaluating a dictionary module decompresses it, 1-25 ms each, and
    // modules loaded together may be evaluated in one task.
    modules = [];
    for (const step of steps) {
      modules.push((await step.load()).default);
      await pause();
    }
  } else {
    modules = await Promise.all(steps.map(async (step) => (await step.load()).default));
  }
  const byPart = (pack: LanguagePack, part: string) => modules[steps.findIndex((s) => s.pack === pack && s.part === part)];

  // The same dictionary object as zxcvbn-ts's README: {...common.dictionary, ...language.dictionary},
  // each package's dictionary being its lists followed by its word sequences.
  const dictionary: OptionsDictionary = {};
  for (const pack of [common, language]) {
    for (const [name] of pack.lists) {
      const list = byPart(pack, name);
      if (!isWordList(list)) throw unexpected(pack, name);
      dictionary[name] = list;
    }
    if (pack.wordSequences) {
      const sequences = byPart(pack, 'wordSequences');
      if (!isRecordOf(sequences, isWordList)) throw unexpected(pack, 'wordSequences');
      Object.assign(dictionary, sequences);
    }
  }
  const graphs = byPart(common, 'adjacencyGraphs');
  const translations = byPart(language, 'translations');
  if (!isRecordOf(graphs, isObject)) throw unexpected(common, 'adjacencyGraphs');
  if (!isObject(translations)) throw unexpected(language, 'translations');
  return { dictionary, graphs: graphs as OptionsGraph, translations: translations as TranslationKeys };
}

/**
 * Builds the factory with rank tables made a slice at a time. zxcvbn-ts builds them in its
 * constructor, one task of ~150 ms; this fills the same public fields of its `Options` (the
 * constructor's own algorithm: rank = 1-based position, a repeated word keeping its last rank)
 * and hands over only when they are complete. Falls back to the constructor if the fields are not
 * where 4.x keeps them.
 */
async function buildFactorySliced(
  core: typeof Zxcvbn,
  { dictionary, graphs, translations }: Material,
  pause: Pause,
): Promise<ZxcvbnFactory> {
  const factory = new core.ZxcvbnFactory({ graphs, translations });
  const options = (factory as unknown as { options?: Options }).options;
  if (!(options instanceof core.Options) || typeof options.rankedDictionaries !== 'object') {
    return new core.ZxcvbnFactory({ dictionary, graphs, translations });
  }
  const rankedDictionaries: Options['rankedDictionaries'] = {};
  const maxWordSizes: Record<string, number> = {};
  let sliceStart = performance.now();
  for (const [name, list] of Object.entries(dictionary)) {
    const ranked: Record<string, number> = {};
    let longest = 0;
    for (let index = 0; index < list.length; index += 1) {
      const word = String(list[index]);
      ranked[word] = index + 1;
      if (word.length > longest) longest = word.length;
      if ((index & 1023) === 1023 && performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
    rankedDictionaries[name] = ranked;
    maxWordSizes[name] = longest;
  }
  options.dictionary = dictionary;
  options.rankedDictionaries = rankedDictionaries;
  options.rankedDictionariesMaxWordSize = maxWordSizes;
  return factory;
}

/**
 * Loads zxcvbn-ts and the dictionaries of `common` + `language`. With `pause`, the work is cut
 * into slices of a few milliseconds with a pause between them (for the main thread); without,
 * it is done as fast as possible (in a worker, or in Node).
 */
export async function createEngine(language: LanguagePack, pause?: Pause): Promise<StrengthEngine> {
  const [core, material] = await Promise.all([import('@zxcvbn-ts/core'), loadMaterial(language, pause)]);
  const factory = pause
    ? await buildFactorySliced(core, material, pause)
    : new core.ZxcvbnFactory({ dictionary: material.dictionary, graphs: material.graphs, translations: material.translations });
  return {
    check(password, userInputs) {
      const result = factory.check(password, userInputs ? [...userInputs] : undefined);
      return {
        score: result.score,
        guessesLog10: result.guessesLog10,
        feedback: { warning: result.feedback.warning, suggestions: [...result.feedback.suggestions] },
      };
    },
  };
}
