// The demo's state that belongs in the address bar, so that an emailed link (which points back at
// this page) reopens the same page, organization, language and theme.
import type { ResetLocale } from 'resetkit';

export type View = 'flow' | 'dialog' | 'session' | 'existing';
export type OrganizationChoice = 'acme' | 'globex' | 'discovery';
export type Theme = 'light' | 'dark';

export interface Settings {
  view: View;
  organization: OrganizationChoice;
  locale: ResetLocale;
  theme: Theme;
}

export const VIEWS: readonly View[] = ['flow', 'dialog', 'session', 'existing'];
export const ORGANIZATIONS: Readonly<Record<Exclude<OrganizationChoice, 'discovery'>, { id: string; name: string }>> = {
  acme: { id: 'organization-demo-acme', name: 'Acme Inc.' },
  globex: { id: 'organization-demo-globex', name: 'Globex Corporation' },
};
export const LOCALES: readonly ResetLocale[] = ['en', 'es', 'fr', 'pt-br'];

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function readSettings(href: string): Settings {
  const params = new URL(href).searchParams;
  return {
    view: oneOf(params.get('view'), VIEWS, 'flow'),
    organization: oneOf(params.get('org'), ['acme', 'globex', 'discovery'] as const, 'acme'),
    locale: oneOf(params.get('lang'), LOCALES, 'en'),
    theme: oneOf(params.get('theme'), ['light', 'dark'] as const, 'light'),
  };
}

/** The page's URL for these settings; other parameters (backend, rateLimit) are kept, the token dropped. */
export function urlFor(settings: Settings, href: string): string {
  const url = new URL(href);
  url.searchParams.delete('token');
  url.searchParams.delete('stytch_token_type');
  url.searchParams.set('view', settings.view);
  url.searchParams.set('org', settings.organization);
  url.searchParams.set('lang', settings.locale);
  url.searchParams.set('theme', settings.theme);
  return url.href;
}
