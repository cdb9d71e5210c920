import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiscoveryReset, ResetFlow } from '../../../src/react/components/index.js';
import { ACME, STRONG_PASSWORD, axeViolations, latestToken, memoryAdapter, renderWithProvider } from './render.js';

describe('slots and layout for design teams', () => {
  it('puts the header and footer slots around every screen, with layout and density on the root', async () => {
    const { container } = renderWithProvider(
      <ResetFlow
        organizationId={ACME}
        layout="card"
        density="compact"
        header={<img src="/logo.svg" alt="Acme" />}
        footer={<a href="/sign-in">Back to sign in</a>}
      />,
    );
    const root = container.querySelector('[data-scope="reset-flow"]')!;
    expect(root).toHaveAttribute('data-layout', 'card');
    expect(root).toHaveAttribute('data-density', 'compact');
    expect(root.firstElementChild).toHaveAttribute('data-part', 'slot-header');
    expect(within(root.firstElementChild as HTMLElement).getByRole('img', { name: 'Acme' })).toBeInTheDocument();
    expect(root.lastElementChild).toHaveAttribute('data-part', 'slot-footer');
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/sign-in');
    // Nested components inherit the look: only the outermost root carries it.
    expect(container.querySelectorAll('[data-layout]')).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('defaults to a plain, comfortable column', () => {
    const { container } = renderWithProvider(<ResetFlow organizationId={ACME} />);
    const root = container.querySelector('[data-scope="reset-flow"]')!;
    expect(root).toHaveAttribute('data-layout', 'plain');
    expect(root).toHaveAttribute('data-density', 'comfortable');
  });

  it('makes the organization list a single Tab stop, moved by the arrow keys', { timeout: 15_000 }, async () => {
    const adapter = memoryAdapter({ crossOrgPasswords: true });
    await adapter.discoveryResetByEmailStart({ emailAddress: 'sam@example.test' });
    const { user } = renderWithProvider(<DiscoveryReset token={latestToken(adapter, 'sam@example.test')} />, { adapter });
    await user.type(screen.getByLabelText('New password'), `${STRONG_PASSWORD}{Enter}`);
    const list = await screen.findByRole('list', { name: 'Choose an organization' }, { timeout: 5000 });
    const [acme, globex] = within(list).getAllByRole('button');
    expect(acme).toHaveAttribute('tabindex', '0');
    expect(globex).toHaveAttribute('tabindex', '-1');
    acme!.focus();
    await user.keyboard('{ArrowDown}');
    expect(globex).toHaveFocus();
    expect(globex).toHaveAttribute('tabindex', '0');
    expect(acme).toHaveAttribute('tabindex', '-1');
    // Tab leaves the list for the next control, not the next organization.
    await user.tab();
    expect(document.activeElement).not.toBe(acme);
    expect(list.contains(document.activeElement)).toBe(false);
  });
});
