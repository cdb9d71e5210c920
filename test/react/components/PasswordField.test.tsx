import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PasswordField } from '../../../src/react/components/index.js';
import { axeViolations, renderWithProvider } from './render.js';

describe('PasswordField', () => {
  it('is a password input made for new passwords: no spellcheck, paste allowed, no maxlength', async () => {
    const { user, container } = renderWithProvider(<PasswordField />);
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).not.toHaveAttribute('maxlength');
    expect(input).toBeRequired();
    await user.click(input);
    await user.paste('pasted-Secret-123');
    expect(input).toHaveValue('pasted-Secret-123');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('labels itself for the current password when asked', () => {
    renderWithProvider(<PasswordField autoComplete="current-password" />);
    expect(screen.getByLabelText('Current password')).toHaveAttribute('autocomplete', 'current-password');
  });

  it('shows and hides the password with a pressed toggle button, announced politely', async () => {
    const onVisibleChange = vi.fn();
    const { user, container } = renderWithProvider(<PasswordField defaultValue="hunter2" onVisibleChange={onVisibleChange} />);
    const input = screen.getByLabelText('New password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).toHaveAttribute('type', 'button');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const announcer = screen.getByRole('status');
    expect(announcer).toBeEmptyDOMElement();

    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveAttribute('data-state', 'visible');
    expect(announcer).toHaveTextContent('Your password is visible.');
    expect(onVisibleChange).toHaveBeenLastCalledWith(true);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(announcer).toHaveTextContent('Your password is hidden.');
    expect(input).toHaveValue('hunter2');
  });

  it('lets the host control visibility and value', async () => {
    function Controlled() {
      const [visible, setVisible] = useState(true);
      const [value, setValue] = useState('abc');
      return (
        <>
          <PasswordField value={value} onValueChange={setValue} visible={visible} onVisibleChange={setVisible} />
          <output data-testid="mirror">{`${value}:${visible}`}</output>
        </>
      );
    }
    const { user } = renderWithProvider(<Controlled />);
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('type', 'text');
    await user.type(input, 'd');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(screen.getByTestId('mirror')).toHaveTextContent('abcd:false');
    expect(input).toHaveAttribute('type', 'password');
  });

  it('ties its error to the input', async () => {
    const { container } = renderWithProvider(<PasswordField error="Enter a new password." />);
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a new password.');
    expect(container.querySelector('[data-scope="password-field"]')).toHaveAttribute('data-invalid', '');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says clearly when it is used outside a provider', () => {
    // React reports the thrown error on the console as well; it is the expected outcome here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<PasswordField />)).toThrow('`PasswordField` must be used within `<ResetProvider>`.');
  });

  it('carries data parts, the theme and the host classes', () => {
    const { container } = renderWithProvider(
      <PasswordField className="mine" classNames={{ input: 'field-input', toggle: 'eye' }} />,
      { theme: 'dark' },
    );
    const root = container.querySelector('[data-scope="password-field"]')!;
    expect(root).toHaveAttribute('data-part', 'root');
    expect(root).toHaveAttribute('data-rk-theme', 'dark');
    expect(root).toHaveClass('mine');
    expect(root).not.toHaveAttribute('data-invalid');
    expect(screen.getByLabelText('New password')).toHaveClass('field-input');
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveClass('eye');
    expect(container.querySelector('[style]')).toBeNull();
  });
});
