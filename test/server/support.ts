// The attack suite's tools: the BUILT resetkit/server (dist/server.js, as deployed), a recording
// fake of Stytch, raw loopback HTTP, and a redis-server of the test's own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ServerSource from '../../src/server/index.js';
import { closedPort, listen, readBody, sendJson, type LoopbackServer } from '../emulator/loopback.js';

export type ServerModule = typeof ServerSource;
export type ProxyOptions = Parameters<ServerModule['createResetProxy']>[0];

const root = path.resolve(import.meta.dirname, '../..');
const built = path.join(root, 'dist/server.js');

/** resetkit/server as a host installs it: dist/server.js (npm run build first). */
export async function loadBuiltServer(): Promise<ServerModule> {
  if (!existsSync(built)) throw new Error('dist/server.js is missing: run npm run build first.');
  return (await import(/* @vite-ignore */ pathToFileURL(built).href)) as ServerModule;
}

export const projectId = 'project-test-00000000-0000-0000-0000-000000000000';
export const secret = 'secret-test-do-not-leak-4f2a9c';
export const APP = 'https://app.example.com';

/** What reached the fake Stytch. */
export interface UpstreamCall {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export type UpstreamAnswer = (call: UpstreamCall, res: ServerResponse) => void | Promise<void>;

export interface FakeStytch extends LoopbackServer {
  calls: UpstreamCall[];
  /** How the next calls are answered; 200 with a member-shaped body by default. */
  answer: UpstreamAnswer;
  reset(): void;
}

export const memberAnswer: UpstreamAnswer = (call, res) =>
  sendJson(res, 200, {
    status_code: 200,
    request_id: 'request-id-upstream',
    member_id: 'member-test-1',
    member: { member_id: 'member-test-1', email_address: call.body.email_address },
  });

export async function startFakeStytch(): Promise<FakeStytch> {
  const calls: UpstreamCall[] = [];
  const fake = {} as FakeStytch;
  const server = await listen(async (req, res) => {
    const text = await readBody(req);
    const call = { path: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(text) as Record<string, unknown> };
    calls.push(call);
    await fake.answer(call, res);
  });
  return Object.assign(fake, server, {
    calls,
    answer: memberAnswer,
    reset() {
      calls.length = 0;
      fake.answer = memberAnswer;
    },
  });
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

/** POSTs JSON from the app's origin (or as `init` says) and reads the answer whole. */
export async function post(
  base: string,
  path: string,
  body: unknown,
  init: { headers?: Record<string, string>; method?: string; raw?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', origin: APP, ...init.headers },
    body: init.method === 'GET' || init.method === 'HEAD' ? null : (init.raw ?? JSON.stringify(body)),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Left empty: the test asserts on `text` or the content type instead.
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Sends raw bytes over TCP and resolves with everything the server wrote before closing. */
export function rawRequest(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    // Not end(): node:http drops the answer to a client that half-closes first.
    socket.on('connect', () => socket.write(bytes));
  });
}

/** The status code and JSON body of a raw HTTP/1.1 answer. */
export function parseRaw(raw: string): { status: number; head: string; json: Record<string, unknown> } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head: head.toLowerCase(), json: body ? (JSON.parse(body) as Record<string, unknown>) : {} };
}

export interface RedisServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * A redis-server of this test's own on a random loopback port, nothing persisted; `stop` kills
 * it. Debian's package (npm test's pretest installs it when missing) or REDIS_SERVER_PATH.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const binary = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';
  if (!existsSync(binary)) throw new Error(`redis-server is missing at ${binary}: run "node scripts/ensure-redis.mjs".`);
  const port = await closedPort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    port,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Harness {
  server: ServerModule;
  stytch: FakeStytch;
  /**
   * The built proxy on node:http in front of the fake Stytch. Starts answer after 400 ms unless
   * `startAnswerMs` says otherwise: long enough for the fake to have recorded the call.
   */
  mount(options?: Partial<ProxyOptions>, listener?: { origin?: string }): Promise<LoopbackServer>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await loadBuiltServer();
  const stytch = await startFakeStytch();
  const mounted: LoopbackServer[] = [];
  return {
    server,
    stytch,
    async mount(options = {}, listener = {}) {
      const handler = server.createResetProxy({
        projectId,
        secret,
        baseUrl: stytch.url,
        basePath: '/api/reset',
        allowedRedirectUrls: [`${APP}/reset`, `${APP}/discover/`],
        allowedOrigins: [APP],
        startAnswerMs: 400,
        ...options,
      });
      const front = await listen(server.createNodeListener(handler, listener));
      mounted.push(front);
      return front;
    },
    async close() {
      await Promise.all(mounted.map((front) => front.close()));
      await stytch.close();
    },
  };
}

/** `/api/reset` plus Stytch's path of the operation. */
export const endpoint = (path: string) => `/api/reset${path}`;
