// ResetDialog in a sign-in page: it opens from its trigger, keeps focus inside (Tab and
// Shift+Tab), follows the step in its name, closes with Escape or its close button, and gives
// focus back to the trigger. Keyboard only, strict CSP, axe in 4 locales x 2 themes.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser.js';
import { demoUrl, expectFocused, expectVisible, heading, press } from './support/demo.js';
import { demoOutDir } from './support/paths.js';

const suite = browserSuite('dialog', { root: demoOutDir });

const focusInside = (dialog: Locator) => dialog.evaluate((element) => element.contains(document.activeElement));
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active ? `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.textContent ?? ''}`.trim() : 'none';
  });

/** Tabs `count` times (Shift+Tab when `backwards`); focus must stay in the dialog every time. */
async function tabAround(page: Page, dialog: Locator, count: number, backwards = false): Promise<string[]> {
  const visited: string[] = [];
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    expect(await focusInside(dialog), `focus left the dialog after ${index + 1} presses`).toBe(true);
    visited.push(await focusedName(page));
  }
  return visited;
}

describe('ResetDialog', () => {
  it('traps focus, closes with Escape and returns focus to its trigger', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { view: 'dialog' }));
    const { page } = session;
    const trigger = page.getByRole('button', { name: 'Forgot your password?' });
    await expectVisible(trigger);
    await session.step('sign-in page');

    await press(trigger);
    const dialog = page.getByRole('dialog', { name: 'Reset your password' });
    await expectVisible(dialog);
    // Opening moves focus into the dialog, to the form's first field.
    await expectFocused(dialog.getByLabel('Work email', { exact: true }));
    await session.step('dialog open');

    // The dialog holds the email field, the submit button and the close button: more presses than
    // that go round in circles, both ways.
    const forwards = await tabAround(page, dialog, 7);
    expect(new Set(forwards).size).toBeGreaterThanOrEqual(3);
    expect(forwards).toContain('button Close');
    await tabAround(page, dialog, 7, true);

    // The page behind is inert for assistive technology while the dialog is open.
    expect(await page.getByRole('heading', { name: 'Sign in to Acme Cloud' }).count()).toBe(0);

    const email = dialog.getByLabel('Work email', { exact: true });
    await email.fill('ada@acme.test');
    await email.press('Enter');
    // The dialog is named by the screen inside it, so its name follows the step.
    await expectVisible(page.getByRole('dialog', { name: 'Check your email' }));
    await expectFocused(heading(page, 'Check your email'));
    await session.step('sent, in the dialog');

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectFocused(trigger);
    await session.step('closed with Escape');

    // Again, closing with the close button this time.
    await press(trigger);
    const reopened = page.getByRole('dialog', { name: 'Reset your password' });
    await expectVisible(reopened);
    await press(reopened.getByRole('button', { name: 'Close' }));
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectFocused(trigger);
    await session.step('closed with the close button');
  });
});
