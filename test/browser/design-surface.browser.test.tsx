// The themed surface, measured in Chromium with axe (colour contrast included): every screen of the
// flows with theme="dark" on a host page with a white background, and theme="light" on a dark one.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type MemoryAdapter, createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { DiscoveryReset, ResetCompleteForm, ResetFlow } from '../../src/react/components/index.js';
import { type ResetTheme, ResetProvider } from '../../src/react/index.js';
import '../../src/styles/index.css';

const ACME = 'organization-demo-acme';
const GLOBEX = 'organization-demo-globex';
const STRONG = 'violet-Harbor-lantern-93-quietly';

afterEach(() => cleanup());
afterAll(() => {
  document.body.removeAttribute('style');
});

const adapterFor = () => createMemoryAdapter({ rateLimit: false });

async function axeOnPage(): Promise<string[]> {
  const results = await axe.run(document.body, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'], resultTypes: ['violations'] });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.html.slice(0, 120)}`));
}

const linkOf = (adapter: MemoryAdapter, emailAddress: string) => adapter.outbox.latest(emailAddress)!.link;

async function saveNewPassword(password = STRONG) {
  await userEvent.fill(await screen.findByLabelText('New password'), password);
  await userEvent.keyboard('{Enter}');
}

/** Each screen, reached as a member would, then swept. */
const screens: { name: string; show: (theme: ResetTheme) => Promise<void> }[] = [
  {
    name: 'request a link, then check your email',
    async show(theme) {
      mount(theme, adapterFor(), <ResetFlow organizationId={ACME} />);
      await userEvent.click(screen.getByRole('textbox'));
      await userEvent.keyboard('ada@acme.test{Enter}');
      await screen.findByRole('heading', { name: 'Check your email' });
    },
  },
  {
    name: 'a weak password with the meter, then its refusal',
    async show(theme) {
      const adapter = adapterFor();
      await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
      mount(theme, adapter, <ResetFlow organizationId={ACME} tokenUrl={linkOf(adapter, 'ada@acme.test')} />);
      await saveNewPassword('password1');
      await waitFor(() => expect(document.querySelector('[data-part="verdict"][data-tone="danger"]')).not.toBeNull(), { timeout: 10_000 });
    },
  },
  {
    name: 'a used link',
    async show(theme) {
      const adapter = adapterFor();
      await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
      const link = linkOf(adapter, 'ada@acme.test');
      await adapter.resetByEmail({ passwordResetToken: new URL(link).searchParams.get('token')!, password: STRONG });
      mount(theme, adapter, <ResetFlow organizationId={ACME} tokenUrl={link} />);
      await saveNewPassword(`${STRONG}!`);
      await waitFor(() => expect(document.querySelector('[data-scope="reset-flow"][data-state="expired"]')).not.toBeNull(), { timeout: 10_000 });
    },
  },
  {
    name: 'done',
    async show(theme) {
      const adapter = adapterFor();
      await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
      mount(theme, adapter, <ResetFlow organizationId={ACME} tokenUrl={linkOf(adapter, 'ada@acme.test')} />);
      await saveNewPassword();
      await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 10_000 });
    },
  },
  {
    name: 'the MFA hand-off',
    async show(theme) {
      const adapter = adapterFor();
      await adapter.resetByEmailStart({ organizationId: GLOBEX, emailAddress: 'max@globex.test' });
      mount(theme, adapter, <ResetFlow organizationId={GLOBEX} tokenUrl={linkOf(adapter, 'max@globex.test')} />);
      await saveNewPassword();
      await screen.findByRole('heading', { name: 'One more step' }, { timeout: 10_000 });
    },
  },
  {
    name: 'the organization picker',
    async show(theme) {
      const adapter = adapterFor();
      await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' });
      const token = new URL(linkOf(adapter, 'sam@example.test')).searchParams.get('token')!;
      mount(theme, adapter, <DiscoveryReset token={token} />);
      await saveNewPassword();
      await screen.findByRole('heading', { name: 'Choose an organization' }, { timeout: 10_000 });
    },
  },
  {
    name: 'an error with its way out',
    async show(theme) {
      const adapter = adapterFor();
      await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
      const token = new URL(linkOf(adapter, 'ada@acme.test')).searchParams.get('token')!;
      adapter.failNext('organization_suspended');
      mount(theme, adapter, <ResetCompleteForm method="email" token={token} organizationName="Acme Inc." />);
      await saveNewPassword();
      await screen.findByRole('alert', {}, { timeout: 10_000 });
    },
  },
];

function mount(theme: ResetTheme, adapter: MemoryAdapter, ui: ReactElement) {
  render(
    <ResetProvider adapter={adapter} locale="en" theme={theme}>
      {ui}
    </ResetProvider>,
  );
}

describe.each([
  { host: 'a white page', theme: 'dark' as const, background: '#ffffff', color: '#111111' },
  { host: 'a dark page', theme: 'light' as const, background: '#0b1020', color: '#f5f5f5' },
])('theme="$theme" on $host', ({ theme, background, color }) => {
  it.each(screens)('$name has no axe violations', { timeout: 30_000 }, async ({ show }) => {
    document.body.style.background = background;
    document.body.style.color = color;
    await show(theme);
    // Colours ease between states (--rk-duration-*): measure the settled ones.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const root = document.querySelector('[data-rk-theme][data-part="root"]')!;
    // The surface is painted by the root itself, whatever the page behind it.
    expect(getComputedStyle(root).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(await axeOnPage()).toEqual([]);
  });
});

describe('surface="none"', () => {
  it('paints nothing: the host owns the background', async () => {
    render(
      <ResetProvider adapter={adapterFor()} locale="en" surface="none">
        <ResetFlow organizationId={ACME} />
      </ResetProvider>,
    );
    const root = document.querySelector('[data-rk-theme][data-part="root"]')!;
    expect(root).toHaveAttribute('data-surface', 'none');
    expect(getComputedStyle(root).backgroundColor).toBe('rgba(0, 0, 0, 0)');
  });
});
