import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PasswordField } from '../../src/react/components/index.js';

/**
 * A password input with a show/hide toggle: a real button whose pressed state a screen reader
 * hears, announced politely. Paste works and there is no `maxlength`.
 */
const meta = {
  title: 'Components/PasswordField',
  component: PasswordField,
  args: { autoComplete: 'new-password' },
  argTypes: { autoComplete: { control: 'inline-radio', options: ['new-password', 'current-password'] } },
} satisfies Meta<typeof PasswordField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NewPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('New password');
    await userEvent.type(input, 'correct horse battery staple');
    const toggle = canvas.getByRole('button', { name: 'Show password' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(input).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('status')).toHaveTextContent('Your password is visible.');
  },
};

export const CurrentPassword: Story = { args: { autoComplete: 'current-password' } };

export const WithError: Story = { args: { error: 'Enter a new password.' } };

export const Disabled: Story = { args: { disabled: true, defaultValue: 'secret' } };
