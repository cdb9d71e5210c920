// The checks must be able to fail: a page served under the same CSP with one fault at a time
// (test/browser/fixtures/harness) fails a step for each, with a message that names the fault.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server.js';
import { ALL_APPEARANCES, PageSession, launchBrowser } from './support/browser.js';
import { repoRoot } from './support/paths.js';

let browser: Browser;
let server: AppServer;
let session: PageSession | undefined;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startAppServer({ root: path.join(repoRoot, 'test/browser/fixtures/harness') }),
  ]);
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Fault = 'inlineStyleMarkup' | 'inlineStyleScript' | 'unlabelledInput' | 'inlineScript' | 'consoleError' | 'pageError';

async function withFault(fault: Fault): Promise<PageSession> {
  session = await PageSession.open(browser, `${server.url}/`);
  await session.page.waitForFunction(() => 'harness' in window);
  await session.page.evaluate((name) => (window as unknown as { harness: Record<string, () => void> }).harness[name]!(), fault);
  // Let asynchronous reports (a timer's error, a violation event) arrive.
  await session.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  return session;
}

const LIGHT_EN = [{ locale: 'en', theme: 'light' }] as const;

describe('the e2e checks catch', () => {
  it('nothing on the clean page in the light theme', async () => {
    session = await PageSession.open(browser, `${server.url}/`);
    await session.page.waitForFunction(() => 'harness' in window);
    await session.step('clean', { appearances: LIGHT_EN });
  });

  it('a contrast failure that only one theme has, in every locale', async () => {
    session = await PageSession.open(browser, `${server.url}/`);
    await session.page.waitForFunction(() => 'harness' in window);
    const failure = await session.step('dark', { appearances: ALL_APPEARANCES }).catch((error: Error) => error.message);
    for (const locale of ['en', 'es', 'fr', 'pt-br']) expect(failure).toContain(`[${locale} dark] color-contrast`);
    expect(failure).not.toContain('light]');
  });

  it.each([
    ['inlineStyleMarkup', /CSP violation: style-src-attr blocked inline at /],
    ['inlineScript', /CSP violation: script-src-elem blocked inline at /],
    ['inlineStyleScript', /inline style attributes:\n {2}<p data-part="hint" style="color: green;">$/],
    ['unlabelledInput', /axe violations:\n {2}\[en light\] label \(critical\)/],
    ['consoleError', /console error: something broke/],
    ['pageError', /page error: Error: uncaught/],
  ] as const)('%s', async (fault, message) => {
    const faulty = await withFault(fault);
    await expect(faulty.step(fault, { appearances: LIGHT_EN })).rejects.toThrow(message);
  });
});
