/**
 * The data resetkit's engine reads: a zxcvbn-ts language pack plus the common pack, loaded piece
 * by piece with `import()`, in exactly the shape zxcvbn-ts's README builds for its default
 * options. Not part of the public API.
 */
import type { EngineData } from './engine/index.js';
import { common } from './packs/common.js';
import type { LanguagePack, ModuleLoader } from './packs/pack.js';

/** Gives the page a chance to handle input; resolves when the work may go on. */
export type Pause = () => Promise<void>;

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

/**
 * The dictionaries, keyboard graphs and translations of `common` + `language`: the same
 * dictionary object as zxcvbn-ts's README (`{...common.dictionary, ...language.dictionary}`, each
 * package's lists followed by its word sequences; the order breaks ties between equally good
 * matches). With `pause`, one module is evaluated at a time with a pause after each (for the main
 * thread: evaluating a dictionary module decompresses it, 1-25 ms each).
 */
export async function loadEngineData(language: LanguagePack, pause?: Pause): Promise<EngineData> {
  type Step = { pack: LanguagePack; part: string; load: ModuleLoader };
  const steps: Step[] = [common, language].flatMap((pack) => [
    ...pack.lists.map(([name, load]) => ({ pack, part: name, load })),
    ...(pack.wordSequences ? [{ pack, part: 'wordSequences', load: pack.wordSequences }] : []),
    ...(pack.translations ? [{ pack, part: 'translations', load: pack.translations }] : []),
    ...(pack.adjacencyGraphs ? [{ pack, part: 'adjacencyGraphs', load: pack.adjacencyGraphs }] : []),
  ]);
  let modules: unknown[];
  if (pause) {
    modules = [];
    for (const step of steps) {
      modules.push((await step.load()).default);
      await pause();
    }
  } else {
    modules = await Promise.all(steps.map(async (step) => (await step.load()).default));
  }
  const byPart = (pack: LanguagePack, part: string) => modules[steps.findIndex((s) => s.pack === pack && s.part === part)];

  const dictionary: EngineData['dictionary'] = {};
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
  return { dictionary, graphs: graphs as EngineData['graphs'], translations: translations as EngineData['translations'] };
}
