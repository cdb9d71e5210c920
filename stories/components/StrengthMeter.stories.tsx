import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PasswordField, StrengthMeter } from '../../src/react/components/index.js';

interface DemoProps {
  /** The member's address: lets the backend's check report a breach. */
  emailAddress?: string;
  /** Milliseconds of quiet typing before a change of band is announced. */
  announceDelayMs?: number;
}

/**
 * The meter under a password field, on the in-memory backend: `role="meter"` 0..4 with a
 * localized value text, the LUDS checklist (switch the Policy toolbar to LUDS), zxcvbn's tips
 * and the backend's breach warning (try "password1").
 */
function StrengthMeterDemo({ emailAddress, announceDelayMs }: DemoProps) {
  const [password, setPassword] = useState('');
  return (
    <PasswordField value={password} onValueChange={setPassword}>
      <StrengthMeter
        password={password}
        {...(emailAddress ? { emailAddress } : {})}
        {...(announceDelayMs === undefined ? {} : { announceDelayMs })}
      />
    </PasswordField>
  );
}

const meta = {
  title: 'Components/StrengthMeter',
  component: StrengthMeterDemo,
  args: { emailAddress: 'ada@acme.test', announceDelayMs: 500 },
} satisfies Meta<typeof StrengthMeterDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Zxcvbn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('New password'), 'violet-Harbor-lantern-93-quietly');
    const meter = canvas.getByRole('meter', { name: 'Password strength' });
    await waitFor(() => expect(meter).toHaveAttribute('aria-valuenow', '4'), { timeout: 10_000 });
    await expect(meter).toHaveAttribute('aria-valuetext', 'Very strong');
  },
};

export const BreachedPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('New password'), 'password1');
    await canvas.findByText(/appeared in a data breach/, {}, { timeout: 10_000 });
  },
};

export const Luds: Story = {
  globals: { policy: 'luds' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('New password'), 'abcDEF12');
    const item = canvas.getByText('a number', { exact: false }).closest('[data-part="checklist-item"]');
    await expect(item).toHaveAttribute('data-met', '');
  },
};

export const DarkLuds: Story = { globals: { policy: 'luds', theme: 'dark' }, play: Luds.play };
