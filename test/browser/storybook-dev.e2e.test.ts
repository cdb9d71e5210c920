// The README's first command, `npm run storybook`, as a newcomer meets it: the Storybook dev
// server (Vite serving sources, not a build) shows resetkit's own strings in every locale of the
// toolbar. A static build cannot catch a catalogue the dev server fails to load.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, LOCALES, launchBrowser } from './support/browser.js';
import { repoRoot } from './support/paths.js';
import { type StorybookIndex, docsPagesOf, recordDocsRenders, showDocs } from './support/storybook.js';

const STORY = 'components-resetstartform--expired-link-one-click';

let server: ChildProcess | undefined;
let url = '';
let browser: Browser;
const log: string[] = [];

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(target: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`storybook dev exited early:\n${log.join('').slice(-2000)}`);
    const ok = await fetch(target).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`storybook dev did not answer in time:\n${log.join('').slice(-2000)}`);
}

/** Stops the dev server and everything it started: it runs in a process group of its own. */
function stopServer(): void {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(
    path.join(repoRoot, 'node_modules/.bin/storybook'),
    ['dev', '--port', String(port), '--host', '127.0.0.1', '--ci', '--no-open', '--quiet'],
    { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' } },
  );
  server.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  [browser] = await Promise.all([launchBrowser(), waitForServer(`${url}/index.json`, Date.now() + 180_000)]);
}, 200_000);

afterAll(async () => {
  await browser?.close();
  stopServer();
});

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(path.join(repoRoot, 'locales', `${locale}.json`), 'utf8')) as { expired: { title: string; usedTitle: string; requestNewTo: string } };

describe('the Storybook dev server', () => {
  it.each([...LOCALES])('shows a story in %s with resetkit’s strings translated', { timeout: 180_000 }, async (locale) => {
    const session = await PageSession.open(browser, `${url}/iframe.html?id=${STORY}&viewMode=story&globals=locale:${locale}`);
    try {
      // The first story of a cold server waits for Vite to pre-bundle the dependencies.
      const strings = catalogue(locale);
      const heading = session.page.getByRole('heading', { name: strings.expired.title, exact: true });
      await heading.waitFor({ timeout: locale === 'en' ? 150_000 : 30_000 });
      const requestNew = strings.expired.requestNewTo.replace('{{email}}', 'ada@acme.test');
      await session.page.getByRole('button', { name: requestNew, exact: true }).waitFor();
      if (locale !== 'en') {
        const text = (await session.page.locator('#storybook-root').textContent()) ?? '';
        expect(text).not.toContain(catalogue('en').expired.title);
      }
      // The dev server has no favicon; any other failed request (a catalogue) is a failure.
      session.problems.console = session.problems.console.filter((message) => !message.includes('/favicon.ico'));
      session.assertClean(`the story in ${locale}`);
    } finally {
      await session.close();
    }
  });

  // The docs page a newcomer opens first to see every screen: each story's play function runs
  // there, in turn, and must reach its screen from the sources as it does in the static build
  // (storybook-docs.e2e.test.ts checks each screen's marks there, in every locale).
  it('shows the States docs page in French with every story on its screen', { timeout: 180_000 }, async () => {
    const index = (await (await fetch(`${url}/index.json`)).json()) as StorybookIndex;
    const states = docsPagesOf(index).find((entry) => entry.id === 'components-resetflow-states--docs')!;
    expect(states.stories.length).toBeGreaterThan(15);
    const session = await PageSession.open(browser, `${url}/iframe.html?id=${states.id}&viewMode=docs&globals=locale:fr`, { init: recordDocsRenders });
    try {
      expect(await showDocs(session.page, states, { navigate: false, timeoutMs: 150_000 })).toEqual([]);
      const text = (await session.page.locator('#storybook-docs').textContent()) ?? '';
      expect(text).toContain(catalogue('fr').expired.usedTitle);
      expect(text).not.toContain(catalogue('en').expired.usedTitle);
      session.problems.console = session.problems.console.filter((message) => !message.includes('/favicon.ico'));
      session.assertClean('the States docs page in fr');
    } finally {
      await session.close();
    }
  });
});
