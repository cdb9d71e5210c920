import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { type PasswordStrength, usePasswordStrength } from '../../hooks/usePasswordStrength.js';
import { type StyleProps, flag, usePart } from '../shared/parts.js';
import { RootProviders, useRoot, useScope } from '../shared/scope.js';
import { Announcer, VisuallyHidden } from '../shared/ui.js';

export interface StrengthMeterProps extends StyleProps {
  /** The password to rate. */
  password: string;
  /** Words the password must not be built from: the member's name, email, organization. */
  userInputs?: string[];
  /** Lets the backend's strength check (when the adapter has one) look for breaches. */
  emailAddress?: string;
  /**
   * The root's id. The verdict line gets `<id>-verdict` and the LUDS checklist `<id>-checklist`,
   * for a field's `aria-describedby`.
   */
  id?: string;
  /** Milliseconds of quiet typing before a change of band is announced (default 500). */
  announceDelayMs?: number;
  /**
   * The password was refused on submit (by the check before sending, or by the backend): the
   * verdict says so in the error style, whatever the estimate says, until the password changes.
   */
  rejected?: 'weak' | 'breached';
  /** Segments instead of one continuous bar. Default: the `meterVariant` of an enclosing resetkit component, else `bar`. */
  variant?: 'bar' | 'segmented';
}

const DEFAULT_ANNOUNCE_DELAY_MS = 500;
// Tips are a nudge, not a lecture: two at most, and their room is kept so nothing below moves.
const MAX_SUGGESTIONS = 2;
const SEGMENTS = [1, 2, 3, 4] as const;

type Tone = 'neutral' | 'success' | 'warning' | 'danger';

/**
 * How strong the password is: a `role="meter"` (0..4) with a localized value text, a visible
 * bar, one verdict line and at most two tips (zxcvbn), or the LUDS checklist as the primary
 * signal under a LUDS policy. While a newer estimate is computed the last verdict stays (marked
 * `data-pending`), and every line keeps its room, so the form below never moves while typing. A
 * breached password is never shown as strong: the bar, band and text all say it is not safe. A
 * change of band is announced politely once typing pauses, never per keystroke.
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
  rejected,
  variant: variantProp,
}: StrengthMeterProps & { rootProps: ReturnType<typeof useRoot>['rootProps'] }) {
  const { t } = useResetTranslation();
  const inherited = useScope().meterVariant;
  const variant = variantProp ?? inherited ?? 'bar';
  const part = usePart();
  const generated = useId();
  const id = idProp ?? generated;
  const labelId = `${id}-label`;
  const strength = usePasswordStrength(password, {
    ...(userInputs ? { userInputs } : {}),
    ...(emailAddress ? { emailAddress } : {}),
  });
  const empty = password.length === 0;
  const { shown, settled } = useLastVerdict(strength, empty);
  const unavailable = !empty && !settled && strength.unavailable && !strength.breached;
  const pending = !empty && !settled && !unavailable;
  const policy = strength.policy;
  const luds = policy.kind === 'luds' ? strength.luds : null;

  // Breach and refusal outrank every estimate: nothing may look acceptable then.
  const breached = !empty && (rejected === 'breached' || shown?.breached === true);
  const refused = !empty && rejected !== undefined;
  const valid = !empty && !refused && !breached && (shown?.valid ?? false);
  const band = breached || !shown ? 0 : shown.score;
  const state = empty || (!shown && !breached) ? 'empty' : String(band);
  const bandLabel = breached
    ? t('strength.breachedBand')
    : shown
      ? t(`strength.band.${band}`)
      : pending
        ? t('strength.checking')
        : '';

  const warning = policy.kind === 'zxcvbn' ? (shown?.feedback.warning ?? null) : null;
  const verdict: { text: string; tone: Tone } = empty
    ? { text: policy.kind === 'zxcvbn' ? t('strength.hint') : '', tone: 'neutral' }
    : breached
      ? { text: t('strength.breached'), tone: 'danger' }
      : refused
        ? { text: warning ?? t(policy.kind === 'luds' ? 'strength.notAcceptable' : 'errors.weak_password'), tone: 'danger' }
        : shown
          ? valid
            ? { text: t('strength.acceptable'), tone: 'success' }
            : { text: warning ?? t('strength.notAcceptable'), tone: 'warning' }
          : unavailable
            ? { text: t('strength.unavailable'), tone: 'neutral' }
            : { text: t('strength.checking'), tone: 'neutral' };
  const suggestions =
    policy.kind === 'zxcvbn' && !empty && !valid && !breached ? (shown?.feedback.suggestions ?? []).slice(0, MAX_SUGGESTIONS) : [];

  const announcement = useBandAnnouncement(empty || !shown ? null : bandLabel, password, announceDelayMs);

  const checklist =
    luds && policy.kind === 'luds' ? (
      <div {...part('checklist')} id={`${id}-checklist`}>
        <p {...part('checklist-title')}>{t('strength.luds.title')}</p>
        <ul {...part('checklist-items')}>
          <ChecklistItem met={luds.missingCharacters === 0}>{t('strength.luds.length', { count: policy.minLength })}</ChecklistItem>
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
    ) : null;

  return (
    <div
      {...rootProps}
      id={id}
      data-state={state}
      data-policy={policy.kind}
      data-variant={variant}
      data-pending={flag(pending && shown !== null)}
      data-valid={flag(valid)}
      data-breached={flag(breached)}
      data-invalid={flag(refused || breached)}
    >
      {/* Under LUDS the rules are what the backend enforces: they come first. */}
      {checklist}
      <div {...part('meter-header')}>
        <span {...part('meter-label')} id={labelId}>
          {t('strength.label')}
        </span>
        {/* The band is in the meter's value text; shown here too for sighted members. */}
        <span {...part('meter-value')} aria-hidden="true" data-state={state} data-breached={flag(breached)}>
          {empty ? '' : bandLabel}
        </span>
      </div>
      <div
        {...part('meter')}
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={band}
        aria-valuetext={empty ? t('strength.band.0') : bandLabel || t('strength.checking')}
        data-state={state}
        data-variant={variant}
        data-pending={flag(pending)}
        data-breached={flag(breached)}
      >
        {variant === 'segmented' ? (
          SEGMENTS.map((segment) => (
            <span
              {...part('meter-segment')}
              key={segment}
              data-state={state}
              data-filled={flag(!empty && state !== 'empty' && (band >= segment || (segment === 1 && band === 0)))}
              data-breached={flag(breached)}
            />
          ))
        ) : (
          <div {...part('meter-bar')} data-state={state} data-breached={flag(breached)} />
        )}
      </div>
      {/* One line, always in the page so its room is kept: the single statement about the password. */}
      <p {...part('verdict')} id={`${id}-verdict`} data-tone={verdict.tone} data-valid={flag(valid)} data-pending={flag(pending && shown !== null)}>
        {verdict.text}
      </p>
      {policy.kind === 'zxcvbn' ? (
        <div {...part('tips')}>
          {suggestions.length > 0 ? (
            <ul {...part('suggestions')}>
              {suggestions.map((suggestion) => (
                <li {...part('suggestion')} key={suggestion}>
                  {suggestion}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Announcer>{announcement}</Announcer>
    </div>
  );
}

/** What the meter shows: the current estimate once it is in, else the last one, kept while the next is computed. */
type Verdict = Pick<PasswordStrength, 'score' | 'valid' | 'feedback' | 'breached'>;

function useLastVerdict(strength: PasswordStrength, empty: boolean): { shown: Verdict | null; settled: boolean } {
  const [last, setLast] = useState<Verdict | null>(null);
  // A password that looks fine locally is not called fine before the backend could find it in a
  // breach; a breach the backend found counts even before the local estimate is in.
  const current =
    empty
      ? null
      : strength.breached === true || (strength.ready && !(strength.valid && strength.backendPending))
        ? strength
        : null;
  // Kept during render (React's pattern for state derived from a previous render), not in an
  // effect, so the kept verdict never lags a frame behind.
  const next = empty ? null : (current ?? last);
  if (next !== last) setLast(next);
  if (empty) return { shown: null, settled: false };
  return { shown: current ?? last, settled: current !== null };
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
function useBandAnnouncement(band: string | null, password: string, delayMs: number): string {
  const { t } = useResetTranslation();
  const [announcement, setAnnouncement] = useState('');
  const lastSaid = useRef<string | null>(null);
  useEffect(() => {
    if (band === null) {
      // An emptied field starts over: the first band of a new password is worth saying.
      if (password.length === 0) lastSaid.current = null;
      return;
    }
    const timer = setTimeout(() => {
      if (lastSaid.current === band) return;
      lastSaid.current = band;
      setAnnouncement(t('strength.announcement', { band }));
    }, delayMs);
    return () => clearTimeout(timer);
  }, [band, password, delayMs, t]);
  return announcement;
}
