// @vitest-environment jsdom
// The adapter contract, unchanged, through Stytch's real browser SDK: the Stytch adapter -> the
// @stytch/vanilla-js B2B headless client (in jsdom) -> the emulator's /sdk/v1 paths over loopback.
import { createStytchB2BHeadlessClient } from '@stytch/vanilla-js/b2b/headless';
import { createStytchAdapter } from '../../src/adapters/stytch/index.js';
import { emulatorFixture, emulatorSeed } from '../emulator/fixture.js';
import { emulatorControl, startStytchEmulator } from '../emulator/stytch-emulator.js';
import { describeResetAdapterContract } from './contract.js';

function clearBrowserState(): void {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

describeResetAdapterContract('Stytch adapter -> @stytch/vanilla-js -> emulator', async () => {
  clearBrowserState();
  // A token per client: the SDK keys its storage and its session refresher by public token.
  const publicToken = `public-token-test-${crypto.randomUUID()}`;
  const emulator = await startStytchEmulator({ memory: emulatorSeed, publicToken });

  // The SDK starts a telemetry interval per client and has no way to stop it: collect and clear.
  const intervals: ReturnType<typeof setInterval>[] = [];
  const realSetInterval = globalThis.setInterval;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const handle = realSetInterval(...args);
    intervals.push(handle);
    return handle;
  }) as typeof setInterval;
  let client: ReturnType<typeof createStytchB2BHeadlessClient>;
  try {
    // `endpoints` is the SDK's undocumented way to reach a server other than Stytch's.
    client = createStytchB2BHeadlessClient(publicToken, {
      endpoints: { testAPIURL: emulator.url, liveAPIURL: emulator.url },
    } as Parameters<typeof createStytchB2BHeadlessClient>[1]);
  } finally {
    globalThis.setInterval = realSetInterval;
  }

  // Wait for the SDK to read its bootstrap, so that no call of this client is still in flight when
  // the test ends and the emulator closes (the SDK would then log the failure during a later test).
  const bootstrapKey = `stytch_sdk_state_${publicToken}::bootstrap`;
  for (let waited = 0; localStorage.getItem(bootstrapKey) === null; waited += 5) {
    if (waited > 5_000) throw new Error('The SDK never loaded its bootstrap from the emulator.');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }

  const control = emulatorControl(emulator.url);
  return {
    adapter: createStytchAdapter(client, { policy: { kind: 'zxcvbn', breachDetection: true } }),
    fixture: emulatorFixture,
    latestEmail: control.latestEmail,
    now: control.now,
    advanceTime: control.advanceTime,
    createSession: control.createSession,
    async dispose() {
      for (const handle of intervals) clearInterval(handle);
      await emulator.close();
      clearBrowserState();
    },
  };
},
// What the browser SDK cannot carry (stytch-adapter.test.ts covers what it does instead): it hides
// Retry-After, runs PKCE itself, resets by session in the session's own organization, and keeps
// only the newest intermediate session.
{ retryAfter: false, explicitPkce: false, sessionOrganization: false, exchangeAfterMfaHandOff: false });
