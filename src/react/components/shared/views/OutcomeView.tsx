import type { Ref } from 'react';
import type { AuthResult } from '../../../../core/index.js';
import { useResetTranslation } from '../../../hooks/useResetTranslation.js';
import { usePart } from '../parts.js';
import { Description, Heading } from '../ui.js';

export interface OutcomeViewProps {
  /** The backend's answer: a session, or (MFA) an intermediate session. */
  result: AuthResult;
  /** The "Continue" button's action; without it, "Continue" is a link to `continueHref`. */
  onContinue?: ((result: AuthResult) => void) | undefined;
  /** Where "Continue" leads when there is no `onContinue` (default `/`). */
  continueHref?: string | undefined;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Where "Continue" leads when the host gives neither an action nor an address: the app's root. */
export const DEFAULT_CONTINUE_HREF = '/';

/**
 * The end of a reset: "done" when the member is signed in, the MFA hand-off when their
 * organization wants a second factor first.
 */
export function OutcomeView({ result, onContinue, continueHref = DEFAULT_CONTINUE_HREF, headingRef }: OutcomeViewProps) {
  const { t } = useResetTranslation();
  const part = usePart();
  const mfa = !result.memberAuthenticated;
  const organization = result.organization?.organizationName;
  return (
    <>
      <Heading headingRef={headingRef}>{t(mfa ? 'mfa.title' : 'done.title')}</Heading>
      <Description>
        {mfa
          ? organization
            ? t('mfa.description', { organization })
            : t('mfa.descriptionNoOrganization')
          : t('done.description')}
      </Description>
      {/* Always a next action: a dead end is the one thing this screen must not be. */}
      <div {...part('actions')}>
        {onContinue ? (
          <button {...part('submit')} type="button" onClick={() => onContinue(result)}>
            {t(mfa ? 'mfa.continue' : 'done.continue')}
          </button>
        ) : (
          <a {...part('submit')} href={continueHref}>
            {t(mfa ? 'mfa.continue' : 'done.continue')}
          </a>
        )}
      </div>
    </>
  );
}
