import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ResetStartForm } from '../../../src/react/components/index.js';
import { ACME, axeViolations, memoryAdapter, renderWithProvider } from './render.js';

describe('ResetStartForm', () => {
  it('is a real form with its own localized errors, tied to the field and focused', async () => {
    const { user, container, adapter } = renderWithProvider(<ResetStartForm organizationId={ACME} />);
    const spy = vi.spyOn(adapter, 'resetByEmailStart');
    const form = container.querySelector('form')!;
    expect(form).toHaveAttribute('novalidate');
    expect(screen.getByRole('heading', { level: 2, name: 'Reset your password' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    const input = screen.getByLabelText('Work email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter your email address.');
    expect(input).toHaveFocus();

    await user.type(input, 'not-an-email');
    // Editing clears the complaint until the next submit.
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.keyboard('{Enter}');
    expect(input).toHaveAccessibleDescription('Enter an email address like name@company.com.');
    expect(input).toHaveValue('not-an-email');
    expect(container.querySelector('[data-part="field"]')).toHaveAttribute('data-invalid', '');
    expect(spy).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a spinner and a disabled submit while sending, then the sent screen with its heading focused', async () => {
    const adapter = memoryAdapter({ latencyMs: 50 });
    const onSent = vi.fn();
    const { user, container } = renderWithProvider(<ResetStartForm organizationId={ACME} onSent={onSent} />, { adapter });
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test');
    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));

    const pending = screen.getByRole('button', { name: 'Sending…' });
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    expect(pending).toHaveAttribute('data-pending', '');
    expect(pending.querySelector('[data-part="spinner"]')).toHaveAttribute('aria-hidden', 'true');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'submitting');

    const heading = await screen.findByRole('heading', { name: 'Check your email' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('If an account exists for ada@acme.test, you’ll get an email with a link to reset your password.')).toBeInTheDocument();
    expect(screen.getByText('The link expires in 30 minutes.')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'sent');
    expect(onSent).toHaveBeenCalledWith({ email: 'ada@acme.test' });
    expect(adapter.outbox.latest('ada@acme.test')).toBeDefined();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says the same thing whether or not the account exists', async () => {
    const texts: string[] = [];
    for (const email of ['ada@acme.test', 'nobody@acme.test']) {
      const { user, container, unmount } = renderWithProvider(<ResetStartForm organizationId={ACME} />);
      await user.type(screen.getByLabelText('Work email'), email);
      await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));
      await screen.findByRole('heading', { name: 'Check your email' });
      texts.push(container.textContent!.replace(email, '<email>'));
      unmount();
    }
    expect(texts[0]).toBe(texts[1]);
  });

  it('resends after the cooldown, and goes back with the address kept', async () => {
    const { user, adapter } = renderWithProvider(<ResetStartForm organizationId={ACME} resendCooldownSeconds={0} />);
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test');
    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    await screen.findByRole('heading', { name: 'Check your email' });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Send another link' }));
    expect(await screen.findByText('We sent another link to ada@acme.test.')).toHaveAttribute('role', 'status');
    expect(adapter.outbox.list().filter((email) => email.to === 'ada@acme.test')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Use a different email address' }));
    const heading = screen.getByRole('heading', { name: 'Reset your password' });
    expect(heading).toHaveFocus();
    expect(screen.getByLabelText('Work email')).toHaveValue('ada@acme.test');
  });

  it('counts the resend cooldown down on the sent screen', async () => {
    const { user } = renderWithProvider(<ResetStartForm organizationId={ACME} resendCooldownSeconds={30} />);
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test{Enter}');
    await screen.findByRole('heading', { name: 'Check your email' });
    expect(screen.getByRole('button', { name: 'Send another link' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/You can ask for another link in (30|29) seconds\./)).toHaveAttribute('data-part', 'countdown');
  });

  it('shows a server error in an alert, focused, keeping what was typed', async () => {
    const { user, adapter, container } = renderWithProvider(<ResetStartForm organizationId={ACME} />);
    adapter.failNext('network');
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test');
    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t reach the server. Check your connection and try again.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Work email')).toHaveValue('ada@acme.test');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(await axeViolations(container)).toEqual([]);

    // The next try goes through.
    await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
  });

  it('ties the backend’s address complaint to the field', async () => {
    const { user, adapter } = renderWithProvider(<ResetStartForm organizationId={ACME} />);
    adapter.failNext('invalid_email');
    const input = screen.getByLabelText('Work email');
    await user.type(input, 'ada@acme.test{Enter}');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription('That email address doesn’t look right. Check it and try again.');
    await waitFor(() => expect(input).toHaveFocus());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a rate limit with its countdown and keeps submit disabled meanwhile', async () => {
    const { user, adapter, container } = renderWithProvider(<ResetStartForm organizationId={ACME} />);
    adapter.failNext('rate_limited', { retryAfterSeconds: 30 });
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Too many attempts\. Try again in (30|29) seconds\./);
    // The countdown sits in a timer (not live), so it is not read out every second.
    expect(screen.getByRole('timer')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Email me a reset link' })).toHaveAttribute('aria-disabled', 'true');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a rate limit on the sent screen when a resend is refused', async () => {
    const { user, adapter, container } = renderWithProvider(<ResetStartForm organizationId={ACME} resendCooldownSeconds={0} />);
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test{Enter}');
    await screen.findByRole('heading', { name: 'Check your email' });
    adapter.failNext('rate_limited', { retryAfterSeconds: 20 });
    await user.click(screen.getByRole('button', { name: 'Send another link' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Try again in (20|19) seconds\./);
    await waitFor(() => expect(alert).toHaveFocus());
    // Still the sent screen, with the resend held back and no "sent another" claim.
    expect(screen.getByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send another link' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('on a dead link with a known address, sends a new link in one click', async () => {
    const { user, adapter } = renderWithProvider(
      <ResetStartForm organizationId={ACME} variant="expired" defaultEmail="ada@acme.test" />,
    );
    expect(screen.getByRole('heading', { name: 'This link no longer works' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Work email')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Email a new link to ada@acme.test' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(adapter.outbox.latest('ada@acme.test')).toBeDefined();
    // A different address needs the field.
    await user.click(screen.getByRole('button', { name: 'Use a different email address' }));
    expect(screen.getByLabelText('Work email')).toHaveValue('ada@acme.test');
  });

  it('carries its data attributes and classes; no inline styles', () => {
    const { container } = renderWithProvider(
      <ResetStartForm organizationId={ACME} className="host" classNames={{ submit: 'btn', input: 'in' }} />,
      { theme: 'system' },
    );
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('data-scope', 'reset-start');
    expect(root).toHaveAttribute('data-part', 'root');
    expect(root).toHaveAttribute('data-rk-theme', 'system');
    expect(root).toHaveAttribute('data-state', 'idle');
    expect(root).not.toHaveAttribute('data-pending');
    expect(root).toHaveClass('host');
    expect(screen.getByRole('button', { name: 'Email me a reset link' })).toHaveClass('btn');
    expect(screen.getByLabelText('Work email')).toHaveClass('in');
    expect(container.querySelector('[style]')).toBeNull();
  });
});
