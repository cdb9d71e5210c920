// npm run bench: bench/bench.ts (the strength engine in a host page) then bench/app.ts (the demo
// app: bundle sizes, time to an interactive form, typing into the strength meter). Both are
// TypeScript, which plain Node 20 cannot import: they run in a Vite module runner that stays open
// until they finish (the app bench's loopback backend loads modules lazily while it serves). The
// exit code is non-zero when either part misses a budget. `node bench/run.mjs strength` or
// `node bench/run.mjs app` runs one part.
import { createServer, createServerModuleRunner } from 'vite';

const parts = [
  ['strength', './bench/bench.ts'],
  ['app', './bench/app.ts'],
];
const only = process.argv[2];
if (only && !parts.some(([name]) => name === only)) throw new Error(`Unknown bench part "${only}": strength or app.`);

const server = await createServer({
  configFile: false,
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
let exitCode = 0;
try {
  for (const [name, file] of parts) {
    if (only && name !== only) continue;
    if (!only) console.log(`\n==== bench: ${name} ====\n`);
    const module = await runner.import(file);
    exitCode = Math.max(exitCode, await module.main());
  }
} finally {
  await runner.close();
  await server.close();
}
process.exitCode = exitCode;
