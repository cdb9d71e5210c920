// The adapter contract on the real path of a production app: the HTTP adapter -> the reset proxy
// (mounted on node:http) -> the Stytch emulator, all over loopback HTTP. The proxy conceals which
// addresses are members, so the contract runs with that capability.
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
        // The contract's bounds are Stytch's; a deployment keeps the safer defaults (60 minutes).
        maxResetLinkMinutes: 10_080,
        // The emulator's own throttle is what the contract tests; the proxy's has test/server.
        rateLimit: { startsPerEmail: { points: 50, durationSeconds: 60 } },
        // Starts answer at a fixed time; the emulator on loopback answers well within it.
        startAnswerMs: 300,
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
}, { concealsMembers: true });
