// axe on every Storybook story in every locale and theme. The static Storybook is built once.
// Each story is shown in en/light with its play function (written against the English labels),
// then switched through the other locale x theme combinations with Storybook's toolbar globals,
// which re-render it in place — so the state its play function reached is checked in all 8
// combinations. The storybook Vitest project runs each story in en/light as well; this adds the
// other seven. A few pages share the stories: most of a story's time is its backend's simulated
// latency, which the pages can wait out side by side.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server.js';
import { ALL_APPEARANCES, PageSession, axeStats, launchBrowser } from './support/browser.js';
import { storybookOutDir } from './support/paths.js';
import { buildStorybook, showStory, storyIds, storyText, updateGlobals } from './support/storybook.js';

const PAGES = 3;
// en/light comes first (the play functions run in it), the others after.
const EN_LIGHT = ALL_APPEARANCES.find(({ locale, theme }) => locale === 'en' && theme === 'light')!;
const OTHERS = ALL_APPEARANCES.filter((appearance) => appearance !== EN_LIGHT);

let browser: Browser;
let server: AppServer;
let stories: string[] = [];
const timings: string[] = [];

beforeAll(async () => {
  const started = Date.now();
  await buildStorybook(storybookOutDir);
  timings.push(`build ${((Date.now() - started) / 1000).toFixed(1)} s`);
  stories = await storyIds(storybookOutDir);
  // Storybook's own page needs inline scripts: served without the demo's CSP.
  [browser, server] = await Promise.all([launchBrowser(), startAppServer({ root: storybookOutDir, csp: false })]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(
    `[e2e] storybook-a11y: ${stories.length} stories x ${ALL_APPEARANCES.length} combinations, ${axeStats.runs} axe runs (${(axeStats.ms / 1000).toFixed(1)} s of axe over ${PAGES} pages); ${timings.join(', ')}`,
  );
});

/**
 * React's act() warnings: Storybook declares an act environment for play functions, so a timer a
 * story legitimately keeps running (a resend countdown) warns once the play function is over. No
 * product page declares one; every other console error still fails the story.
 */
const ACT_ENVIRONMENT_WARNING = /not wrapped in act\(|suspended inside an `act` scope/;

/** Checks `ids` in one page; returns one line per problem and how many renders were translated. */
async function checkStories(ids: string[]): Promise<{ failures: string[]; translated: number }> {
  // Storybook's a11y addon would run axe after every render too; `a11y.manual` leaves it to us.
  const session = await PageSession.open(browser, `${server.url}/iframe.html?id=${ids[0]}&viewMode=story&globals=a11y.manual:!true`);
  const { page } = session;
  const failures: string[] = [];
  let translated = 0;
  try {
    await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window);
    // Each locale's catalogue loads on first use; once loaded, a switch applies before the next
    // paint. Load them all first, on the story the page opened with.
    await page.waitForFunction(() => (document.querySelector('#storybook-root')?.textContent ?? '') !== '');
    const initial = await storyText(page);
    for (const locale of ['es', 'fr', 'pt-br']) {
      await updateGlobals(page, ids[0]!, { locale });
      await expect.poll(() => storyText(page)).not.toBe(initial);
    }
    await updateGlobals(page, ids[0]!, { locale: 'en' });

    for (const storyId of ids) {
      const fail = (where: string, lines: string[]) => failures.push(...lines.map((line) => `${storyId} [${where}]: ${line}`));
      const check = async (where: string) => {
        fail(where, await session.axe({ fragment: true }));
        const consoleErrors = session.problems.console.splice(0).filter((message) => !ACT_ENVIRONMENT_WARNING.test(message));
        fail(where, [...session.problems.page.splice(0), ...consoleErrors]);
      };
      // Shown again when its play function failed: with several pages busy, a play function's
      // own timeouts can run out. Failing twice is a failure.
      let played = await showStory(page, storyId);
      if (played.length > 0) {
        session.problems.page.length = 0;
        session.problems.console.length = 0;
        played = await showStory(page, storyId);
      }
      fail('play', played);
      await check('en light');
      const english = await storyText(page);
      for (const { locale, theme } of OTHERS) {
        fail(`${locale} ${theme}`, await updateGlobals(page, storyId, { locale, theme }));
        if (locale !== 'en' && (await storyText(page)) !== english) translated += 1;
        await check(`${locale} ${theme}`);
      }
      // Back to en/light for the next story's play function.
      fail('reset', await updateGlobals(page, storyId, { locale: EN_LIGHT.locale, theme: EN_LIGHT.theme }));
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
    expect(stories.length).toBeGreaterThan(10);
  });

  it('has zero axe violations in every locale and theme, after its play function', { timeout: 600_000 }, async () => {
    const started = Date.now();
    const shards = Array.from({ length: PAGES }, (_, page) => stories.filter((_, index) => index % PAGES === page));
    const results = await Promise.all(shards.filter((shard) => shard.length > 0).map(checkStories));
    const failures = results.flatMap((result) => result.failures);
    const translated = results.reduce((sum, result) => sum + result.translated, 0);
    timings.push(`${((Date.now() - started) / 1000).toFixed(1)} s for the stories, ${translated} of ${stories.length * 6} non-English renders translated`);
    if (failures.length > 0) throw new Error(`${failures.length} problems:\n${summarize(failures)}`);
  });
});
