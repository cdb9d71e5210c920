// The screens scripts/screenshots.mjs photographs: `?screen=<name>&theme=light|dark`, each on its
// own in-memory backend, brought to its state by the script's clicks and keys.
import { createRoot } from 'react-dom/client';
import { type MemoryAdapter, createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { PasswordPolicy } from '../../src/core/index.js';
import { DiscoveryReset, ResetCompleteForm, ResetProvider, type ResetTheme } from '../../src/react/index.js';
import '../../src/styles/index.css';

const ACME = 'organization-demo-acme';
const LUDS: PasswordPolicy = { kind: 'luds', minLength: 10, minComplexity: 3, breachDetection: true };
// Looks strong to zxcvbn; this backend's breach list has it.
const BREACHED = 'violet-Harbor-lantern-93-quietly';

const params = new URL(window.location.href).searchParams;
const theme = (params.get('theme') ?? 'light') as ResetTheme;
const screen = params.get('screen') ?? 'weak';

async function tokenFor(adapter: MemoryAdapter, emailAddress: string, organizationId?: string): Promise<string> {
  if (organizationId) await adapter.resetByEmailStart({ organizationId, emailAddress });
  else await adapter.discoveryResetByEmailStart({ emailAddress });
  return adapter.outbox.latest(emailAddress)!.token;
}

async function main() {
  const policy = screen === 'luds' ? LUDS : undefined;
  const adapter = createMemoryAdapter({ rateLimit: false, breachedPasswords: [BREACHED], ...(policy ? { policy } : {}) });
  const ui =
    screen === 'picker' ? (
      <DiscoveryReset token={await tokenFor(adapter, 'sam@example.test')} />
    ) : (
      <ResetCompleteForm method="email" token={await tokenFor(adapter, 'ada@acme.test', ACME)} emailAddress="ada@acme.test" />
    );
  document.documentElement.dataset['page'] = theme;
  createRoot(document.getElementById('screen')!).render(
    <ResetProvider adapter={adapter} locale="en" theme={theme} {...(policy ? { policy } : {})}>
      {ui}
    </ResetProvider>,
  );
}

void main();
