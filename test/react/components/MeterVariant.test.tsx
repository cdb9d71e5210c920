import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ResetCompleteForm, ResetStartForm, StrengthMeter } from '../../../src/react/components/index.js';
import { ACME, renderWithProvider } from './render.js';

const meter = (container: HTMLElement) => container.querySelector('[data-scope="strength-meter"]');

describe('meterVariant', () => {
  it('draws the bar by default', () => {
    const { container } = renderWithProvider(<ResetCompleteForm method="email" token="link-token" />);
    expect(meter(container)).toHaveAttribute('data-variant', 'bar');
  });

  it("reaches the meter inside a form, where the meter's own variant is out of the host's reach", () => {
    const { container } = renderWithProvider(<ResetCompleteForm method="email" token="link-token" meterVariant="segmented" />);
    expect(meter(container)).toHaveAttribute('data-variant', 'segmented');
    // Not an attribute of the form's root: a presentation choice handed down.
    expect(container.querySelector('[data-scope="reset-complete"]')).not.toHaveAttribute('meterVariant');
  });

  it("loses to a standalone meter's own variant", () => {
    const { container } = renderWithProvider(<StrengthMeter password="" meterVariant="segmented" variant="bar" />);
    expect(meter(container)).toHaveAttribute('data-variant', 'bar');
  });
});

it('presentation options stay with the root: none reaches the backend', async () => {
  const { user, adapter } = renderWithProvider(
    <ResetStartForm organizationId={ACME} layout="card" density="compact" meterVariant="segmented" supportHref="/support" />,
  );
  const start = vi.spyOn(adapter, 'resetByEmailStart');
  await user.type(screen.getByLabelText('Work email'), 'ada@acme.test');
  await user.click(screen.getByRole('button', { name: 'Email me a reset link' }));
  await waitFor(() => expect(start).toHaveBeenCalledTimes(1));
  const request = start.mock.calls[0]![0] as unknown as Record<string, unknown>;
  for (const key of ['layout', 'density', 'meterVariant', 'supportHref', 'className', 'classNames']) expect(request).not.toHaveProperty(key);
  expect(request).toMatchObject({ organizationId: ACME, emailAddress: 'ada@acme.test' });
});
