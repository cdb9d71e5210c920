import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { usePasswordPolicy, useResetTranslation } from '../../src/react/index.js';
import { StateView, readState } from './StateView.js';
import type { ScreenParameter } from '../support/screen.js';
import { inTurn } from '../support/turns.js';

const CHARACTER_TYPES = ['lowerCase', 'upperCase', 'digit', 'symbol'] as const;

/**
 * `usePasswordPolicy` headless: the policy new passwords must meet, to state the rules before
 * anything is typed, here in resetkit's own words (`useResetTranslation`). Switch the toolbar's
 * policy between zxcvbn and LUDS.
 */
function UsePasswordPolicyDemo() {
  const { policy, ready } = usePasswordPolicy();
  const { t } = useResetTranslation();
  return (
    <main>
      <h1>usePasswordPolicy</h1>
      {ready &&
        (policy.kind === 'luds' ? (
          <section data-testid="rules" aria-label={t('strength.luds.title')}>
            <p>{t('strength.luds.title')}</p>
            <ul>
              <li>{t('strength.luds.length', { count: policy.minLength })}</li>
              <li>
                {t('strength.luds.complexity', { count: policy.minComplexity })}
                <ul>
                  {CHARACTER_TYPES.map((type) => (
                    <li key={type}>{t(`strength.luds.${type}`)}</li>
                  ))}
                </ul>
              </li>
            </ul>
          </section>
        ) : (
          <p data-testid="rules">{t('strength.hint')}</p>
        ))}
      <StateView label="Hook state" value={{ policy, ready }} />
    </main>
  );
}

const meta = {
  title: 'Hooks/usePasswordPolicy',
  component: UsePasswordPolicyDemo,
} satisfies Meta<typeof UsePasswordPolicyDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ToolbarPolicy: Story = {
  parameters: { screen: [{ text: '"ready": true' }, { selector: '[data-testid="rules"]' }] satisfies ScreenParameter },
  play: inTurn(async ({ canvasElement, globals }) => {
    await waitFor(() => expect(readState(canvasElement)).toMatchObject({ ready: true, policy: { kind: globals['policy'] } }));
  }),
};
