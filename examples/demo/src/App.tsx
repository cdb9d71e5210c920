import { type MouseEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import {
  type AuthResult,
  type ResetLocale,
  ResetCompleteForm,
  ResetDialog,
  ResetFlow,
  ResetProvider,
  useResetTranslation,
} from 'resetkit';
import { DEMO_PASSWORD } from 'resetkit/adapters/memory';
import type { DemoBackend, InboxEmail } from './backend.js';
import { ORGANIZATIONS, type OrganizationChoice, type Settings, type Theme, type View, LOCALES, VIEWS, readSettings, urlFor } from './settings.js';
import { LOCALE_NAMES, SHELL_STRINGS, type ShellStrings, format } from './strings.js';

const HOUR = 3_600_000;
const ACME = ORGANIZATIONS.acme.id;

/** What tests and the axe sweep use to change language and theme without moving focus. */
export interface DemoControls {
  setLocale(locale: ResetLocale): void;
  setTheme(theme: Theme): void;
}
declare global {
  interface Window {
    resetkitDemo?: DemoControls;
  }
}

export function App({ backend }: { backend: DemoBackend }) {
  const [settings, setSettings] = useState<Settings>(() => readSettings(window.location.href));
  // Bumped to mount a fresh ResetFlow: after opening a link, changing organization, starting over.
  const [flowKey, setFlowKey] = useState(0);
  const [outcome, setOutcome] = useState<AuthResult | null>(null);
  const [lastResult, setLastResult] = useState<AuthResult | null>(null);
  const s = SHELL_STRINGS[settings.locale];

  // The address bar follows the settings, so that an emailed link comes back to the same page.
  const update = useCallback((change: Partial<Settings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      window.history.replaceState(window.history.state, '', urlFor(next, window.location.href));
      return next;
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = settings.locale;
    document.documentElement.dataset['theme'] = settings.theme;
  }, [settings.locale, settings.theme]);

  useEffect(() => {
    window.resetkitDemo = {
      setLocale: (locale) => update({ locale }),
      setTheme: (theme) => update({ theme }),
    };
    return () => {
      delete window.resetkitDemo;
    };
  }, [update]);

  /** Memory backend: the link opens in this tab without a reload, so the in-page backend survives. */
  const openLink = (link: string) => {
    window.history.pushState(null, '', link);
    setSettings(readSettings(link));
    setOutcome(null);
    setFlowKey((key) => key + 1);
  };

  // The emailed link comes back to this very page, with the same settings.
  const redirectUrl = urlFor(settings, window.location.href);
  const organization = settings.organization === 'discovery' ? undefined : ORGANIZATIONS[settings.organization];

  const onComplete = (result: AuthResult) => setLastResult(result);
  const startOver = () => {
    setOutcome(null);
    setFlowKey((key) => key + 1);
  };

  let content: ReactNode;
  if (settings.view === 'flow') {
    content = (
      <>
        <SelectField
          label={s.organization}
          value={settings.organization}
          onChange={(value) => {
            update({ organization: value as OrganizationChoice });
            startOver();
          }}
          options={[
            ['acme', ORGANIZATIONS.acme.name],
            ['globex', ORGANIZATIONS.globex.name],
            ['discovery', s.discovery],
          ]}
        />
        {outcome ? (
          <OutcomePanel result={outcome} strings={s} onStartOver={startOver} />
        ) : (
          <ResetFlow
            key={`${flowKey}-${settings.organization}`}
            className="demo-card"
            organizationId={organization?.id}
            resetPasswordRedirectUrl={redirectUrl}
            discoveryRedirectUrl={redirectUrl}
            onComplete={onComplete}
            onContinue={setOutcome}
          />
        )}
      </>
    );
  } else if (settings.view === 'dialog') {
    content = <SignInCard strings={s} onComplete={onComplete} redirectUrl={redirectUrl} />;
  } else if (settings.view === 'session') {
    content = <SessionPage backend={backend} strings={s} onComplete={onComplete} />;
  } else {
    content = (
      <section className="demo-card" aria-labelledby="existing-title">
        <h2 id="existing-title">{s.sessionTitle}</h2>
        <p className="demo-hint">{format(s.demoAccounts, { password: DEMO_PASSWORD })}</p>
        <ResetCompleteForm method="existingPassword" organizationId={ACME} headingLevel={3} onSuccess={onComplete} />
      </section>
    );
  }

  return (
    <ResetProvider adapter={backend.adapter} locale={settings.locale} theme={settings.theme}>
      <StringsLocaleProbe />
      <div className="demo-app">
        <header className="demo-header">
          <h1>{s.appName}</h1>
          <p>{s.tagline}</p>
          <div className="demo-settings" role="group" aria-label={s.settings}>
            <SelectField
              label={s.language}
              value={settings.locale}
              onChange={(value) => update({ locale: value as ResetLocale })}
              options={LOCALES.map((locale) => [locale, LOCALE_NAMES[locale], locale])}
            />
            <SelectField
              label={s.theme}
              value={settings.theme}
              onChange={(value) => update({ theme: value as Theme })}
              options={[
                ['light', s.light],
                ['dark', s.dark],
              ]}
            />
          </div>
          <nav aria-label={s.views}>
            <ul className="demo-nav">
              {VIEWS.map((view) => (
                <li key={view}>
                  <a
                    href={urlFor({ ...settings, view }, window.location.href)}
                    aria-current={view === settings.view ? 'page' : undefined}
                    onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                      event.preventDefault();
                      update({ view });
                      startOver();
                    }}
                  >
                    {viewName(view, s)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main className="demo-main">{content}</main>
        <DevTools backend={backend} strings={s} locale={settings.locale} lastResult={lastResult} onOpenLink={openLink} />
      </div>
    </ResetProvider>
  );
}

function viewName(view: View, s: ShellStrings): string {
  return { flow: s.viewFlow, dialog: s.viewDialog, session: s.viewSession, existing: s.viewExisting }[view];
}

/** Tells tests which locale resetkit's strings are in (they switch once the catalogue loaded). */
function StringsLocaleProbe() {
  const { stringsLocale } = useResetTranslation();
  useEffect(() => {
    document.documentElement.dataset['rkStrings'] = stringsLocale;
  }, [stringsLocale]);
  return null;
}

function SelectField({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ([string, string] | [string, string, string])[];
}) {
  const id = `demo-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="demo-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([optionValue, text, lang]) => (
          <option key={optionValue} value={optionValue} lang={lang}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** After "Continue": where the app would go next (its dashboard, or its MFA step). */
function OutcomePanel({ result, strings: s, onStartOver }: { result: AuthResult; strings: ShellStrings; onStartOver: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const mfa = !result.memberAuthenticated;
  return (
    <section className="demo-card" aria-labelledby="outcome-title">
      <h2 id="outcome-title" ref={heading} tabIndex={-1}>
        {mfa ? s.mfaTitle : s.homeTitle}
      </h2>
      <p>{mfa ? s.mfaText : s.homeText}</p>
      <button type="button" className="demo-button" onClick={onStartOver}>
        {s.startOver}
      </button>
    </section>
  );
}

/** A sign-in form as a product has one, with resetkit's dialog behind "Forgot your password?". */
function SignInCard({ strings: s, onComplete, redirectUrl }: { strings: ShellStrings; onComplete: (result: AuthResult) => void; redirectUrl: string }) {
  const [note, setNote] = useState('');
  return (
    <section className="demo-card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{s.signInTitle}</h2>
      <form
        className="demo-form"
        onSubmit={(event) => {
          event.preventDefault();
          setNote(s.signInNote);
        }}
      >
        <div className="demo-field">
          <label htmlFor="sign-in-email">{s.email}</label>
          <input id="sign-in-email" type="email" autoComplete="username" />
        </div>
        <div className="demo-field">
          <label htmlFor="sign-in-password">{s.password}</label>
          <input id="sign-in-password" type="password" autoComplete="current-password" />
        </div>
        <button type="submit" className="demo-button">
          {s.signIn}
        </button>
      </form>
      <p role="status">{note}</p>
      <ResetDialog>
        <ResetFlow organizationId={ACME} resetPasswordRedirectUrl={redirectUrl} onComplete={onComplete} />
      </ResetDialog>
    </section>
  );
}

/** A signed-in member changing their password (reset by session). */
function SessionPage({ backend, strings: s, onComplete }: { backend: DemoBackend; strings: ShellStrings; onComplete: (result: AuthResult) => void }) {
  const [sessionToken, setSessionToken] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void backend.createSession('member-demo-ada').then((token) => current && setSessionToken(token));
    return () => {
      current = false;
    };
  }, [backend]);
  return (
    <section className="demo-card" aria-labelledby="session-title">
      <h2 id="session-title">{s.sessionTitle}</h2>
      <p>{sessionToken ? format(s.signedInAs, { name: 'Ada Lovelace', email: 'ada@acme.test' }) : s.signingIn}</p>
      {sessionToken ? (
        <ResetCompleteForm method="session" organizationId={ACME} sessionToken={sessionToken} headingLevel={3} onSuccess={onComplete} />
      ) : null}
    </section>
  );
}

function DevTools({
  backend,
  strings: s,
  locale,
  lastResult,
  onOpenLink,
}: {
  backend: DemoBackend;
  strings: ShellStrings;
  locale: ResetLocale;
  lastResult: AuthResult | null;
  onOpenLink: (link: string) => void;
}) {
  const [emails, setEmails] = useState<InboxEmail[]>([]);
  const [hours, setHours] = useState(0);
  useEffect(() => backend.watchInbox(setEmails), [backend]);
  const newestFirst = emails.map((email, index) => ({ email, number: index + 1 })).reverse().slice(0, 5);
  const organizationName = (id: string | undefined) =>
    Object.values(ORGANIZATIONS).find((organization) => organization.id === id)?.name ?? id ?? '';
  const result = lastResult
    ? lastResult.memberAuthenticated
      ? format(s.resultSignedIn, { member: lastResult.memberId, organization: organizationName(lastResult.organizationId) })
      : format(s.resultMfa, { organization: organizationName(lastResult.organizationId) })
    : s.none;
  return (
    <aside className="demo-devtools" aria-labelledby="devtools-title">
      <h2 id="devtools-title">{s.devTools}</h2>
      <h3>{s.inbox}</h3>
      {newestFirst.length === 0 ? (
        <p>{s.inboxEmpty}</p>
      ) : (
        <ol className="demo-inbox" reversed>
          {newestFirst.map(({ email, number }) => (
            <li key={email.id}>
              <span className="demo-email-meta">
                {email.template === 'verify_email' ? s.templateVerify : s.templateReset} ·{' '}
                {new Date(email.sentAt).toLocaleTimeString(locale)}
              </span>
              <a
                href={email.link}
                onClick={(event) => {
                  if (backend.kind !== 'memory') return;
                  event.preventDefault();
                  onOpenLink(email.link);
                }}
              >
                {format(s.openLink, { n: number, to: email.to })}
              </a>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="demo-button demo-button-secondary"
        onClick={() => void backend.advanceClock(HOUR).then(() => setHours((value) => value + 1))}
      >
        {s.skipAhead}
      </button>
      <p role="status">{format(s.clock, { hours })}</p>
      <p role="status">
        {s.lastResult}: {result}
      </p>
    </aside>
  );
}
