// Every test file: a React warning or an unhandled rejection is a failure, not noise.
import { afterEach, beforeEach, vi } from 'vitest';

let unexpected: string[] = [];

const fail = (kind: string) => (...args: unknown[]) => {
  unexpected.push(`${kind}: ${args.map(String).join(' ')}`);
};

beforeEach(() => {
  unexpected = [];
  vi.spyOn(console, 'error').mockImplementation(fail('console.error'));
  vi.spyOn(console, 'warn').mockImplementation(fail('console.warn'));
});

afterEach(() => {
  vi.restoreAllMocks();
  if (unexpected.length > 0) {
    const messages = unexpected.join('\n');
    unexpected = [];
    throw new Error(`Unexpected console output during the test:\n${messages}`);
  }
});
