// Shared by the adapter tests.
import { expect } from 'vitest';
import { ResetError } from '../../src/core/index.js';

/** Awaits a call that must fail, and returns its ResetError. */
export async function failure(promise: Promise<unknown>): Promise<ResetError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ResetError);
  return error as ResetError;
}
