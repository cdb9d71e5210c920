import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { usePasswordStrength } from '../../hooks/usePasswordStrength.js';
import { type StyleProps, flag, usePart } from '../shared/parts.js';
import { RootProviders, useRoot } from '../shared/scope.js';
import { Announcer, VisuallyHidden } from '../shared/ui.js';

export interface StrengthMeterProps extends StyleProps {
  /** The password to rate. */
  password: string;
  /** Words the password must not be built from: the member's name, email, organization. */
  userInputs?: string[];
  /** Lets the backend's strength check (when the adapter has one) look for breaches. */
  emailAddress?: string;
  /** The root's id. The LUDS checklist gets `<id>-checklist`, for a field's `aria-describedby`. */
  id?: string;
  /** Milliseconds of quiet typing before a change of band is announced (default 500). */
  announceDelayMs?: number;
}

const DEFAULT_ANNOUNCE_DELAY_MS = 500;

/**
 * How strong the password is: a `role="meter"` (0..4) with a localized value text, a visible
 * bar, the LUDS checklist under a LUDS policy, zxcvbn's warning and suggestions, and a breach
 * warning. A change of band is announced politely once typing pauses, never per keystroke.
 */
export function StrengthMeter(props: StrengthMeterProps) {
  const { rootProps, scopeValue, classNames } = useRoot({ component: 'StrengthMeter', scope: 'strength-meter', ...props });
  return (
    <RootProviders scope={scopeValue} classNames={classNames}>
      <StrengthMeterInner {...props} rootProps={rootProps} />
    </RootProviders>
  );
}

function StrengthMeterInner({
  rootProps,
  password,
  userInputs,
  emailAddress,
  id: idProp,
  announceDelayMs = DEFAULT_ANNOUNCE_DELAY_MS,
}: StrengthMeterProps & { rootProps: ReturnType<typeof useRoot>['rootProps'] }) {
  const { t } = useResetTranslation();
  const part = usePart();
  const generated = useId();
  const id = idProp ?? generated;
  const labelId = `${id}-label`;
  const strength = usePasswordStrength(password, {
    ...(userInputs ? { userInputs } : {}),
    ...(emailAddress ? { emailAddress } : {}),
  });
  const empty = password.length === 0;
  const pending = !empty && !strength.ready;
  const band = strength.score;
  const bandLabel = t(`strength.band.${band}`);

  const announcement = useBandAnnouncement(empty || pending ? null : band, password, announceDelayMs);

  const luds = strength.policy.kind === 'luds' ? strength.luds : null;
  const policy = strength.policy;
  const showFeedback = !empty && strength.ready;
  const { warning, suggestions } = strength.feedback;

  return (
    <div
      {...rootProps}
      id={id}
      data-state={empty ? 'empty' : String(band)}
      data-pending={flag(pending)}
      data-valid={flag(!empty && strength.ready && strength.valid)}
    >
      <div {...part('meter-header')}>
        <span {...part('meter-label')} id={labelId}>
          {t('strength.label')}
        </span>
        {/* The band is in the meter's value text; shown here too for sighted members. */}
        <span {...part('meter-value')} aria-hidden="true">
          {empty ? '' : pending ? t('strength.checking') : bandLabel}
        </span>
      </div>
      <div
        {...part('meter')}
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={band}
        aria-valuetext={pending ? t('strength.checking') : bandLabel}
        data-state={empty ? 'empty' : String(band)}
        data-pending={flag(pending)}
      >
        <div {...part('meter-bar')} data-state={empty ? 'empty' : String(band)} />
      </div>
      {showFeedback ? (
        <p {...part('verdict')} data-valid={flag(strength.valid)}>
          {t(strength.valid ? 'strength.acceptable' : 'strength.notAcceptable')}
        </p>
      ) : null}
      {strength.breached ? <p {...part('breached')}>{t('strength.breached')}</p> : null}
      {luds && policy.kind === 'luds' ? (
        <div {...part('checklist')} id={`${id}-checklist`}>
          <p {...part('checklist-title')}>{t('strength.luds.title')}</p>
          <ul {...part('checklist-items')}>
            <ChecklistItem met={luds.missingCharacters === 0}>
              {t('strength.luds.length', { count: policy.minLength })}
            </ChecklistItem>
            <ChecklistItem
              met={luds.missingComplexity === 0}
              sublist={
                <ul {...part('checklist-sublist')}>
                  <ChecklistItem met={luds.hasLowerCase}>{t('strength.luds.lowerCase')}</ChecklistItem>
                  <ChecklistItem met={luds.hasUpperCase}>{t('strength.luds.upperCase')}</ChecklistItem>
                  <ChecklistItem met={luds.hasDigit}>{t('strength.luds.digit')}</ChecklistItem>
                  <ChecklistItem met={luds.hasSymbol}>{t('strength.luds.symbol')}</ChecklistItem>
                </ul>
              }
            >
              {t('strength.luds.complexity', { count: policy.minComplexity })}
            </ChecklistItem>
          </ul>
        </div>
      ) : null}
      {showFeedback && warning ? <p {...part('warning')}>{warning}</p> : null}
      {showFeedback && suggestions.length > 0 ? (
        <ul {...part('suggestions')}>
          {suggestions.map((suggestion) => (
            <li {...part('suggestion')} key={suggestion}>
              {suggestion}
            </li>
          ))}
        </ul>
      ) : null}
      <Announcer>{announcement}</Announcer>
    </div>
  );
}

function ChecklistItem({ met, children, sublist }: { met: boolean; children: ReactNode; sublist?: ReactNode }) {
  const { t } = useResetTranslation();
  const part = usePart();
  return (
    <li {...part('checklist-item')} data-met={flag(met)}>
      <span {...part('checklist-text')} data-met={flag(met)}>
        {children}
        <VisuallyHidden> ({t(met ? 'strength.luds.met' : 'strength.luds.unmet')})</VisuallyHidden>
      </span>
      {sublist}
    </li>
  );
}

/**
 * The text of the polite live region: the band, said once typing has paused for `delayMs` and
 * only when it differs from the band said last. Each keystroke restarts the pause.
 */
function useBandAnnouncement(band: number | null, password: string, delayMs: number): string {
  const { t } = useResetTranslation();
  const [announcement, setAnnouncement] = useState('');
  const lastSaid = useRef<number | null>(null);
  useEffect(() => {
    if (band === null) {
      // An emptied field starts over: the first band of a new password is worth saying.
      if (password.length === 0) lastSaid.current = null;
      return;
    }
    const timer = setTimeout(() => {
      if (lastSaid.current === band) return;
      lastSaid.current = band;
      setAnnouncement(t('strength.announcement', { band: t(`strength.band.${band as 0 | 1 | 2 | 3 | 4}`) }));
    }, delayMs);
    return () => clearTimeout(timer);
  }, [band, password, delayMs, t]);
  return announcement;
}
