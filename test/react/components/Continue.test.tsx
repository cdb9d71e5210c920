import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ResetCompleteForm, ResetFlow } from '../../../src/react/components/index.js';
import { ACME, GLOBEX, STRONG_PASSWORD, axeViolations, latestToken, memoryAdapter, renderWithProvider } from './render.js';

async function emailedToken(adapter: MemoryAdapter, emailAddress = 'ada@acme.test', organizationId = ACME) {
  await adapter.resetByEmailStart({ organizationId, emailAddress });
  return latestToken(adapter, emailAddress);
}

async function save(user: ReturnType<typeof renderWithProvider>['user'], heading: string) {
  await user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Save new password' }));
  const shown = await screen.findByRole('heading', { name: heading }, { timeout: 5000 });
  await waitFor(() => expect(shown).toHaveFocus());
}

describe('the done and MFA screens always offer a next action', () => {
  it('without any callback, "Continue" is a link to the documented default, the app root', async () => {
    const adapter = memoryAdapter();
    const { user, container } = renderWithProvider(<ResetCompleteForm method="email" token={await emailedToken(adapter)} />, { adapter });
    await save(user, 'Your password is reset');
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('with continueHref, "Continue" goes there', async () => {
    const adapter = memoryAdapter();
    const { user } = renderWithProvider(<ResetCompleteForm method="email" token={await emailedToken(adapter)} continueHref="/dashboard" />, {
      adapter,
    });
    await save(user, 'Your password is reset');
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/dashboard');
  });

  it('with only onSuccess, "Continue" calls it again with the result', async () => {
    const adapter = memoryAdapter();
    const onSuccess = vi.fn();
    const { user } = renderWithProvider(<ResetCompleteForm method="email" token={await emailedToken(adapter)} onSuccess={onSuccess} />, {
      adapter,
    });
    await save(user, 'Your password is reset');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onSuccess).toHaveBeenCalledTimes(2);
    expect(onSuccess).toHaveBeenLastCalledWith(expect.objectContaining({ memberAuthenticated: true }));
  });

  it("ResetFlow's MFA hand-off with only onComplete: \"Continue\" hands the intermediate session over again", async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter, 'max@globex.test', GLOBEX);
    const onComplete = vi.fn();
    const { user } = renderWithProvider(
      <ResetFlow organizationId={GLOBEX} tokenUrl={`https://app.example.com/reset?token=${token}&stytch_token_type=multi_tenant_passwords`} onComplete={onComplete} />,
      { adapter },
    );
    await save(user, 'One more step');
    expect(onComplete).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onComplete).toHaveBeenCalledTimes(2);
    expect(onComplete.mock.calls[1]![0]).toMatchObject({ memberAuthenticated: false, intermediateSessionToken: expect.any(String) });
  });

  it('ResetFlow without callbacks links "Continue" to continueHref', async () => {
    const adapter = memoryAdapter();
    const token = await emailedToken(adapter);
    const { user } = renderWithProvider(
      <ResetFlow organizationId={ACME} continueHref="/home" tokenUrl={`https://app.example.com/reset?token=${token}&stytch_token_type=multi_tenant_passwords`} />,
      { adapter },
    );
    await save(user, 'Your password is reset');
    expect(screen.getByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/home');
  });
});
