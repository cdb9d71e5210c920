// A typed password lives only in the input's value property, never in the page's markup (React
// mirrors a controlled input's value into its `value` attribute), in every component that asks
// for one: through typing, show/hide, errors, a locale switch and success.
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/adapters/memory/index.js';
import { DiscoveryReset, PasswordField, ResetCompleteForm, ResetFlow } from '../../../src/react/components/index.js';
import { ResetProvider } from '../../../src/react/index.js';
import { placesInMarkup } from '../secrecy.js';
import { ACME, STRONG_PASSWORD, latestToken, memoryAdapter, renderWithProvider } from './render.js';

const SECRET = 'Typed-Secret-Pass-4711';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const passwordInput = (name = 'New password') => screen.getByLabelText<HTMLInputElement>(name);

describe('PasswordField keeps the password out of the markup', () => {
  it('while typing and after showing and hiding it', async () => {
    const { user } = renderWithProvider(<PasswordField />);
    const input = passwordInput();
    await user.type(input, SECRET);
    expect(input).toHaveValue(SECRET);
    expect(input).not.toHaveAttribute('value');
    expect(placesInMarkup(SECRET)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveValue(SECRET);
    expect(placesInMarkup(SECRET)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveValue(SECRET);
    expect(placesInMarkup(SECRET)).toEqual([]);
  });

  it('with a default value', () => {
    renderWithProvider(<PasswordField defaultValue={SECRET} />);
    expect(passwordInput()).toHaveValue(SECRET);
    expect(placesInMarkup(SECRET)).toEqual([]);
  });

  it('when the host controls it: typed, set, cleared and refused changes all reach the input', async () => {
    function Host({ accept }: { accept: boolean }) {
      const [password, setPassword] = useState('');
      return (
        <>
          <PasswordField value={password} onValueChange={accept ? setPassword : () => undefined} />
          <button type="button" onClick={() => setPassword(SECRET)}>
            fill
          </button>
          <button type="button" onClick={() => setPassword('')}>
            clear
          </button>
        </>
      );
    }
    const { user, rerender } = renderWithProvider(<Host accept />);
    const input = passwordInput();
    await user.type(input, 'abc');
    expect(input).toHaveValue('abc');
    await user.click(screen.getByRole('button', { name: 'fill' }));
    expect(input).toHaveValue(SECRET);
    expect(placesInMarkup(SECRET)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'clear' }));
    expect(input).toHaveValue('');

    // A host that refuses the change keeps the input at its own value, as with a controlled input.
    await user.click(screen.getByRole('button', { name: 'fill' }));
    rerender(<Host accept={false} />);
    await user.type(input, 'x');
    expect(input).toHaveValue(SECRET);
    expect(placesInMarkup(SECRET)).toEqual([]);
  });

  it('keeps what was typed, still out of the markup, through a locale switch', async () => {
    const adapter = memoryAdapter();
    const user = userEvent.setup();
    const ui = (locale: 'en' | 'fr') => (
      <ResetProvider adapter={adapter} locale={locale}>
        <PasswordField />
      </ResetProvider>
    );
    const { rerender } = render(ui('en'));
    await user.type(passwordInput(), SECRET);
    rerender(ui('fr'));
    const input = await screen.findByLabelText<HTMLInputElement>('Nouveau mot de passe');
    expect(input).toHaveValue(SECRET);
    expect(placesInMarkup(SECRET)).toEqual([]);
  });
});

describe('The forms keep passwords out of the markup', () => {
  it('ResetCompleteForm by emailed link, typed and then sent', { timeout: 15_000 }, async () => {
    const adapter = memoryAdapter();
    await adapter.resetByEmailStart({ organizationId: ACME, emailAddress: 'ada@acme.test' });
    const { user } = renderWithProvider(<ResetCompleteForm method="email" token={latestToken(adapter, 'ada@acme.test')} />, {
      adapter,
    });
    await user.type(passwordInput(), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(placesInMarkup(STRONG_PASSWORD)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' }, { timeout: 5000 })).toBeInTheDocument();
    expect(placesInMarkup(STRONG_PASSWORD)).toEqual([]);
  });

  it('the existing-password form, through a refused current password', { timeout: 15_000 }, async () => {
    const { user } = renderWithProvider(<ResetCompleteForm method="existingPassword" organizationId={ACME} />);
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test');
    const current = passwordInput('Current password');
    await user.type(current, SECRET);
    await user.type(passwordInput(), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(current).toHaveAttribute('aria-invalid', 'true'), { timeout: 5000 });
    // Both kept for the retry, neither in the markup.
    expect(current).toHaveValue(SECRET);
    expect(passwordInput()).toHaveValue(STRONG_PASSWORD);
    expect(placesInMarkup(SECRET)).toEqual([]);
    expect(placesInMarkup(STRONG_PASSWORD)).toEqual([]);
    expect(placesInMarkup(DEMO_PASSWORD)).toEqual([]);
  });

  it("ResetFlow's new-password step", async () => {
    const adapter = memoryAdapter();
    await adapter.resetByEmailStart({
      organizationId: ACME,
      emailAddress: 'ada@acme.test',
      resetPasswordRedirectUrl: 'https://app.example.test/reset',
    });
    const link = new URL(adapter.outbox.latest('ada@acme.test')!.link);
    window.history.replaceState(null, '', `${link.pathname}${link.search}`);
    const { user } = renderWithProvider(<ResetFlow organizationId={ACME} />, { adapter });
    await user.type(await screen.findByLabelText('New password'), SECRET);
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(passwordInput()).toHaveValue(SECRET);
    expect(placesInMarkup(SECRET)).toEqual([]);
  });

  it('DiscoveryReset, typed and then sent', { timeout: 15_000 }, async () => {
    const adapter = memoryAdapter({ crossOrgPasswords: true });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' });
    const { user } = renderWithProvider(<DiscoveryReset token={latestToken(adapter, 'sam@example.test')} />, { adapter });
    await user.type(passwordInput(), STRONG_PASSWORD);
    expect(placesInMarkup(STRONG_PASSWORD)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    await screen.findByRole('heading', { name: 'Choose an organization' }, { timeout: 5000 });
    expect(placesInMarkup(STRONG_PASSWORD)).toEqual([]);
  });
});
