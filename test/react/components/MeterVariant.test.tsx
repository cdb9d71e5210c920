import { describe, expect, it } from 'vitest';
import { ResetCompleteForm, StrengthMeter } from '../../../src/react/components/index.js';
import { renderWithProvider } from './render.js';

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
