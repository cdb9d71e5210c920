// The organization's logo travels from the backend (organization_logo_url) to the picker.
import { describe, expect, it } from 'vitest';
import { decodeOrganization, encodeOrganization } from '../../src/adapters/http/wire.js';
import { Store, toPublicOrganization } from '../../src/adapters/memory/store.js';

describe('organization logos', () => {
  it('decodes organization_logo_url, and leaves an empty one out as Stytch sends it', () => {
    const wire = { organization_id: 'org-1', organization_name: 'Acme', organization_logo_url: 'https://cdn.example.com/a.png' };
    expect(decodeOrganization(wire)).toEqual({ organizationId: 'org-1', organizationName: 'Acme', organizationLogoUrl: 'https://cdn.example.com/a.png' });
    expect(decodeOrganization({ ...wire, organization_logo_url: '' })).not.toHaveProperty('organizationLogoUrl');
  });

  it('round-trips through the emulator encoding', () => {
    const organization = { organizationId: 'org-1', organizationName: 'Acme', organizationLogoUrl: 'https://cdn.example.com/a.png' };
    expect(decodeOrganization(encodeOrganization(organization))).toMatchObject(organization);
  });

  it('comes from a memory adapter seed', () => {
    const store = new Store([], [], false);
    const record = store.addOrganization({ organizationId: 'org-1', name: 'Acme', logoUrl: 'https://cdn.example.com/a.png' });
    expect(toPublicOrganization(record).organizationLogoUrl).toBe('https://cdn.example.com/a.png');
    expect(toPublicOrganization(store.addOrganization({ organizationId: 'org-2', name: 'Globex' }))).not.toHaveProperty('organizationLogoUrl');
  });
});
