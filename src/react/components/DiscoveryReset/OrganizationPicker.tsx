import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { DiscoveredOrganization } from '../../../core/index.js';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { type StyleProps, flag, usePart } from '../shared/parts.js';
import { RootProviders, useRoot } from '../shared/scope.js';
import { Spinner } from '../shared/ui.js';

export interface OrganizationPickerProps extends StyleProps {
  /** The member's organizations, as discovery returned them. */
  organizations: DiscoveredOrganization[];
  /** Called with the organization the member chose. */
  onSelect: (organizationId: string) => void;
  /** The organization being signed in to: its button shows a spinner and "Signing in…". */
  pendingOrganizationId?: string | null;
  /** Makes every choice inert, e.g. while a request runs. */
  disabled?: boolean;
  /** Id of the element that names the list (usually the screen's heading). */
  labelledBy?: string;
}

const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/**
 * The member's organizations, one button each: its name, the membership type and whether it
 * asks for a second factor. The list is one Tab stop (the last organization focused); the arrow
 * keys, Home and End move between them; Enter or Space chooses.
 */
export function OrganizationPicker(props: OrganizationPickerProps) {
  const { rootProps, scopeValue, classNames } = useRoot({ component: 'OrganizationPicker', scope: 'organization-picker', ...props });
  return (
    <RootProviders scope={scopeValue} classNames={classNames}>
      <OrganizationList {...props} rootProps={rootProps} />
    </RootProviders>
  );
}

function OrganizationList({
  rootProps,
  organizations,
  onSelect,
  pendingOrganizationId = null,
  disabled = false,
  labelledBy,
}: OrganizationPickerProps & { rootProps: ReturnType<typeof useRoot>['rootProps'] }) {
  const { t } = useResetTranslation();
  const part = usePart();
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);

  if (organizations.length === 0) {
    return (
      <p {...rootProps} data-state="empty">
        {t('discovery.noOrganizations')}
      </p>
    );
  }

  const inert = disabled || pendingOrganizationId !== null;
  const moveFocus = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!KEYS.includes(event.key)) return;
    const buttons = Array.from(
      listRef.current?.querySelectorAll<HTMLButtonElement>('[data-part="organization-button"]') ?? [],
    );
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const last = buttons.length - 1;
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowDown' ? Math.min(current + 1, last) : Math.max(current - 1, 0);
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <ul
      {...rootProps}
      ref={listRef}
      aria-labelledby={labelledBy}
      data-state={pendingOrganizationId === null ? 'idle' : 'pending'}
      data-disabled={flag(inert)}
      onKeyDown={moveFocus}
    >
      {organizations.map((entry, index) => {
        const { organizationId, organizationName, organizationLogoUrl } = entry.organization;
        const pending = pendingOrganizationId === organizationId;
        const membershipId = `${id}-${index}-membership`;
        const mfaId = `${id}-${index}-mfa`;
        const mfa = entry.mfaRequired !== null;
        return (
          <li {...part('organization')} key={organizationId} data-pending={flag(pending)} data-disabled={flag(inert)}>
            {/* Beside the button, not in it: the button's visible text stays its name alone. */}
            <OrganizationAvatar name={organizationName} logoUrl={organizationLogoUrl} />
            {/*
              Only the name inside the button, so what is seen is part of what is heard ("Sign in
              to Acme" contains "Acme"); the rest describes it. The stylesheet stretches the
              button over the whole item, so a click anywhere on it chooses.
            */}
            <button
              {...part('organization-button')}
              type="button"
              aria-label={t('discovery.signIn', { organization: organizationName })}
              aria-describedby={mfa ? `${membershipId} ${mfaId}` : membershipId}
              // aria-disabled, not disabled: a disabled button would drop focus while it spins.
              aria-disabled={inert || undefined}
              // Roving tab stop: Tab leaves the list instead of visiting every organization.
              tabIndex={index === Math.min(active, organizations.length - 1) ? 0 : -1}
              onFocus={() => setActive(index)}
              data-pending={flag(pending)}
              data-disabled={flag(inert)}
              onClick={() => {
                if (!inert) onSelect(organizationId);
              }}
            >
              <span {...part('organization-name')}>{organizationName}</span>
            </button>
            <span {...part('membership')} id={membershipId}>
              {t(`discovery.membershipType.${entry.membership.type}`)}
            </span>
            {mfa ? (
              <span {...part('badge')} id={mfaId}>
                {t('discovery.mfaNeeded')}
              </span>
            ) : null}
            {pending ? (
              <span {...part('status')}>
                <Spinner />
                {t('discovery.signingIn')}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The organization's logo when the backend gives an https one, else its initial. Decorative: the
 * name beside it says the same. Any other scheme (javascript:, data:, http:) is not loaded.
 */
function OrganizationAvatar({ name, logoUrl }: { name: string; logoUrl: string | undefined }) {
  const part = usePart();
  const logo = httpsUrl(logoUrl);
  return (
    <span {...part('organization-avatar')} aria-hidden="true" data-logo={flag(logo !== undefined)}>
      {logo ? <img {...part('organization-logo')} src={logo} alt="" width={32} height={32} loading="lazy" referrerPolicy="no-referrer" /> : initialOf(name)}
    </span>
  );
}

function httpsUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first character a reader sees (a whole emoji or accented letter), upper-cased. */
function initialOf(name: string): string {
  const first = name.trim().match(/^\P{M}\p{M}*/u)?.[0] ?? '';
  return first.toLocaleUpperCase();
}
