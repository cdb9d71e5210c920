// Driving the demo app the way a member does: by roles, labels and the keyboard.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A strong password (zxcvbn score 4) that no demo member has. */
export const STRONG_PASSWORD = 'violet-Harbor-lantern-93-quietly';
export const ANOTHER_STRONG_PASSWORD = 'Quiet-Meadow-Compass-57-orbit';

/** The demo page for these settings; `latency` keeps the memory backend's pending states short. */
export function demoUrl(base: string, params: Record<string, string> = {}): string {
  const url = new URL('/', base);
  for (const [name, value] of Object.entries({ latency: '60', ...params })) url.searchParams.set(name, value);
  return url.href;
}

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, exact: typeof name === 'string' });

/** Focuses an element and presses Enter: a button is pressed, a link followed, a form submitted. */
export async function press(locator: Locator, key = 'Enter'): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

/** Types key by key into a field (real key events, as a member types). */
export async function typeInto(locator: Locator, text: string, delay = 0): Promise<void> {
  await locator.focus();
  await locator.pressSequentially(text, { delay });
}

/** Empties the focused field with the keyboard. */
export async function clearField(locator: Locator): Promise<void> {
  await locator.focus();
  await locator.press('ControlOrMeta+a');
  await locator.press('Backspace');
}

/** Waits until the element has focus (step changes move focus to the new heading or the error). */
export async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element === document.activeElement), { timeout: 5000 }).toBe(true);
}

export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout });
}

/** Opens the newest inbox email to this address from the demo's dev inbox, in the same tab. */
export async function openNewestLink(page: Page, to: string): Promise<void> {
  // "Open the link of email 3, to ada@acme.test", in the page's language.
  const link = page.getByRole('link', { name: new RegExp(` ${to.replace(/[.+]/g, '\\$&')}$`) }).first();
  await expectVisible(link);
  await press(link);
}

/** The strength meter's value text, once it is not checking any more. */
export async function meterText(page: Page): Promise<string | null> {
  return page.getByRole('meter').getAttribute('aria-valuetext');
}

export async function expectMeter(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => meterText(page), { timeout: 15_000 }).toMatch(text);
}
