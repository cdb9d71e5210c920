import { type ReactNode, type Ref, useId } from 'react';
import { type ResetError, recoveryFor } from '../../../core/index.js';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { type Part, flag, usePart } from './parts.js';
import { RecoveryStep } from './recovery.js';
import { useScope } from './scope.js';

/**
 * A screen's heading. It takes focus when the step changes (so it is focusable from script
 * only), and inside an untitled `ResetDialog` it names the dialog.
 */
// Refs travel as `…Ref` props, not `ref`: React 18 (a supported peer) drops `ref` on function components.
export function Heading({ children, headingRef }: { children: ReactNode; headingRef?: Ref<HTMLHeadingElement> }) {
  const part = usePart();
  const { headingLevel, labelId } = useScope();
  const Tag = `h${headingLevel}` as 'h2';
  return (
    <Tag {...part('heading')} id={labelId} ref={headingRef} tabIndex={-1}>
      {children}
    </Tag>
  );
}

/** A heading one level below the screen's, for a section of the screen. */
export function SectionHeading({ children, id }: { children: ReactNode; id?: string }) {
  const part = usePart();
  const { headingLevel } = useScope();
  const Tag = `h${Math.min(headingLevel + 1, 6)}` as 'h3';
  return (
    <Tag {...part('section-heading')} id={id}>
      {children}
    </Tag>
  );
}

export function Description({ children, id }: { children: ReactNode; id?: string }) {
  const part = usePart();
  return (
    <p {...part('description')} id={id}>
      {children}
    </p>
  );
}

/** Decorative: the button's own text says what is happening. */
export function Spinner() {
  const part = usePart();
  return <span {...part('spinner')} aria-hidden="true" />;
}

/**
 * A button that shows a spinner and its pending label while its request runs. Inert then, so a
 * double click sends one request; `disabled` also covers a running countdown or an error that
 * only something else can fix. Inert through `aria-disabled`, not `disabled`: a disabled button
 * loses focus, and focus would drop to the page body while the request runs.
 */
export function ActionButton({
  part: name = 'submit',
  type = 'submit',
  pending = false,
  disabled = false,
  label,
  pendingLabel,
  onClick,
  describedBy,
}: {
  part?: Part;
  type?: 'submit' | 'button';
  pending?: boolean;
  disabled?: boolean;
  label: string;
  pendingLabel?: string;
  onClick?: () => void;
  describedBy?: string;
}) {
  const part = usePart();
  const inert = pending || disabled;
  return (
    <button
      {...part(name)}
      type={type}
      aria-disabled={inert || undefined}
      data-pending={flag(pending)}
      data-disabled={flag(inert)}
      aria-describedby={describedBy}
      onClick={(event) => {
        // Also stops the form's submission, which Enter in a field starts by clicking this button.
        if (inert) event.preventDefault();
        else onClick?.();
      }}
    >
      {pending ? <Spinner /> : null}
      <span>{pending && pendingLabel ? pendingLabel : label}</span>
    </button>
  );
}

/** A plain text field (email, organization name) with its label and its error tied to it. */
export function TextField({
  label,
  value,
  onValueChange,
  error,
  type = 'text',
  autoComplete,
  name,
  inputRef,
  required = true,
}: {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | null;
  type?: 'text' | 'email';
  autoComplete?: string;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  required?: boolean;
}) {
  const part = usePart();
  const id = useId();
  const errorId = `${id}-error`;
  const email = type === 'email';
  return (
    <div {...part('field')} data-invalid={flag(Boolean(error))}>
      <label {...part('label')} htmlFor={id}>
        {label}
      </label>
      <input
        {...part('input')}
        ref={inputRef}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        autoComplete={autoComplete}
        inputMode={email ? 'email' : undefined}
        autoCapitalize={email ? 'none' : undefined}
        spellCheck={email ? false : undefined}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-invalid={flag(Boolean(error))}
      />
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const part = usePart();
  return (
    <p {...part('error')} id={id}>
      {children}
    </p>
  );
}

/**
 * A form-level error with its way out (`RecoveryStep`). `role="alert"` announces it when it appears. A rate limit's countdown sits
 * in a `timer` (not live), so the wait is announced once and not every second.
 */
export function FormAlert({
  error,
  message,
  waitSeconds = 0,
  alertRef,
  onNewLink,
}: {
  error: ResetError | null;
  message: string | null;
  waitSeconds?: number;
  alertRef?: Ref<HTMLDivElement>;
  /** Offers a new link under errors only a new link fixes (expired, used, other browser). */
  onNewLink?: (() => void) | undefined;
}) {
  const part = usePart();
  const { t } = useResetTranslation();
  if (!error || !message) return null;
  const waiting = error.code === 'rate_limited' && waitSeconds > 0;
  return (
    <div {...part('alert')} role="alert" tabIndex={-1} ref={alertRef} data-code={error.code} data-recovery={recoveryFor(error)}>
      {waiting ? <span role="timer">{t('rateLimit.wait', { count: waitSeconds })}</span> : <span>{message}</span>}
      <RecoveryStep error={error} onNewLink={onNewLink} />
      {error.requestId ? (
        <span {...part('reference')}>{t('common.reference', { requestId: error.requestId })}</span>
      ) : null}
    </div>
  );
}

/**
 * A polite live region that exists before anything is said in it, as screen readers only
 * announce changes to regions already in the page. Hidden visually by the stylesheet.
 */
export function Announcer({ children, id }: { children: ReactNode; id?: string }) {
  const part = usePart();
  return (
    <span {...part('announcer')} id={id} role="status" data-visually-hidden="">
      {children}
    </span>
  );
}

/** Text for screen readers only; the stylesheet hides it visually. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span data-visually-hidden="">{children}</span>;
}
