import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import { type ResetError, canRetry, isValidEmail } from '../../../../core/index.js';
import { useResetTranslation } from '../../../hooks/useResetTranslation.js';
import type { MessageKey } from '../../../i18n.js';
import { fieldOfError } from '../errors.js';
import { useFocusRequest } from '../hooks.js';
import { usePart } from '../parts.js';
import { ActionButton, Description, FormAlert, Heading, TextField } from '../ui.js';

export interface RequestLinkViewProps {
  /** `start`: "Reset your password"; `expired`: the link no longer works, ask for a new one. */
  variant: 'start' | 'expired';
  /** The address to start with (what was typed before, or what the host knows). */
  initialEmail: string;
  /** False to send to `initialEmail` in one click, without showing the field. */
  askEmail: boolean;
  pending: boolean;
  error: ResetError | null;
  errorMessage: string | null;
  /** Seconds of a rate limit still to wait; submitting is disabled meanwhile. */
  waitSeconds: number;
  onSubmit: (email: string) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The "request a reset link" screen, also the expired-link screen: one email field and a button. */
export function RequestLinkView({
  variant,
  initialEmail,
  askEmail,
  pending,
  error,
  errorMessage,
  waitSeconds,
  onSubmit,
  headingRef,
}: RequestLinkViewProps) {
  const { t } = useResetTranslation();
  const part = usePart();
  const [email, setEmail] = useState(initialEmail);
  // A client-side error, set on submit and cleared by editing.
  // A key, not a text: the message follows a change of locale while it is shown.
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  // The backend's complaint about the address no longer applies once it has been edited.
  const [editedAfter, setEditedAfter] = useState<ResetError | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focus = useFocusRequest();

  const onEmailField = fieldOfError(error, askEmail ? ['email'] : []) === 'email';
  const emailError = (invalid && t(invalid)) ?? (onEmailField && editedAfter !== error ? errorMessage : null);
  const formError = onEmailField ? null : error;
  // Sending again can only fail the same way until the address changes.
  const stuck = error !== null && !canRetry(error) && editedAfter !== error;

  // After a failed request: to the field at fault, else to the message.
  useEffect(() => {
    if (error) (onEmailField ? inputRef.current : alertRef.current)?.focus();
    // Once per failure: `error` is a new object each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (askEmail) {
      const trimmed = email.trim();
      const problem = !trimmed ? 'validation.emailRequired' : !isValidEmail(trimmed) ? 'validation.emailInvalid' : null;
      setInvalid(problem);
      if (problem) {
        focus(() => inputRef.current);
        return;
      }
    }
    onSubmit(email);
  };

  const expired = variant === 'expired';
  return (
    <>
      <Heading headingRef={headingRef}>{t(expired ? 'expired.title' : 'start.title')}</Heading>
      <Description>{t(expired ? 'expired.description' : 'start.description')}</Description>
      <form {...part('form')} noValidate onSubmit={submit} aria-busy={pending || undefined}>
        {askEmail ? (
          <TextField
            label={t('fields.email')}
            type="email"
            name="email"
            autoComplete="email"
            value={email}
            onValueChange={(value) => {
              setEmail(value);
              setInvalid(null);
              setEditedAfter(error);
            }}
            error={emailError}
            inputRef={inputRef}
          />
        ) : null}
        <FormAlert error={formError} message={errorMessage} waitSeconds={waitSeconds} alertRef={alertRef} />
        <ActionButton
          pending={pending}
          disabled={waitSeconds > 0 || stuck}
          label={t(expired ? 'expired.requestNew' : 'start.submit')}
          pendingLabel={t('start.submitting')}
        />
      </form>
    </>
  );
}
