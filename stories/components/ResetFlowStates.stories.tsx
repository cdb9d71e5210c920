import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ResetErrorCode } from '../../src/core/index.js';
import { ResetFlow } from '../../src/react/components/index.js';
import { type LinkLoaded, emailedLink } from '../support/loaders.js';

const ACME = 'organization-demo-acme';
const STRONG = 'violet-Harbor-lantern-93-quietly';

/**
 * Every screen a member can meet in `ResetFlow`, each reached the way a member would: a link
 * the in-memory backend emailed (then maybe expired, used, or failing), and the keyboard.
 */
const meta = {
  title: 'Components/ResetFlow/States',
  component: ResetFlow,
  args: { organizationId: ACME },
  render: (args, { loaded }) => <ResetFlow {...args} {...((loaded as Partial<LinkLoaded>).link ? { tokenUrl: (loaded as LinkLoaded).link } : {})} />,
} satisfies Meta<typeof ResetFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const orgLink = (then?: Parameters<typeof emailedLink>[0]['then']) =>
  emailedLink({ emailAddress: 'ada@acme.test', organizationId: ACME, ...(then ? { then } : {}) });

async function submitNewPassword(canvasElement: HTMLElement, password = STRONG) {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByLabelText(/^New password/), `${password}{Enter}`);
}

/** The alert a failed step shows, in the toolbar's locale. */
async function alertShown(canvasElement: HTMLElement) {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 8000 });
  await expect(alert).toBeVisible();
  return alert;
}

export const RequestLink: Story = {};

export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'ada@acme.test{Enter}');
    await waitFor(() => expect(canvasElement.querySelector('[data-scope="reset-start"]')).toHaveAttribute('data-state', 'sent'), {
      timeout: 5000,
    });
  },
};

export const InvalidEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'ada@acme{Enter}');
    await waitFor(() => expect(canvas.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true'));
  },
};

export const RateLimited: Story = {
  parameters: { resetkit: { prepare: (adapter: LinkLoaded['adapter']) => adapter.failNext('rate_limited', { retryAfterSeconds: 45 }) } },
  play: async ({ canvasElement }) => {
    await userEvent.type(within(canvasElement).getByRole('textbox'), 'ada@acme.test{Enter}');
    const alert = await alertShown(canvasElement);
    await expect(within(alert).getByRole('timer')).toHaveTextContent(/4[0-5]/);
  },
};

export const NewPassword: Story = { loaders: [orgLink()] };

export const WeakPassword: Story = {
  loaders: [orgLink()],
  play: async ({ canvasElement }) => {
    await submitNewPassword(canvasElement, 'password1');
    await waitFor(() => expect(within(canvasElement).getByLabelText(/^New password/)).toHaveAttribute('aria-invalid', 'true'), {
      timeout: 8000,
    });
  },
};

export const BreachedPassword: Story = {
  loaders: [emailedLink({ emailAddress: 'ada@acme.test', organizationId: ACME, adapter: { breachedPasswords: [STRONG] } })],
  play: async ({ canvasElement }) => {
    await submitNewPassword(canvasElement);
    await waitFor(() => expect(within(canvasElement).getByLabelText(/^New password/)).toHaveAttribute('aria-invalid', 'true'), {
      timeout: 8000,
    });
  },
};

/** A link past its 30 minutes: the flow offers a new one in one click. */
export const ExpiredLink: Story = {
  loaders: [orgLink((_adapter, _token, clock) => clock.advance(31 * 60_000))],
  play: async ({ canvasElement }) => {
    await submitNewPassword(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('[data-scope="reset-flow"]')).toHaveAttribute('data-state', 'expired'), {
      timeout: 8000,
    });
  },
};

/** A link that was already used. */
export const UsedLink: Story = {
  loaders: [orgLink(async (adapter, token) => void (await adapter.resetByEmail({ passwordResetToken: token, password: STRONG })))],
  play: async ({ canvasElement }) => {
    await submitNewPassword(canvasElement, `${STRONG}-again`);
    await waitFor(() => expect(canvasElement.querySelector('[data-scope="reset-flow"]')).toHaveAttribute('data-state', 'expired'), {
      timeout: 8000,
    });
  },
};

/** Globex requires MFA: the password is saved and the member is handed to the MFA step. */
export const MfaHandOff: Story = {
  args: { organizationId: 'organization-demo-globex' },
  loaders: [emailedLink({ emailAddress: 'max@globex.test', organizationId: 'organization-demo-globex' })],
  play: async ({ canvasElement }) => {
    await submitNewPassword(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('[data-scope="reset-complete"]')).toHaveAttribute('data-state', 'mfa_required'), {
      timeout: 8000,
    });
  },
};

export const Done: Story = {
  loaders: [orgLink()],
  play: async ({ canvasElement }) => {
    await submitNewPassword(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('[data-scope="reset-complete"]')).toHaveAttribute('data-state', 'success'), {
      timeout: 8000,
    });
  },
};

/** Discovery: the member's organizations, each with its membership type. */
export const OrganizationPicker: Story = {
  args: { organizationId: undefined },
  loaders: [
    emailedLink({
      emailAddress: 'lee@example.test',
      adapter: {
        crossOrgPasswords: true,
        organizations: [
          { organizationId: 'organization-test-north', name: 'Northwind', mfaPolicy: 'OPTIONAL' },
          { organizationId: 'organization-test-south', name: 'Southridge', mfaPolicy: 'REQUIRED_FOR_ALL' },
          { organizationId: 'organization-test-east', name: 'Eastgate' },
          { organizationId: 'organization-test-west', name: 'Westfield', emailAllowedDomains: ['example.test'] },
        ],
        members: [
          { organizationId: 'organization-test-north', emailAddress: 'lee@example.test', password: 'Correct-Horse-42' },
          { organizationId: 'organization-test-south', emailAddress: 'lee@example.test', status: 'invited' },
          { organizationId: 'organization-test-east', emailAddress: 'lee@example.test', status: 'pending' },
        ],
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    await submitNewPassword(canvasElement);
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: /Northwind/ }, { timeout: 8000 });
    await expect(canvas.getAllByRole('button', { name: /Northwind|Southridge|Eastgate|Westfield/ })).toHaveLength(4);
  },
};

/** The member waited more than 10 minutes on the organization picker. */
export const DiscoverySessionExpired: Story = {
  args: { organizationId: undefined },
  loaders: [emailedLink({ emailAddress: 'sam@example.test' })],
  play: async ({ canvasElement, loaded }) => {
    await submitNewPassword(canvasElement);
    const canvas = within(canvasElement);
    const acme = await canvas.findByRole('button', { name: /Acme/ }, { timeout: 8000 });
    (loaded as LinkLoaded).adapter.failNext('discovery_session_expired', { operation: 'exchangeIntermediateSession' });
    await userEvent.click(acme);
    // A screen of its own: only starting again helps.
    await waitFor(() => expect(canvasElement.querySelector('[data-scope="discovery-reset"]')).toHaveAttribute('data-state', 'error'), {
      timeout: 8000,
    });
    await waitFor(() => expect(canvasElement.querySelector('[data-part="heading"]')).toHaveFocus());
  },
};

/** Failures a member can meet when saving the new password, one story each. */
const SAVE_FAILURES: ResetErrorCode[] = ['network', 'timeout', 'server', 'locked_out', 'pkce_mismatch', 'configuration', 'organization_suspended'];

function failingSave(code: ResetErrorCode): Story {
  return {
    name: `Save fails: ${code}`,
    loaders: [orgLink((adapter) => adapter.failNext(code, { operation: 'resetByEmail' }))],
    play: async ({ canvasElement }) => {
      await submitNewPassword(canvasElement);
      await alertShown(canvasElement);
      // What was typed survives the error.
      await expect(within(canvasElement).getByLabelText(/^New password/)).toHaveValue(STRONG);
    },
  };
}

export const SaveFailsNetwork = failingSave(SAVE_FAILURES[0]!);
export const SaveFailsTimeout = failingSave(SAVE_FAILURES[1]!);
export const SaveFailsServer = failingSave(SAVE_FAILURES[2]!);
export const SaveFailsLockedOut = failingSave(SAVE_FAILURES[3]!);
export const SaveFailsPkceMismatch = failingSave(SAVE_FAILURES[4]!);
export const SaveFailsConfiguration = failingSave(SAVE_FAILURES[5]!);
export const SaveFailsOrganizationSuspended = failingSave(SAVE_FAILURES[6]!);
