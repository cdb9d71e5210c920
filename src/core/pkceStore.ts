/**
 * Where a PKCE verifier waits between the start call and the completion. The emailed link
 * usually opens in another tab of the same browser, so the default is localStorage; where that
 * is missing or refuses writes (Node, private modes, sandboxed frames), memory. Only the verifier
 * is ever stored: never a password or a reset token.
 */
export type PkceFlow = 'organization' | 'discovery';

/** The part of the Web Storage API the store needs. */
export interface PkceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PkceVerifierStore {
  /** Keeps the verifier of a flow until `expiresAt` (ms), replacing any earlier one. */
  save(flow: PkceFlow, codeVerifier: string, expiresAt: number): void;
  /** The flow's verifier, or undefined when none is kept or it expired (an expired one is removed). */
  read(flow: PkceFlow): string | undefined;
  /** Forgets the flow's verifier, after a completed reset. */
  clear(flow: PkceFlow): void;
}

const KEY_PREFIX = 'resetkit.pkce.';

function memoryStorage(): PkceStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** localStorage when it works here, otherwise a store in memory. */
export function defaultPkceStorage(): PkceStorage {
  try {
    const storage = globalThis.localStorage;
    if (storage) {
      const probe = `${KEY_PREFIX}probe`;
      storage.setItem(probe, probe);
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // Access throws in sandboxed frames and when storage is full or disabled.
  }
  return memoryStorage();
}

export function createPkceVerifierStore(storage?: PkceStorage, now: () => number = Date.now): PkceVerifierStore {
  // The default storage is found at first use, not here: ResetProvider creates its store during
  // render, where (and on a server) nothing may touch storage.
  let found = storage;
  const store = () => (found ??= defaultPkceStorage());
  const key = (flow: PkceFlow) => KEY_PREFIX + flow;
  const remove = (flow: PkceFlow) => {
    try {
      store().removeItem(key(flow));
    } catch {
      // Nothing to do: an entry that cannot be removed expires on its own.
    }
  };
  return {
    save(flow, codeVerifier, expiresAt) {
      try {
        store().setItem(key(flow), JSON.stringify({ codeVerifier, expiresAt }));
      } catch {
        // A full or disabled storage only costs PKCE in another tab; the backend will say so.
      }
    },
    read(flow) {
      let raw: string | null;
      try {
        raw = store().getItem(key(flow));
      } catch {
        return undefined;
      }
      if (!raw) return undefined;
      try {
        const entry = JSON.parse(raw) as { codeVerifier?: unknown; expiresAt?: unknown };
        if (typeof entry.codeVerifier === 'string' && typeof entry.expiresAt === 'number' && entry.expiresAt > now()) {
          return entry.codeVerifier;
        }
      } catch {
        // A corrupt entry is as good as none.
      }
      remove(flow);
      return undefined;
    },
    clear: remove,
  };
}
