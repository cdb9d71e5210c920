// `resetkit-emulator`: the Stytch emulator as a local development server, for pointing
// `createResetProxy({ baseUrl })` at while there is no Stytch project (or no network).
import { parseArgs } from 'node:util';
import { startStytchEmulator, type StytchEmulator } from './stytch-emulator.js';

const USAGE = `Usage: resetkit-emulator [--port 4010] [--host 127.0.0.1] [--project-id ID] [--secret SECRET] [--allow-remote]

A local emulator of Stytch's B2B Passwords API with resetkit's demo data, for development only.
  --port          port to listen on (default 4010; 0 picks a free one)
  --host          address to bind (default 127.0.0.1; anything but loopback needs --allow-remote)
  --project-id    the project id the proxy must send (default project-test-00000000-...)
  --secret        the secret the proxy must send (default secret-test-emulator-...)
  --allow-remote  bind beyond loopback: anyone who reaches the port reads every reset link`;

/** Parses the arguments, starts the emulator and says where it is; the server runs until closed. */
export async function runEmulatorCli(argv: readonly string[], out: (line: string) => void = console.error): Promise<StytchEmulator | undefined> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'project-id': { type: 'string' },
      secret: { type: 'string' },
      'allow-remote': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    out(USAGE);
    return undefined;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, not ${values.port}.`);
  const emulator = await startStytchEmulator({
    host: values.host,
    port,
    allowRemote: values['allow-remote'],
    ...(values['project-id'] === undefined ? {} : { projectId: values['project-id'] }),
    ...(values.secret === undefined ? {} : { secret: values.secret }),
  });
  out(
    [
      '!! resetkit Stytch emulator: FOR LOCAL DEVELOPMENT ONLY, NOT FOR PRODUCTION.',
      '!! Everything is in memory, the secret is known and every reset link is readable below.',
      `Listening on ${emulator.url}`,
      `Inbox: ${emulator.url}/ (JSON: ${emulator.url}/__outbox)`,
      `Proxy settings: baseUrl ${emulator.url}, projectId ${emulator.projectId}, secret ${emulator.secret}`,
      'Demo members: ada@acme.test (Acme), max@globex.test (Globex, MFA), sam@example.test (both), noor@acme.test (no password yet).',
    ].join('\n'),
  );
  return emulator;
}
