// Switching the language in the middle of a reset: every resetkit string follows, and nothing the
// member typed is lost (the email on the request screen, the half-typed new password).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser.js';
import { STRONG_PASSWORD, demoUrl, expectMeter, expectVisible, heading, openNewestLink, typeInto } from './support/demo.js';
import { demoOutDir } from './support/paths.js';

const suite = browserSuite('locale-switch', { root: demoOutDir });

/** Picks the next language in the demo's language list with the keyboard (ArrowDown on the select). */
async function nextLanguage(page: Page, label: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  await select.focus();
  await select.press('ArrowDown');
}

describe('locale switch mid-flow', () => {
  it('keeps the email and the half-typed password while every string changes language', async () => {
    const session = await suite.open(demoUrl(suite.server.url, { org: 'acme' }));
    const { page } = session;
    await page.getByLabel('Work email', { exact: true }).fill('ada@acme.test');
    await session.step('email typed, English');

    // English -> Español.
    await nextLanguage(page, 'Language');
    const emailEs = page.getByLabel('Correo electrónico corporativo', { exact: true });
    await expectVisible(emailEs);
    await expectVisible(heading(page, 'Restablece tu contraseña'));
    expect(await emailEs.inputValue()).toBe('ada@acme.test');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await session.step('switched to Spanish');

    await emailEs.press('Enter');
    await expectVisible(heading(page, 'Revisa tu correo'));
    await openNewestLink(page, 'ada@acme.test');
    await expectVisible(heading(page, 'Elige una nueva contraseña'));
    const half = STRONG_PASSWORD.slice(0, 12);
    await typeInto(page.getByLabel('Nueva contraseña', { exact: true }), half);
    await session.step('half a password, Spanish');

    // Español -> Français, with the password half typed.
    await nextLanguage(page, 'Idioma');
    const passwordFr = page.getByLabel('Nouveau mot de passe', { exact: true });
    await expectVisible(passwordFr);
    await expectVisible(heading(page, 'Choisir un nouveau mot de passe'));
    expect(await passwordFr.inputValue()).toBe(half);
    await session.step('switched to French');

    await passwordFr.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(STRONG_PASSWORD.slice(12));
    expect(await passwordFr.inputValue()).toBe(STRONG_PASSWORD);
    await expectMeter(page, /^(Forte|Très forte)$/);
    await passwordFr.press('Enter');
    await expectVisible(heading(page, 'Votre mot de passe a été réinitialisé'));
    await session.step('done, French');
  });
});
