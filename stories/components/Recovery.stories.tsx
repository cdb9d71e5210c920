import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ResetErrorCode } from '../../src/core/index.js';
import { ResetCompleteForm } from '../../src/react/components/index.js';
import { type LinkLoaded, emailedLink } from '../support/loaders.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

const ACME = 'organization-demo-acme';
const STRONG = 'violet-Harbor-lantern-93-quietly';

/**
 * Every way out of an error (README, "Errors and their way out"): each story saves a new password
 * from an emailed link while the in-memory backend fails with one code, and ends on the alert
 * with that code's next step. The button stays only where trying again can help.
 */
const meta = {
  title: 'Components/Recovery',
  component: ResetCompleteForm,
  args: { method: 'email', organizationName: 'Acme Inc.', supportHref: 'https://help.example.com', signInHref: '/sign-in' },
  render: (args, { loaded }) => <ResetCompleteForm {...args} token={new URL((loaded as LinkLoaded).link).searchParams.get('token') ?? ''} />,
} satisfies Meta<typeof ResetCompleteForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const failing = (code: ResetErrorCode) => [
  emailedLink({ emailAddress: 'ada@acme.test', organizationId: ACME, then: (adapter) => adapter.failNext(code) }),
];

/** Saves a strong password (found by the catalogue's label) and waits for the alert. */
async function saveAndFail({ canvasElement, globals }: { canvasElement: HTMLElement; globals: Record<string, unknown> }) {
  const t = await storyStrings(globals);
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByLabelText(t('fields.newPassword')), `${STRONG}{Enter}`);
  const alert = await canvas.findByRole('alert', {}, { timeout: 8000 });
  await waitFor(() => expect(alert).toHaveFocus());
  return { alert, save: canvas.getByRole('button', { name: t('complete.submit') }), t };
}

/** Saving fails for a reason trying again cannot help: the save button stays disabled. */
async function refusedForGood(context: StoryContext) {
  const { save } = await saveAndFail(context);
  await expect(save).toHaveAttribute('aria-disabled', 'true');
}

const recovery = (code: ResetErrorCode, way: string, extra: ScreenParameter = []): ScreenParameter => [
  `errors.${code}` as const,
  { selector: `[data-part="alert"][data-code="${code}"][data-recovery="${way}"]` },
  ...extra,
];

export const NewLink: Story = {
  loaders: failing('pkce_mismatch'),
  parameters: { screen: recovery('pkce_mismatch', 'new_link') },
  play: inTurn(refusedForGood),
};

export const ContactAdministrator: Story = {
  loaders: failing('organization_suspended'),
  parameters: {
    screen: recovery('organization_suspended', 'contact_admin', [{ key: 'recovery.contactAdmin', values: { organization: 'Acme Inc.' } }]),
  },
  play: inTurn(refusedForGood),
};

export const LockedOut: Story = {
  loaders: failing('locked_out'),
  parameters: {
    screen: recovery('locked_out', 'contact_admin', [{ key: 'recovery.contactAdmin', values: { organization: 'Acme Inc.' } }]),
  },
  play: inTurn(refusedForGood),
};

export const ContactSupport: Story = {
  loaders: failing('configuration'),
  parameters: { screen: recovery('configuration', 'contact_support', ['recovery.contactSupport']) },
  play: inTurn(async (context) => {
    const { alert, save, t } = await saveAndFail(context);
    await expect(within(alert).getByRole('link', { name: t('recovery.contactSupport') })).toHaveAttribute('href', 'https://help.example.com');
    await expect(save).toHaveAttribute('aria-disabled', 'true');
  }),
};

export const Retry: Story = {
  loaders: failing('network'),
  parameters: { screen: recovery('network', 'retry') },
  play: inTurn(async (context) => {
    const { save } = await saveAndFail(context);
    await expect(save).not.toHaveAttribute('aria-disabled');
  }),
};
