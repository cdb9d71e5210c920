import type { Ref } from 'react';
import type { AuthResult } from '../../../../core/index.js';
import { useResetTranslation } from '../../../hooks/useResetTranslation.js';
import { usePart } from '../parts.js';
import { Description, Heading } from '../ui.js';

export interface OutcomeViewProps {
  /** The backend's answer: a session, or (MFA) an intermediate session. */
  result: AuthResult;
  /** The button's action; without it there is no button (the host moves on by itself). */
  onContinue?: (result: AuthResult) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The end of a reset: "done" when the member is signed in, the MFA hand-off when their
 * organization wants a second factor first.
 */
export function OutcomeView({ result, onContinue, headingRef }: OutcomeViewProps) {
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
      {onContinue ? (
        <div {...part('actions')}>
          <button {...part('submit')} type="button" onClick={() => onContinue(result)}>
            {t(mfa ? 'mfa.continue' : 'done.continue')}
          </button>
        </div>
      ) : null}
    </>
  );
}
