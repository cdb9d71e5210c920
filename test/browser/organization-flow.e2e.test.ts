// The organization flow of the demo app (memory backend) in Chromium under a strict CSP: request
// to done with the inbox link opened in the same tab, a dead link replaced by a new one, a weak
// password refused before a strong one is saved, the rate-limit countdown and the MFA hand-off.
// Every step: no console, page or CSP error, and zero axe violations in 4 locales x 2 themes.
import { describe, expect, it } from 'vitest';
import { type PageSession, browserSuite } from './support/browser.js';
import {
  STRONG_PASSWORD,
  clearField,
  demoUrl,
  expectFocused,
  expectMeter,
  expectVisible,
  heading,
  openNewestLink,
  press,
  typeInto,
} from './support/demo.js';
import { demoOutDir } from './support/paths.js';

const suite = browserSuite('organization-flow', { root: demoOutDir });

/** Asks for a link for `email` from the start screen and waits for "Check your email". */
async function requestLink(s: PageSession, email: string): Promise<void> {
  const { page } = s;
  const field = page.getByLabel('Work email', { exact: true });
  await field.fill(email);
  await field.press('Enter');
  await expectVisible(heading(page, 'Check your email'));
  await expectFocused(heading(page, 'Check your email'));
}

describe('organization flow (memory backend)', () => {
  it('goes from the request to done, with the emailed link opened in the same tab', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { org: 'acme' }));
    const { page } = session;
    await expectVisible(heading(page, 'Reset your password'));
    await session.step('request');

    await requestLink(session, 'ada@acme.test');
    await session.step('sent');

    await openNewestLink(page, 'ada@acme.test');
    await expectVisible(heading(page, 'Choose a new password'));
    // The token left the address bar as soon as the flow read it.
    expect(page.url()).not.toMatch(/[?&]token=/);
    await session.step('new password');

    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await session.step('strong password typed');

    await password.press('Enter');
    await expectVisible(heading(page, 'Your password is reset'));
    await expectFocused(heading(page, 'Your password is reset'));
    await expectVisible(page.getByRole('status').filter({ hasText: 'Last result: signed in as member-demo-ada in Acme Inc.' }));
    await session.step('done');

    await press(page.getByRole('button', { name: 'Continue' }));
    await expectVisible(heading(page, 'Welcome back'));
    await session.step('after continue');
  });

  it('replaces an expired link with a new one', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { org: 'acme' }));
    const { page } = session;
    await requestLink(session, 'ada@acme.test');
    // Links live 30 minutes: the backend's clock moves an hour ahead.
    await press(page.getByRole('button', { name: 'Skip ahead one hour' }));
    await expectVisible(page.getByText('Backend clock: 1 h ahead.'));

    await openNewestLink(page, 'ada@acme.test');
    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await password.press('Enter');
    // An expired link says so (a used one has its own words), and the new link is one click
    // away, to the address this tab asked for.
    await expectVisible(heading(page, 'This link has expired'));
    await expectFocused(heading(page, 'This link has expired'));
    await session.step('expired link');

    await press(page.getByRole('button', { name: 'Email a new link to ada@acme.test' }));
    await expectVisible(heading(page, 'Check your email'));
    await session.step('new link sent');

    await openNewestLink(page, 'ada@acme.test');
    await expect.poll(() => page.getByRole('link', { name: /, to ada@acme\.test$/ }).count()).toBe(2);
    await typeInto(page.getByLabel('New password', { exact: true }), STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await page.getByLabel('New password', { exact: true }).press('Enter');
    await expectVisible(heading(page, 'Your password is reset'));
    await session.step('done with the new link');
  });

  it('refuses a weak password on the page, then saves a strong one', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { org: 'acme' }));
    const { page } = session;
    await requestLink(session, 'ada@acme.test');
    await openNewestLink(page, 'ada@acme.test');
    const password = page.getByLabel('New password', { exact: true });

    await typeInto(password, 'password123');
    await expectMeter(page, /^(Very weak|Weak)$/);
    // One verdict line says what is wrong (zxcvbn's warning in resetkit's words), as a warning
    // while typing and as the refusal once the member tries to save: no second error message.
    const verdict = page.locator('[data-part="verdict"]');
    await expectVisible(verdict.getByText(/^This is a (very )?common password\.$/));
    await expect.poll(() => verdict.getAttribute('data-tone')).toBe('warning');
    await session.step('weak password typed');

    await password.press('Enter');
    await expect.poll(() => verdict.getAttribute('data-tone')).toBe('danger');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    await expectFocused(password);
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await verdict.getAttribute('id'));
    expect(await page.getByRole('alert').count()).toBe(0);
    await session.step('weak password refused');

    await clearField(password);
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await expectVisible(page.getByText('This password meets the requirements.'));
    await session.step('strong password typed');

    await password.press('Enter');
    await expectVisible(heading(page, 'Your password is reset'));
    await session.step('done');
  });

  it('counts down a rate limit, then lets the member ask again', async () => {
    // One reset email per address every 6 seconds.
    const session = await suite.open(demoUrl(suite.server.url, { org: 'acme', rateLimit: '1/6' }));
    const { page } = session;
    await requestLink(session, 'ada@acme.test');
    await press(page.getByRole('button', { name: 'Use a different email address' }));
    await expectVisible(heading(page, 'Reset your password'));
    // The address is kept for editing; sending it again is refused by the backend.
    await expect.poll(() => page.getByLabel('Work email', { exact: true }).inputValue()).toBe('ada@acme.test');
    await page.getByLabel('Work email', { exact: true }).press('Enter');

    const alert = page.getByRole('alert');
    await expectVisible(alert);
    const timer = alert.getByRole('timer');
    const submit = page.getByRole('button', { name: 'Email me a reset link' });
    const seconds = async () => Number(/(\d+)/.exec((await timer.textContent()) ?? '')?.[1]);
    const first = await seconds();
    expect(first).toBeGreaterThan(0);
    expect(await timer.textContent()).toMatch(/^Too many attempts\. Try again in \d+ seconds?\.$/);
    expect(await submit.isDisabled()).toBe(true);
    await session.step('rate limited');

    // The countdown runs, then the button comes back.
    await expect.poll(seconds, { timeout: 5000 }).toBeLessThan(first);
    await expect.poll(() => submit.isEnabled(), { timeout: 10_000 }).toBe(true);
    await session.step('wait over');
    await press(submit);
    await expectVisible(heading(page, 'Check your email'));
    await session.step('sent after the wait');
  });

  it('hands off to MFA when the organization requires it', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { org: 'acme' }));
    const { page } = session;
    const organization = page.getByLabel('Organization', { exact: true });
    await organization.focus();
    await organization.selectOption({ label: 'Globex Corporation' });
    await expectVisible(heading(page, 'Reset your password'));
    await requestLink(session, 'max@globex.test');
    await openNewestLink(page, 'max@globex.test');
    await typeInto(page.getByLabel('New password', { exact: true }), STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await page.getByLabel('New password', { exact: true }).press('Enter');

    await expectVisible(heading(page, 'One more step'));
    await expectFocused(heading(page, 'One more step'));
    await expectVisible(page.getByText('Globex Corporation requires two-step verification. Continue to confirm it’s you.'));
    await expectVisible(page.getByRole('status').filter({ hasText: 'password saved; Globex Corporation requires MFA' }));
    await session.step('MFA hand-off');

    await press(page.getByRole('button', { name: 'Continue' }));
    await expectVisible(heading(page, 'Verify it’s you'));
    await session.step('app MFA step');
  });
});
