import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResetStartForm } from '../../src/react/components/index.js';
import type { ResetkitParameters } from '../../.storybook/preview.js';
import { DevInbox } from '../support/storyAdapter.js';

/**
 * Request a reset link, then "Check your email" with resend. An unknown address ends on the
 * same screen as a known one. The inbox below shows what the in-memory backend sent.
 */
const meta = {
  title: 'Components/ResetStartForm',
  component: ResetStartForm,
  args: { organizationId: 'organization-demo-acme', resendCooldownSeconds: 10 },
  render: (args) => (
    <>
      <ResetStartForm {...args} />
      <DevInbox onOpen={() => undefined} />
    </>
  ),
} satisfies Meta<typeof ResetStartForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Work email'), 'ada@acme.test{Enter}');
    const heading = await canvas.findByRole('heading', { name: 'Check your email' }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
  },
};

export const InvalidAddress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Work email'), 'ada@{Enter}');
    await expect(canvas.getByLabelText('Work email')).toHaveAccessibleDescription('Enter an email address like name@company.com.');
  },
};

export const RateLimited: Story = {
  parameters: {
    resetkit: { prepare: (adapter) => adapter.failNext('rate_limited', { retryAfterSeconds: 45 }) } satisfies ResetkitParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Work email'), 'ada@acme.test{Enter}');
    await canvas.findByRole('timer', {}, { timeout: 5000 });
  },
};

export const ExpiredLinkOneClick: Story = {
  args: { variant: 'expired', defaultEmail: 'ada@acme.test' },
};

/** The dark theme, with an error showing: axe checks its contrast in the browser. */
export const DarkWithError: Story = {
  globals: { theme: 'dark' },
  play: InvalidAddress.play,
};

/** A host brand through tokens alone (see stories/support/story.css). */
export const Brand: Story = { globals: { theme: 'brand' } };
