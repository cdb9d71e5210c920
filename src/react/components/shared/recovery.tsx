import { type ResetError, recoveryFor } from '../../../core/index.js';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { usePart } from './parts.js';
import { useScope } from './scope.js';

/** Where a member can go when the screen cannot help them any more (README: "Errors and their way out"). */
export interface RecoveryOptions {
  /** Where "Contact support" leads (a help page, a `mailto:`), for errors only support can fix. */
  supportHref?: string;
  /** Where "Sign in again" leads, after a session that ended or is too old to reset from. */
  signInHref?: string;
  /** The organization's name, to say whose administrator can help (suspended, locked out). */
  organizationName?: string;
}

/**
 * The next step under an error's message: a new link, whom to contact, where to sign in, or what
 * to quote to support. Fixing a field, retrying and waiting need nothing more than the form itself.
 */
export function RecoveryStep({ error, onNewLink }: { error: ResetError; onNewLink?: (() => void) | undefined }) {
  const { t } = useResetTranslation();
  const part = usePart();
  const { supportHref, signInHref, organizationName } = useScope().recovery;
  const support = supportHref ? (
    <a {...part('link')} href={supportHref}>
      {t('recovery.contactSupport')}
    </a>
  ) : null;
  switch (recoveryFor(error)) {
    case 'new_link':
      return onNewLink ? (
        <span {...part('recovery')}>
          <button {...part('button')} type="button" onClick={onNewLink}>
            {t('expired.requestNew')}
          </button>
        </span>
      ) : null;
    case 'contact_admin':
      return (
        <span {...part('recovery')}>
          {organizationName ? t('recovery.contactAdmin', { organization: organizationName }) : t('recovery.contactAdminNoOrganization')}
        </span>
      );
    case 'contact_support':
      return support ? <span {...part('recovery')}>{support}</span> : null;
    case 'sign_in':
      return signInHref ? (
        <span {...part('recovery')}>
          <a {...part('link')} href={signInHref}>
            {t('recovery.signIn')}
          </a>
        </span>
      ) : null;
    case 'retry':
      return error.requestId ? (
        <span {...part('recovery')}>
          {t('recovery.retryWithReference')} {support}
        </span>
      ) : null;
    default:
      return null;
  }
}
