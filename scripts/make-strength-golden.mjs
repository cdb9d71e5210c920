// Makes the golden files of the strength differential test: zxcvbn-ts 4.2's answers, with the
// default options resetkit has always given it (common + language dictionaries in the packs'
// order, keyboard graphs, the language's translations), for the seeded corpus of
// test/strength/corpus.ts in every locale. See test/strength/golden/README.md.
//
//   nice -n 19 node scripts/make-strength-golden.mjs           the whole corpus (about an hour)
//   node scripts/make-strength-golden.mjs --quick --out DIR    a few entries, to check the format
//   ... --locale fr                                            one locale only
//   ... --partial                      write the files from the shards done so far (no computing)
//
// zxcvbn-ts needs 0.01-5 s per password, so the work is cut into shards kept in
// node_modules/.cache/resetkit-golden/: a run that is stopped resumes where it was. One process,
// one core; a locale's file is written once all its shards are done.
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { constants, brotliCompressSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const SHARD = 200;
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const quick = args.includes('--quick');
const partial = args.includes('--partial');

const server = await createServer({
  configFile: false,
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  const golden = await runner.import('./test/strength/golden.ts');
  const { corpus, typedPrefixes } = await runner.import('./test/strength/corpus.ts');
  const { loadEngineData } = await runner.import('./src/strength/data.ts');
  // zxcvbn-ts scores dates against the year its module loads in; the tests replay that year.
  const year = new Date().getFullYear();
  if (year !== golden.GOLDEN.referenceYear) {
    throw new Error(`It is ${year}: set GOLDEN.referenceYear in test/strength/golden.ts to ${year}, then regenerate every locale.`);
  }
  const { ZxcvbnFactory } = await import('@zxcvbn-ts/core');
  const packs = {
    en: (await runner.import('./src/strength/packs/en.ts')).pack,
    es: (await runner.import('./src/strength/packs/es.ts')).pack,
    fr: (await runner.import('./src/strength/packs/fr.ts')).pack,
    'pt-br': (await runner.import('./src/strength/packs/pt-br.ts')).pack,
  };
  const versionOf = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
  const onlyLocale = option('--locale');
  const locales = golden.GOLDEN_LOCALES.filter((locale) => !onlyLocale || locale === onlyLocale);
  const outDir = option('--out') ? pathToFileURL(`${resolve(option('--out'))}/`) : golden.GOLDEN_DIR;
  const cacheRoot = new URL(`../node_modules/.cache/resetkit-golden/${quick ? 'quick' : 'full'}-${golden.GOLDEN.format}-${golden.GOLDEN.seed}/`, import.meta.url);

  const jobs = [];
  for (const locale of locales) {
    const material = await loadEngineData(packs[locale]);
    const factory = new ZxcvbnFactory(material);
    const words = golden.corpusWords(material.dictionary, locale);
    const seeds = golden.localeSeeds(locale);
    const entries = [
      ...corpus(seeds.passwords, quick ? 40 : golden.GOLDEN.counts[locale], words),
      ...typedPrefixes(seeds.typed, quick ? 2 : golden.GOLDEN.typed, words),
    ];
    const versions = Object.fromEntries(
      ['@zxcvbn-ts/core', '@zxcvbn-ts/language-common', packs[locale].name].map((name) => [name, versionOf(name)]),
    );
    const cache = new URL(`${locale}/`, cacheRoot);
    mkdirSync(cache, { recursive: true });
    jobs.push({ locale, factory, entries, versions, cache, shards: Math.ceil(entries.length / SHARD) });
  }

  const shardFile = (job, shard) => new URL(`${String(shard).padStart(4, '0')}.jsonl`, job.cache);
  const total = jobs.reduce((sum, job) => sum + job.entries.length, 0);
  let done = jobs.reduce((sum, job) => sum + readdirSync(job.cache).filter((name) => name.endsWith('.jsonl')).length * SHARD, 0);
  const started = performance.now();
  let computed = 0;
  // Round robin over the locales, last shards first (the typed prefixes: short, so quick), so that
  // an interrupted run has some of every locale and every kind.
  const rounds = partial ? 0 : Math.max(...jobs.map((job) => job.shards));
  for (let round = 0; round < rounds; round += 1) {
    for (const job of jobs) {
      const shard = job.shards - 1 - round;
      if (shard < 0 || existsSync(shardFile(job, shard))) continue;
      const shardStart = performance.now();
      const lines = job.entries.slice(shard * SHARD, (shard + 1) * SHARD).map((entry) => {
        const result = job.factory.check(entry.password, entry.userInputs ? [...entry.userInputs] : undefined);
        return JSON.stringify({ ...entry, result: golden.comparable(result) });
      });
      const file = shardFile(job, shard);
      writeFileSync(`${fileURLToPath(file)}.tmp`, `${lines.join('\n')}\n`);
      renameSync(`${fileURLToPath(file)}.tmp`, file);
      done += lines.length;
      computed += lines.length;
      const perEntry = (performance.now() - started) / computed;
      console.log(
        `${job.locale} shard ${shard + 1}/${job.shards}: ${((performance.now() - shardStart) / 1000).toFixed(1)} s; ` +
          `${Math.min(done, total)}/${total} done, about ${Math.round((perEntry * Math.max(0, total - done)) / 60000)} min left`,
      );
    }
  }

  mkdirSync(outDir, { recursive: true });
  for (const job of jobs) {
    const done = Array.from({ length: job.shards }, (_, shard) => shard).filter((shard) => existsSync(shardFile(job, shard)));
    const body = done.map((shard) => readFileSync(shardFile(job, shard), 'utf8')).join('');
    const entries = body.split('\n').filter((line) => line !== '').length;
    const header = { format: golden.GOLDEN.format, seed: golden.GOLDEN.seed, locale: job.locale, versions: job.versions, entries };
    // A partial file says how much of the corpus it holds.
    if (entries < job.entries.length) Object.assign(header, { corpus: job.entries.length });
    const compressed = brotliCompressSync(`${JSON.stringify(header)}\n${body}`, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
    });
    const file = new URL(`${job.locale}.jsonl.br`, outDir);
    writeFileSync(file, compressed);
    console.log(`${fileURLToPath(file)}: ${entries} of ${job.entries.length} entries, ${(compressed.length / 1024).toFixed(0)} KiB`);
  }
} finally {
  await runner.close();
  await server.close();
}
