// npm run bench, first part: resetkit's zxcvbn engine against zxcvbn-ts 4.2 itself, side by side
// in one Node process on the same data (the English packs): time per estimate by kind and length,
// and a typing simulation (keystrokes at a fixed pace into one worker, the latest value winning).
// Figures, not assertions: test/strength/differential.test.ts proves the answers identical.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { loadEngineData } from '../src/strength/data.js';
import { createEngine, type ZxcvbnEngine } from '../src/strength/engine/index.js';
import { pack } from '../src/strength/packs/en.js';
import { KINDS, password, seeded, type Kind } from './passwords.js';
import { median, ms as msOf, quantile } from './stats.js';

const LENGTHS = [8, 16, 32, 64, 128] as const;
// zxcvbn-ts needs seconds for the long ones: fewer samples there.
const SAMPLES: Record<(typeof LENGTHS)[number], number> = { 8: 15, 16: 15, 32: 9, 64: 5, 128: 3 };
const TYPING_INTERVALS_MS = [15, 100] as const;
const TYPING_LENGTH = 128;

const ms = (value: number) => msOf(value, 2);

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * Keystrokes every `interval` ms into one worker that computes the newest value once it is free
 * (older ones are dropped, as the estimator does). Returns, for every keystroke, the time until
 * the meter shows a result for that value or a newer one.
 */
function typing(engine: ZxcvbnEngine, text: string, interval: number): number[] {
  const session = engine.session();
  const shown: { at: number; index: number }[] = [];
  let clock = 0;
  let next = 0;
  while (next < text.length) {
    // The worker is free at `clock`: the newest keystroke that has arrived by then goes next.
    const arrived = Math.max(next, Math.min(text.length - 1, Math.floor(clock / interval)));
    clock = Math.max(clock, arrived * interval);
    clock += time(() => session.check(text.slice(0, arrived + 1)));
    shown.push({ at: clock, index: arrived });
    next = arrived + 1;
  }
  return [...text].map((_, index) => shown.find((result) => result.index >= index)!.at - index * interval);
}

/** Prints the comparison; returns the geometric mean of the p95 ratios (zxcvbn-ts / engine). */
export async function engineBench(): Promise<{ ratio: number; slowerKinds: Kind[]; p95Max: number; typingP95: Record<number, number> }> {
  const data = await loadEngineData(pack);
  const engine = createEngine(data);
  const zxcvbn = new ZxcvbnFactory(data as unknown as ConstructorParameters<typeof ZxcvbnFactory>[0]);
  // Warm both up (JIT), on passwords outside the samples.
  const warm = seeded(1);
  for (const kind of KINDS) for (let k = 0; k < 5; k += 1) {
    const text = password(kind, 24, warm);
    engine.check(text);
    zxcvbn.check(text);
  }

  console.log('resetkit engine vs zxcvbn-ts 4.2, same process, same data (en), ms per estimate, median / p95:');
  console.log(`  ${'kind'.padEnd(9)} ${'length'.padStart(6)}  ${'engine'.padStart(15)}  ${'zxcvbn-ts'.padStart(17)}  ${'p95 ratio'.padStart(9)}`);
  const random = seeded(42);
  const kindRatios: number[] = [];
  const slowerKinds: Kind[] = [];
  let p95Max = 0;
  for (const kind of KINDS) {
    const engineTimes: number[] = [];
    const zxcvbnTimes: number[] = [];
    for (const length of LENGTHS) {
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let sample = 0; sample < SAMPLES[length]; sample += 1) {
        const text = password(kind, length, random);
        ours.push(time(() => engine.check(text)));
        theirs.push(time(() => zxcvbn.check(text)));
      }
      engineTimes.push(...ours);
      zxcvbnTimes.push(...theirs);
      p95Max = Math.max(p95Max, quantile(ours, 0.95));
      const ratio = quantile(theirs, 0.95) / quantile(ours, 0.95);
      console.log(
        `  ${kind.padEnd(9)} ${String(length).padStart(6)}  ${`${ms(median(ours))} / ${ms(quantile(ours, 0.95))}`.padStart(15)}  ${`${ms(median(theirs))} / ${ms(quantile(theirs, 0.95))}`.padStart(17)}  ${`${ratio.toFixed(0)}x`.padStart(9)}`,
      );
    }
    const kindRatio = quantile(zxcvbnTimes, 0.95) / quantile(engineTimes, 0.95);
    kindRatios.push(kindRatio);
    if (kindRatio < 1) slowerKinds.push(kind);
  }
  const ratio = Math.exp(kindRatios.reduce((sum, value) => sum + Math.log(value), 0) / kindRatios.length);
  console.log(`  p95 ratio per kind (all lengths): ${KINDS.map((kind, index) => `${kind} ${kindRatios[index]!.toFixed(0)}x`).join(', ')}`);
  console.log(`  geometric mean over kinds: ${ratio.toFixed(0)}x faster; engine p95 at most ${ms(p95Max)} ms up to ${LENGTHS.at(-1)} characters`);

  console.log(`\nTyping simulation (engine typing session in one worker, latest value wins), ${TYPING_LENGTH} characters, keystroke -> result ms, median / p95:`);
  const typingP95: Record<number, number> = {};
  const typingRandom = seeded(7);
  const texts = KINDS.map((kind) => ({ kind, text: password(kind, TYPING_LENGTH, typingRandom) }));
  for (const interval of TYPING_INTERVALS_MS) {
    const all: number[] = [];
    const cells = texts.map(({ kind, text }) => {
      const latencies = typing(engine, text, interval);
      all.push(...latencies);
      return `${kind} ${ms(median(latencies))} / ${ms(quantile(latencies, 0.95))}`;
    });
    typingP95[interval] = quantile(all, 0.95);
    console.log(`  every ${interval} ms: ${cells.join(', ')}; all kinds p95 ${ms(typingP95[interval])} ms`);
  }
  // What the session saves: each keystroke of one password, incremental vs from scratch.
  const text = texts.find((entry) => entry.kind === 'random')!.text;
  const session = engine.session();
  const incremental = [...text].map((_, index) => time(() => session.check(text.slice(0, index + 1))));
  const fresh = [...text].map((_, index) => time(() => engine.check(text.slice(0, index + 1))));
  console.log(
    `  per keystroke of a ${TYPING_LENGTH}-character random password: session ${ms(median(incremental))} / ${ms(quantile(incremental, 0.95))} ms, full estimate ${ms(median(fresh))} / ${ms(quantile(fresh, 0.95))} ms`,
  );
  return { ratio, slowerKinds, p95Max, typingP95 };
}
