/**
 * resetkit/adapters/memory: an in-browser emulator of the Stytch B2B password-reset backend, for
 * Storybook, tests and demos. It keeps organizations, members, salted password hashes, tokens and
 * sessions in memory and "sends" its emails to an outbox you can read.
 */
export { createMemoryAdapter } from './adapter.js';
export type { CreateSessionOptions, FailNextOptions, MemoryAdapter, MemoryAdapterOptions, MemoryRateLimit } from './adapter.js';
export { DEMO_PASSWORD, createDemoData } from './demo.js';
export type { MemoryEmail, MemoryOutbox } from './outbox.js';
export { BUILT_IN_BREACHED_PASSWORDS } from './policy.js';
export type { MemoryMemberSeed, MemoryOrganizationSeed } from './store.js';
