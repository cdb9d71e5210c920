import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { AuthResult, ResetErrorCode } from '../../../core/index.js';
import type { ResetLinkOptions } from '../../hooks/sendResetLink.js';
import { useResetToken } from '../../hooks/useResetToken.js';
import { DiscoveryReset } from '../DiscoveryReset/DiscoveryReset.js';
import { ResetCompleteForm } from '../ResetCompleteForm/ResetCompleteForm.js';
import { ResetStartForm } from '../ResetStartForm/ResetStartForm.js';
import { DEFAULT_CONTINUE_HREF } from '../shared/views/OutcomeView.js';
import { useLinkAddress } from '../shared/hooks.js';
import { type StyleProps, usePart } from '../shared/parts.js';
import type { RecoveryOptions } from '../shared/recovery.js';
import { type HeadingLevel, RootProviders, useRoot, withoutRootOptions } from '../shared/scope.js';

export interface ResetFlowProps extends ResetLinkOptions, StyleProps, RecoveryOptions {
  /**
   * The organization (id, slug or external id) whose member resets. Without it, the
   * cross-organization (discovery) flow runs and the member picks an organization at the end.
   */
  organizationId?: string;
  /** Where the emailed link points: the page that renders this flow. */
  resetPasswordRedirectUrl?: string;
  /** Discovery flow: where the member picks an organization after resetting. */
  discoveryRedirectUrl?: string;
  /** Organization flow: where the "verify email" link of a first password leads. */
  loginRedirectUrl?: string;
  /**
   * The member's address when the app knows it: prefilled, and a dead link is replaced in one
   * click. Without it, a dead link's screen uses the address this tab last asked a link for
   * (kept in sessionStorage, the address only, forgotten once the reset succeeds); the request
   * screen is never prefilled from storage.
   */
  emailAddress?: string;
  /**
   * Read the link's token from this URL instead of the address bar (stories, tests, routers that
   * keep the URL elsewhere). The address bar is then left alone.
   */
  tokenUrl?: string;
  /** Lifetime of the session created at the end, 5..527040 minutes. */
  sessionDurationMinutes?: number;
  /** Claims added to that session. */
  sessionCustomClaims?: Record<string, unknown>;
  /** Seconds before another link may be requested (default 30). */
  resendCooldownSeconds?: number;
  /**
   * Called once, when the member is signed in with the new password or when MFA is required
   * (then `result.memberAuthenticated` is false and `result.intermediateSessionToken` is set).
   */
  onComplete?: (result: AuthResult) => void;
  /** Called once when the organization requires MFA: hand `result.intermediateSessionToken` to your MFA step. */
  onMfaRequired?: (result: AuthResult) => void;
  /**
   * The action of the "Continue" button on the done and MFA screens. Without it (and without
   * `continueHref`) "Continue" calls `onComplete` again with the result.
   */
  onContinue?: (result: AuthResult) => void;
  /** Where "Continue" leads when there is no `onContinue`; with neither that nor `onComplete`, default `/`. */
  continueHref?: string;
  /** Level of the screen headings (default 2, or one below an enclosing `ResetDialog`'s title). */
  headingLevel?: HeadingLevel;
  /** Above every screen: the host's logo or brand. */
  header?: ReactNode;
  /** Below every screen: e.g. a "Back to sign in" link. */
  footer?: ReactNode;
}

type Route = 'request' | 'complete' | 'discovery' | 'expired';

/**
 * The whole reset in one component: it reads the token of the emailed link (and takes it out
 * of the address bar) and shows the right step — request a link, "check your email", the new
 * password, a dead link's "send a new one", the organization picker, the MFA hand-off, done.
 */
export function ResetFlow(props: ResetFlowProps) {
  const { rootProps, scopeValue, classNames } = useRoot({ component: 'ResetFlow', scope: 'reset-flow', ...props });
  const {
    organizationId,
    emailAddress,
    tokenUrl,
    sessionDurationMinutes,
    sessionCustomClaims,
    onComplete,
    onMfaRequired,
    onContinue,
    continueHref,
    discoveryRedirectUrl,
    loginRedirectUrl,
    resendCooldownSeconds,
    header,
    footer,
    ...rest
  } = props;
  const linkOptions = withoutRootOptions(rest);
  const { token, tokenType, ready } = useResetToken(tokenUrl === undefined ? {} : { url: tokenUrl });
  // Until the link is read (server render, hydration) a neutral, empty screen: never the request
  // screen of a page opened without a link. Then the link picks the first screen; `setRoute` only
  // moves on from it.
  const [movedTo, setRoute] = useState<Route | null>(null);
  const route: Route | 'pending' = !ready
    ? 'pending'
    : (movedTo ??
      (token ? (tokenType === 'discovery' ? 'discovery' : 'complete') : organizationId !== undefined ? 'request' : 'discovery'));

  // Once, whichever screen gets there, however often a callback fires.
  const completed = useRef(false);
  const linkAddress = useLinkAddress();
  const knownAddress = emailAddress ?? linkAddress.address ?? undefined;
  const [deadLink, setDeadLink] = useState<ResetErrorCode | undefined>(undefined);
  const finish = (result: AuthResult) => {
    if (completed.current) return;
    completed.current = true;
    linkAddress.forget();
    onComplete?.(result);
    if (!result.memberAuthenticated) onMfaRequired?.(result);
  };

  // A route change mounts a new screen: its heading takes focus, as a step change within one does.
  const rootRef = useRef<HTMLDivElement>(null);
  const previousRoute = useRef(route);
  useEffect(() => {
    if (previousRoute.current === route) return;
    const first = previousRoute.current === 'pending';
    previousRoute.current = route;
    // The first screen after reading the link is the page's start: focus stays where it was.
    if (first) return;
    rootRef.current?.querySelector<HTMLElement>('[data-part="heading"]')?.focus();
  }, [route]);

  const session = {
    ...(sessionDurationMinutes !== undefined ? { sessionDurationMinutes } : {}),
    ...(sessionCustomClaims !== undefined ? { sessionCustomClaims } : {}),
  };
  const cooldown = resendCooldownSeconds !== undefined ? { resendCooldownSeconds } : {};
  const discovery = organizationId === undefined;
  // `finish` fires once; "Continue" may be pressed again, e.g. after a navigation was blocked.
  const continueWith = onContinue ?? (continueHref === undefined ? onComplete : undefined);
  const next = { onContinue: continueWith, continueHref: continueWith ? undefined : (continueHref ?? DEFAULT_CONTINUE_HREF) };

  return (
    <div {...rootProps} ref={rootRef} data-state={route} aria-busy={route === 'pending' || undefined}>
      <RootProviders scope={scopeValue} classNames={classNames}>
        {header ? <Slot name="slot-header">{header}</Slot> : null}
        {route === 'pending' ? null : route === 'complete' && token ? (
          <ResetCompleteForm
            method="email"
            token={token}
            {...(knownAddress ? { emailAddress: knownAddress } : {})}
            {...session}
            onSuccess={finish}
            onMfaRequired={finish}
            {...next}
            onLinkInvalid={(error) => {
              setDeadLink(error.code);
              setRoute('expired');
            }}
          />
        ) : route === 'discovery' ? (
          <DiscoveryReset
            {...linkOptions}
            {...session}
            {...cooldown}
            discoveryRedirectUrl={discoveryRedirectUrl}
            token={token ?? undefined}
            defaultEmail={token ? knownAddress : emailAddress}
            onSent={({ email }) => linkAddress.remember(email)}
            onSuccess={finish}
            onMfaRequired={finish}
            {...next}
          />
        ) : (
          <ResetStartForm
            {...linkOptions}
            {...cooldown}
            {...(discovery ? { discovery: true, discoveryRedirectUrl } : { organizationId, loginRedirectUrl })}
            variant={route === 'expired' ? 'expired' : 'start'}
            {...(deadLink ? { deadLinkReason: deadLink } : {})}
            defaultEmail={route === 'expired' ? knownAddress : emailAddress}
            onSent={({ email }) => linkAddress.remember(email)}
            key={route}
          />
        )}
        {footer ? <Slot name="slot-footer">{footer}</Slot> : null}
      </RootProviders>
    </div>
  );
}

function Slot({ name, children }: { name: 'slot-header' | 'slot-footer'; children: ReactNode }) {
  const part = usePart();
  return <div {...part(name)}>{children}</div>;
}
