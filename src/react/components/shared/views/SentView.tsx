import { type Ref, useEffect, useRef, useState } from 'react';
import { type ResetError, canRetry } from '../../../../core/index.js';
import { useResetTranslation } from '../../../hooks/useResetTranslation.js';
import { usePart } from '../parts.js';
import { ActionButton, Description, FormAlert, Heading } from '../ui.js';

export interface SentViewProps {
  /** The address as typed: the text is the same whether or not an account exists for it. */
  email: string;
  /** Lifetime of the link, for the expiry line. */
  expiresInMinutes: number;
  /** True while another link is being requested. */
  pending: boolean;
  error: ResetError | null;
  errorMessage: string | null;
  /** Seconds until another link may be requested (cooldown or rate limit). */
  resendAvailableInSeconds: number;
  onResend: () => void;
  /** Back to the request screen, keeping the address for editing. */
  onUseAnotherEmail: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** "Check your email", with resend (after a cooldown) and a way back to change the address. */
export function SentView({
  email,
  expiresInMinutes,
  pending,
  error,
  errorMessage,
  resendAvailableInSeconds,
  onResend,
  onUseAnotherEmail,
  headingRef,
}: SentViewProps) {
  const { t } = useResetTranslation();
  const part = usePart();
  const [resendAsked, setResendAsked] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const rateLimited = error?.code === 'rate_limited';
  const waiting = resendAvailableInSeconds > 0;
  const stuck = error !== null && !canRetry(error);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  return (
    <>
      <Heading headingRef={headingRef}>{t('sent.title')}</Heading>
      <Description>{t('sent.description', { email })}</Description>
      <p {...part('hint')}>{t('sent.expiry', { count: expiresInMinutes })}</p>
      {/* Present from the start: a live region only announces changes. */}
      <p {...part('status')} role="status">
        {resendAsked && !pending && !error ? t('sent.resent', { email }) : null}
      </p>
      <FormAlert error={error} message={errorMessage} waitSeconds={resendAvailableInSeconds} alertRef={alertRef} />
      <div {...part('actions')}>
        <ActionButton
          type="button"
          part="button"
          pending={pending}
          disabled={waiting || stuck}
          label={t('sent.resend')}
          pendingLabel={t('start.submitting')}
          onClick={() => {
            setResendAsked(true);
            onResend();
          }}
        />
        {waiting && !rateLimited ? (
          <p {...part('countdown')}>{t('sent.resendIn', { count: resendAvailableInSeconds })}</p>
        ) : null}
        <button {...part('link')} type="button" onClick={onUseAnotherEmail}>
          {t('sent.useAnotherEmail')}
        </button>
      </div>
    </>
  );
}
