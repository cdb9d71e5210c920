import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ResetErrorCode } from '../../src/core/index.js';
import { ResetFlow } from '../../src/react/components/index.js';
import { type LinkLoaded, emailedLink } from '../support/loaders.js';
import type { ScreenParameter } from '../support/screen.js';
import { storyStrings } from '../support/strings.js';
import { inTurn } from '../support/turns.js';

const ACME = 'organization-demo-acme';
const STRONG = 'violet-Harbor-lantern-93-quietly';

/**
 * Every screen a member can meet in `ResetFlow`, each reached the way a member would: a link
 * the in-memory backend emailed (then maybe expired, used, or failing), and the keyboard. On this
 * page each story plays on its own, one after another, and stays on the screen it reached.
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

interface PlayContext {
  canvasElement: HTMLElement;
  globals: Record<string, unknown>;
}

/** The new-password field, by its label in the story's locale. */
async function newPasswordField({ canvasElement, globals }: PlayContext) {
  const t = await storyStrings(globals);
  return within(canvasElement).findByLabelText(t('fields.newPassword'));
}

async function submitNewPassword(context: PlayContext, password = STRONG) {
  await userEvent.type(await newPasswordField(context), `${password}{Enter}`);
}

/** Waits (as long as the backend's latency needs) until a component's root is in `state`. */
async function reachesState(canvasElement: HTMLElement, scope: string, state: string) {
  await waitFor(() => expect(canvasElement.querySelector(`[data-scope="${scope}"]`)).toHaveAttribute('data-state', state), { timeout: 8000 });
}

const flowIn = (state: string) => ({ selector: `[data-scope="reset-flow"][data-state="${state}"]` });
const invalidPassword = { selector: 'input[type="password"][aria-invalid="true"]' };

/** The alert a failed step shows, in the toolbar's locale. */
async function alertShown(canvasElement: HTMLElement) {
  const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 8000 });
  await expect(alert).toBeVisible();
  return alert;
}

/** Where a member starts: the organization flow asks for the address they sign in with. */
export const RequestLink: Story = { parameters: { screen: ['start.title', 'start.submit'] satisfies ScreenParameter } };

/** The link is on its way; the same words whether or not the address has an account. */
export const Sent: Story = {
  parameters: { screen: ['sent.title'] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(t('fields.email')), 'ada@acme.test{Enter}');
    await canvas.findByRole('heading', { name: t('sent.title') }, { timeout: 5000 });
  }),
};

/** An address without a domain: the field says what it expects, and keeps what was typed. */
export const InvalidEmail: Story = {
  parameters: { screen: ['validation.emailInvalid', { selector: 'input[aria-invalid="true"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    const email = await within(canvasElement).findByLabelText(t('fields.email'));
    await userEvent.type(email, 'ada@acme{Enter}');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
  }),
};

/** Too many requests: the countdown says when asking again will work. */
export const RateLimited: Story = {
  parameters: {
    resetkit: { prepare: (adapter: LinkLoaded['adapter']) => adapter.failNext('rate_limited', { retryAfterSeconds: 45, operation: 'resetByEmailStart' }) },
    screen: [{ selector: '[role="timer"]' }] satisfies ScreenParameter,
  },
  play: inTurn(async ({ canvasElement, globals }) => {
    const t = await storyStrings(globals);
    await userEvent.type(await within(canvasElement).findByLabelText(t('fields.email')), 'ada@acme.test{Enter}');
    const timer = await within(canvasElement).findByRole('timer', {}, { timeout: 8000 });
    await expect(timer).toHaveTextContent(/4[0-5]/);
    await expect(timer).toHaveTextContent(t('rateLimit.wait', { count: Number(/\d+/.exec(timer.textContent ?? '')?.[0]) }));
  }),
};

/** The emailed link opened: the new-password field takes focus, the meter waits for typing. */
export const NewPassword: Story = { loaders: [orgLink()], parameters: { screen: ['complete.title', 'complete.submit'] satisfies ScreenParameter } };

/** A common password: refused, with the meter's verdict and a tip. */
export const WeakPassword: Story = {
  loaders: [orgLink()],
  parameters: { screen: ['complete.title', invalidPassword] satisfies ScreenParameter },
  play: inTurn(async (context) => {
    await submitNewPassword(context, 'password1');
    const field = await newPasswordField(context);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'), {
      timeout: 8000,
    });
  }),
};

/** A strong-looking password that appeared in a breach: refused as not safe. */
export const BreachedPassword: Story = {
  loaders: [emailedLink({ emailAddress: 'ada@acme.test', organizationId: ACME, adapter: { breachedPasswords: [STRONG] } })],
  parameters: { screen: ['strength.breached', invalidPassword] satisfies ScreenParameter },
  play: inTurn(async (context) => {
    await submitNewPassword(context);
    const field = await newPasswordField(context);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'), {
      timeout: 8000,
    });
  }),
};

/** A link past its 30 minutes: the flow offers a new one in one click. */
export const ExpiredLink: Story = {
  loaders: [orgLink((_adapter, _token, clock) => clock.advance(31 * 60_000))],
  parameters: { screen: ['expired.expiredTitle', flowIn('expired')] satisfies ScreenParameter },
  play: inTurn(async (context) => {
    await submitNewPassword(context);
    await reachesState(context.canvasElement, 'reset-flow', 'expired');
  }),
};

/** A link that was already used. */
export const UsedLink: Story = {
  loaders: [orgLink(async (adapter, token) => void (await adapter.resetByEmail({ passwordResetToken: token, password: STRONG })))],
  parameters: { screen: ['expired.usedTitle', flowIn('expired')] satisfies ScreenParameter },
  play: inTurn(async (context) => {
    await submitNewPassword(context, `${STRONG}-again`);
    await reachesState(context.canvasElement, 'reset-flow', 'expired');
  }),
};

/** Globex requires MFA: the password is saved and the member is handed to the MFA step. */
export const MfaHandOff: Story = {
  args: { organizationId: 'organization-demo-globex' },
  loaders: [emailedLink({ emailAddress: 'max@globex.test', organizationId: 'organization-demo-globex' })],
  parameters: {
    screen: ['mfa.title', { selector: '[data-scope="reset-complete"][data-state="mfa_required"]' }] satisfies ScreenParameter,
  },
  play: inTurn(async (context) => {
    await submitNewPassword(context);
    await reachesState(context.canvasElement, 'reset-complete', 'mfa_required');
  }),
};

/** The password is saved and the member is signed in. */
export const Done: Story = {
  loaders: [orgLink()],
  parameters: { screen: ['done.title', { selector: '[data-scope="reset-complete"][data-state="success"]' }] satisfies ScreenParameter },
  play: inTurn(async (context) => {
    await submitNewPassword(context);
    await reachesState(context.canvasElement, 'reset-complete', 'success');
  }),
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
  parameters: {
    screen: [
      'discovery.chooseTitle',
      'discovery.membershipType.invited_member',
      'discovery.membershipType.pending_member',
      'discovery.membershipType.eligible_to_join_by_email_domain',
    ] satisfies ScreenParameter,
  },
  play: inTurn(async (context) => {
    await submitNewPassword(context);
    const canvas = within(context.canvasElement);
    await canvas.findByRole('button', { name: /Northwind/ }, { timeout: 8000 });
    await expect(canvas.getAllByRole('button', { name: /Northwind|Southridge|Eastgate|Westfield/ })).toHaveLength(4);
  }),
};

/** The member waited more than 10 minutes on the organization picker. */
export const DiscoverySessionExpired: Story = {
  args: { organizationId: undefined },
  loaders: [emailedLink({ emailAddress: 'sam@example.test' })],
  parameters: {
    screen: ['discovery.sessionExpiredTitle', { selector: '[data-scope="discovery-reset"][data-state="error"]' }] satisfies ScreenParameter,
  },
  play: inTurn(async (context) => {
    const { canvasElement, loaded } = context;
    await submitNewPassword(context);
    const canvas = within(canvasElement);
    const acme = await canvas.findByRole('button', { name: /Acme/ }, { timeout: 8000 });
    (loaded as LinkLoaded).adapter.failNext('discovery_session_expired', { operation: 'exchangeIntermediateSession' });
    await userEvent.click(acme);
    // A screen of its own: only starting again helps.
    await reachesState(context.canvasElement, 'discovery-reset', 'error');
    await waitFor(() => expect(canvasElement.querySelector('[data-part="heading"]')).toHaveFocus());
  }),
};

/** Failures a member can meet when saving the new password, one story each. */
const SAVE_FAILURES: ResetErrorCode[] = ['network', 'timeout', 'server', 'locked_out', 'configuration', 'organization_suspended'];

function failingSave(code: ResetErrorCode): Story {
  return {
    name: `Save fails: ${code}`,
    parameters: {
      docs: { description: { story: `Saving failed (\`${code}\`): the alert says what happened and what helps; the password typed stays.` } },
      screen: [`errors.${code}`, { selector: `[role="alert"][data-code="${code}"]` }] satisfies ScreenParameter,
    },
    loaders: [orgLink((adapter) => adapter.failNext(code, { operation: 'resetByEmail' }))],
    play: inTurn(async (context) => {
      await submitNewPassword(context);
      await alertShown(context.canvasElement);
      // What was typed survives the error.
      await expect(await newPasswordField(context)).toHaveValue(STRONG);
    }),
  };
}

export const SaveFailsNetwork = failingSave(SAVE_FAILURES[0]!);
export const SaveFailsTimeout = failingSave(SAVE_FAILURES[1]!);
export const SaveFailsServer = failingSave(SAVE_FAILURES[2]!);
export const SaveFailsLockedOut = failingSave(SAVE_FAILURES[3]!);
/** Opened in another browser than the one that asked (PKCE): only a new link from here helps. */
export const SaveFailsPkceMismatch: Story = {
  name: 'Save fails: pkce_mismatch',
  loaders: [orgLink((adapter) => adapter.failNext('pkce_mismatch', { operation: 'resetByEmail' }))],
  parameters: { screen: ['expired.otherBrowserTitle', flowIn('expired')] satisfies ScreenParameter },
  play: inTurn(async (context) => {
    await submitNewPassword(context);
    await reachesState(context.canvasElement, 'reset-flow', 'expired');
  }),
};
export const SaveFailsConfiguration = failingSave(SAVE_FAILURES[4]!);
export const SaveFailsOrganizationSuspended = failingSave(SAVE_FAILURES[5]!);
