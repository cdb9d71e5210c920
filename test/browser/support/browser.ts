// The e2e harness: Chromium from scripts/chromium.ts, one context per test, and the checks every
// step of every scenario must pass — no console error, no page error, no Content-Security-Policy
// violation, no inline style attribute on resetkit's markup, and zero axe violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';
import { type AppServer, type AppServerOptions, startAppServer } from './app-server.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rules run on every step: WCAG 2.0-2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const LOCALES = ['en', 'es', 'fr', 'pt-br'] as const;
export const THEMES = ['light', 'dark'] as const;
export type Locale = (typeof LOCALES)[number];
export type Theme = (typeof THEMES)[number];
export interface Appearance {
  locale: Locale;
  theme: Theme;
}
export const ALL_APPEARANCES: readonly Appearance[] = LOCALES.flatMap((locale) => THEMES.map((theme) => ({ locale, theme })));

/** Totals over the whole file, printed by `reportAxeStats`. */
export const axeStats = { runs: 0, ms: 0, steps: 0, stepMs: 0 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface Problems {
  console: string[];
  page: string[];
  csp: string[];
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

declare global {
  interface Window {
    axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
    __reportCsp?: (text: string) => void;
  }
}

export interface SessionOptions {
  /**
   * Emulated navigator languages and Accept-Language. Left out, Chromium's own (en-US): Playwright's
   * emulation returns a new `navigator.languages` array on every read.
   */
  locale?: string;
  /** A self-contained function to run in the page before any of the page's own scripts. */
  init?: () => void;
}

/**
 * A page in a fresh browser context, with its problems recorded from the first byte: CSP
 * violations through a `securitypolicyviolation` listener installed before any page script, and
 * console messages that mention the policy (workers report theirs there).
 */
export class PageSession {
  readonly problems: Problems = { console: [], page: [], csp: [] };

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, url: string, options: SessionOptions = {}): Promise<PageSession> {
    // Reduced motion: contrast is measured on settled colours, not halfway through a transition.
    const context = await browser.newContext({ reducedMotion: 'reduce', ...(options.locale ? { locale: options.locale } : {}) });
    // Fail fast: every wait in these scenarios is a few seconds at most.
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const session = new PageSession(context, page);
    await context.exposeBinding('__reportCsp', (_source, text: string) => {
      session.problems.csp.push(text);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__reportCsp?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || 'document'}:${event.lineNumber}${event.sample ? ` "${event.sample}"` : ''}`,
        );
      });
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/content security policy/i.test(text)) session.problems.csp.push(`console: ${text}`);
      else if (message.type() === 'error') session.problems.console.push(`${text} (${message.location().url})`);
    });
    page.on('pageerror', (error) => session.problems.page.push(error.stack ?? error.message));
    if (options.init) await context.addInitScript(options.init);
    await page.goto(url);
    return session;
  }

  /** Fails the test if anything went wrong on the page so far. */
  assertClean(when: string): void {
    const { console: consoleErrors, page, csp } = this.problems;
    const lines = [
      ...consoleErrors.map((text) => `console error: ${text}`),
      ...page.map((text) => `page error: ${text}`),
      ...csp.map((text) => `CSP violation: ${text}`),
    ];
    if (lines.length > 0) throw new Error(`${when}:\n  ${lines.join('\n  ')}`);
  }

  /**
   * Everything a step must satisfy: a clean page, no inline style attribute on resetkit's parts
   * (a strict `style-src` blocks them in server-rendered HTML), and zero axe violations in every
   * locale and theme (or only the current ones on a page without the demo's controls).
   */
  async step(label: string, { appearances = ALL_APPEARANCES }: { appearances?: readonly Appearance[] | 'current' } = {}): Promise<void> {
    axeStats.steps += 1;
    const started = performance.now();
    this.assertClean(`before "${label}"`);
    const styled = await inlineStyles(this.page);
    if (styled.length > 0) throw new Error(`"${label}": inline style attributes:\n  ${styled.join('\n  ')}`);
    const failures: string[] = [];
    if (appearances === 'current') {
      failures.push(...(await this.axe()).map((line) => `${line}`));
    } else {
      const original = await this.page.evaluate(() => ({
        locale: document.documentElement.lang,
        theme: document.documentElement.dataset['theme'] ?? 'light',
      }));
      for (const appearance of appearances) {
        await setAppearance(this.page, appearance);
        failures.push(...(await this.axe()).map((line) => `[${appearance.locale} ${appearance.theme}] ${line}`));
      }
      await setAppearance(this.page, original as Appearance);
    }
    axeStats.stepMs += performance.now() - started;
    if (failures.length > 0) throw new Error(`"${label}": axe violations:\n  ${failures.join('\n  ')}`);
    this.assertClean(`after "${label}"`);
  }

  /**
   * One axe run on the page as it is; one line per violation. `fragment`: the page shows a
   * component, not a whole page (a Storybook story), so Storybook's own wrappers are left out and
   * so are the rules about whole pages (one h1, one main landmark, all content in landmarks).
   */
  async axe({ fragment = false }: { fragment?: boolean } = {}): Promise<string[]> {
    const started = performance.now();
    // Evaluated through the DevTools protocol, which the page's CSP does not govern: no script
    // element, no eval in the page.
    if (!(await this.page.evaluate(() => Boolean(window.axe)))) await this.page.evaluate(AXE_SOURCE);
    const violations = await this.page.evaluate(
      async ({ tags, fragment }) => {
        const context = fragment
          ? { include: [['body']], exclude: [['.sb-wrapper'], ['#storybook-docs'], ['.sb-preparing-story'], ['.sb-preparing-docs']] }
          : document;
        const rules = fragment
          ? { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } }
          : {};
        const { violations } = await window.axe!.run(context, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
        return violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
        }));
      },
      { tags: AXE_TAGS, fragment },
    );
    axeStats.runs += 1;
    axeStats.ms += performance.now() - started;
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 4)
          .map((node) => `${JSON.stringify(node.target)}${node.failureSummary ? ` [${node.failureSummary.replace(/\s+/g, ' ')}]` : ''}`)
          .join('; ')}`,
    );
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Switches the demo's language and theme (without moving focus) and waits until both show. */
export async function setAppearance(page: Page, { locale, theme }: Appearance): Promise<void> {
  await page.evaluate(
    ({ locale, theme }) => {
      const controls = (window as unknown as { resetkitDemo?: { setLocale(l: string): void; setTheme(t: string): void } }).resetkitDemo;
      if (!controls) throw new Error('This page has no demo controls (window.resetkitDemo).');
      controls.setLocale(locale);
      controls.setTheme(theme);
    },
    { locale, theme },
  );
  await page.waitForFunction(
    ({ locale, theme }) => {
      const root = document.documentElement;
      const themed = [...document.querySelectorAll('[data-rk-theme]')];
      return (
        root.lang === locale &&
        root.dataset['rkStrings'] === locale &&
        root.dataset['theme'] === theme &&
        themed.every((element) => element.getAttribute('data-rk-theme') === theme)
      );
    },
    { locale, theme },
  );
  // Two frames: the new strings and colours are laid out and painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Elements with a `style` attribute, except what Radix sets for behaviour (pointer events, focus guards). */
async function inlineStyles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[style]')]
      .filter((element) => {
        if (element === document.body || element.hasAttribute('data-radix-focus-guard')) return false;
        const style = (element as HTMLElement).style;
        const properties = [...Array(style.length).keys()].map((index) => style.item(index));
        return !properties.every((property) => property === 'pointer-events');
      })
      .map((element) => {
        const scope = element.closest('[data-scope]')?.getAttribute('data-scope');
        const part = element.getAttribute('data-part');
        return `<${element.tagName.toLowerCase()}${part ? ` data-part="${part}"` : ''} style="${element.getAttribute('style')}">${scope ? ` in ${scope}` : ''}`;
      }),
  );
}

export function reportAxeStats(file: string): void {
  console.log(
    `[e2e] ${file}: ${axeStats.steps} steps checked in ${(axeStats.stepMs / 1000).toFixed(1)} s, ${axeStats.runs} axe runs in ${(axeStats.ms / 1000).toFixed(1)} s (${(axeStats.ms / Math.max(1, axeStats.runs)).toFixed(0)} ms each)`,
  );
}

/** What a scenario file shares: one browser, one app server, and the page of the running test. */
export interface BrowserSuite {
  readonly browser: Browser;
  readonly server: AppServer;
  /** Opens a page (closed again after the test) on `url`. */
  open(url: string): Promise<PageSession>;
}

/**
 * Registers the hooks every scenario file needs: a browser and an app server for the file, a
 * page per test closed after it, and the file's axe statistics at the end (`name`).
 */
export function browserSuite(name: string, serverOptions: AppServerOptions): BrowserSuite {
  let browser: Browser | undefined;
  let server: AppServer | undefined;
  let session: PageSession | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startAppServer(serverOptions)]);
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    reportAxeStats(name);
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser suite has not started yet (use it inside a test).');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
    async open(url) {
      session = await PageSession.open(started(browser), url);
      return session;
    },
  };
}
