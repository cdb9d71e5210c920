// The `resetkit-emulator` bin as a developer starts it (from the built package): loopback only,
// loud about not being for production, an inbox in HTML and JSON, and a whole reset through the
// HTTP adapter and the proxy against it. Reads dist/ (npm run build).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/adapters/http/index.js';
import { createNodeListener, createResetProxy } from '../../src/server/index.js';
import { type LoopbackServer, listen } from './loopback.js';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/resetkit-emulator.js');
const APP = 'https://app.example.test/reset-password';
const PASSWORD = 'Quartz-Harbor-Lantern-81';

let emulator: ChildProcess;
let banner = '';
let url: string;
let proxy: LoopbackServer;

beforeAll(async () => {
  emulator = spawn(process.execPath, [bin, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  url = await new Promise<string>((resolve, reject) => {
    emulator.stderr!.on('data', (chunk: Buffer) => {
      banner += chunk.toString('utf8');
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner);
      if (match) resolve(match[1]!);
    });
    emulator.once('exit', (code) => reject(new Error(`The emulator exited (${code}): ${banner}`)));
  });
  const settings = /projectId (\S+), secret (\S+)/.exec(banner)!;
  proxy = await listen(
    createNodeListener(
      createResetProxy({ projectId: settings[1]!, secret: settings[2]!, baseUrl: url, basePath: '/api/reset', allowedRedirectUrls: [APP] }),
    ),
  );
}, 30_000);

afterAll(async () => {
  await proxy?.close();
  emulator?.kill('SIGTERM');
});

describe('resetkit-emulator', () => {
  it('says loudly that it is not for production, and how to point the proxy at it', () => {
    expect(banner).toContain('NOT FOR PRODUCTION');
    expect(banner).toMatch(/Proxy settings: baseUrl http:\/\/127\.0\.0\.1:\d+, projectId project-test-/);
  });

  it('serves a whole reset of a demo member through the HTTP adapter and the proxy', async () => {
    const adapter = createHttpAdapter({ baseUrl: `${proxy.url}/api/reset` });
    await adapter.resetByEmailStart({ organizationId: 'organization-demo-acme', emailAddress: 'ada@acme.test', resetPasswordRedirectUrl: APP });

    const { emails } = (await (await fetch(`${url}/__outbox`)).json()) as { emails: { to: string; link: string; token: string }[] };
    const email = emails.find((each) => each.to === 'ada@acme.test')!;
    expect(email.link.startsWith(`${APP}?`)).toBe(true);
    const inbox = await fetch(`${url}/`);
    expect(inbox.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await inbox.text()).toContain(email.link.replaceAll('&', '&amp;'));

    const result = await adapter.resetByEmail({ passwordResetToken: email.token, password: PASSWORD });
    expect(result).toMatchObject({ memberAuthenticated: true, organizationId: 'organization-demo-acme', memberId: 'member-demo-ada' });
  }, 30_000);

  it('gives other sites in the browser neither CORS access to the outbox nor a way in by DNS rebinding', async () => {
    const outbox = await fetch(`${url}/__outbox`, { headers: { origin: 'https://evil.example' } });
    expect(outbox.headers.get('access-control-allow-origin')).toBeNull();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${url}/__outbox`, { headers: { host: `rebound.evil.example:${new URL(url).port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('refuses to bind beyond loopback unless told', async () => {
    const refused = await run(process.execPath, [bin, '--host', '0.0.0.0', '--port', '0']).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('binds only to loopback') });
  });
});
