// axe on every Storybook story in every locale and theme, on the screen each story is about.
// The static Storybook is built once, by the e2e global setup. Each story is shown in each locale (light theme), with its
// play function run in that locale; the sweep then checks the screen the story declares
// (`parameters.screen`: resetkit's strings in that locale, elements by state) is on the page, and
// runs axe; then it switches the theme with Storybook's toolbar globals, which re-renders the story
// in place, checks the screen again and runs axe once more. A few pages share the stories: most
// of a story's time is its backend's simulated latency, which the pages can wait out side by side.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScreenParameter, missingMarks, resolveScreen } from '../../stories/support/screen.js';
import { storyStrings } from '../../stories/support/strings.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { LOCALES, PageSession, THEMES, axeStats, launchBrowser } from './support/browser.js';
import { storybookOutDir } from './support/paths.js';
import { ACT_ENVIRONMENT_WARNING, showStory, storyIds, storyText, updateGlobals, waitForInitialStory } from './support/storybook.js';

const PAGES = 3;

let browser: Browser;
let server: AppServer;
let stories: string[] = [];
const timings: string[] = [];

beforeAll(async () => {
  // RESETKIT_STORIES=<regex> checks only the matching stories (while working on a few).
  const only = process.env['RESETKIT_STORIES'] ? new RegExp(process.env['RESETKIT_STORIES']) : null;
  stories = (await storyIds(storybookOutDir)).filter((id) => !only || only.test(id));
  // Storybook's own page needs inline scripts: served without the demo's CSP.
  [browser, server] = await Promise.all([launchBrowser(), startAppServer({ root: storybookOutDir, csp: false })]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(
    `[e2e] storybook-a11y: ${stories.length} stories x ${LOCALES.length * THEMES.length} combinations, ${axeStats.runs} axe runs (${(axeStats.ms / 1000).toFixed(1)} s of axe over ${PAGES} pages); ${timings.join(', ')}`,
  );
});

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: { currentRender?: { story?: { parameters?: { screen?: ScreenParameter }; playFunction?: unknown } } };
}

/** What the story on screen declares as its screen, and whether it has a play function. */
function declaredScreen(page: Page): Promise<{ screen: ScreenParameter | null; played: boolean }> {
  return page.evaluate(() => {
    const story = (window as unknown as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender?.story;
    return { screen: story?.parameters?.screen ?? null, played: typeof story?.playFunction === 'function' };
  });
}

/** Checks `ids` in one page; returns one line per problem and how many renders were translated. */
async function checkStories(ids: string[]): Promise<{ failures: string[]; translated: number }> {
  // Storybook's a11y addon would run axe after every render too; `a11y.manual` leaves it to us.
  const session = await PageSession.open(browser, `${server.url}/iframe.html?id=${ids[0]}&viewMode=story&globals=a11y.manual:!true`);
  const { page } = session;
  const failures: string[] = [];
  let translated = 0;
  try {
    await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window);
    // The story the page opened with plays on its own first: its end must not pass for ours.
    await waitForInitialStory(page);
    let current = ids[0]!;

    for (const storyId of ids) {
      const fail = (where: string, lines: string[]) => failures.push(...lines.map((line) => `${storyId} [${where}]: ${line}`));
      const check = async (where: string) => {
        fail(where, await session.axe({ fragment: true }));
        const consoleErrors = session.problems.console.splice(0).filter((message) => !ACT_ENVIRONMENT_WARNING.test(message));
        fail(where, [...session.problems.page.splice(0), ...consoleErrors]);
      };
      let english = '';
      for (const locale of LOCALES) {
        // The locale first (re-rendering whatever is on screen), then the story, so that its
        // play function runs in that locale.
        fail(`${locale} switch`, await updateGlobals(page, current, { locale, theme: 'light' }));
        current = storyId;
        // Shown again when its play function failed: with several pages busy, a play function's
        // own timeouts can run out. Failing twice is a failure.
        let played = await showStory(page, storyId);
        if (played.length > 0) {
          session.problems.page.length = 0;
          session.problems.console.length = 0;
          played = await showStory(page, storyId);
        }
        fail(`${locale} play`, played);
        const { screen, played: hasPlay } = await declaredScreen(page);
        if (hasPlay && !screen) {
          fail(locale, ['has a play function but declares no parameters.screen: nothing proves where it ended']);
        }
        const resolved = screen ? resolveScreen(screen, await storyStrings({ locale })) : null;
        for (const theme of THEMES) {
          if (theme !== 'light') fail(`${locale} ${theme}`, await updateGlobals(page, storyId, { locale, theme }));
          if (resolved) fail(`${locale} ${theme}`, (await page.evaluate(missingMarks, resolved)).map((mark) => `not on its screen: ${mark} is missing`));
          await check(`${locale} ${theme}`);
        }
        const text = await storyText(page);
        if (locale === 'en') english = text;
        else if (text !== english) translated += 1;
      }
    }
  } finally {
    await session.close();
  }
  return { failures, translated };
}

/** One line per story and problem, with the combinations it showed up in. */
function summarize(failures: string[]): string {
  const grouped = new Map<string, string[]>();
  for (const failure of failures) {
    const match = /^(\S+) \[([^\]]+)\]: (.*)$/s.exec(failure);
    const key = match ? `${match[1]}: ${match[3]!.slice(0, 400)}` : failure;
    grouped.set(key, [...(grouped.get(key) ?? []), match?.[2] ?? '']);
  }
  return [...grouped].map(([key, where]) => `  ${key}\n    in: ${where.join(', ')}`).join('\n');
}

describe('every Storybook story', () => {
  it('has stories to check', () => {
    expect(stories.length).toBeGreaterThan(process.env['RESETKIT_STORIES'] ? 0 : 10);
  });

  it('reaches its screen and has zero axe violations in every locale and theme', { timeout: 900_000 }, async () => {
    const started = Date.now();
    const shards = Array.from({ length: PAGES }, (_, page) => stories.filter((_, index) => index % PAGES === page));
    const results = await Promise.all(shards.filter((shard) => shard.length > 0).map(checkStories));
    const failures = results.flatMap((result) => result.failures);
    const translated = results.reduce((sum, result) => sum + result.translated, 0);
    timings.push(`${((Date.now() - started) / 1000).toFixed(1)} s for the stories, ${translated} of ${stories.length * (LOCALES.length - 1)} non-English screens differ from English`);
    if (failures.length > 0) throw new Error(`${failures.length} problems:\n${summarize(failures)}`);
  });
});
