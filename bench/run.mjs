// npm run bench: bench/bench.ts (the strength engine in a host page) then bench/app.ts (the demo
// app: bundle sizes, time to an interactive form, typing into the strength meter), then
// bench/server.ts (the built proxy under 500 concurrent starts and 300 trickling sockets). All are
// TypeScript, which plain Node 20 cannot import: they run in a Vite module runner that stays open
// until they finish (the app bench's loopback backend loads modules lazily while it serves). The
// exit code is non-zero when any part misses a budget. `node bench/run.mjs strength`, `... app` or
// `... server` runs one part.
import { createServer, createServerModuleRunner } from 'vite';

const parts = [
  ['strength', './bench/bench.ts'],
  ['app', './bench/app.ts'],
  ['server', './bench/server.ts'],
];
const only = process.argv[2];
if (only && !parts.some(([name]) => name === only)) throw new Error(`Unknown bench part "${only}": strength, app or server.`);

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
