import type { ResetError } from '../../../core/index.js';

/** The form fields an error can belong to. */
export type FieldName = 'email' | 'password' | 'currentPassword' | 'organizationName';

// The request field names (camelCase wire names) resetkit's forms collect.
const FIELDS: Record<string, FieldName> = {
  emailAddress: 'email',
  email: 'email',
  password: 'password',
  newPassword: 'password',
  existingPassword: 'currentPassword',
  organizationName: 'organizationName',
  organizationSlug: 'organizationName',
};

// Codes that are about one field even when the backend does not name it.
const CODE_FIELDS: Partial<Record<ResetError['code'], FieldName>> = {
  invalid_email: 'email',
  weak_password: 'password',
  breached_password: 'password',
  unauthorized_credentials: 'currentPassword',
};

/**
 * The field an error is shown on, among those the form has, or null for a form-level error.
 * An error about a field the form does not show (a redirect URL, the token) stays form-level.
 */
export function fieldOfError(error: ResetError | null, fields: readonly FieldName[]): FieldName | null {
  if (!error) return null;
  const named = error.field === undefined ? undefined : FIELDS[error.field];
  const field = named ?? (error.field === undefined ? CODE_FIELDS[error.code] : undefined);
  return field !== undefined && fields.includes(field) ? field : null;
}

/** A link that cannot work (used, expired, opened in another browser): only a new one helps. */
export function isLinkError(error: ResetError | null): boolean {
  return error?.code === 'token_invalid' || error?.code === 'token_expired' || error?.code === 'pkce_mismatch';
}
