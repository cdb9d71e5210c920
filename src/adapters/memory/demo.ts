import type { MemoryMemberSeed, MemoryOrganizationSeed } from './store.js';

/** The password of every demo member that has one. */
export const DEMO_PASSWORD = 'Correct-Horse-42';

/**
 * The data set `createMemoryAdapter()` holds when given no organizations: two organizations (one
 * requiring MFA), a plain member, a member with MFA, a member without a password and a member of
 * both organizations. A fresh copy on every call, so adapters never share it.
 */
export function createDemoData(): { organizations: MemoryOrganizationSeed[]; members: MemoryMemberSeed[] } {
  return {
    organizations: [
      { organizationId: 'organization-demo-acme', name: 'Acme Inc.', slug: 'acme', mfaPolicy: 'OPTIONAL' },
      { organizationId: 'organization-demo-globex', name: 'Globex Corporation', slug: 'globex', mfaPolicy: 'REQUIRED_FOR_ALL' },
    ],
    members: [
      {
        memberId: 'member-demo-ada',
        organizationId: 'organization-demo-acme',
        emailAddress: 'ada@acme.test',
        name: 'Ada Lovelace',
        password: DEMO_PASSWORD,
      },
      {
        memberId: 'member-demo-noor',
        organizationId: 'organization-demo-acme',
        emailAddress: 'noor@acme.test',
        name: 'Noor Haddad',
      },
      {
        memberId: 'member-demo-max',
        organizationId: 'organization-demo-globex',
        emailAddress: 'max@globex.test',
        name: 'Max Mustermann',
        password: DEMO_PASSWORD,
        mfaEnrolled: true,
      },
      {
        memberId: 'member-demo-sam-acme',
        organizationId: 'organization-demo-acme',
        emailAddress: 'sam@example.test',
        name: 'Sam Rivera',
        password: DEMO_PASSWORD,
      },
      {
        memberId: 'member-demo-sam-globex',
        organizationId: 'organization-demo-globex',
        emailAddress: 'sam@example.test',
        name: 'Sam Rivera',
        password: DEMO_PASSWORD,
        mfaEnrolled: true,
      },
    ],
  };
}
