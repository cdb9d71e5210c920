import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import { type ResetError, type ResetErrorCode, canRetry, isValidEmail } from '../../../../core/index.js';
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
  /** Why the link died (`expired`): a used, an expired and an other-browser link each say so. */
  reason?: ResetErrorCode | null | undefined;
  /** One-click mode (`askEmail` false): offers to type another address instead. */
  onChangeEmail?: (() => void) | undefined;
}

const DEAD_LINK_TEXTS: Partial<Record<ResetErrorCode, { title: MessageKey; description: MessageKey }>> = {
  token_invalid: { title: 'expired.usedTitle', description: 'expired.usedDescription' },
  token_expired: { title: 'expired.expiredTitle', description: 'expired.expiredDescription' },
  pkce_mismatch: { title: 'expired.otherBrowserTitle', description: 'expired.otherBrowserDescription' },
};

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
  reason,
  onChangeEmail,
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
  const texts = expired
    ? ((reason ? DEAD_LINK_TEXTS[reason] : undefined) ?? { title: 'expired.title' as const, description: 'expired.description' as const })
    : { title: 'start.title' as const, description: 'start.description' as const };
  // One click, and the button says where the link goes.
  const label = !expired ? t('start.submit') : askEmail ? t('expired.requestNew') : t('expired.requestNewTo', { email: initialEmail.trim() });
  return (
    <>
      <Heading headingRef={headingRef}>{t(texts.title)}</Heading>
      <Description>{t(texts.description)}</Description>
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
          label={label}
          pendingLabel={t('start.submitting')}
        />
        {!askEmail && onChangeEmail ? (
          <button {...part('link')} type="button" onClick={onChangeEmail}>
            {t('sent.useAnotherEmail')}
          </button>
        ) : null}
      </form>
    </>
  );
}
