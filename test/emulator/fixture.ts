// The data set of the contract suite when it runs against the emulator: seeds for the memory
// adapter behind it, and the fixture the suite reads.
import type { MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { ContractFixture } from '../adapters/contract.js';

const ACME = 'organization-test-emulator-acme';
const GLOBEX = 'organization-test-emulator-globex';
const PASSWORD = 'Quartz-Harbor-Lantern-81';
const SHARED_PASSWORD = 'Velvet-Meadow-Compass-27';
// Strong enough for the policy, so that only the breach check can refuse it.
const BREACHED = 'Orchid-Tundra-Saffron-64';

export const emulatorSeed: Pick<
  MemoryAdapterOptions,
  'organizations' | 'members' | 'crossOrgPasswords' | 'breachedPasswords' | 'rateLimit'
> = {
  organizations: [
    { organizationId: ACME, name: 'Acme', slug: 'emulator-acme', mfaPolicy: 'OPTIONAL' },
    { organizationId: GLOBEX, name: 'Globex', slug: 'emulator-globex', mfaPolicy: 'REQUIRED_FOR_ALL' },
  ],
  members: [
    { memberId: 'member-test-emulator-ada', organizationId: ACME, emailAddress: 'ada@acme.test', password: PASSWORD },
    {
      memberId: 'member-test-emulator-max',
      organizationId: GLOBEX,
      emailAddress: 'max@globex.test',
      password: PASSWORD,
      mfaEnrolled: true,
    },
    { memberId: 'member-test-emulator-noor', organizationId: ACME, emailAddress: 'noor@acme.test' },
    { memberId: 'member-test-emulator-sam-acme', organizationId: ACME, emailAddress: 'sam@example.test', password: SHARED_PASSWORD },
    {
      memberId: 'member-test-emulator-sam-globex',
      organizationId: GLOBEX,
      emailAddress: 'sam@example.test',
      password: SHARED_PASSWORD,
    },
  ],
  crossOrgPasswords: true,
  breachedPasswords: [BREACHED],
  rateLimit: { maxRequests: 5, windowSeconds: 60 },
};

export const emulatorFixture: ContractFixture = {
  organization: { organizationId: ACME, slug: 'emulator-acme' },
  mfaOrganization: { organizationId: GLOBEX, slug: 'emulator-globex' },
  member: { memberId: 'member-test-emulator-ada', organizationId: ACME, emailAddress: 'ada@acme.test', password: PASSWORD },
  mfaMember: { memberId: 'member-test-emulator-max', organizationId: GLOBEX, emailAddress: 'max@globex.test', password: PASSWORD },
  memberWithoutPassword: { memberId: 'member-test-emulator-noor', organizationId: ACME, emailAddress: 'noor@acme.test' },
  multiOrgMember: {
    emailAddress: 'sam@example.test',
    password: SHARED_PASSWORD,
    memberships: [
      { organizationId: ACME, memberId: 'member-test-emulator-sam-acme', mfaRequired: false },
      { organizationId: GLOBEX, memberId: 'member-test-emulator-sam-globex', mfaRequired: true },
    ],
  },
  unknownEmail: 'nobody@acme.test',
  breachedPassword: BREACHED,
  rateLimit: { maxRequests: 5, windowSeconds: 60 },
  crossOrgPasswords: true,
};
