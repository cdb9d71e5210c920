import { describe, expect, it } from 'vitest';
import {
  BOUNDS,
  RESERVED_CLAIMS,
  ResetError,
  SUPPORTED_LOCALES,
  assertValidRequest,
  isSupportedLocale,
  validateCustomClaims,
  validateLocale,
  validateRedirectUrl,
  validateRequest,
  type RequestFor,
  type ResetOperation,
} from '../../src/core/index.js';

/** A valid request of every operation, with every optional field set to something valid. */
const VALID: { [Op in ResetOperation]: RequestFor<Op> } = {
  resetByEmailStart: {
    organizationId: 'organization-test-1',
    emailAddress: 'member@example.com',
    resetPasswordRedirectUrl: 'https://app.example.com/reset',
    resetPasswordExpirationMinutes: 30,
    codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    loginRedirectUrl: 'https://app.example.com/login',
    locale: 'fr',
    resetPasswordTemplateId: 'template-reset',
    verifyEmailTemplateId: 'template-verify',
  },
  resetByEmail: {
    passwordResetToken: 'token-1',
    password: 'correct horse battery staple',
    sessionToken: 'session-token-1',
    sessionDurationMinutes: 60,
    sessionCustomClaims: { team: 'blue' },
    codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    locale: 'es',
  },
  resetBySession: {
    organizationId: 'organization-test-1',
    password: 'correct horse battery staple',
    sessionJwt: 'header.payload.signature',
    sessionDurationMinutes: 60,
    locale: 'pt-br',
  },
  resetByExistingPassword: {
    organizationId: 'organization-test-1',
    emailAddress: 'member@example.com',
    existingPassword: 'old password',
    newPassword: 'correct horse battery staple',
    sessionDurationMinutes: 60,
    locale: 'en',
  },
  discoveryResetByEmailStart: {
    emailAddress: 'member@example.com',
    resetPasswordRedirectUrl: 'https://app.example.com/reset',
    discoveryRedirectUrl: 'https://app.example.com/discovery',
    resetPasswordExpirationMinutes: 30,
    codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    locale: 'en',
  },
  discoveryResetByEmail: {
    passwordResetToken: 'token-1',
    password: 'correct horse battery staple',
    codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  },
  exchangeIntermediateSession: {
    intermediateSessionToken: 'ist-1',
    organizationId: 'organization-test-1',
    sessionDurationMinutes: 60,
    sessionCustomClaims: { team: 'blue' },
    locale: 'en',
  },
  createOrganizationViaDiscovery: {
    intermediateSessionToken: 'ist-1',
    organizationName: 'Acme',
    organizationSlug: 'acme',
    sessionDurationMinutes: 60,
    locale: 'en',
  },
  strengthCheck: { password: 'correct horse battery staple', emailAddress: 'member@example.com' },
};

/** The same operations with only their required fields. */
const MINIMAL: { [Op in ResetOperation]: RequestFor<Op> } = {
  resetByEmailStart: { organizationId: 'organization-test-1', emailAddress: 'member@example.com' },
  resetByEmail: { passwordResetToken: 'token-1', password: 'p' },
  resetBySession: { organizationId: 'organization-test-1', password: 'p' },
  resetByExistingPassword: {
    organizationId: 'organization-test-1',
    emailAddress: 'member@example.com',
    existingPassword: 'o',
    newPassword: 'n',
  },
  discoveryResetByEmailStart: { emailAddress: 'member@example.com' },
  discoveryResetByEmail: { passwordResetToken: 'token-1', password: 'p' },
  exchangeIntermediateSession: { intermediateSessionToken: 'ist-1', organizationId: 'organization-test-1' },
  createOrganizationViaDiscovery: { intermediateSessionToken: 'ist-1' },
  strengthCheck: { password: 'p' },
};

const OPERATIONS = Object.keys(VALID) as ResetOperation[];
const START_OPERATIONS = ['resetByEmailStart', 'discoveryResetByEmailStart'] as const;
const SESSION_OPERATIONS = [
  'resetByEmail',
  'resetBySession',
  'resetByExistingPassword',
  'exchangeIntermediateSession',
  'createOrganizationViaDiscovery',
] as const;
/** Operations whose request carries a session credential (token or JWT). */
const CREDENTIAL_OPERATIONS = ['resetByEmail', 'resetBySession', 'resetByExistingPassword'] as const;
const LOCALE_OPERATIONS = [...START_OPERATIONS, ...SESSION_OPERATIONS];

/** Validates a copy of the valid request of `op` with some fields changed. */
function check(op: ResetOperation, changes: Record<string, unknown>, base = VALID): ResetError | null {
  return validateRequest(op, { ...base[op], ...changes } as never);
}

function expectFault(error: ResetError | null, field: string, code = 'invalid_argument') {
  expect(error).toBeInstanceOf(ResetError);
  expect(error?.code).toBe(code);
  expect(error?.field).toBe(field);
  expect(error?.message.length).toBeGreaterThan(0);
}

/** A claims object whose JSON is exactly `bytes` bytes of UTF-8, its value filled with `filler`. */
function claimsOfBytes(bytes: number, filler: string): Record<string, unknown> {
  const overhead = Buffer.byteLength(JSON.stringify({ k: '' }), 'utf8');
  const unit = Buffer.byteLength(JSON.stringify(filler), 'utf8') - 2;
  const room = bytes - overhead;
  return { k: filler.repeat(Math.floor(room / unit)) + 'x'.repeat(room % unit) };
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

describe('the bounds are those of backend.md', () => {
  it('BOUNDS', () => {
    expect(BOUNDS.resetPasswordExpirationMinutes).toEqual({ min: 5, max: 10080 });
    expect(BOUNDS.sessionDurationMinutes).toEqual({ min: 5, max: 527040 });
    expect(BOUNDS.sessionCustomClaimsBytes).toBe(4096);
    expect(BOUNDS.ludsMinLength).toEqual({ min: 8, max: 32 });
    expect(BOUNDS.ludsMinComplexity).toEqual({ min: 1, max: 4 });
  });

  it('RESERVED_CLAIMS and SUPPORTED_LOCALES', () => {
    expect([...RESERVED_CLAIMS].sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'sub']);
    expect([...SUPPORTED_LOCALES].sort()).toEqual(['en', 'es', 'fr', 'pt-br']);
  });
});

describe('validateRequest: valid requests', () => {
  it.each(OPERATIONS)('accepts a full valid %s request', (op) => {
    expect(validateRequest(op, VALID[op])).toBeNull();
  });

  it.each(OPERATIONS)('accepts a %s request with only its required fields', (op) => {
    expect(validateRequest(op, MINIMAL[op])).toBeNull();
  });

  it.each(OPERATIONS)('assertValidRequest does not throw for a valid %s request', (op) => {
    expect(() => assertValidRequest(op, VALID[op])).not.toThrow();
  });
});

describe('validateRequest: required fields', () => {
  const REQUIRED: [ResetOperation, string][] = [
    ['resetByEmailStart', 'organizationId'],
    ['resetByEmail', 'passwordResetToken'],
    ['resetByEmail', 'password'],
    ['resetBySession', 'organizationId'],
    ['resetBySession', 'password'],
    ['resetByExistingPassword', 'organizationId'],
    ['resetByExistingPassword', 'existingPassword'],
    ['resetByExistingPassword', 'newPassword'],
    ['discoveryResetByEmail', 'passwordResetToken'],
    ['discoveryResetByEmail', 'password'],
    ['exchangeIntermediateSession', 'intermediateSessionToken'],
    ['exchangeIntermediateSession', 'organizationId'],
    ['createOrganizationViaDiscovery', 'intermediateSessionToken'],
    ['strengthCheck', 'password'],
  ];

  it.each(REQUIRED)('%s refuses an empty %s, naming it', (op, field) => {
    expectFault(check(op, { [field]: '' }), field);
    expectFault(check(op, { [field]: '' }, MINIMAL), field);
  });

  it.each(REQUIRED)('%s refuses a missing %s, naming it', (op, field) => {
    expectFault(check(op, { [field]: undefined }), field);
  });

  it.each(REQUIRED)('%s refuses a non-string %s', (op, field) => {
    expectFault(check(op, { [field]: 42 }), field);
  });

  it.each(['resetByEmailStart', 'resetByExistingPassword', 'discoveryResetByEmailStart'] as const)(
    '%s refuses an empty or invalid emailAddress with invalid_email',
    (op) => {
      expectFault(check(op, { emailAddress: '' }), 'emailAddress', 'invalid_email');
      expectFault(check(op, { emailAddress: undefined }), 'emailAddress', 'invalid_email');
      expectFault(check(op, { emailAddress: 'member@example' }), 'emailAddress', 'invalid_email');
    },
  );

  it('strengthCheck checks the optional emailAddress only when given', () => {
    expect(check('strengthCheck', { emailAddress: undefined })).toBeNull();
    expectFault(check('strengthCheck', { emailAddress: 'not an email' }), 'emailAddress', 'invalid_email');
  });

  it('keeps a password as typed: spaces are a valid password', () => {
    expect(check('resetByEmail', { password: '   ' })).toBeNull();
  });
});

describe('validateRequest: resetPasswordExpirationMinutes (5..10080, whole)', () => {
  const CASES: [number, boolean][] = [
    [4, false],
    [5, true],
    [30, true],
    [10080, true],
    [10081, false],
    [0, false],
    [-30, false],
    [29.5, false],
    [5.000001, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ];

  for (const op of START_OPERATIONS) {
    it.each(CASES)(`${op}: %s minutes is valid: %s`, (minutes, valid) => {
      const error = check(op, { resetPasswordExpirationMinutes: minutes });
      if (valid) expect(error).toBeNull();
      else expectFault(error, 'resetPasswordExpirationMinutes');
    });
  }

  it.each(START_OPERATIONS)('%s refuses a numeric string', (op) => {
    expectFault(check(op, { resetPasswordExpirationMinutes: '30' }), 'resetPasswordExpirationMinutes');
  });
});

describe('validateRequest: sessionDurationMinutes (5..527040, whole)', () => {
  const CASES: [number, boolean][] = [
    [4, false],
    [5, true],
    [60, true],
    [527040, true],
    [527041, false],
    [0, false],
    [-60, false],
    [60.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ];

  for (const op of SESSION_OPERATIONS) {
    it.each(CASES)(`${op}: %s minutes is valid: %s`, (minutes, valid) => {
      const error = check(op, { sessionDurationMinutes: minutes });
      if (valid) expect(error).toBeNull();
      else expectFault(error, 'sessionDurationMinutes');
    });
  }
});

describe('validateRequest: session credentials', () => {
  it.each(CREDENTIAL_OPERATIONS)('%s refuses sessionToken and sessionJwt together, naming one of them', (op) => {
    const error = check(op, { sessionToken: 'session-token-1', sessionJwt: 'header.payload.signature' });
    expect(error?.code).toBe('invalid_argument');
    expect(['sessionToken', 'sessionJwt']).toContain(error?.field);
  });

  it.each(CREDENTIAL_OPERATIONS)('%s accepts either one alone, or none', (op) => {
    expect(check(op, { sessionToken: 'session-token-1', sessionJwt: undefined })).toBeNull();
    expect(check(op, { sessionToken: undefined, sessionJwt: 'header.payload.signature' })).toBeNull();
    expect(check(op, { sessionToken: undefined, sessionJwt: undefined })).toBeNull();
  });
});

describe('validateRequest: locale', () => {
  for (const op of LOCALE_OPERATIONS) {
    it.each(['en', 'es', 'fr', 'pt-br'])(`${op} accepts %s`, (locale) => {
      expect(check(op, { locale })).toBeNull();
    });

    it.each(['pt-BR', 'pt', 'de', 'EN', 'en-US', ''])(`${op} refuses %j, naming locale`, (locale) => {
      expectFault(check(op, { locale }), 'locale');
    });
  }
});

describe('validateRequest: redirect URLs', () => {
  const URL_FIELDS: [ResetOperation, string][] = [
    ['resetByEmailStart', 'resetPasswordRedirectUrl'],
    ['resetByEmailStart', 'loginRedirectUrl'],
    ['discoveryResetByEmailStart', 'resetPasswordRedirectUrl'],
    ['discoveryResetByEmailStart', 'discoveryRedirectUrl'],
  ];
  const ACCEPTED = [
    'https://app.example.com/reset',
    'https://app.example.com/reset?next=%2Fhome#top',
    'http://localhost:3000/reset',
    'http://127.0.0.1:5173/',
  ];
  const REFUSED = [
    '/reset',
    'reset',
    '//app.example.com/reset',
    '',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://files.example.com/reset',
    'mailto:member@example.com',
    'file:///etc/passwd',
  ];

  for (const [op, field] of URL_FIELDS) {
    it.each(ACCEPTED)(`${op}.${field} accepts %s`, (url) => {
      expect(check(op, { [field]: url })).toBeNull();
    });

    it.each(REFUSED)(`${op}.${field} refuses %j, naming ${field}`, (url) => {
      expectFault(check(op, { [field]: url }), field);
    });
  }
});

describe('validateRequest: sessionCustomClaims', () => {
  it.each(SESSION_OPERATIONS)('%s refuses a reserved claim, naming sessionCustomClaims', (op) => {
    expectFault(check(op, { sessionCustomClaims: { team: 'blue', sub: 'member-1' } }), 'sessionCustomClaims');
  });

  it.each(SESSION_OPERATIONS)('%s refuses claims of 4097 bytes and accepts 4096', (op) => {
    expect(check(op, { sessionCustomClaims: claimsOfBytes(4096, 'x') })).toBeNull();
    expectFault(check(op, { sessionCustomClaims: claimsOfBytes(4097, 'x') }), 'sessionCustomClaims');
  });
});

describe('validateCustomClaims', () => {
  it('accepts undefined and an empty object', () => {
    expect(validateCustomClaims(undefined)).toBeNull();
    expect(validateCustomClaims({})).toBeNull();
  });

  it.each(RESERVED_CLAIMS.map((claim) => [claim]))('refuses the reserved claim %s', (claim) => {
    const error = validateCustomClaims({ role: 'admin', [claim]: 'x' });
    expectFault(error, 'sessionCustomClaims');
    expect(error?.message).toContain(claim);
  });

  it('names every reserved claim it found', () => {
    const error = validateCustomClaims({ iss: 'a', exp: 1, role: 'admin' });
    expect(error?.message).toContain('iss');
    expect(error?.message).toContain('exp');
    expect(error?.message).not.toContain('role');
  });

  it.each([['subject'], ['ISS'], ['Sub'], ['jti_extra'], ['issuer']])('accepts %s, which only looks reserved', (claim) => {
    expect(validateCustomClaims({ [claim]: 'x' })).toBeNull();
  });

  it('accepts a reserved name nested inside a claim', () => {
    expect(validateCustomClaims({ profile: { sub: 'x', exp: 1 } })).toBeNull();
  });

  // 'x' is 1 byte of UTF-8, 'é' 2, '€' 3, '😀' 4 (2 UTF-16 units); '"' takes 2 bytes once escaped in JSON.
  describe.each([['x'], ['é'], ['€'], ['😀'], ['"'], ['\n']])('counts the UTF-8 bytes of the JSON, filled with %j', (filler) => {
    it('accepts exactly 4096 bytes', () => {
      const claims = claimsOfBytes(4096, filler);
      expect(jsonBytes(claims)).toBe(4096);
      expect(validateCustomClaims(claims)).toBeNull();
    });

    it('refuses 4097 bytes', () => {
      const claims = claimsOfBytes(4097, filler);
      expect(jsonBytes(claims)).toBe(4097);
      expectFault(validateCustomClaims(claims), 'sessionCustomClaims');
    });
  });

  it('measures bytes, not characters: 4097 bytes of € are far fewer than 4096 characters', () => {
    const claims = claimsOfBytes(4097, '€');
    expect(JSON.stringify(claims).length).toBeLessThan(1500);
    expectFault(validateCustomClaims(claims), 'sessionCustomClaims');
  });

  it('counts every claim of the object together', () => {
    const half = 'x'.repeat(2040);
    const claims = { a: half, b: half };
    expect(jsonBytes(claims)).toBeLessThanOrEqual(4096);
    expect(validateCustomClaims(claims)).toBeNull();
    const over = { ...claims, c: 'x'.repeat(10) };
    expect(jsonBytes(over)).toBeGreaterThan(4096);
    expectFault(validateCustomClaims(over), 'sessionCustomClaims');
  });

  it('refuses what is not a plain object', () => {
    expectFault(validateCustomClaims(['a'] as unknown as Record<string, unknown>), 'sessionCustomClaims');
    expectFault(validateCustomClaims(null as unknown as Record<string, unknown>), 'sessionCustomClaims');
    expectFault(validateCustomClaims('claims' as unknown as Record<string, unknown>), 'sessionCustomClaims');
  });

  it('refuses claims that cannot be JSON', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expectFault(validateCustomClaims(circular), 'sessionCustomClaims');
    expectFault(validateCustomClaims({ big: 10n }), 'sessionCustomClaims');
  });
});

describe('validateLocale and isSupportedLocale', () => {
  it.each(['en', 'es', 'fr', 'pt-br'])('accepts %s', (locale) => {
    expect(isSupportedLocale(locale)).toBe(true);
    expect(validateLocale(locale)).toBeNull();
  });

  it('accepts a missing locale (the backend default)', () => {
    expect(validateLocale(undefined)).toBeNull();
  });

  it.each([['pt-BR'], ['de'], ['EN'], ['en-GB'], [''], [null], [1], [['en']]])('refuses %j', (locale) => {
    expect(isSupportedLocale(locale)).toBe(false);
    expectFault(validateLocale(locale), 'locale');
  });

  it('names the field it is given', () => {
    expect(validateLocale('de', 'emailLocale')?.field).toBe('emailLocale');
  });
});

describe('validateRedirectUrl', () => {
  it('accepts a missing URL and http(s) URLs', () => {
    expect(validateRedirectUrl(undefined, 'resetPasswordRedirectUrl')).toBeNull();
    expect(validateRedirectUrl('https://app.example.com/reset', 'resetPasswordRedirectUrl')).toBeNull();
    expect(validateRedirectUrl('http://localhost:3000/reset', 'resetPasswordRedirectUrl')).toBeNull();
  });

  it.each([['/relative'], ['javascript:alert(1)'], ['ftp://example.com/'], ['not a url']])(
    'refuses %j under the field it is given',
    (url) => {
      expectFault(validateRedirectUrl(url, 'someRedirectUrl'), 'someRedirectUrl');
    },
  );
});

describe('assertValidRequest', () => {
  it('throws the same error validateRequest returns', () => {
    const req = { ...VALID.resetBySession, sessionDurationMinutes: 4 };
    const returned = validateRequest('resetBySession', req);
    let thrown: unknown;
    try {
      assertValidRequest('resetBySession', req);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResetError);
    expect((thrown as ResetError).code).toBe(returned?.code);
    expect((thrown as ResetError).field).toBe('sessionDurationMinutes');
  });

  it.each([
    ['resetByEmailStart', { ...VALID.resetByEmailStart, emailAddress: 'a@@b.com' }, 'invalid_email', 'emailAddress'],
    ['resetByEmail', { ...VALID.resetByEmail, password: '' }, 'invalid_argument', 'password'],
    ['discoveryResetByEmailStart', { ...VALID.discoveryResetByEmailStart, locale: 'de' }, 'invalid_argument', 'locale'],
    [
      'exchangeIntermediateSession',
      { ...VALID.exchangeIntermediateSession, sessionCustomClaims: { jti: 'x' } },
      'invalid_argument',
      'sessionCustomClaims',
    ],
  ] as const)('throws for an invalid %s request', (op, req, code, field) => {
    expect(() => assertValidRequest(op, req as never)).toThrowError(ResetError);
    try {
      assertValidRequest(op, req as never);
    } catch (error) {
      expect((error as ResetError).code).toBe(code);
      expect((error as ResetError).field).toBe(field);
    }
  });
});
