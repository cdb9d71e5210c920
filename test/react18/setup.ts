// Proves the aliases work: a run that silently used the root React 19 would test nothing new.
import { version } from 'react';
import { beforeAll, expect } from 'vitest';

beforeAll(() => {
  expect(version).toMatch(/^18\.3\./);
});
