// Runs bench/bench.ts (TypeScript, like the scripts it shares) through Vite's module runner: plain
// Node 20 cannot import .ts files.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./bench/bench.ts', { configFile: false, logLevel: 'warn' });
process.exitCode = await module.main();
