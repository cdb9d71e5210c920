import { screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ResetFlow } from '../../../src/react/components/index.js';
import { ResetProvider } from '../../../src/react/index.js';
import { ACME, STRONG_PASSWORD, axeViolations, memoryAdapter, renderWithProvider } from './render.js';

afterEach(() => window.sessionStorage.clear());

const sessionValues = () => Object.keys(window.sessionStorage).map((key) => window.sessionStorage.getItem(key) ?? '');

/** Asks for a link in one flow, as the member did before leaving the page. */
async function askForLink(adapter: MemoryAdapter) {
  const first = renderWithProvider(<ResetFlow organizationId={ACME} />, { adapter });
  await first.user.type(screen.getByRole('textbox', { name: 'Work email' }), 'ada@acme.test{Enter}');
  await screen.findByRole('heading', { name: 'Check your email' }, { timeout: 5000 });
  first.unmount();
  return adapter.outbox.latest('ada@acme.test')!;
}

async function openAndSave(adapter: MemoryAdapter, link: string) {
  const flow = renderWithProvider(<ResetFlow organizationId={ACME} tokenUrl={link} />, { adapter });
  await flow.user.type(await screen.findByLabelText('New password'), `${STRONG_PASSWORD}{Enter}`);
  return flow;
}

describe("ResetFlow's dead links", () => {
  it('remembers only the address it sent a link to, and replaces a used link in one click naming it', { timeout: 20_000 }, async () => {
    const adapter = memoryAdapter();
    const email = await askForLink(adapter);
    expect(sessionValues()).toEqual(['ada@acme.test']);
    expect(sessionValues().join()).not.toContain(email.token);
    await adapter.resetByEmail({ passwordResetToken: email.token, password: `${STRONG_PASSWORD}-first` });

    const { user, container } = await openAndSave(adapter, email.link);
    const heading = await screen.findByRole('heading', { name: 'This link was already used' }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Email a new link to ada@acme.test' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' }, { timeout: 5000 })).toBeInTheDocument();
    expect(adapter.outbox.list().filter((sent) => sent.to === 'ada@acme.test')).toHaveLength(2);
  });

  it('says an expired link has expired, and lets the member type another address', { timeout: 20_000 }, async () => {
    let offset = 0;
    const adapter = memoryAdapter({ now: () => Date.now() + offset });
    const email = await askForLink(adapter);
    offset = 2 * 60 * 60 * 1000;
    const { user } = await openAndSave(adapter, email.link);
    await screen.findByRole('heading', { name: 'This link has expired' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Use a different email address' }));
    expect(screen.getByRole('textbox', { name: 'Work email' })).toHaveValue('ada@acme.test');
  });

  it('forgets the remembered address once the reset succeeded', { timeout: 20_000 }, async () => {
    const adapter = memoryAdapter();
    const email = await askForLink(adapter);
    await openAndSave(adapter, email.link);
    await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 });
    expect(sessionValues()).toEqual([]);
  });

  it('reads nothing from storage while rendering on the server', () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const html = renderToString(
      <ResetProvider adapter={memoryAdapter()} locale="en">
        <ResetFlow organizationId={ACME} />
      </ResetProvider>,
    );
    expect(html).toContain('data-scope="reset-flow"');
    expect(getItem).not.toHaveBeenCalled();
    getItem.mockRestore();
  });
});

describe("ResetFlow's request screen", () => {
  it('is never prefilled from storage: only a dead link uses the remembered address', async () => {
    window.sessionStorage.setItem('resetkit:link-address', 'ada@acme.test');
    renderWithProvider(<ResetFlow organizationId={ACME} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('textbox', { name: 'Work email' })).toHaveValue('');
  });
});
