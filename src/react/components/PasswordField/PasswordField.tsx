import { type FocusEvent, type ReactNode, type Ref, useId, useImperativeHandle, useReducer, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/useIsomorphicLayoutEffect.js';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { useControllableState } from '../shared/hooks.js';
import { type StyleProps, flag, usePart } from '../shared/parts.js';
import { RootProviders, useRoot } from '../shared/scope.js';
import { Announcer, FieldError } from '../shared/ui.js';

export interface PasswordFieldProps extends StyleProps {
  /** The visible label. Default: "New password", or "Current password" with `autoComplete="current-password"`. */
  label?: ReactNode;
  /** The password, when the host controls it. It reaches the input's live value only, never its markup. */
  value?: string;
  /** The initial password when uncontrolled (kept out of the markup too, server rendering included). */
  defaultValue?: string;
  /** Called with the new password on every change. */
  onValueChange?: (value: string) => void;
  /** Whether the password shows as text, when the host controls it. */
  visible?: boolean;
  /** Whether the password shows at first when uncontrolled (default false). */
  defaultVisible?: boolean;
  /** Called when the member shows or hides the password. */
  onVisibleChange?: (visible: boolean) => void;
  /**
   * `new-password` (default) lets password managers offer a generated password;
   * `current-password` lets them fill the saved one.
   */
  autoComplete?: 'new-password' | 'current-password';
  /** The input's `name`, for forms the host submits itself. */
  name?: string;
  /** The input's `id`; one is generated otherwise. */
  id?: string;
  /** The error to show under the field; it marks the input invalid and describes it. */
  error?: string | null;
  /**
   * Marks the input invalid when its message is shown elsewhere (a strength meter's verdict, named
   * in `describedBy`); `error` does this too, with its own message under the field.
   */
  invalid?: boolean;
  /** Ids of further elements that describe the input, such as a strength meter's checklist. */
  describedBy?: string;
  /** Marks the input required (default true). */
  required?: boolean;
  /** Disables the input and the toggle. */
  disabled?: boolean;
  /** Focuses the input on mount. */
  autoFocus?: boolean;
  /** The input element. */
  inputRef?: Ref<HTMLInputElement>;
  /** Called when the input gains focus (e.g. to start loading the strength dictionaries). */
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  /** Called when the input loses focus. */
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** Rendered at the end of the field, e.g. a `StrengthMeter`. */
  children?: ReactNode;
}

/**
 * A password input with a show/hide toggle. The toggle is a real button whose pressed state a
 * screen reader hears, and the change is announced. Paste is allowed and there is no
 * `maxlength`: both push members towards weaker passwords. The password never appears in the
 * page's markup (no `value` attribute), even while shown.
 */
export function PasswordField(props: PasswordFieldProps) {
  const { rootProps, scopeValue, classNames } = useRoot({ component: 'PasswordField', scope: 'password-field', ...props });
  return (
    <RootProviders scope={scopeValue} classNames={classNames}>
      <PasswordFieldInner {...props} rootProps={rootProps} />
    </RootProviders>
  );
}

function PasswordFieldInner({
  rootProps,
  label,
  value,
  defaultValue = '',
  onValueChange,
  visible: visibleProp,
  defaultVisible = false,
  onVisibleChange,
  autoComplete = 'new-password',
  name,
  id: idProp,
  error,
  invalid: invalidProp = false,
  describedBy,
  required = true,
  disabled = false,
  autoFocus,
  inputRef,
  onFocus,
  onBlur,
  children,
}: PasswordFieldProps & { rootProps: ReturnType<typeof useRoot>['rootProps'] }) {
  const { t } = useResetTranslation();
  const part = usePart();
  const generated = useId();
  const id = idProp ?? generated;
  const errorId = `${id}-error`;
  const [password, setPassword] = useControllableState(value, defaultValue, onValueChange);
  // React mirrors a controlled input's value into its `value` attribute, i.e. into the page's
  // markup, where session-replay scripts, support widgets and CSS attribute selectors can read the
  // password. So the input is left uncontrolled and the password is written to its `value`
  // property only, after every render.
  const ownInput = useRef<HTMLInputElement>(null);
  // The host's `inputRef` gets the same element (set before any effect of the host runs).
  useImperativeHandle(inputRef, () => ownInput.current as HTMLInputElement, []);
  useIsomorphicLayoutEffect(() => {
    const input = ownInput.current;
    if (input && input.value !== password) input.value = password;
  });
  // Re-renders after a change the host does not take, so the input goes back to the host's value
  // as a controlled input would. Batched with the change itself, so it costs no extra render.
  const [, rendered] = useReducer((count: number) => count + 1, 0);
  const [visible, setVisible] = useControllableState(visibleProp, defaultVisible, onVisibleChange);
  // Said only after the member toggles, never on mount.
  const [announcement, setAnnouncement] = useState('');
  const invalid = Boolean(error) || invalidProp;
  const state = visible ? 'visible' : 'hidden';

  const toggle = () => {
    const next = !visible;
    setVisible(next);
    setAnnouncement(t(next ? 'common.passwordShown' : 'common.passwordHidden'));
  };

  return (
    <div
      {...rootProps}
      data-state={state}
      data-invalid={flag(invalid)}
      data-disabled={flag(disabled)}
    >
      <label {...part('label')} htmlFor={id}>
        {label ?? t(autoComplete === 'current-password' ? 'fields.currentPassword' : 'fields.newPassword')}
      </label>
      <div {...part('control')} data-state={state}>
        <input
          {...part('input')}
          ref={ownInput}
          id={id}
          name={name}
          type={visible ? 'text' : 'password'}
          onChange={(event) => {
            setPassword(event.target.value);
            rendered();
          }}
          onFocus={onFocus}
          onBlur={onBlur}
          autoComplete={autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required={required}
          disabled={disabled}
          autoFocus={autoFocus}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={[error ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined}
          data-invalid={flag(invalid)}
        />
        <button
          {...part('toggle')}
          type="button"
          aria-pressed={visible}
          aria-controls={id}
          disabled={disabled}
          data-state={state}
          data-disabled={flag(disabled)}
          onClick={toggle}
        >
          <EyeIcon crossed={visible} />
          <span {...part('toggle-label')} data-visually-hidden="">
            {t('common.showPassword')}
          </span>
        </button>
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
      {children}
      <Announcer>{announcement}</Announcer>
    </div>
  );
}

/** An eye, struck through while the password shows (pressing again hides it). */
function EyeIcon({ crossed }: { crossed: boolean }) {
  const part = usePart();
  return (
    <svg
      {...part('toggle-icon')}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      {crossed ? <path d="M3 3l18 18" /> : null}
    </svg>
  );
}
