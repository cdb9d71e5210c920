// npm run bench, the server part: the BUILT resetkit/server (dist/server.js) under load on
// loopback, in front of a fake Stytch that answers every call after 20 ms.
//  - 500 link requests sent at once by 10 clients (50 each, every one for its own address): how
//    many reached Stytch, how many were answered 429 by the per-client limit, how many failed,
//    and the process's heap and RSS before, right after, and after a garbage collection;
//  - 300 sockets that each send their headers and then one body byte every 200 ms: how many were
//    answered 408 and closed, and when, against the body deadline.
// Budgets (exit 1): every request answered (forwarded or 429) with no error, every trickling
// socket cut. Run through bench/run.mjs (`npm run bench`, or `node bench/run.mjs server`).
import { existsSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type * as ServerSource from '../src/server/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STARTS = 500;
const CLIENTS = 10;
const TRICKLERS = 300;
const BODY_TIMEOUT_MS = 2_000;
const START_PATH = '/api/reset/v1/b2b/passwords/email/reset/start';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** A garbage collection on demand, without starting Node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const memory = () => {
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
};

function post(port: number, body: string, client: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: START_PATH, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'x-bench-client': client } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    // 0: no answer at all (a reset connection, say).
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** Resolves with when the socket was closed (ms after connecting) and whether it got a 408. */
function trickle(port: number): Promise<{ cutAfterMs: number; answered408: boolean }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let timer: ReturnType<typeof setInterval> | undefined;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ cutAfterMs: performance.now() - started, answered408: answer.startsWith('HTTP/1.1 408') });
    });
    socket.on('connect', () => {
      socket.write(`POST ${START_PATH} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 4096\r\n\r\n{`);
      timer = setInterval(() => socket.write(' '), 200);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function main(): Promise<number> {
  const built = path.join(root, 'dist/server.js');
  if (!existsSync(built)) throw new Error('dist/server.js is missing: npm run bench builds it first.');
  const { createNodeListener, createResetProxy } = (await import(/* @vite-ignore */ pathToFileURL(built).href)) as typeof ServerSource;
  const gc = collector();

  let forwarded = 0;
  const stytch = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      forwarded += 1;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status_code: 200, request_id: 'request-id-bench', member_id: 'member-bench' }));
      }, 20);
    });
  });
  const stytchPort = await listen(stytch);
  const handler = createResetProxy({
    projectId: 'project-test-bench',
    secret: 'secret-test-bench',
    baseUrl: `http://127.0.0.1:${stytchPort}`,
    basePath: '/api/reset',
    allowedRedirectUrls: ['https://app.example.com/reset'],
    bodyTimeoutMs: BODY_TIMEOUT_MS,
    // The bench's clients stand behind one address: it names them, as a trusted gateway would.
    clientAddress: (req) => req.headers.get('x-bench-client') ?? undefined,
  });
  const proxy = createServer(createNodeListener(handler));
  const proxyPort = await listen(proxy);
  let failed = false;

  try {
    gc();
    const before = memory();
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: STARTS }, (_, i) =>
        post(proxyPort, JSON.stringify({ organization_id: 'organization-bench', email_address: `member-${i}@example.com` }), `client-${i % CLIENTS}`),
      ),
    );
    const elapsed = performance.now() - started;
    const after = memory();
    gc();
    const collected = memory();
    const ok = statuses.filter((status) => status === 200).length;
    const limited = statuses.filter((status) => status === 429).length;
    const errors = statuses.length - ok - limited;
    failed ||= errors > 0 || ok !== forwarded;

    console.log('resetkit server bench: dist/server.js on node:http, 127.0.0.1, fake Stytch answering in 20 ms');
    console.log(`\n${STARTS} concurrent link requests from ${CLIENTS} clients (default limits: 20 per client, 5 per address, per 15 min):`);
    console.log(`  answered in ${elapsed.toFixed(0)} ms (starts answer at a fixed 1000 ms)`);
    console.log(`  forwarded to Stytch: ${forwarded}   answered 200: ${ok}   429: ${limited}   errors: ${errors}`);
    console.log(`  heap: ${mb(before.heapUsed)} before, ${mb(after.heapUsed)} after, ${mb(collected.heapUsed)} after GC`);
    console.log(`  rss:  ${mb(before.rss)} before, ${mb(after.rss)} after, ${mb(collected.rss)} after GC`);

    const cuts = await Promise.all(Array.from({ length: TRICKLERS }, () => trickle(proxyPort)));
    const times = cuts.map((cut) => cut.cutAfterMs).sort((a, b) => a - b);
    const answered = cuts.filter((cut) => cut.answered408).length;
    failed ||= answered !== TRICKLERS || (times.at(-1) ?? Infinity) > BODY_TIMEOUT_MS * 2;
    console.log(`\n${TRICKLERS} sockets trickling one body byte every 200 ms (body deadline ${BODY_TIMEOUT_MS} ms):`);
    console.log(`  answered 408 and closed: ${answered} of ${TRICKLERS}`);
    console.log(
      `  closed after: min ${times[0]?.toFixed(0)} ms, median ${percentile(times, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(times, 95).toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms`,
    );
    console.log(`\n${failed ? 'FAILED: a request went unanswered or a socket was not cut.' : 'ok: every request answered, every trickling socket cut.'}`);
  } finally {
    await close(proxy);
    await close(stytch);
  }
  return failed ? 1 : 0;
}
