// examples/next, built from the packed package (build-example.mjs), served by `next start` and
// driven in Chromium: a reset link opened directly hydrates without a mismatch, and the whole
// reset runs through the HTTP adapter, the route handler's proxy and the emulator bin.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { buildNextExample } from './build-example.mjs';

const PASSWORD = 'Quartz-Harbor-Lantern-81';
const processes: ChildProcess[] = [];
let browser: Browser;
let appUrl: string;
let emulatorUrl: string;
let appDir: string;

/** Starts a process in its own group (stopped as a group), resolving with the first output line matching `ready`. */
function start(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }, ready: RegExp) {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true });
  processes.push(child);
  let output = '';
  return new Promise<RegExpExecArray>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = ready.exec(output);
      if (match) resolve(match);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited (${code}) before it was ready:\n${output}`)));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port.');
  return address.port;
}

/** A page that records every console error and warning and every uncaught error. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

async function latestLink(emailAddress: string): Promise<string> {
  const { emails } = (await (await fetch(`${emulatorUrl}/__outbox`)).json()) as { emails: { to: string; link: string }[] };
  const email = emails.filter((each) => each.to === emailAddress).at(-1);
  if (!email) throw new Error(`The emulator sent no email to ${emailAddress}.`);
  return email.link;
}

/** Asks for a link on the reset page, as the member does, and returns the emailed link. */
async function requestLink(emailAddress: string): Promise<string> {
  const { page, problems } = await watchedPage();
  await page.goto(`${appUrl}/reset-password`);
  await page.getByLabel('Work email').fill(emailAddress);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  expect(problems).toEqual([]);
  await page.close();
  return latestLink(emailAddress);
}

beforeAll(async () => {
  ({ appDir } = buildNextExample({ log: () => undefined }));
  const emulator = await start(
    process.execPath,
    [path.join(appDir, 'node_modules/resetkit/bin/resetkit-emulator.js'), '--port', '0'],
    { cwd: appDir },
    /Listening on (http:\/\/127\.0\.0\.1:\d+)/,
  );
  emulatorUrl = emulator[1]!;
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  await start(
    process.execPath,
    [path.join(appDir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: appDir,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        APP_ORIGIN: appUrl,
        STYTCH_BASE_URL: emulatorUrl,
        STYTCH_PROJECT_ID: 'project-test-00000000-0000-0000-0000-000000000000',
        STYTCH_SECRET: 'secret-test-emulator-0000000000000000',
      },
    },
    /Ready in/,
  );
  browser = await chromium.launch(chromiumLaunchOptions);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const child of processes) if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

describe('the Next.js example (App Router, built from the packed package)', () => {
  it('hydrates a directly opened reset link without a mismatch, then resets and hands off to MFA', async () => {
    const link = await requestLink('max@globex.test');
    expect(link.startsWith(`${appUrl}/reset-password?`)).toBe(true);

    const { page, problems } = await watchedPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    // A mismatch between the server's markup and the first client render shows up here (React #418).
    expect(problems).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    // The server answered with the neutral pending screen: it cannot see the token.
    const served = await (await fetch(link)).text();
    expect(served).toContain('data-state="pending"');
    expect(served).not.toContain('data-part="heading"');

    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('heading', { name: 'Choose an organization' }).waitFor();
    await page.getByRole('button', { name: /Globex/ }).click();
    await page.getByRole('heading', { name: 'One more step' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Verify it is you' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mfa');
    expect(await page.locator('[data-mfa-organization]').getAttribute('data-mfa-organization')).toMatch(/^organization-demo-globex$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('signs a member of an organization without MFA in and returns to the app', async () => {
    const link = await requestLink('ada@acme.test');
    const { page, problems } = await watchedPage();
    await page.goto(link);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('button', { name: /Acme/ }).click();
    await page.getByRole('heading', { name: 'Your password is reset' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Example B2B app' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('builds without Stytch settings and, run without them, answers a clear error in Stytch format', async () => {
    // `next build` above ran with no Stytch setting at all: the proxy is created per request.
    const port = await freePort();
    const bare = `http://127.0.0.1:${port}`;
    const { STYTCH_PROJECT_ID: _id, STYTCH_SECRET: _secret, ...withoutStytch } = process.env;
    await start(
      process.execPath,
      [path.join(appDir, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: appDir, env: { ...withoutStytch, STYTCH_PROJECT_ID: '', STYTCH_SECRET: '', APP_ORIGIN: bare } },
      /Ready in/,
    );
    const answer = await fetch(`${bare}/api/reset/v1/b2b/passwords/strength_check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: bare },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ error_type: 'proxy_not_configured', error_message: expect.stringContaining('STYTCH_SECRET') });
  });
});
