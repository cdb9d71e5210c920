import { screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ResetFlow } from '../../../src/react/components/index.js';
import { ACME, GLOBEX, STRONG_PASSWORD, axeViolations, latestToken, memoryAdapter, renderWithProvider } from './render.js';

const APP = 'https://app.example.test/reset';

async function organizationLink(adapter: MemoryAdapter, emailAddress: string, organizationId = ACME) {
  await adapter.resetByEmailStart({ organizationId, emailAddress, resetPasswordRedirectUrl: APP });
  return adapter.outbox.latest(emailAddress)!.link;
}

afterEach(() => {
  // The address a flow remembers for the tab (sessionStorage) must not leak into the next test.
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('ResetFlow', () => {
  it('declares its language on its root, so screen readers speak it in the right voice', async () => {
    const { container } = renderWithProvider(<ResetFlow organizationId={ACME} />, { locale: 'pt-br' });
    const root = container.querySelector('[data-scope="reset-flow"]');
    await waitFor(() => expect(root).toHaveAttribute('lang', 'pt-br'));
    // Nested resetkit roots inherit it instead of repeating it.
    expect(container.querySelector('[data-scope="reset-start"]')).not.toHaveAttribute('lang');
  });

  it('without a token, with an organization: request, then the sent screen', async () => {
    const { user, container, adapter } = renderWithProvider(<ResetFlow organizationId={ACME} resetPasswordRedirectUrl={APP} />);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('data-scope', 'reset-flow');
    expect(root).toHaveAttribute('data-state', 'request');
    expect(await axeViolations(container)).toEqual([]);
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test{Enter}');
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByText(/If an account exists for ada@acme\.test/)).toBeInTheDocument();
    expect(adapter.outbox.latest('ada@acme.test')).toMatchObject({ tokenType: 'multi_tenant_passwords' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('without a token or an organization: the discovery request', async () => {
    const adapter = memoryAdapter({ crossOrgPasswords: true });
    const { user } = renderWithProvider(<ResetFlow />, { adapter });
    await user.type(screen.getByLabelText('Work email'), 'sam@example.test{Enter}');
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(adapter.outbox.latest('sam@example.test')).toMatchObject({ tokenType: 'discovery' });
  });

  it('reads the token from the address bar, strips it, and completes; onComplete fires once', async () => {
    const adapter = memoryAdapter();
    const link = new URL(await organizationLink(adapter, 'ada@acme.test'));
    window.history.replaceState(null, '', `${link.pathname}${link.search}&keep=1#top`);
    const onComplete = vi.fn();
    const { user, container, rerender } = renderWithProvider(<ResetFlow organizationId={ACME} onComplete={onComplete} />, { adapter });
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(window.location.search).toBe('?keep=1');
    expect(window.location.hash).toBe('#top');
    expect(await axeViolations(container)).toEqual([]);

    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ memberId: 'member-demo-ada', memberAuthenticated: true }));
    expect(await axeViolations(container)).toEqual([]);
    // A new callback on a later render is not called again either.
    const later = vi.fn();
    rerender(<ResetFlow organizationId={ACME} onComplete={later} />);
    expect(later).not.toHaveBeenCalled();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('turns a used link into the expired screen, which sends a new link in one click', async () => {
    const adapter = memoryAdapter();
    const link = await organizationLink(adapter, 'ada@acme.test');
    await adapter.resetByEmail({ passwordResetToken: new URL(link).searchParams.get('token')!, password: STRONG_PASSWORD });
    const { user, container } = renderWithProvider(
      <ResetFlow organizationId={ACME} tokenUrl={link} emailAddress="ada@acme.test" resetPasswordRedirectUrl={APP} />,
      { adapter },
    );
    await user.type(screen.getByLabelText('New password'), `${STRONG_PASSWORD}!`);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    const heading = await screen.findByRole('heading', { name: 'This link was already used' }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'expired');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Email a new link to ada@acme.test' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(adapter.outbox.list().filter((email) => email.to === 'ada@acme.test')).toHaveLength(2);
  });

  it('asks for the address on the expired screen when it does not know it', async () => {
    let now = Date.now();
    const clocked = memoryAdapter({ now: () => now });
    const link = await organizationLink(clocked, 'ada@acme.test');
    now += 31 * 60_000;
    const { user } = renderWithProvider(<ResetFlow organizationId={ACME} tokenUrl={link} />, { adapter: clocked });
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    await screen.findByRole('heading', { name: 'This link has expired' }, { timeout: 5000 });
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test');
    await user.click(screen.getByRole('button', { name: 'Email me a new link' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
  });

  it('hands off to MFA: onComplete and onMfaRequired once, with the intermediate session', async () => {
    const adapter = memoryAdapter();
    const link = await organizationLink(adapter, 'max@globex.test', GLOBEX);
    const onComplete = vi.fn();
    const onMfaRequired = vi.fn();
    const { user, container } = renderWithProvider(
      <ResetFlow organizationId={GLOBEX} tokenUrl={link} onComplete={onComplete} onMfaRequired={onMfaRequired} />,
      { adapter },
    );
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('heading', { name: 'One more step' }, { timeout: 5000 })).toBeInTheDocument();
    const handOff = expect.objectContaining({ memberAuthenticated: false, intermediateSessionToken: expect.any(String) });
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith(handOff);
    expect(onMfaRequired).toHaveBeenCalledTimes(1);
    expect(onMfaRequired).toHaveBeenCalledWith(handOff);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('runs the discovery link through the organization picker to done, completing once', async () => {
    const adapter = memoryAdapter({ crossOrgPasswords: true });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test', discoveryRedirectUrl: APP });
    const email = adapter.outbox.latest('sam@example.test')!;
    const onComplete = vi.fn();
    const { user, container } = renderWithProvider(
      <ResetFlow tokenUrl={`${APP}?token=${latestToken(adapter, 'sam@example.test')}&stytch_token_type=${email.tokenType}`} onComplete={onComplete} />,
      { adapter },
    );
    expect(container.firstElementChild).toHaveAttribute('data-state', 'discovery');
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    await screen.findByRole('heading', { name: 'Choose an organization' }, { timeout: 5000 });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Sign in to Acme Inc.' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('completes once under StrictMode too', async () => {
    const adapter = memoryAdapter();
    const link = await organizationLink(adapter, 'ada@acme.test');
    const onComplete = vi.fn();
    const { user } = renderWithProvider(
      <StrictMode>
        <ResetFlow organizationId={ACME} tokenUrl={link} onComplete={onComplete} />
      </StrictMode>,
      { adapter },
    );
    await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('keeps the token in the address bar alone when given a tokenUrl', () => {
    window.history.replaceState(null, '', '/reset?token=abc&stytch_token_type=multi_tenant_passwords');
    renderWithProvider(<ResetFlow organizationId={ACME} tokenUrl={`${APP}?token=xyz&stytch_token_type=multi_tenant_passwords`} />);
    expect(window.location.search).toBe('?token=abc&stytch_token_type=multi_tenant_passwords');
  });
});
