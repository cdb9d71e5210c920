// The docs pages of the static Storybook as a reader opens them. Every page renders each of its
// stories without an error in place of the story, and its Markdown as formatted text. The States
// page of ResetFlow shows each screen as the story's play function leaves it, not as a blank form,
// in each locale (themes alternate): the plays take turns, each story ends on the screen it
// declares (checked here in its own block), and the page stays where the reader is, although
// stories take focus.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScreenParameter, missingMarks, resolveScreen } from '../../stories/support/screen.js';
import { storyStrings } from '../../stories/support/strings.js';
import { type AppServer, startAppServer } from './support/app-server.js';
import { LOCALES, PageSession, THEMES, launchBrowser } from './support/browser.js';
import { storybookOutDir } from './support/paths.js';
import { ACT_ENVIRONMENT_WARNING, type DocsEntry, docsEntries, recordDocsRenders, showDocs } from './support/storybook.js';

const STATES_PAGE = 'components-resetflow-states--docs';

let browser: Browser;
let server: AppServer;
let pages: DocsEntry[] = [];

beforeAll(async () => {
  pages = await docsEntries(storybookOutDir);
  // Storybook's own page needs inline scripts: served without the demo's CSP.
  [browser, server] = await Promise.all([launchBrowser(), startAppServer({ root: storybookOutDir, csp: false })]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The console errors and page errors so far, act() warnings and the missing favicon aside. */
function pageProblems(session: PageSession): string[] {
  const consoleErrors = session.problems.console
    .splice(0)
    .filter((message) => !ACT_ENVIRONMENT_WARNING.test(message) && !message.includes('/favicon.ico'));
  return [...session.problems.page.splice(0), ...consoleErrors];
}

/** What each story of the docs page declares as its screen (`parameters.screen`). */
function declaredScreens(page: Page, stories: string[]): Promise<Record<string, ScreenParameter | null>> {
  return page.evaluate(async (ids) => {
    const preview = (
      window as unknown as {
        __STORYBOOK_PREVIEW__: { storyStoreValue: { loadStory(input: { storyId: string }): Promise<{ parameters: { screen?: ScreenParameter } }> } };
      }
    ).__STORYBOOK_PREVIEW__;
    const screens: Record<string, ScreenParameter | null> = {};
    for (const id of ids) screens[id] = (await preview.storyStoreValue.loadStory({ storyId: id })).parameters.screen ?? null;
    return screens;
  }, stories);
}

describe('the Storybook docs pages', () => {
  it('include the States page among pages with stories', () => {
    expect(pages.find((entry) => entry.id === STATES_PAGE)?.stories.length).toBeGreaterThan(15);
    expect(pages.filter((entry) => entry.stories.length > 0).length).toBeGreaterThan(10);
  });

  it('each render every story, none an error in its place', { timeout: 600_000 }, async () => {
    const [first, ...rest] = pages;
    const session = await PageSession.open(browser, `${server.url}/iframe.html?id=${first!.id}&viewMode=docs`, { init: recordDocsRenders });
    const failures: string[] = [];
    try {
      const check = async (entry: DocsEntry, navigate: boolean) => {
        const problems = [...(await showDocs(session.page, entry, { navigate })), ...pageProblems(session)];
        // MDX renders no Markdown tables (they are a GitHub extension): its rows would show as text.
        const text = (await session.page.locator('#storybook-docs').textContent()) ?? '';
        if (/\|\s*:?-{3,}:?\s*\|/.test(text)) problems.push('shows a Markdown table as plain text');
        failures.push(...problems.map((problem) => `${entry.id}: ${problem}`));
      };
      await check(first!, false);
      for (const entry of rest) await check(entry, true);
    } finally {
      await session.close();
    }
    expect(failures).toEqual([]);
  });

  // Each locale once; the themes alternate (every story in every locale and theme is the sweep's).
  const appearances = LOCALES.map((locale, index) => ({ locale, theme: THEMES[index % THEMES.length]! }));
  it.each(appearances)('the States page shows each screen as its play function leaves it ($locale, $theme)', { timeout: 180_000 }, async ({ locale, theme }) => {
    const entry = pages.find((candidate) => candidate.id === STATES_PAGE)!;
    const session = await PageSession.open(browser, `${server.url}/iframe.html?id=${STATES_PAGE}&viewMode=docs&globals=locale:${locale};theme:${theme}`, {
      init: recordDocsRenders,
    });
    try {
      expect(await showDocs(session.page, entry, { navigate: false })).toEqual([]);
      const screens = await declaredScreens(session.page, entry.stories);
      const t = await storyStrings({ locale });
      const missing: string[] = [];
      for (const story of entry.stories) {
        const screen = screens[story];
        if (!screen) {
          missing.push(`${story} declares no screen`);
          continue;
        }
        // The story's block in the list (the primary story is also shown at the top), checked by
        // the same function the preview's after-each check uses, as Playwright would pass it.
        const block = `document.getElementById(${JSON.stringify(`story--${story}`)})`;
        const marks = (await session.page.evaluate(
          `${block} ? (${missingMarks.toString()})(${JSON.stringify(resolveScreen(screen, t))}, ${block}) : ['its block']`,
        )) as string[];
        missing.push(...marks.map((mark) => `${story}: ${mark} missing`));
      }
      expect(missing).toEqual([]);
      // Stories took focus (a link opens on its password field, a new screen on its heading).
      expect(await session.page.evaluate(() => window.scrollY)).toBe(0);
      expect(pageProblems(session)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
