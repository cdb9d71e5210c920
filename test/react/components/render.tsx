import { render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { ResetProvider, type ResetProviderProps } from '../../../src/react/index.js';
import { memoryAdapter } from '../harness.js';

export { STRONG_PASSWORD, memoryAdapter } from '../harness.js';
export { axeViolations } from '../axe.js';

export const ACME = 'organization-demo-acme';
export const GLOBEX = 'organization-demo-globex';

/** Renders under a provider on a fresh memory adapter (English, light theme unless told). */
export function renderWithProvider(
  ui: ReactElement,
  { adapter = memoryAdapter(), ...provider }: Partial<Omit<ResetProviderProps, 'children' | 'adapter'>> & { adapter?: MemoryAdapter } = {},
) {
  const user = userEvent.setup();
  const wrap = (element: ReactElement) => (
    <ResetProvider adapter={adapter} locale="en" {...provider}>
      {element}
    </ResetProvider>
  );
  const result = render(wrap(ui));
  /** Renders new content under the same provider. */
  const rerender = (element: ReactElement) => result.rerender(wrap(element));
  return { ...result, rerender, user, adapter };
}

/** The token of the last link the memory adapter "emailed" to this address. */
export function latestToken(adapter: MemoryAdapter, emailAddress: string): string {
  const email = adapter.outbox.latest(emailAddress);
  if (!email) throw new Error(`No email was sent to ${emailAddress}.`);
  return email.token;
}
