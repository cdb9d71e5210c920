import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PasswordField, StrengthMeter } from '../../src/react/components/index.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

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
  parameters: { screen: ['strength.band.4', 'strength.acceptable', { selector: '[role="meter"][aria-valuenow="4"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.newPassword')), 'violet-Harbor-lantern-93-quietly');
    const meter = canvas.getByRole('meter', { name: t('strength.label') });
    await waitFor(() => expect(meter).toHaveAttribute('aria-valuenow', '4'), { timeout: 10_000 });
    await expect(meter).toHaveAttribute('aria-valuetext', t('strength.band.4'));
  }),
};

export const BreachedPassword: Story = {
  parameters: { screen: ['strength.breached'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.newPassword')), 'password1');
    await canvas.findByText(t('strength.breached'), {}, { timeout: 10_000 });
  }),
};

export const Luds: Story = {
  globals: { policy: 'luds' },
  parameters: { screen: ['strength.luds.title', { selector: '[data-part="checklist-item"][data-met]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.newPassword')), 'abcDEF12');
    const item = canvas.getByText(t('strength.luds.digit'), { exact: false }).closest('[data-part="checklist-item"]');
    await waitFor(() => expect(item).toHaveAttribute('data-met', ''));
  }),
};

export const DarkLuds: Story = { globals: { policy: 'luds', theme: 'dark' }, parameters: Luds.parameters, play: Luds.play };
