/**
 * Settings only a backend may choose. Stytch signs whatever the proxy forwards with the project
 * secret, so a browser must not pick how long a session or a link lives, which claims a session
 * carries, or which email template goes out.
 */
import type { ResetOperation } from '../core/types.js';
import { REQUEST_FIELDS, type WireObject } from '../adapters/http/wire.js';
import { refuse } from './answers.js';

export interface ServerSettingsOptions {
  maxResetLinkMinutes?: number;
  maxSessionMinutes?: number;
  allowedTemplateIds?: readonly string[];
}

export interface ServerSettings {
  maxResetLinkMinutes: number;
  maxSessionMinutes: number;
  allowedTemplateIds: ReadonlySet<string>;
}

// Stytch's own bounds and defaults (backend.md).
const LINK_MINUTES = { min: 5, max: 10_080, stytchDefault: 30 };
const SESSION_MINUTES = { min: 5, max: 527_040, stytchDefault: 60 };
const TEMPLATE_FIELDS = ['reset_password_template_id', 'verify_email_template_id'];

function bounded(name: string, value: number | undefined, fallback: number, bounds: { min: number; max: number }): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < bounds.min || chosen > bounds.max) {
    throw new TypeError(`createResetProxy: ${name} must be a whole number from ${bounds.min} to ${bounds.max}.`);
  }
  return chosen;
}

export function resolveServerSettings(options: ServerSettingsOptions): ServerSettings {
  return {
    maxResetLinkMinutes: bounded('maxResetLinkMinutes', options.maxResetLinkMinutes, 60, LINK_MINUTES),
    maxSessionMinutes: bounded('maxSessionMinutes', options.maxSessionMinutes, 24 * 60, SESSION_MINUTES),
    allowedTemplateIds: new Set(options.allowedTemplateIds ?? []),
  };
}

export function takesField(operation: ResetOperation, wireName: string): boolean {
  return Object.values(REQUEST_FIELDS[operation] as Readonly<Record<string, string>>).includes(wireName);
}

/**
 * Caps a duration field at `max`. An absent one is left to Stytch's default when that is within
 * `max`, and set to `max` otherwise, so the default cannot outlive the server's limit either.
 */
function capMinutes(fields: WireObject, wireName: string, max: number, stytchDefault: number, errorType: string): void {
  const value = fields[wireName];
  if (value === undefined) {
    if (max < stytchDefault) fields[wireName] = max;
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse(400, errorType, `${wireName} must be a number.`);
  fields[wireName] = Math.min(value, max);
}

/** Applies the server's settings to a request body in place, or refuses it (400). */
export function applyServerSettings(operation: ResetOperation, fields: WireObject, settings: ServerSettings): void {
  if (fields.session_custom_claims !== undefined) {
    refuse(400, 'server_owned_field', 'session_custom_claims are set by the server, never by the request.');
  }
  if (takesField(operation, 'session_duration_minutes')) {
    capMinutes(fields, 'session_duration_minutes', settings.maxSessionMinutes, SESSION_MINUTES.stytchDefault, 'invalid_session_duration_minutes');
  }
  if (takesField(operation, 'reset_password_expiration_minutes')) {
    capMinutes(
      fields,
      'reset_password_expiration_minutes',
      settings.maxResetLinkMinutes,
      LINK_MINUTES.stytchDefault,
      'invalid_reset_password_expiration_minutes',
    );
  }
  for (const field of TEMPLATE_FIELDS) {
    const value = fields[field];
    if (value !== undefined && (typeof value !== 'string' || !settings.allowedTemplateIds.has(value))) {
      refuse(400, 'template_not_allowed', `${field} is not in the proxy's allowed template ids.`);
    }
  }
}
