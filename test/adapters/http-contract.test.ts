// The adapter contract, unchanged, on the real path of a production app: the HTTP adapter ->
// the reset proxy (mounted on node:http) -> the Stytch emulator, all over loopback HTTP.
import { createHttpAdapter } from '../../src/adapters/http/index.js';
import { createNodeListener, createResetProxy } from '../../src/server/index.js';
import { emulatorFixture, emulatorSeed } from '../emulator/fixture.js';
import { listen } from '../emulator/loopback.js';
import { emulatorControl, startStytchEmulator } from '../emulator/stytch-emulator.js';
import { describeResetAdapterContract } from './contract.js';

describeResetAdapterContract('HTTP adapter -> proxy -> emulator', async () => {
  const emulator = await startStytchEmulator({ memory: emulatorSeed });
  const proxy = await listen(
    createNodeListener(
      createResetProxy({
        projectId: emulator.projectId,
        secret: emulator.secret,
        baseUrl: emulator.url,
        allowedRedirectUrls: ['https://app.example.com/reset'],
      }),
    ),
  );
  const control = emulatorControl(emulator.url);
  return {
    // Stytch has no policy endpoint: the app states the policy its project is configured with.
    adapter: createHttpAdapter({
      baseUrl: proxy.url,
      timeoutMs: 5_000,
      policy: { kind: 'zxcvbn', breachDetection: true },
    }),
    fixture: emulatorFixture,
    latestEmail: control.latestEmail,
    now: control.now,
    advanceTime: control.advanceTime,
    createSession: control.createSession,
    async dispose() {
      await proxy.close();
      await emulator.close();
    },
  };
});
