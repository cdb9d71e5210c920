import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { type UseDiscoveryResetOptions, useDiscoveryReset } from '../../../src/react/index.js';
import { STRONG_PASSWORD, memoryAdapter, providerWrapper } from '../harness.js';

function render(adapter: MemoryAdapter, options: UseDiscoveryResetOptions = {}) {
  return renderHook((props: UseDiscoveryResetOptions) => useDiscoveryReset(props), {
    initialProps: options,
    wrapper: providerWrapper({ adapter, locale: 'en' }),
  });
}

async function toOrganizationPicker(adapter: MemoryAdapter, options: UseDiscoveryResetOptions = {}) {
  const hook = render(adapter, options);
  act(() => hook.result.current.start('sam@example.test'));
  await waitFor(() => expect(hook.result.current.status).toBe('sent'));
  const email = adapter.outbox.latest('sam@example.test')!;
  expect(email.tokenType).toBe('discovery');
  act(() => hook.result.current.complete({ token: email.token, password: STRONG_PASSWORD }));
  expect(hook.result.current.status).toBe('resetting');
  await waitFor(() => expect(hook.result.current.status).toBe('choose_organization'));
  return hook;
}

describe('useDiscoveryReset', () => {
  it('walks idle -> sending -> sent -> resetting -> choose_organization -> exchanging -> success', async () => {
    const adapter = memoryAdapter({ latencyMs: 5 });
    const onSuccess = vi.fn();
    const { result } = await toOrganizationPicker(adapter, { onSuccess });
    expect(result.current.email).toBe('sam@example.test');
    expect(result.current.organizations.map((entry) => [entry.organization.organizationName, entry.membership.type])).toEqual(
      expect.arrayContaining([
        ['Acme Inc.', 'active_member'],
        ['Globex Corporation', 'active_member'],
      ]),
    );
    act(() => result.current.selectOrganization('organization-demo-acme'));
    expect(result.current.status).toBe('exchanging');
    expect(result.current.selectedOrganizationId).toBe('organization-demo-acme');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.result).toMatchObject({ organizationId: 'organization-demo-acme', memberAuthenticated: true });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('hands off to MFA for an organization that requires it', async () => {
    const adapter = memoryAdapter();
    const onMfaRequired = vi.fn();
    const { result } = await toOrganizationPicker(adapter, { onMfaRequired });
    act(() => result.current.selectOrganization('organization-demo-globex'));
    await waitFor(() => expect(result.current.status).toBe('mfa_required'));
    expect(result.current.result?.intermediateSessionToken).toEqual(expect.any(String));
    expect(onMfaRequired).toHaveBeenCalledTimes(1);
  });

  it('asks for a restart when the intermediate session expired, keeping the address', async () => {
    let now = Date.now();
    const adapter = memoryAdapter({ now: () => now });
    const { result } = await toOrganizationPicker(adapter);
    now += 11 * 60_000;
    act(() => result.current.selectOrganization('organization-demo-acme'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current).toMatchObject({ failedStep: 'exchange', needsRestart: true, organizations: [] });
    expect(result.current.errorMessage).toBe('For your security, this step expired. Start again.');
    act(() => result.current.reset());
    expect(result.current.status).toBe('idle');
    expect(result.current.email).toBe('sam@example.test');
  });

  it('creates an organization when the adapter can', async () => {
    const adapter = memoryAdapter();
    const { result } = await toOrganizationPicker(adapter);
    expect(result.current.createOrganization).toBeTypeOf('function');
    act(() => result.current.createOrganization!({ organizationName: 'Initech' }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.result?.organization?.organizationName).toBe('Initech');
  });

  it('offers no createOrganization when the adapter cannot', () => {
    const adapter = memoryAdapter();
    const { createOrganizationViaDiscovery: _omitted, ...withoutCreate } = adapter;
    const { result } = render(withoutCreate as MemoryAdapter);
    expect(result.current.createOrganization).toBeUndefined();
  });

  it('refuses a weak password before sending it, on the reset step', async () => {
    const adapter = memoryAdapter();
    const spy = vi.spyOn(adapter, 'discoveryResetByEmail');
    const { result } = render(adapter);
    act(() => result.current.start('sam@example.test'));
    await waitFor(() => expect(result.current.status).toBe('sent'));
    const { token } = adapter.outbox.latest('sam@example.test')!;
    act(() => result.current.complete({ token, password: 'sam12345' }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current).toMatchObject({ failedStep: 'reset', error: { code: 'weak_password' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('treats an unknown address as sent', async () => {
    const adapter = memoryAdapter();
    const { result } = render(adapter);
    act(() => result.current.start('nobody@example.test'));
    await waitFor(() => expect(result.current.status).toBe('sent'));
    expect(result.current.error).toBeNull();
    expect(adapter.outbox.list()).toHaveLength(0);
  });

  it('ignores a second start while one is in flight', async () => {
    const adapter = memoryAdapter({ latencyMs: 10 });
    const spy = vi.spyOn(adapter, 'discoveryResetByEmailStart');
    const { result } = render(adapter);
    act(() => {
      result.current.start('sam@example.test');
      result.current.start('sam@example.test');
    });
    await waitFor(() => expect(result.current.status).toBe('sent'));
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
