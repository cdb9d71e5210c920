import { ResetError } from '../../core/errors.js';
import type { Member, Organization } from '../../core/types.js';
import { isValidEmail } from '../../core/validation.js';
import { hashPassword, randomUuid, verifyPassword } from './crypto.js';
import type { PasswordHash } from './crypto.js';

/** An organization of the emulated project. */
export interface MemoryOrganizationSeed {
  /** The organization's id; requests may also name it by `slug`. */
  organizationId: string;
  /** Display name (the backend's `organization_name`). */
  name: string;
  /** URL-safe name, accepted wherever an organization id is; derived from `name` when omitted. */
  slug?: string;
  /** `REQUIRED_FOR_ALL` makes every member complete MFA after a reset (default `OPTIONAL`). */
  mfaPolicy?: 'OPTIONAL' | 'REQUIRED_FOR_ALL';
  /** The organization's logo, an https URL (the backend's `organization_logo_url`). */
  logoUrl?: string;
  /**
   * Email domains whose owners may join by themselves: discovery lists the organization as
   * `eligible_to_join_by_email_domain` to such an address, and exchanging into it creates the member.
   */
  emailAllowedDomains?: string[];
}

/** A member of one organization; the same address in several organizations is several members. */
export interface MemoryMemberSeed {
  /** Generated (`member-test-<uuid>`) when omitted. */
  memberId?: string;
  organizationId: string;
  emailAddress: string;
  /**
   * The member's password, hashed at creation and never kept. Omit it for a member who never set
   * one: their reset email is then the `verify_email` template. With `crossOrgPasswords`, members
   * sharing an address share one password, so give it once (conflicting ones are refused).
   */
  password?: string;
  /** An enrolled member must complete MFA after every reset, whatever the organization's policy. */
  mfaEnrolled?: boolean;
  name?: string;
  /** Drives the membership type discovery reports (`active_member` by default). */
  status?: 'active' | 'pending' | 'invited';
}

export interface OrganizationRecord {
  readonly organizationId: string;
  readonly name: string;
  readonly slug: string;
  readonly mfaPolicy: 'OPTIONAL' | 'REQUIRED_FOR_ALL';
  readonly emailAllowedDomains: readonly string[];
  readonly logoUrl?: string;
}

export interface MemberRecord {
  readonly memberId: string;
  readonly memberEmailId: string;
  readonly organizationId: string;
  readonly emailAddress: string;
  readonly name: string | undefined;
  status: 'active' | 'pending' | 'invited';
  readonly mfaEnrolled: boolean;
}

/** Emails match case-insensitively, as the backend's do. */
export function emailKey(emailAddress: string): string {
  return emailAddress.trim().toLowerCase();
}

const SLUG = /^[a-z0-9._~-]{2,128}$/;

export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug);
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return slug.length >= 2 ? slug : `org-${slug || 'new'}`;
}

function seedError(message: string): ResetError {
  return new ResetError('configuration', `Memory adapter seed: ${message}`);
}

export function toPublicOrganization(org: OrganizationRecord): Organization {
  return {
    organizationId: org.organizationId,
    organizationName: org.name,
    organizationSlug: org.slug,
    mfaPolicy: org.mfaPolicy,
    ...(org.logoUrl ? { organizationLogoUrl: org.logoUrl } : {}),
  };
}

export function toPublicMember(member: MemberRecord): Member {
  const result: Member = {
    memberId: member.memberId,
    organizationId: member.organizationId,
    emailAddress: member.emailAddress,
    status: member.status,
    mfaEnrolled: member.mfaEnrolled,
  };
  if (member.name !== undefined) result.name = member.name;
  return result;
}

/**
 * Organizations, members and their password hashes. With cross-organization passwords the
 * password belongs to the email address (every membership of it), otherwise to each member.
 */
export class Store {
  private readonly organizations = new Map<string, OrganizationRecord>();
  private readonly members = new Map<string, MemberRecord>();
  private readonly passwords = new Map<string, PasswordHash>();
  /** Resolves once the seeded passwords are hashed; every call waits for it. */
  readonly ready: Promise<void>;

  constructor(
    organizations: readonly MemoryOrganizationSeed[],
    members: readonly MemoryMemberSeed[],
    private readonly crossOrgPasswords: boolean,
  ) {
    for (const seed of organizations) this.addOrganization(seed);
    const seeded = new Map<string, string>();
    for (const seed of members) {
      const member = this.addMember(seed);
      if (seed.password === undefined) continue;
      const key = this.credentialKey(member);
      const earlier = seeded.get(key);
      if (earlier !== undefined && earlier !== seed.password) {
        throw seedError(`members sharing ${seed.emailAddress} must share one password when crossOrgPasswords is on.`);
      }
      seeded.set(key, seed.password);
    }
    // The plaintexts live only in this closure until hashed, then are dropped with it.
    this.ready = Promise.all(
      Array.from(seeded, async ([key, password]) => {
        this.passwords.set(key, await hashPassword(password));
      }),
    ).then(() => undefined);
    // Every call awaits `ready` and reports a failure; an adapter never called must not raise an
    // unhandled rejection.
    this.ready.catch(() => undefined);
  }

  addOrganization(seed: MemoryOrganizationSeed): OrganizationRecord {
    if (!seed.organizationId || this.organizations.has(seed.organizationId)) {
      throw seedError(`organization ids must be present and unique (${seed.organizationId}).`);
    }
    const slug = seed.slug ?? this.freeSlug(slugify(seed.name));
    if (!isValidSlug(slug)) throw seedError(`"${slug}" is not a valid slug (2-128 of a-z 0-9 . _ ~ -).`);
    if (this.organizationBySlug(slug)) throw seedError(`the slug "${slug}" is used twice.`);
    const record: OrganizationRecord = {
      organizationId: seed.organizationId,
      name: seed.name,
      slug,
      mfaPolicy: seed.mfaPolicy ?? 'OPTIONAL',
      emailAllowedDomains: (seed.emailAllowedDomains ?? []).map((domain) => domain.toLowerCase()),
      ...(seed.logoUrl ? { logoUrl: seed.logoUrl } : {}),
    };
    this.organizations.set(record.organizationId, record);
    return record;
  }

  addMember(seed: MemoryMemberSeed): MemberRecord {
    const memberId = seed.memberId ?? `member-test-${randomUuid()}`;
    if (this.members.has(memberId)) throw seedError(`the member id ${memberId} is used twice.`);
    if (!this.organizations.has(seed.organizationId)) {
      throw seedError(`member ${memberId} names an unknown organization ${seed.organizationId}.`);
    }
    if (!isValidEmail(seed.emailAddress)) throw seedError(`"${seed.emailAddress}" is not a valid email address.`);
    if (this.memberByEmail(seed.organizationId, seed.emailAddress)) {
      throw seedError(`${seed.emailAddress} is a member of ${seed.organizationId} twice.`);
    }
    const record: MemberRecord = {
      memberId,
      memberEmailId: `member-email-test-${randomUuid()}`,
      organizationId: seed.organizationId,
      emailAddress: seed.emailAddress.trim(),
      name: seed.name,
      status: seed.status ?? 'active',
      mfaEnrolled: seed.mfaEnrolled ?? false,
    };
    this.members.set(memberId, record);
    return record;
  }

  /** A slug not yet taken, from a wanted one. */
  freeSlug(wanted: string): string {
    let slug = wanted;
    for (let suffix = 2; this.organizationBySlug(slug); suffix += 1) slug = `${wanted}-${suffix}`;
    return slug;
  }

  organizationBySlug(slug: string): OrganizationRecord | undefined {
    for (const org of this.organizations.values()) if (org.slug === slug) return org;
    return undefined;
  }

  /** By id or slug, as the backend's `organization_id` accepts both. */
  organization(idOrSlug: string): OrganizationRecord | undefined {
    return this.organizations.get(idOrSlug) ?? this.organizationBySlug(idOrSlug);
  }

  allOrganizations(): OrganizationRecord[] {
    return [...this.organizations.values()];
  }

  member(memberId: string): MemberRecord | undefined {
    return this.members.get(memberId);
  }

  memberByEmail(organizationId: string, emailAddress: string): MemberRecord | undefined {
    const key = emailKey(emailAddress);
    for (const member of this.members.values()) {
      if (member.organizationId === organizationId && emailKey(member.emailAddress) === key) return member;
    }
    return undefined;
  }

  membersByEmail(emailAddress: string): MemberRecord[] {
    const key = emailKey(emailAddress);
    return [...this.members.values()].filter((member) => emailKey(member.emailAddress) === key);
  }

  /** Whose password it is: the address's under cross-organization passwords, else the member's. */
  credentialKey(member: MemberRecord): string {
    return this.crossOrgPasswords ? `email:${emailKey(member.emailAddress)}` : `member:${member.memberId}`;
  }

  /** Every member a password change applies to (and whose sessions it revokes). */
  sharingCredential(member: MemberRecord): MemberRecord[] {
    return this.crossOrgPasswords ? this.membersByEmail(member.emailAddress) : [member];
  }

  hasPassword(member: MemberRecord): boolean {
    return this.passwords.has(this.credentialKey(member));
  }

  async setPassword(member: MemberRecord, password: string): Promise<void> {
    this.passwords.set(this.credentialKey(member), await hashPassword(password));
  }

  async checkPassword(member: MemberRecord, password: string): Promise<boolean> {
    const stored = this.passwords.get(this.credentialKey(member));
    return stored !== undefined && verifyPassword(password, stored);
  }
}
