import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResetStartForm } from '../../src/react/components/index.js';
import type { ResetkitParameters } from '../../.storybook/preview.js';
import type { ScreenParameter } from '../support/screen.js';
import { DevInbox } from '../support/storyAdapter.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

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
  parameters: { screen: ['sent.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.email')), 'ada@acme.test{Enter}');
    const heading = await canvas.findByRole('heading', { name: t('sent.title') }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
  }),
};

export const InvalidAddress: Story = {
  parameters: { screen: ['validation.emailInvalid', { selector: 'input[aria-invalid="true"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.email')), 'ada@{Enter}');
    await expect(canvas.getByLabelText(t('fields.email'))).toHaveAccessibleDescription(t('validation.emailInvalid'));
  }),
};

export const RateLimited: Story = {
  parameters: {
    resetkit: { prepare: (adapter) => adapter.failNext('rate_limited', { retryAfterSeconds: 45, operation: 'resetByEmailStart' }) } satisfies ResetkitParameters,
    screen: [{ selector: '[role="alert"][data-code="rate_limited"] [role="timer"]' }] satisfies ScreenParameter,
  },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(t('fields.email')), 'ada@acme.test{Enter}');
    const timer = await canvas.findByRole('timer', {}, { timeout: 5000 });
    await expect(timer).toHaveTextContent(t('rateLimit.wait', { count: Number(/\d+/.exec(timer.textContent ?? '')?.[0]) }));
  }),
};

export const ExpiredLinkOneClick: Story = {
  args: { variant: 'expired', defaultEmail: 'ada@acme.test' },
  parameters: { screen: ['expired.title', { key: 'expired.requestNewTo', values: { email: 'ada@acme.test' } }] satisfies ScreenParameter },
};

/** The dark theme, with an error showing: axe checks its contrast in the browser. */
export const DarkWithError: Story = {
  globals: { theme: 'dark' },
  parameters: InvalidAddress.parameters,
  play: InvalidAddress.play,
};

/** A host brand through tokens alone (see stories/support/story.css). */
export const Brand: Story = { globals: { theme: 'brand' }, parameters: { screen: ['start.title'] satisfies ScreenParameter } };
