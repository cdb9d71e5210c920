import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PasswordField } from '../../src/react/components/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

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
  // The announcement itself is transient: the pressed toggle and the plain-text input stay.
  parameters: { screen: ['common.showPassword', { selector: 'button[aria-pressed="true"]' }, { selector: 'input[type="text"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(t('fields.newPassword'));
    await userEvent.type(input, 'correct horse battery staple');
    const toggle = canvas.getByRole('button', { name: t('common.showPassword') });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(input).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('status')).toHaveTextContent(t('common.passwordShown'));
  }),
};

export const CurrentPassword: Story = {
  args: { autoComplete: 'current-password' },
  parameters: { screen: ['fields.currentPassword'] satisfies ScreenParameter },
};

export const WithError: Story = { args: { error: 'Enter a new password.' } };

export const Disabled: Story = { args: { disabled: true, defaultValue: 'secret' } };
