import { type FormEvent, type Ref, useEffect, useId, useRef, useState } from 'react';
import { type ResetError, canRetry, isValidEmail } from '../../../../core/index.js';
import { useResetTranslation } from '../../../hooks/useResetTranslation.js';
import { usePasswordPolicy } from '../../../hooks/usePasswordPolicy.js';
import type { MessageKey } from '../../../i18n.js';
import { PasswordField } from '../../PasswordField/PasswordField.js';
import { StrengthMeter } from '../../StrengthMeter/StrengthMeter.js';
import { type FieldName, fieldOfError } from '../errors.js';
import { useFocusRequest } from '../hooks.js';
import { usePart } from '../parts.js';
import { ActionButton, Description, FormAlert, Heading, TextField } from '../ui.js';

/** What the new-password form collects. */
export interface NewPasswordValues {
  password: string;
  existingPassword: string;
  emailAddress: string;
}

export interface NewPasswordViewProps {
  /** Which texts to show: by emailed link, signed in (session), or with the current password. */
  variant: 'email' | 'session' | 'existingPassword';
  /** What to start with: what was typed before an error, or what the host knows. */
  initial: NewPasswordValues;
  /** Ask for the email address and the current password (`existingPassword`). */
  askCredentials: boolean;
  pending: boolean;
  error: ResetError | null;
  errorMessage: string | null;
  /** After a rate limit: seconds to wait, counted down in the alert (0 otherwise). */
  waitSeconds?: number;
  onSubmit: (values: NewPasswordValues) => void;
  /** Show the strength meter under the new password. */
  showStrength: boolean;
  /** Words the password must not be built from. */
  userInputs?: string[];
  headingRef?: Ref<HTMLHeadingElement>;
  /** Offered under errors only a new link fixes. */
  onNewLink?: () => void;
  /** Focus the new password on mount: the member just opened the emailed link to type it. */
  focusOnMount?: boolean;
  /** The member's address, when known: the username password managers save the new password under. */
  username?: string | undefined;
}

const TEXTS: Record<NewPasswordViewProps['variant'], { title: MessageKey; description: MessageKey; submit: MessageKey }> = {
  email: { title: 'complete.title', description: 'complete.description', submit: 'complete.submit' },
  session: { title: 'session.title', description: 'session.description', submit: 'complete.submit' },
  existingPassword: { title: 'existing.title', description: 'existing.description', submit: 'existing.submit' },
};

// Keys, not texts: a message follows a change of locale while it is shown.
type Problems = Partial<Record<FieldName, MessageKey>>;

/** The new-password form, with the email and current-password fields when the method needs them. */
export function NewPasswordView({
  variant,
  initial,
  askCredentials,
  pending,
  error,
  errorMessage,
  waitSeconds = 0,
  onSubmit,
  showStrength,
  userInputs,
  headingRef,
  onNewLink,
  focusOnMount = false,
  username,
}: NewPasswordViewProps) {
  const { t } = useResetTranslation();
  const { policy, preloadStrength } = usePasswordPolicy();
  const part = usePart();
  const meterId = useId();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  // Fields edited since the backend's last error: its complaint no longer applies to them.
  const [edited, setEdited] = useState<{ after: ResetError | null; fields: FieldName[] }>({ after: null, fields: [] });
  const emailRef = useRef<HTMLInputElement>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // Read in effects and handlers only.
  const inputOf = (field: FieldName) =>
    field === 'email' ? emailRef.current : field === 'currentPassword' ? currentRef.current : field === 'password' ? passwordRef.current : null;
  const alertRef = useRef<HTMLDivElement>(null);
  const focus = useFocusRequest();

  const fields: FieldName[] = askCredentials ? ['email', 'currentPassword', 'password'] : ['password'];
  const errorField = fieldOfError(error, fields);
  const stale = (field: FieldName) => edited.after === error && edited.fields.includes(field);
  // A refused password is explained once, by the meter's verdict line (which the input names as
  // its description), not again under the field: one message per problem.
  const rejected =
    showStrength && errorField === 'password' && !stale('password') && !problems.password
      ? error?.code === 'breached_password'
        ? 'breached'
        : error?.code === 'weak_password'
          ? 'weak'
          : undefined
      : undefined;
  const messageFor = (field: FieldName): string | null => {
    const problem = problems[field];
    if (problem) return t(problem);
    if (errorField !== field || stale(field)) return null;
    if (field === 'password' && rejected) return null;
    return errorMessage;
  };

  useEffect(() => {
    if (focusOnMount) passwordRef.current?.focus();
    // On mount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!error) return;
    (errorField ? inputOf(errorField) : alertRef.current)?.focus();
    // Once per failure: `error` is a new object each time; refs are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  const change = (field: FieldName, key: keyof NewPasswordValues) => (value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    setEdited((current) => ({ after: error, fields: current.after === error ? [...current.fields, field] : [field] }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problems = {};
    if (askCredentials) {
      const email = values.emailAddress.trim();
      if (!email) found.email = 'validation.emailRequired';
      else if (!isValidEmail(email)) found.email = 'validation.emailInvalid';
      if (!values.existingPassword) found.currentPassword = 'validation.currentPasswordRequired';
    }
    if (!values.password) found.password = 'validation.passwordRequired';
    setProblems(found);
    const first = fields.find((field) => found[field]);
    if (first) {
      focus(() => inputOf(first));
      return;
    }
    onSubmit(values);
  };

  // Saving again can only fail the same way (a dead link, a suspended organization): no button to
  // press in vain until something was edited.
  const stuck = error !== null && !canRetry(error) && edited.after !== error;
  const texts = TEXTS[variant];
  return (
    <>
      <Heading headingRef={headingRef}>{t(texts.title)}</Heading>
      <Description>{t(texts.description)}</Description>
      <form {...part('form')} noValidate onSubmit={submit} aria-busy={pending || undefined}>
        {/*
          Password managers save a new password under the form's username field; without one they
          cannot tell whose password it is (Chrome warns). Hidden from everyone but them.
        */}
        {askCredentials ? null : (
          <input
            {...part('username')}
            key={username ?? ''}
            type="text"
            name="username"
            autoComplete="username"
            defaultValue={username ?? ''}
            readOnly
            tabIndex={-1}
            aria-hidden="true"
            data-visually-hidden=""
          />
        )}
        {askCredentials ? (
          <>
            <TextField
              label={t('fields.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={values.emailAddress}
              onValueChange={change('email', 'emailAddress')}
              error={messageFor('email')}
              inputRef={emailRef}
            />
            <PasswordField
              autoComplete="current-password"
              name="current-password"
              value={values.existingPassword}
              onValueChange={change('currentPassword', 'existingPassword')}
              error={messageFor('currentPassword')}
              inputRef={currentRef}
            />
          </>
        ) : null}
        <PasswordField
          autoComplete="new-password"
          name="new-password"
          value={values.password}
          onValueChange={change('password', 'password')}
          error={messageFor('password')}
          inputRef={passwordRef}
          onFocus={preloadStrength}
          invalid={rejected !== undefined}
          describedBy={
            showStrength ? [policy.kind === 'luds' ? `${meterId}-checklist` : '', `${meterId}-verdict`].filter(Boolean).join(' ') : undefined
          }
        >
          {showStrength ? (
            <StrengthMeter
              id={meterId}
              {...(rejected ? { rejected } : {})}
              password={values.password}
              {...(userInputs ? { userInputs } : {})}
              {...(askCredentials && values.emailAddress ? { emailAddress: values.emailAddress.trim() } : {})}
            />
          ) : null}
        </PasswordField>
        <FormAlert
          error={errorField ? null : error}
          message={errorMessage}
          waitSeconds={waitSeconds}
          alertRef={alertRef}
          onNewLink={onNewLink}
        />
        <ActionButton pending={pending} disabled={stuck || waitSeconds > 0} label={t(texts.submit)} pendingLabel={t('complete.submitting')} />
      </form>
    </>
  );
}
