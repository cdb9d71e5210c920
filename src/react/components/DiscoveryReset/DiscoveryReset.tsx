import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { AuthResult } from '../../../core/index.js';
import { useResetContext } from '../../context.js';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { type UseDiscoveryResetOptions, type UseDiscoveryResetResult, useDiscoveryReset } from '../../hooks/useDiscoveryReset.js';
import { fieldOfError, isLinkError } from '../shared/errors.js';
import type { RecoveryOptions } from '../shared/recovery.js';
import { useFlowEvents, useLinkEvents } from '../shared/events.js';
import { useFocusRequest, useStepFocus } from '../shared/hooks.js';
import { type StyleProps, flag, usePart } from '../shared/parts.js';
import { type HeadingLevel, RootProviders, ScopeProvider, useRoot, useScope, withoutRootOptions } from '../shared/scope.js';
import { ActionButton, Announcer, Description, FormAlert, Heading, SectionHeading, TextField } from '../shared/ui.js';
import { NewPasswordView } from '../shared/views/NewPasswordView.js';
import { OutcomeView } from '../shared/views/OutcomeView.js';
import { RequestLinkView } from '../shared/views/RequestLinkView.js';
import { SentView } from '../shared/views/SentView.js';
import { DEFAULT_LINK_EXPIRATION_MINUTES } from '../ResetStartForm/ResetStartForm.js';
import { OrganizationPicker } from './OrganizationPicker.js';

export interface DiscoveryResetProps extends UseDiscoveryResetOptions, StyleProps, RecoveryOptions {
  /** The address to start with, e.g. what the member typed on the sign-in form. */
  defaultEmail?: string;
  /** Offer to create an organization after the reset, when the adapter can (default true). */
  allowCreateOrganization?: boolean;
  /**
   * The action of the "Continue" button on the done and MFA screens. Without it (and without
   * `continueHref`) "Continue" calls `onSuccess` or `onMfaRequired` again with the result.
   */
  onContinue?: ((result: AuthResult) => void) | undefined;
  /** Where "Continue" leads when there is no `onContinue`; with neither callback, default `/`. */
  continueHref?: string | undefined;
  /** Show the strength meter under the new password (default true). */
  showStrength?: boolean;
  /** Level of the screen headings (default 2, or one below an enclosing `ResetDialog`'s title). */
  headingLevel?: HeadingLevel;
}

type View = 'request' | 'sent' | 'password' | 'expired' | 'organizations' | 'restart' | 'outcome';

/**
 * The cross-organization reset: request a link (without an organization), set the password from
 * the link (`token`), choose one of the member's organizations (or create one), then done or
 * the MFA hand-off. A used or expired link leads to a screen that sends a new one.
 */
export function DiscoveryReset(props: DiscoveryResetProps) {
  const { rootProps, scopeValue, classNames } = useRoot({ component: 'DiscoveryReset', scope: 'discovery-reset', ...props });
  const {
    defaultEmail = '',
    allowCreateOrganization = true,
    onContinue,
    continueHref,
    showStrength = true,
    ...rest
  } = props;
  const options = withoutRootOptions(rest);
  const links = useLinkEvents('discovery-reset', options.onSent);
  const discovery = useDiscoveryReset({ ...options, onSent: links.onSent });
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Which half of the flow the member is in: asking for a link, or back from one. The hook's
  // status alone cannot tell (both start idle), and a dead link or a restart switches halves.
  const [half, setHalf] = useState<'request' | 'password'>(options.token ? 'password' : 'request');
  const [requestVariant, setRequestVariant] = useState<'start' | 'expired'>('start');

  const view = viewOf(discovery, half);
  useStepFocus(view === 'expired' ? 'request' : view, headingRef);
  useFlowEvents('discovery-reset', { step: view, status: discovery.status, error: discovery.error });

  const restart = (variant: 'start' | 'expired') => {
    setRequestVariant(variant);
    setHalf('request');
  };

  return (
    <div {...rootProps} data-state={discovery.status} data-pending={flag(discovery.isPending)}>
      <RootProviders scope={scopeValue} classNames={classNames}>
        {view === 'outcome' && discovery.result ? (
          <OutcomeView
            result={discovery.result}
            onContinue={
              onContinue ??
              (continueHref === undefined ? (discovery.status === 'success' ? options.onSuccess : options.onMfaRequired) : undefined)
            }
            continueHref={continueHref}
            headingRef={headingRef}
          />
        ) : view === 'organizations' ? (
          <OrganizationsView discovery={discovery} allowCreate={allowCreateOrganization} headingRef={headingRef} />
        ) : view === 'restart' ? (
          <RestartView
            onRestart={() => {
              restart('start');
              discovery.reset();
            }}
            headingRef={headingRef}
          />
        ) : view === 'password' ? (
          <NewPasswordView
            variant="email"
            initial={{ password: '', existingPassword: '', emailAddress: '' }}
            askCredentials={false}
            pending={discovery.isPending}
            error={discovery.error}
            errorMessage={discovery.errorMessage}
            onSubmit={(values) => discovery.complete({ password: values.password })}
            showStrength={showStrength}
            focusOnMount
            username={discovery.email || defaultEmail || undefined}
            headingRef={headingRef}
          />
        ) : view === 'sent' ? (
          <SentView
            email={discovery.email}
            expiresInMinutes={options.resetPasswordExpirationMinutes ?? DEFAULT_LINK_EXPIRATION_MINUTES}
            pending={discovery.isPending}
            error={discovery.error}
            errorMessage={discovery.errorMessage}
            resendAvailableInSeconds={discovery.resendAvailableInSeconds}
            onResend={discovery.resend}
            onUseAnotherEmail={() => {
              links.restart();
              setRequestVariant('start');
              discovery.reset();
            }}
            headingRef={headingRef}
          />
        ) : (
          <RequestLinkView
            key="request"
            variant={view === 'expired' ? 'expired' : requestVariant}
            initialEmail={discovery.email || defaultEmail}
            askEmail
            pending={discovery.isPending}
            error={view === 'expired' ? null : discovery.error}
            errorMessage={view === 'expired' ? null : discovery.errorMessage}
            waitSeconds={discovery.error?.code === 'rate_limited' ? discovery.resendAvailableInSeconds : 0}
            reason={view === 'expired' ? discovery.error?.code : undefined}
            onSubmit={(email) => {
              if (view === 'expired') restart('expired');
              discovery.start(email);
            }}
            headingRef={headingRef}
          />
        )}
      </RootProviders>
    </div>
  );
}

function viewOf(discovery: UseDiscoveryResetResult, half: 'request' | 'password'): View {
  const { status, failedStep, error } = discovery;
  if (status === 'success' || status === 'mfa_required') return 'outcome';
  if (discovery.needsRestart) return 'restart';
  if (status === 'choose_organization' || status === 'exchanging' || failedStep === 'exchange') return 'organizations';
  if (half === 'password') return failedStep === 'reset' && isLinkError(error) ? 'expired' : 'password';
  // A resend passes through sending (and maybe error) with the sent screen still up.
  return discovery.hasSent ? 'sent' : 'request';
}

function OrganizationsView({
  discovery,
  allowCreate,
  headingRef,
}: {
  discovery: UseDiscoveryResetResult;
  allowCreate: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useResetTranslation();
  const headingId = useId();
  const alertRef = useRef<HTMLDivElement>(null);
  const exchanging = discovery.status === 'exchanging';
  const creating = exchanging && discovery.selectedOrganizationId === null;
  const create = allowCreate ? discovery.createOrganization : undefined;
  const onNameField = fieldOfError(discovery.error, create ? ['organizationName'] : []) === 'organizationName';
  const scope = useScope();
  const { onEvent } = useResetContext('DiscoveryReset');
  const chosenName = discovery.organizations.find(
    (entry) => entry.organization.organizationId === discovery.selectedOrganizationId,
  )?.organization.organizationName;

  useEffect(() => {
    if (discovery.error && !onNameField) alertRef.current?.focus();
    // Once per failure: `error` is a new object each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [discovery.error]);

  return (
    <>
      <Heading headingRef={headingRef}>
        <span id={headingId}>{t('discovery.chooseTitle')}</span>
      </Heading>
      <Description>{t('discovery.chooseDescription')}</Description>
      {/* An organization that refuses the sign-in (suspended, locked out) is named in the way out. */}
      <ScopeProvider value={chosenName ? { ...scope, recovery: { ...scope.recovery, organizationName: chosenName } } : scope}>
        <FormAlert error={onNameField ? null : discovery.error} message={discovery.errorMessage} alertRef={alertRef} />
      </ScopeProvider>
      <OrganizationPicker
        organizations={discovery.organizations}
        onSelect={(organizationId) => {
          onEvent({ type: 'organization_chosen', component: 'discovery-reset', created: false });
          discovery.selectOrganization(organizationId);
        }}
        pendingOrganizationId={exchanging && !creating ? discovery.selectedOrganizationId : null}
        disabled={exchanging}
        labelledBy={headingId}
      />
      {create ? (
        <CreateOrganizationSection
          onCreate={(organizationName) => {
            onEvent({ type: 'organization_chosen', component: 'discovery-reset', created: true });
            create({ organizationName });
          }}
          pending={creating}
          disabled={exchanging}
          error={onNameField ? discovery.errorMessage : null}
          failure={discovery.error}
        />
      ) : null}
      <Announcer>{exchanging ? t('discovery.signingIn') : ''}</Announcer>
    </>
  );
}

function CreateOrganizationSection({
  onCreate,
  pending,
  disabled,
  error,
  failure,
}: {
  onCreate: (organizationName: string) => void;
  pending: boolean;
  disabled: boolean;
  error: string | null;
  failure: unknown;
}) {
  const { t } = useResetTranslation();
  const part = usePart();
  const headingId = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [editedAfter, setEditedAfter] = useState<unknown>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focus = useFocusRequest();

  useEffect(() => {
    if (error) inputRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [failure]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (disabled) return;
    if (!name.trim()) {
      setProblem(t('validation.organizationNameRequired'));
      focus(() => inputRef.current);
      return;
    }
    onCreate(name.trim());
  };

  return (
    <section {...part('section')} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{t('discovery.createTitle')}</SectionHeading>
      <form {...part('form')} noValidate onSubmit={submit} aria-busy={pending || undefined}>
        <TextField
          label={t('fields.organizationName')}
          name="organization-name"
          autoComplete="organization"
          value={name}
          onValueChange={(value) => {
            setName(value);
            setProblem(null);
            setEditedAfter(failure);
          }}
          error={problem ?? (editedAfter === failure ? null : error)}
          inputRef={inputRef}
        />
        <ActionButton pending={pending} disabled={disabled} label={t('discovery.create')} pendingLabel={t('discovery.signingIn')} />
      </form>
    </section>
  );
}

function RestartView({
  onRestart,
  headingRef,
}: {
  onRestart: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useResetTranslation();
  const part = usePart();
  return (
    <>
      <Heading headingRef={headingRef}>{t('discovery.sessionExpiredTitle')}</Heading>
      <Description>{t('discovery.sessionExpired')}</Description>
      <div {...part('actions')}>
        <button {...part('submit')} type="button" onClick={onRestart}>
          {t('discovery.restart')}
        </button>
      </div>
    </>
  );
}
