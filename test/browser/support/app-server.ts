// The demo app's server for the e2e tests, on 127.0.0.1 and an ephemeral port: the built files
// with a strict Content-Security-Policy and, when asked, resetkit/server's proxy at /api/reset
// forwarding to a Stytch emulator (also on loopback), plus /__dev endpoints for the demo's inbox
// and clock in HTTP mode. Nothing here listens beyond loopback.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { createDemoData } from '../../../src/adapters/memory/index.js';
import { createNodeListener, createResetProxy } from '../../../src/server/index.js';
import { listen, readBody, sendJson } from '../../emulator/loopback.js';
import { startStytchEmulator, type StytchEmulator } from '../../emulator/stytch-emulator.js';

/** What the demo is served with: no inline script or style, no blob: or data: scripts or workers. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface AppServerOptions {
  /** The directory of built files to serve. */
  root: string;
  /** Send the Content-Security-Policy header (default true). */
  csp?: boolean;
  /** Start a Stytch emulator with the demo data and mount the proxy at /api/reset. */
  backend?: boolean;
}

export interface AppServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The emulator behind the proxy, when `backend` was asked for. */
  emulator: StytchEmulator | undefined;
  close(): Promise<void>;
}

export async function startAppServer({ root, csp = true, backend = false }: AppServerOptions): Promise<AppServer> {
  const emulator = backend
    ? await startStytchEmulator({ memory: { ...createDemoData(), crossOrgPasswords: true } })
    : undefined;
  let proxy: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  const server = await listen((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (proxy && pathname.startsWith('/api/reset/')) {
      proxy(req, res);
      return;
    }
    if (emulator && pathname.startsWith('/__dev/')) {
      void dev(emulator, pathname, req, res);
      return;
    }
    // Storybook's page names no icon, so the browser asks for this one (and logs a 404 otherwise).
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    void serveFile(root, pathname, csp, res);
  });

  if (emulator) {
    const handler = createResetProxy({
      projectId: emulator.projectId,
      secret: emulator.secret,
      baseUrl: emulator.url,
      basePath: '/api/reset',
      // Links may only point back at this server.
      allowedRedirectUrls: [`${server.url}/`],
    });
    proxy = createNodeListener(handler);
  }

  return {
    url: server.url,
    emulator,
    async close() {
      await server.close();
      await emulator?.close();
    },
  };
}

async function serveFile(root: string, pathname: string, csp: boolean, res: ServerResponse): Promise<void> {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.join(root, relative);
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(csp ? { 'content-security-policy': CSP } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

/** The demo's developer tools in HTTP mode: the emulator's outbox, clock and sessions. */
async function dev(emulator: StytchEmulator, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = req.method === 'POST' ? (JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>) : {};
  switch (pathname) {
    case '/__dev/outbox':
      sendJson(res, 200, { emails: emulator.memory.outbox.list() });
      return;
    case '/__dev/advance-time':
      emulator.advanceTime(Number(body['ms']));
      sendJson(res, 200, { now: emulator.now() });
      return;
    case '/__dev/create-session': {
      const { sessionToken } = emulator.memory.createSession(String(body['member_id']));
      sendJson(res, 200, { session_token: sessionToken });
      return;
    }
    default:
      sendJson(res, 404, { error: `No ${pathname}.` });
  }
}
