import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DiscoveryReset, OrganizationPicker } from '../../../src/react/components/index.js';
import type { DiscoveredOrganization } from '../../../src/react/index.js';
import { STRONG_PASSWORD, axeViolations, latestToken, memoryAdapter, renderWithProvider } from './render.js';

const discoveryAdapter = (options = {}) => memoryAdapter({ crossOrgPasswords: true, ...options });

async function discoveryToken(adapter: MemoryAdapter, emailAddress: string) {
  await adapter.discoveryResetByEmailStart({ emailAddress });
  return latestToken(adapter, emailAddress);
}

async function resetWithLink(adapter: MemoryAdapter, props: Partial<Parameters<typeof DiscoveryReset>[0]> = {}) {
  const token = await discoveryToken(adapter, 'sam@example.test');
  const rendered = renderWithProvider(<DiscoveryReset token={token} {...props} />, { adapter });
  await rendered.user.type(screen.getByLabelText('New password'), STRONG_PASSWORD);
  await rendered.user.click(screen.getByRole('button', { name: 'Save new password' }));
  await screen.findByRole('heading', { name: 'Choose an organization' }, { timeout: 5000 });
  return rendered;
}

describe('DiscoveryReset', () => {
  it('requests a link without an organization and shows the sent screen', async () => {
    const adapter = discoveryAdapter();
    const { user, container } = renderWithProvider(<DiscoveryReset />, { adapter });
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Work email'), 'sam@example.test{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Check your email' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(adapter.outbox.latest('sam@example.test')).toMatchObject({ tokenType: 'discovery' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sets the password from the link, then lists the organizations with their membership', async () => {
    const adapter = discoveryAdapter();
    const { container } = await resetWithLink(adapter);
    const list = screen.getByRole('list', { name: 'Choose an organization' });
    const acme = within(list).getByRole('button', { name: 'Sign in to Acme Inc.' });
    const globex = within(list).getByRole('button', { name: 'Sign in to Globex Corporation' });
    expect(acme).toHaveAccessibleDescription('Member');
    expect(globex).toHaveAccessibleDescription(expect.stringContaining('Member'));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Choose an organization' })).toHaveFocus());
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is keyboard selectable: arrows move between organizations, Enter signs in', async () => {
    const adapter = discoveryAdapter();
    const onSuccess = vi.fn();
    const { user, container } = await resetWithLink(adapter, { onSuccess });
    const acme = screen.getByRole('button', { name: 'Sign in to Acme Inc.' });
    const globex = screen.getByRole('button', { name: 'Sign in to Globex Corporation' });
    // The step change focuses the heading first; only then does the member move on.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Choose an organization' })).toHaveFocus());
    acme.focus();
    await user.keyboard('{ArrowDown}');
    expect(globex).toHaveFocus();
    await user.keyboard('{Home}');
    expect(acme).toHaveFocus();
    await user.keyboard('{End}');
    expect(globex).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(acme).toHaveFocus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Your password is reset' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ organizationId: 'organization-demo-acme' }));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'success');
  });

  it('hands off to MFA for an organization that requires it', async () => {
    const adapter = discoveryAdapter();
    const onMfaRequired = vi.fn();
    const { user } = await resetWithLink(adapter, { onMfaRequired });
    await user.click(screen.getByRole('button', { name: 'Sign in to Globex Corporation' }));
    expect(await screen.findByRole('heading', { name: 'One more step' })).toBeInTheDocument();
    expect(onMfaRequired).toHaveBeenCalledWith(expect.objectContaining({ intermediateSessionToken: expect.any(String) }));
  });

  it('shows the chosen organization as signing in, keeping focus on it', async () => {
    const adapter = discoveryAdapter();
    const { user } = await resetWithLink(adapter);
    // Only now: the reset itself should not be slowed down.
    adapter.failNext('server', { operation: 'exchangeIntermediateSession' });
    const acme = screen.getByRole('button', { name: 'Sign in to Acme Inc.' });
    await user.click(acme);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side. Try again in a moment.');
    await waitFor(() => expect(alert).toHaveFocus());
    // The list is still there to try again.
    await user.click(screen.getByRole('button', { name: 'Sign in to Acme Inc.' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' })).toBeInTheDocument();
  });

  it('offers to create an organization, with its own validation', async () => {
    const adapter = discoveryAdapter();
    const onSuccess = vi.fn();
    const { user, container } = await resetWithLink(adapter, { onSuccess });
    const section = screen.getByRole('region', { name: 'Or create an organization' });
    await user.click(within(section).getByRole('button', { name: 'Create organization' }));
    const name = within(section).getByLabelText('Organization name');
    expect(name).toHaveAccessibleDescription('Enter a name for the organization.');
    expect(name).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
    await user.type(name, 'Initech');
    await user.click(within(section).getByRole('button', { name: 'Create organization' }));
    expect(await screen.findByRole('heading', { name: 'Your password is reset' })).toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('replaces a dead link: the expired screen asks for the address and sends a new one', async () => {
    const adapter = discoveryAdapter();
    const token = await discoveryToken(adapter, 'sam@example.test');
    await adapter.discoveryResetByEmail({ passwordResetToken: token, password: STRONG_PASSWORD });
    const { user, container } = renderWithProvider(<DiscoveryReset token={token} />, { adapter });
    await user.type(screen.getByLabelText('New password'), `${STRONG_PASSWORD}!`);
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    const heading = await screen.findByRole('heading', { name: 'This link was already used' }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    await user.type(screen.getByLabelText('Work email'), 'sam@example.test');
    await user.click(screen.getByRole('button', { name: 'Email me a new link' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(adapter.outbox.list().filter((email) => email.to === 'sam@example.test')).toHaveLength(2);
  });

  it('restarts when the intermediate session expired', async () => {
    const adapter = discoveryAdapter();
    const { user } = await resetWithLink(adapter);
    adapter.failNext('discovery_session_expired', { operation: 'exchangeIntermediateSession' });
    await user.click(screen.getByRole('button', { name: 'Sign in to Acme Inc.' }));
    expect(await screen.findByRole('heading', { name: 'This step expired' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toHaveFocus();
    expect(screen.getByLabelText('Work email')).toHaveValue('sam@example.test');
  });
});

describe('OrganizationPicker', () => {
  const organizations: DiscoveredOrganization[] = [
    {
      organization: { organizationId: 'o1', organizationName: 'Acme Inc.' },
      membership: { type: 'active_member' },
      memberAuthenticated: false,
      primaryRequired: null,
      mfaRequired: null,
    },
    {
      organization: { organizationId: 'o2', organizationName: 'Umbrella' },
      membership: { type: 'eligible_to_join_by_email_domain' },
      memberAuthenticated: false,
      primaryRequired: null,
      mfaRequired: { secondaryAuthInitiated: null },
    },
  ];

  it('shows name, membership type and the MFA need, and reports the choice', async () => {
    const onSelect = vi.fn();
    const { user, container } = renderWithProvider(
      <>
        <h2 id="picker-label">Pick one</h2>
        <OrganizationPicker organizations={organizations} onSelect={onSelect} labelledBy="picker-label" />
      </>,
    );
    const umbrella = screen.getByRole('button', { name: 'Sign in to Umbrella' });
    expect(umbrella).toHaveAccessibleDescription('You can join with your email domain Requires two-step verification');
    await user.click(umbrella);
    expect(onSelect).toHaveBeenCalledWith('o2');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks the pending choice and ignores clicks meanwhile, without dropping focus', () => {
    const onSelect = vi.fn();
    renderWithProvider(<OrganizationPicker organizations={organizations} onSelect={onSelect} pendingOrganizationId="o1" />);
    const acme = screen.getByRole('button', { name: 'Sign in to Acme Inc.' });
    expect(acme).toHaveAttribute('data-pending', '');
    expect(acme).toHaveAttribute('aria-disabled', 'true');
    expect(acme).not.toBeDisabled();
    expect(acme.closest('[data-part="organization"]')).toHaveTextContent('Signing in…');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in to Umbrella' }));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('says so when there is no organization', () => {
    renderWithProvider(<OrganizationPicker organizations={[]} onSelect={() => undefined} />);
    expect(screen.getByText('Your email address does not belong to any organization yet.')).toBeInTheDocument();
  });
});
