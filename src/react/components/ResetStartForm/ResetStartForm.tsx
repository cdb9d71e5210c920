import { useRef, useState } from 'react';
import { type ResetErrorCode, isValidEmail } from '../../../core/index.js';
import { type UseResetStartOptions, useResetStart } from '../../hooks/useResetStart.js';
import { useFlowEvents, useLinkEvents } from '../shared/events.js';
import { useStepFocus } from '../shared/hooks.js';
import type { RecoveryOptions } from '../shared/recovery.js';
import { type StyleProps, flag } from '../shared/parts.js';
import { type HeadingLevel, RootProviders, useRoot, withoutRootOptions } from '../shared/scope.js';
import { RequestLinkView } from '../shared/views/RequestLinkView.js';
import { SentView } from '../shared/views/SentView.js';

export interface ResetStartFormProps extends UseResetStartOptions, StyleProps, RecoveryOptions {
  /** The address to start with, e.g. what the member typed on the sign-in form. */
  defaultEmail?: string;
  /**
   * `start` (default): "Reset your password". `expired`: the screen after a link that no longer
   * works; with a valid `defaultEmail` it sends a new link in one click, without a field.
   */
  variant?: 'start' | 'expired';
  /** With `variant="expired"`: the error that killed the link, so a used, an expired and an other-browser link each say so. */
  deadLinkReason?: ResetErrorCode;
  /** Level of the screen headings (default 2, or one below an enclosing `ResetDialog`'s title). */
  headingLevel?: HeadingLevel;
}

/** The backend's default lifetime of a reset link, shown when the app does not set one. */
export const DEFAULT_LINK_EXPIRATION_MINUTES = 30;

/**
 * Requesting a reset link, then "check your email" with resend. The sent screen reads the same
 * whether or not an account exists for the address.
 */
export function ResetStartForm(props: ResetStartFormProps) {
  const { rootProps, scopeValue, classNames } = useRoot({ component: 'ResetStartForm', scope: 'reset-start', ...props });
  const {
    defaultEmail = '',
    variant = 'start',
    deadLinkReason,
    ...rest
  } = props;
  const options = withoutRootOptions(rest);
  const links = useLinkEvents('reset-start', options.onSent);
  const start = useResetStart({ ...options, onSent: links.onSent });
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Resending from the sent screen passes through submitting (and maybe error) again: the sent
  // screen stays up until the member goes back on purpose (`reset` forgets the sent link).
  const view = start.hasSent ? 'sent' : 'request';
  useStepFocus(view, headingRef);
  useFlowEvents('reset-start', { step: view === 'request' && variant === 'expired' ? 'expired' : view, status: start.status, error: start.error });

  const waitSeconds = start.error?.code === 'rate_limited' ? start.resendAvailableInSeconds : 0;
  // "Use a different email address" must show the field even when the address was known.
  const [changingEmail, setChangingEmail] = useState(false);
  const oneClick = variant === 'expired' && isValidEmail(defaultEmail.trim()) && !changingEmail;

  return (
    <div {...rootProps} data-state={start.status} data-pending={flag(start.isPending)}>
      <RootProviders scope={scopeValue} classNames={classNames}>
        {view === 'sent' ? (
          <SentView
            email={start.email}
            expiresInMinutes={options.resetPasswordExpirationMinutes ?? DEFAULT_LINK_EXPIRATION_MINUTES}
            pending={start.isPending}
            error={start.error}
            errorMessage={start.errorMessage}
            resendAvailableInSeconds={start.resendAvailableInSeconds}
            onResend={start.resend}
            onUseAnotherEmail={() => {
              links.restart();
              setChangingEmail(true);
              start.reset();
            }}
            headingRef={headingRef}
          />
        ) : (
          <RequestLinkView
            variant={variant}
            initialEmail={start.email || defaultEmail}
            askEmail={!oneClick}
            pending={start.isPending}
            error={start.error}
            errorMessage={start.errorMessage}
            waitSeconds={waitSeconds}
            onSubmit={start.submit}
            headingRef={headingRef}
            reason={deadLinkReason}
            onChangeEmail={() => setChangingEmail(true)}
          />
        )}
      </RootProviders>
    </div>
  );
}
