import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESET_ERROR_CODES, ResetError, SUPPORTED_LOCALES, type ResetLocale } from '../../../src/core/index.js';
import { ResetProvider, resolveLocale, useResetStart, useResetTranslation } from '../../../src/react/index.js';
import en from '../../../locales/en.json' with { type: 'json' };
import es from '../../../locales/es.json' with { type: 'json' };
import fr from '../../../locales/fr.json' with { type: 'json' };
import ptBr from '../../../locales/pt-br.json' with { type: 'json' };
import { memoryAdapter, providerWrapper } from '../harness.js';

const catalogues = { en, es, fr, 'pt-br': ptBr } as const;

function Title() {
  const { t } = useResetTranslation();
  return <h1>{t('start.title')}</h1>;
}

afterEach(() => vi.restoreAllMocks());

describe('ResetProvider strings', () => {
  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    it('explains every error code in that locale', async () => {
      const { result } = renderHook(() => useResetTranslation(), { wrapper: providerWrapper({ adapter: memoryAdapter(), locale }) });
      await waitFor(() => expect(result.current.stringsLocale).toBe(locale));
      for (const code of RESET_ERROR_CODES) {
        const message = result.current.errorMessage(new ResetError(code, 'English log text'));
        expect(message).toBe(catalogues[locale].errors[code]);
        if (locale !== 'en') expect(message).not.toBe(en.errors[code]);
      }
    });

    it('uses plural forms for counts', async () => {
      const { result } = renderHook(() => useResetTranslation(), { wrapper: providerWrapper({ adapter: memoryAdapter(), locale }) });
      await waitFor(() => expect(result.current.stringsLocale).toBe(locale));
      const one = result.current.t('rateLimit.wait', { count: 1 });
      const many = result.current.t('rateLimit.wait', { count: 12 });
      expect(one).toBe(catalogues[locale].rateLimit.wait_one.replace('{{count}}', '1'));
      expect(many).toBe(catalogues[locale].rateLimit.wait_other.replace('{{count}}', '12'));
    });
  });

  it('renders placeholders as text, never as markup', async () => {
    const adapter = memoryAdapter();
    function Sent() {
      const { t } = useResetTranslation();
      return <p data-testid="sent">{t('sent.description', { email: '<img src=x onerror=alert(1)>&amp;@x.test' })}</p>;
    }
    render(<Sent />, { wrapper: providerWrapper({ adapter, locale: 'en' }) });
    const paragraph = screen.getByTestId('sent');
    expect(paragraph.querySelector('img')).toBeNull();
    expect(paragraph.textContent).toContain('<img src=x onerror=alert(1)>&amp;@x.test');
  });

  it('applies the host’s overrides on top of a locale, and drops one the host removes', async () => {
    const adapter = memoryAdapter();
    const { rerender } = render(
      <ResetProvider adapter={adapter} locale="fr" messages={{ fr: { start: { title: 'Mot de passe oublié ?' } } }}>
        <Title />
      </ResetProvider>,
    );
    await screen.findByRole('heading', { name: 'Mot de passe oublié ?' });
    rerender(
      <ResetProvider adapter={adapter} locale="fr">
        <Title />
      </ResetProvider>,
    );
    await screen.findByRole('heading', { name: fr.start.title });
  });

  it('picks the browser’s language with locale="auto"', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'pt-BR', 'en']);
    render(
      <ResetProvider adapter={memoryAdapter()} locale="auto">
        <Title />
      </ResetProvider>,
    );
    await screen.findByRole('heading', { name: ptBr.start.title });
  });

  it.each([
    [['pt'], 'pt-br'],
    [['pt-PT'], 'pt-br'],
    [['es-MX'], 'es'],
    [['fr-CA', 'en'], 'fr'],
    [['de', 'ja'], 'en'],
    [[], 'en'],
  ] as [string[], ResetLocale][])('resolves %j to %s', (languages, expected) => {
    expect(resolveLocale('auto', languages)).toBe(expected);
  });
});

describe('ResetProvider and the host’s i18next', () => {
  it('never touches the global i18next instance', async () => {
    await i18next.init({ lng: 'de', resources: { de: { translation: { hello: 'Hallo' } } } });
    render(
      <ResetProvider adapter={memoryAdapter()} locale="es">
        <Title />
      </ResetProvider>,
    );
    await screen.findByRole('heading', { name: es.start.title });
    expect(i18next.language).toBe('de');
    expect(i18next.hasResourceBundle('es', 'resetkit')).toBe(false);
    expect(i18next.hasResourceBundle('en', 'resetkit')).toBe(false);
    expect(i18next.t('hello')).toBe('Hallo');
  });

  it('shares a host instance: its own keys stay, resetkit follows its language', async () => {
    const host = i18next.createInstance();
    await host.init({ lng: 'es', resources: { es: { translation: { hello: 'Hola' } } } });
    render(
      <ResetProvider adapter={memoryAdapter()} i18n={host}>
        <Title />
      </ResetProvider>,
    );
    await screen.findByRole('heading', { name: es.start.title });
    expect(host.t('hello')).toBe('Hola');
    await act(() => host.changeLanguage('fr-FR'));
    await screen.findByRole('heading', { name: fr.start.title });
  });
});

describe('switching the locale at run time', () => {
  function Form() {
    const [email, setEmail] = useState('');
    const start = useResetStart({ organizationId: 'organization-demo-acme' });
    const { t } = useResetTranslation();
    return (
      <form>
        <h1>{t('start.title')}</h1>
        <label>
          {t('fields.email')}
          <input value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <output>{start.status}</output>
      </form>
    );
  }

  it('re-renders every string without remounting or losing what was typed', async () => {
    const adapter = memoryAdapter();
    const { rerender } = render(
      <ResetProvider adapter={adapter} locale="en">
        <Form />
      </ResetProvider>,
    );
    const input = screen.getByLabelText(en.fields.email);
    await userEvent.type(input, 'ada@acme.test');
    rerender(
      <ResetProvider adapter={adapter} locale="pt-br">
        <Form />
      </ResetProvider>,
    );
    await screen.findByRole('heading', { name: ptBr.start.title });
    const same = screen.getByLabelText(ptBr.fields.email);
    expect(same).toBe(input);
    expect(same).toHaveValue('ada@acme.test');
  });
});
