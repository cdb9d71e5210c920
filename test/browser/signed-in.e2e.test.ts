// Changing a password without an emailed link: signed in (reset by session) and with the current
// password (reset with the existing password), in the demo app under the strict CSP.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';
import { browserSuite } from './support/browser.js';
import { STRONG_PASSWORD, clearField, demoUrl, expectFocused, expectMeter, expectVisible, heading, typeInto } from './support/demo.js';
import { demoOutDir } from './support/paths.js';

const suite = browserSuite('signed-in', { root: demoOutDir });

describe('password change without an emailed link (memory backend)', () => {
  it('resets by session for a signed-in member', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { view: 'session' }));
    const { page } = session;
    await expectVisible(page.getByText('Signed in as Ada Lovelace (ada@acme.test) a moment ago.'));
    await expectVisible(heading(page, 'Change your password'));
    await session.step('signed in');

    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await session.step('new password typed');

    await password.press('Enter');
    await expectVisible(heading(page, 'Your password is reset'));
    await expectFocused(heading(page, 'Your password is reset'));
    await expectVisible(page.getByRole('status').filter({ hasText: 'Last result: signed in as member-demo-ada in Acme Inc.' }));
    await session.step('done');
  });

  it('resets with the existing password, after a wrong one is refused', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { view: 'existing' }));
    const { page } = session;
    await expectVisible(heading(page, 'Change your password'));
    await session.step('form');

    await page.getByLabel('Work email', { exact: true }).fill('ada@acme.test');
    const current = page.getByLabel('Current password', { exact: true });
    await typeInto(current, 'Not-My-Password-1');
    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await password.press('Enter');

    const error = page.getByText('The current password is not correct.');
    await expectVisible(error);
    await expectFocused(current);
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    await session.step('wrong current password');

    await clearField(current);
    await typeInto(current, DEMO_PASSWORD);
    await expect.poll(() => error.count()).toBe(0);
    await current.press('Enter');
    await expectVisible(heading(page, 'Your password is reset'));
    await session.step('done');
  });
});
