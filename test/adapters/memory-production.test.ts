// The memory adapter is a demo backend: in a production build it says so, once, on the console.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../src/adapters/memory/index.js';

// A fresh copy of the module for each test: the warning is once per page, i.e. per module instance.
async function freshMemoryAdapterModule() {
  vi.resetModules();
  return import('../../src/adapters/memory/index.js');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createMemoryAdapter in a production build', () => {
  it('warns once, however many adapters are created, naming no secret', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { createMemoryAdapter } = await freshMemoryAdapterModule();
    const adapter = createMemoryAdapter();
    createMemoryAdapter({ crossOrgPasswords: true });
    await adapter.resetByEmailStart({ organizationId: 'organization-demo-acme', emailAddress: 'ada@acme.test' });
    createMemoryAdapter();

    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toMatch(/^\[resetkit\] createMemoryAdapter\(\) is running in a production build/);
    expect(message).toContain('createHttpAdapter()');
    expect(message).not.toContain(DEMO_PASSWORD);
    expect(message).not.toContain(adapter.outbox.latest('ada@acme.test')!.token);
  });

  it.each(['development', 'test', undefined])('stays quiet when NODE_ENV is %s', async (nodeEnv) => {
    vi.stubEnv('NODE_ENV', nodeEnv);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { createMemoryAdapter } = await freshMemoryAdapterModule();
    createMemoryAdapter();
    expect(warn).not.toHaveBeenCalled();
  });

  it('stays quiet, and works, where there is no `process` at all (a browser bundle that replaced nothing)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { createMemoryAdapter } = await freshMemoryAdapterModule();
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'process')!;
    let adapter: ReturnType<typeof createMemoryAdapter> | undefined;
    // Only for the synchronous call: the test runner itself needs `process` around it.
    delete (globalThis as { process?: unknown }).process;
    try {
      expect(typeof process).toBe('undefined');
      adapter = createMemoryAdapter();
    } finally {
      Object.defineProperty(globalThis, 'process', descriptor);
    }
    expect(warn).not.toHaveBeenCalled();
    await expect(adapter.getPasswordPolicy()).resolves.toMatchObject({ kind: 'zxcvbn' });
  });
});
