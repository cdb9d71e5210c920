import { describe, expect, it } from 'vitest';
import { createPkceVerifierStore, defaultPkceStorage, type PkceStorage } from '../../src/core/index.js';

function mapStorage(): PkceStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('createPkceVerifierStore', () => {
  it('keeps a verifier per flow until it expires, then forgets it', () => {
    let now = 1_000;
    const storage = mapStorage();
    const store = createPkceVerifierStore(storage, () => now);
    store.save('organization', 'verifier-org', 2_000);
    store.save('discovery', 'verifier-disc', 5_000);
    expect(store.read('organization')).toBe('verifier-org');
    expect(store.read('discovery')).toBe('verifier-disc');
    now = 2_000;
    expect(store.read('organization')).toBeUndefined();
    expect(storage.items.has('resetkit.pkce.organization')).toBe(false);
    expect(store.read('discovery')).toBe('verifier-disc');
  });

  it('clear forgets only that flow, and a later save replaces an earlier one', () => {
    const store = createPkceVerifierStore(mapStorage(), () => 0);
    store.save('organization', 'first', 10);
    store.save('organization', 'second', 10);
    store.save('discovery', 'other', 10);
    expect(store.read('organization')).toBe('second');
    store.clear('organization');
    expect(store.read('organization')).toBeUndefined();
    expect(store.read('discovery')).toBe('other');
  });

  it('treats a corrupt entry as none and removes it', () => {
    const storage = mapStorage();
    storage.items.set('resetkit.pkce.discovery', '{not json');
    const store = createPkceVerifierStore(storage, () => 0);
    expect(store.read('discovery')).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it('survives a storage that throws on every call', () => {
    const broken: PkceStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createPkceVerifierStore(broken, () => 0);
    expect(() => store.save('organization', 'v', 10)).not.toThrow();
    expect(store.read('organization')).toBeUndefined();
    expect(() => store.clear('organization')).not.toThrow();
  });

  it('falls back to memory where there is no localStorage (Node)', () => {
    expect(globalThis.localStorage).toBeUndefined();
    const storage = defaultPkceStorage();
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    expect(defaultPkceStorage().getItem('k')).toBeNull();
  });
});

describe('createPkceVerifierStore without a storage', () => {
  it('looks up localStorage at first use, not when created (a provider creates it during render)', () => {
    const storage = mapStorage();
    let lookups = 0;
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        lookups += 1;
        return storage;
      },
    });
    try {
      const store = createPkceVerifierStore();
      expect(lookups).toBe(0);
      store.save('organization', 'verifier', Date.now() + 60_000);
      expect(lookups).toBe(1);
      expect(storage.items.get('resetkit.pkce.organization')).toContain('verifier');
      expect(store.read('organization')).toBe('verifier');
      expect(lookups).toBe(1);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
