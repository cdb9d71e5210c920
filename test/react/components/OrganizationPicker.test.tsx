import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DiscoveredOrganization } from '../../../src/core/index.js';
import { OrganizationPicker } from '../../../src/react/components/DiscoveryReset/OrganizationPicker.js';
import { axeViolations, renderWithProvider } from './render.js';

function discovered(organizationId: string, organizationName: string, organizationLogoUrl?: string): DiscoveredOrganization {
  return {
    organization: { organizationId, organizationName, ...(organizationLogoUrl ? { organizationLogoUrl } : {}) },
    membership: { type: 'active_member' },
    memberAuthenticated: false,
    primaryRequired: null,
    mfaRequired: null,
  } as DiscoveredOrganization;
}

const avatarOf = (name: string) =>
  screen.getByRole('button', { name: `Sign in to ${name}` }).closest('li')!.querySelector('[data-part="organization-avatar"]');

describe('OrganizationPicker avatars', () => {
  it("shows an organization's https logo, and the initial of the others", async () => {
    const { container } = renderWithProvider(
      <OrganizationPicker
        onSelect={vi.fn()}
        organizations={[
          discovered('org-1', 'Acme', 'https://cdn.example.com/acme.png'),
          discovered('org-2', 'émile & co'),
          discovered('org-3', 'Globex', 'javascript:alert(1)'),
          discovered('org-4', 'Initech', 'http://cdn.example.com/initech.png'),
        ]}
      />,
    );
    const acme = avatarOf('Acme')!;
    expect(acme).toHaveAttribute('aria-hidden', 'true');
    expect(acme).toHaveAttribute('data-logo', '');
    expect(acme.querySelector('img')).toHaveAttribute('src', 'https://cdn.example.com/acme.png');
    expect(acme.querySelector('img')).toHaveAttribute('alt', '');
    // No https logo: the initial, and nothing is loaded from the given value.
    expect(avatarOf('émile & co')).toHaveTextContent(/^É$/);
    for (const name of ['Globex', 'Initech']) {
      expect(avatarOf(name)!.querySelector('img')).toBeNull();
      expect(avatarOf(name)).not.toHaveAttribute('data-logo');
      expect(avatarOf(name)).toHaveTextContent(name[0]!);
    }
    // The button is still named by the organization alone.
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Sign in to Acme',
      'Sign in to émile & co',
      'Sign in to Globex',
      'Sign in to Initech',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });
});
