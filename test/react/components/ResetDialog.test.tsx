import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ResetDialog, ResetStartForm } from '../../../src/react/components/index.js';
import { ACME, axeViolations, renderWithProvider } from './render.js';

describe('ResetDialog', () => {
  it('opens from its trigger, traps focus, closes on Escape and gives focus back', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderWithProvider(
      <ResetDialog onOpenChange={onOpenChange}>
        <ResetStartForm organizationId={ACME} />
      </ResetDialog>,
      { theme: 'dark' },
    );
    const trigger = screen.getByRole('button', { name: 'Forgot your password?' });
    expect(trigger).toHaveAttribute('data-rk-theme', 'dark');
    await user.click(trigger);

    // Untitled, the dialog is named by the screen inside, whose heading stays a level 2.
    const dialog = screen.getByRole('dialog', { name: 'Reset your password' });
    expect(dialog).toHaveAttribute('data-state', 'open');
    expect(dialog).toHaveAttribute('data-rk-theme', 'dark');
    expect(dialog).not.toHaveAttribute('data-titled');
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    await waitFor(() => expect(screen.getByLabelText('Work email')).toHaveFocus());
    // The form's root does not declare the tokens again under the dialog's.
    expect(dialog.querySelector('[data-scope="reset-start"]')).not.toHaveAttribute('data-rk-theme');
    expect(await axeViolations(document.body)).toEqual([]);

    // Tab cycles inside: field, submit, close, then back to the field.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Email me a reset link' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Work email')).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('follows the step in its name: the sent screen renames it', async () => {
    const { user } = renderWithProvider(
      <ResetDialog defaultOpen>
        <ResetStartForm organizationId={ACME} />
      </ResetDialog>,
    );
    await user.type(screen.getByLabelText('Work email'), 'ada@acme.test{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Check your email' })).toBeInTheDocument();
  });

  it('shows a given title, with the screen headings one level below', async () => {
    const { container } = renderWithProvider(
      <ResetDialog defaultOpen title="Account recovery" trigger={<a href="#recover">Recover</a>}>
        <ResetStartForm organizationId={ACME} />
      </ResetDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Account recovery' });
    expect(screen.getByRole('heading', { level: 2, name: 'Account recovery' })).toHaveAttribute('data-part', 'title');
    expect(screen.getByRole('heading', { level: 3, name: 'Reset your password' })).toBeInTheDocument();
    // The stylesheet sets the screen heading below the title's size under this flag.
    expect(dialog).toHaveAttribute('data-titled', '');
    expect(container.querySelector('a[href="#recover"]')).toHaveAttribute('aria-haspopup', 'dialog');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('can be controlled, with no trigger at all', async () => {
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open reset
          </button>
          <ResetDialog trigger={null} open={open} onOpenChange={setOpen} title="Reset">
            <p>Content</p>
          </ResetDialog>
        </>
      );
    }
    const { user } = renderWithProvider(<Host />);
    expect(screen.queryByRole('button', { name: 'Forgot your password?' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open reset' }));
    expect(screen.getByRole('dialog', { name: 'Reset' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds no <style> element (a style-src CSP would block it) and no overlay of Radix', async () => {
    const styles = document.querySelectorAll('style').length;
    const { user } = renderWithProvider(
      <ResetDialog classNames={{ overlay: 'scrim', content: 'panel' }} className="mine">
        <ResetStartForm organizationId={ACME} />
      </ResetDialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    const dialog = screen.getByRole('dialog');
    expect(document.querySelectorAll('style')).toHaveLength(styles);
    expect(document.body).not.toHaveAttribute('data-scroll-locked');
    const overlay = document.querySelector('[data-scope="reset-dialog"][data-part="overlay"]');
    expect(overlay).toHaveAttribute('data-state', 'open');
    expect(overlay).toHaveClass('scrim');
    expect(overlay).not.toHaveAttribute('style');
    expect(dialog).toHaveClass('panel', 'mine');
  });
});
