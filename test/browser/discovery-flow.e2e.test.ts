// The cross-organization (discovery) flow of the demo app: request a link without an
// organization, set the password from the emailed link, pick an organization (by keyboard) and
// exchange the intermediate session. Each step under the strict CSP, axe in 4 locales x 2 themes.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser.js';
import { STRONG_PASSWORD, demoUrl, expectFocused, expectMeter, expectVisible, heading, openNewestLink, press, typeInto } from './support/demo.js';
import { demoOutDir } from './support/paths.js';

const suite = browserSuite('discovery-flow', { root: demoOutDir });

describe('discovery flow (memory backend)', () => {
  it('goes from the request to the organization picker and signs in to the chosen one', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { org: 'discovery' }));
    const { page } = session;
    await expectVisible(heading(page, 'Reset your password'));
    await session.step('request');

    const email = page.getByLabel('Work email', { exact: true });
    await email.fill('sam@example.test');
    await email.press('Enter');
    await expectVisible(heading(page, 'Check your email'));
    await session.step('sent');

    await openNewestLink(page, 'sam@example.test');
    await expectVisible(heading(page, 'Choose a new password'));
    expect(page.url()).not.toMatch(/[?&](token|stytch_token_type)=/);
    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await session.step('new password');

    await password.press('Enter');
    await expectVisible(heading(page, 'Choose an organization'));
    await expectFocused(heading(page, 'Choose an organization'));
    const acme = page.getByRole('button', { name: 'Sign in to Acme Inc.' });
    const globex = page.getByRole('button', { name: 'Sign in to Globex Corporation' });
    await expectVisible(acme);
    await expectVisible(globex);
    await session.step('organization picker');

    // The arrow keys move between the organizations.
    await acme.focus();
    await page.keyboard.press('ArrowDown');
    await expectFocused(globex);
    await page.keyboard.press('ArrowUp');
    await expectFocused(acme);
    await page.keyboard.press('Enter');

    await expectVisible(heading(page, 'Your password is reset'));
    await expectFocused(heading(page, 'Your password is reset'));
    await expectVisible(page.getByRole('status').filter({ hasText: 'Last result: signed in as member-demo-sam-acme in Acme Inc.' }));
    await session.step('signed in to the organization');
  });

  it('hands off to MFA when the chosen organization requires it', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { org: 'discovery' }));
    const { page } = session;
    const email = page.getByLabel('Work email', { exact: true });
    await email.fill('sam@example.test');
    await email.press('Enter');
    await expectVisible(heading(page, 'Check your email'));
    await openNewestLink(page, 'sam@example.test');
    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await password.press('Enter');
    await press(page.getByRole('button', { name: 'Sign in to Globex Corporation' }));
    await expectVisible(heading(page, 'One more step'));
    await expectVisible(page.getByRole('status').filter({ hasText: 'password saved; Globex Corporation requires MFA' }));
    await session.step('MFA hand-off');
  });
});
