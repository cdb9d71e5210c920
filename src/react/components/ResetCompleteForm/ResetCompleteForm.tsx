import { useEffect, useRef } from 'react';
import type { AuthResult, ResetError } from '../../../core/index.js';
import { type UseResetCompleteOptions, useResetComplete } from '../../hooks/useResetComplete.js';
import { isLinkError } from '../shared/errors.js';
import type { RecoveryOptions } from '../shared/recovery.js';
import { useFlowEvents } from '../shared/events.js';
import { useStepFocus } from '../shared/hooks.js';
import { type StyleProps, flag } from '../shared/parts.js';
import { type HeadingLevel, RootProviders, useRoot, withoutRootOptions } from '../shared/scope.js';
import { NewPasswordView } from '../shared/views/NewPasswordView.js';
import { OutcomeView } from '../shared/views/OutcomeView.js';

export interface ResetCompleteFormProps extends UseResetCompleteOptions, StyleProps, RecoveryOptions {
  /**
   * Called when the emailed link is invalid, used or expired, so the parent can offer a new one
   * (as `ResetFlow` does). Without it, the form shows the error itself.
   */
  onLinkInvalid?: (error: ResetError) => void;
  /**
   * The action of the "Continue" button on the done and MFA screens. Without it (and without
   * `continueHref`) "Continue" calls `onSuccess` or `onMfaRequired` again with the result.
   */
  onContinue?: ((result: AuthResult) => void) | undefined;
  /** Where "Continue" leads when there is no `onContinue`; with neither callback, default `/`. */
  continueHref?: string | undefined;
  /** Show the strength meter under the new password (default true). */
  showStrength?: boolean;
  /** Words the new password must not be built from: the member's name, organization... */
  userInputs?: string[];
  /** Level of the screen headings (default 2, or one below an enclosing `ResetDialog`'s title). */
  headingLevel?: HeadingLevel;
}

/**
 * Setting the new password: from the emailed link (`method="email"`), while signed in
 * (`session`), or with the current password (`existingPassword`, which adds email and
 * current-password fields). Ends on the done screen or the MFA hand-off.
 */
export function ResetCompleteForm(props: ResetCompleteFormProps) {
  const { rootProps, scopeValue, classNames } = useRoot({ component: 'ResetCompleteForm', scope: 'reset-complete', ...props });
  const {
    onLinkInvalid,
    onContinue,
    continueHref,
    showStrength = true,
    userInputs,
    ...rest
  } = props;
  const options = withoutRootOptions(rest);
  const complete = useResetComplete(options);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const done = complete.status === 'success' || complete.status === 'mfa_required';
  useStepFocus(done ? complete.status : 'form', headingRef);
  useFlowEvents('reset-complete', { step: done ? 'outcome' : 'password', status: complete.status, error: complete.error });

  const linkError = options.method === 'email' && isLinkError(complete.error) ? complete.error : null;
  const latestOnLinkInvalid = useRef(onLinkInvalid);
  useEffect(() => {
    latestOnLinkInvalid.current = onLinkInvalid;
  });
  useEffect(() => {
    if (linkError) latestOnLinkInvalid.current?.(linkError);
  }, [linkError]);

  const submitted = complete.submitted;
  return (
    <div
      {...rootProps}
      data-state={complete.status}
      data-method={options.method}
      data-pending={flag(complete.isPending)}
    >
      <RootProviders scope={scopeValue} classNames={classNames}>
        {done && complete.result ? (
          <OutcomeView
            result={complete.result}
            onContinue={
              onContinue ?? (continueHref === undefined ? (complete.status === 'success' ? options.onSuccess : options.onMfaRequired) : undefined)
            }
            continueHref={continueHref}
            headingRef={headingRef}
          />
        ) : (
          <NewPasswordView
            variant={options.method}
            initial={{
              password: submitted?.password ?? '',
              existingPassword: submitted?.existingPassword ?? '',
              emailAddress: submitted?.emailAddress ?? options.emailAddress ?? '',
            }}
            askCredentials={options.method === 'existingPassword'}
            pending={complete.isPending}
            error={complete.error}
            errorMessage={complete.errorMessage}
            waitSeconds={complete.retryAvailableInSeconds}
            onSubmit={(values) =>
              complete.submit({
                password: values.password,
                ...(options.method === 'existingPassword'
                  ? { existingPassword: values.existingPassword, emailAddress: values.emailAddress }
                  : {}),
              })
            }
            showStrength={showStrength}
            focusOnMount={options.method === 'email' && complete.status === 'idle'}
            username={options.emailAddress}
            {...(userInputs ? { userInputs } : {})}
            headingRef={headingRef}
          />
        )}
      </RootProviders>
    </div>
  );
}
