// Loopback servers for tests: the emulator's own (src/emulator/loopback.ts), plus what only tests need.
import type { ServerResponse } from 'node:http';
import { listen } from '../../src/emulator/loopback.js';

export { listen, readBody, type LoopbackServer } from '../../src/emulator/loopback.js';

/** A port that nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = await listen(() => undefined);
  await server.close();
  return server.port;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
