// In real Chromium, with real key presses: a typed password is in no attribute and nowhere in
// `document.documentElement.outerHTML` (what session replay and support widgets serialize), in
// every component that asks for one, also while shown as text.
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { DiscoveryReset, PasswordField, ResetCompleteForm, ResetFlow } from '../../src/react/components/index.js';
import { ResetProvider } from '../../src/react/index.js';
import { placesInMarkup } from '../react/secrecy.js';

const ACME = 'organization-demo-acme';
// Strong enough for any policy, so no form refuses it before the markup is checked.
const SECRET = 'violet-Harbor-lantern-93-quietly';
const CURRENT = 'Typed-Current-Pass-4711';

afterEach(() => cleanup());

const adapterFor = (options: Parameters<typeof createMemoryAdapter>[0] = {}) => createMemoryAdapter({ rateLimit: false, ...options });

function renderOn(adapter: MemoryAdapter, ui: ReactElement) {
  return render(
    <ResetProvider adapter={adapter} locale="en">
      {ui}
    </ResetProvider>,
  );
}

/** Types `secret` key by key into the labelled input, then checks the markup hidden, shown and hidden again. */
async function typeAndCheck(label: string, secret: string): Promise<void> {
  const input = await screen.findByLabelText<HTMLInputElement>(label);
  await userEvent.type(input, secret);
  expect(input.value).toBe(secret);
  expect(placesInMarkup(secret)).toEqual([]);
  const toggle = input.closest('[data-scope="password-field"]')!.querySelector<HTMLButtonElement>('[data-part="toggle"]')!;
  await userEvent.click(toggle);
  expect(input.type).toBe('text');
  expect(placesInMarkup(secret)).toEqual([]);
  await userEvent.click(toggle);
  expect(input.type).toBe('password');
  expect(input.value).toBe(secret);
  expect(placesInMarkup(secret)).toEqual([]);
}

describe('a typed password stays out of the page markup', () => {
  it('PasswordField', async () => {
    renderOn(adapterFor(), <PasswordField />);
    await typeAndCheck('New password', SECRET);
  });

  it('ResetCompleteForm, from the emailed link', async () => {
    const adapter = adapterFor();
    await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
    renderOn(adapter, <ResetCompleteForm method="email" token={adapter.outbox.latest('ada@acme.test')!.token} />);
    await typeAndCheck('New password', SECRET);
  });

  it('the existing-password form, both passwords', async () => {
    renderOn(adapterFor(), <ResetCompleteForm method="existingPassword" organizationId={ACME} emailAddress="ada@acme.test" />);
    await typeAndCheck('Current password', CURRENT);
    await typeAndCheck('New password', SECRET);
    expect(placesInMarkup(CURRENT)).toEqual([]);
  });

  it("ResetFlow's new-password step", async () => {
    const adapter = adapterFor();
    await adapter.resetByEmailStart({
      organizationId: ACME,
      emailAddress: 'ada@acme.test',
      resetPasswordRedirectUrl: 'https://app.example.test/reset',
    });
    renderOn(adapter, <ResetFlow organizationId={ACME} tokenUrl={adapter.outbox.latest('ada@acme.test')!.link} />);
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
    await typeAndCheck('New password', SECRET);
  });

  it('DiscoveryReset, through to the organization list', async () => {
    const adapter = adapterFor({ crossOrgPasswords: true });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' });
    renderOn(adapter, <DiscoveryReset token={adapter.outbox.latest('sam@example.test')!.token} />);
    await typeAndCheck('New password', SECRET);
    await userEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('heading', { name: 'Choose an organization' }, { timeout: 10_000 })).toBeTruthy();
    expect(placesInMarkup(SECRET)).toEqual([]);
  });
});
