// Issue 7's real-browser test: a page served on loopback completes a reset through resetkit's
// HTTP adapter, resetkit/server's proxy (same origin, strict CSP) and the Stytch emulator — the
// emailed link opened in the same tab as a full page load, the state living server-side. Then
// the demo app in HTTP mode: the discovery flow with its inbox links as ordinary links.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser.js';
import {
  ANOTHER_STRONG_PASSWORD,
  STRONG_PASSWORD,
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

const suite = browserSuite('http-backend', { root: demoOutDir, backend: true });

const apiCalls = () =>
  suite.server.emulator!.hits.filter((hit) => hit.path.startsWith('/v1/')).map((hit) => `${hit.method} ${hit.path}`);

describe('HTTP adapter -> proxy -> Stytch emulator', () => {
  it('completes a reset on a product page (ResetFlow on the HTTP adapter)', async () => {
    const emulator = suite.server.emulator!;
    const session = await suite.open(`${suite.server.url}/minimal.html?org=organization-demo-acme`);
    const { page } = session;
    await expectVisible(heading(page, 'Reset your password'));
    await session.step('request', { appearances: 'current' });

    const email = page.getByLabel('Work email', { exact: true });
    await email.fill('ada@acme.test');
    await email.press('Enter');
    await expectVisible(heading(page, 'Check your email'));
    await session.step('sent', { appearances: 'current' });

    // The member opens the email in their mail client: the link loads the page again.
    const sent = emulator.memory.outbox.latest('ada@acme.test');
    expect(sent?.link.startsWith(`${suite.server.url}/minimal.html?org=organization-demo-acme&token=`)).toBe(true);
    expect(sent?.tokenType).toBe('multi_tenant_passwords');
    await page.goto(sent!.link);
    await expectVisible(heading(page, 'Choose a new password'));
    expect(page.url()).toBe(`${suite.server.url}/minimal.html?org=organization-demo-acme`);
    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await session.step('new password', { appearances: 'current' });

    await password.press('Enter');
    await expectVisible(heading(page, 'Your password is reset'));
    await expectFocused(heading(page, 'Your password is reset'));
    await session.step('done', { appearances: 'current' });

    // Every call went through the proxy to Stytch's server API, with the project's secret.
    expect(apiCalls()).toEqual(
      expect.arrayContaining(['POST /v1/b2b/passwords/email/reset/start', 'POST /v1/b2b/passwords/email/reset']),
    );
    // The backend holds the new password: it signs the member in (and the old one does not).
    const signedIn = await emulator.memory.resetByExistingPassword({
      organizationId: 'organization-demo-acme',
      emailAddress: 'ada@acme.test',
      existingPassword: STRONG_PASSWORD,
      newPassword: ANOTHER_STRONG_PASSWORD,
    });
    expect(signedIn.memberId).toBe('member-demo-ada');
  });

  it('runs the demo app in HTTP mode: discovery, inbox link as a page load, MFA hand-off', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { backend: 'http', org: 'discovery' }));
    const { page } = session;
    const email = page.getByLabel('Work email', { exact: true });
    await email.fill('sam@example.test');
    await email.press('Enter');
    await expectVisible(heading(page, 'Check your email'));
    await session.step('sent');

    const navigation = page.waitForEvent('framenavigated');
    await openNewestLink(page, 'sam@example.test');
    await navigation;
    await expectVisible(heading(page, 'Choose a new password'));
    const password = page.getByLabel('New password', { exact: true });
    await typeInto(password, STRONG_PASSWORD);
    await expectMeter(page, /^(Strong|Very strong)$/);
    await session.step('new password');

    await password.press('Enter');
    await expectVisible(heading(page, 'Choose an organization'));
    await session.step('organization picker');
    await press(page.getByRole('button', { name: 'Sign in to Globex Corporation' }));
    await expectVisible(heading(page, 'One more step'));
    await session.step('MFA hand-off');
    expect(apiCalls()).toEqual(
      expect.arrayContaining([
        'POST /v1/b2b/passwords/discovery/email/reset/start',
        'POST /v1/b2b/passwords/discovery/email/reset',
        'POST /v1/b2b/discovery/intermediate_sessions/exchange',
      ]),
    );
  });
});
