import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first estimate of a file loads zxcvbn's dictionaries and the memory adapter hashes with
// PBKDF2: on a busy 2-core machine that can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
