import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, isValidElement, useId, useMemo } from 'react';
import { useResetTranslation } from '../../hooks/useResetTranslation.js';
import { useResetTheme } from '../../hooks/useResetTheme.js';
import { useControllableState } from '../shared/hooks.js';
import { ClassNamesProvider, type StyleProps, cx, flag, useMergedClassNames } from '../shared/parts.js';
import { ScopeProvider, type ScopeValue, useScope } from '../shared/scope.js';

export interface ResetDialogProps extends StyleProps {
  /**
   * What opens the dialog. An element (your own button or link) is used as is; text becomes the
   * label of resetkit's button; left out, a "Forgot your password?" button; `null`, no trigger
   * (open it with `open`).
   */
  trigger?: ReactNode;
  /** Whether the dialog is open, when the host controls it. */
  open?: boolean;
  /** Whether the dialog starts open when uncontrolled (default false). */
  defaultOpen?: boolean;
  /** Called when the dialog opens or closes (trigger, Escape, close button, outside click). */
  onOpenChange?: (open: boolean) => void;
  /**
   * The dialog's visible title. Left out, the heading of the resetkit screen inside ("Reset your
   * password", then "Check your email"…) names the dialog, so the title follows the step.
   * Give one when the content is not a resetkit component.
   */
  title?: ReactNode;
  /** The content: `ResetFlow` or any resetkit component (or your own). */
  children?: ReactNode;
}

/**
 * Any reset flow in a modal dialog (Radix Dialog): focus stays inside, Escape and the close
 * button close it, and focus returns to the trigger. `className` styles the dialog panel.
 */
export function ResetDialog({
  trigger,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  title,
  children,
  className,
  classNames: own,
}: ResetDialogProps) {
  const { t, stringsLocale } = useResetTranslation();
  const theme = useResetTheme();
  const classNames = useMergedClassNames(own);
  const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange);
  const labelId = useId();
  const state = open ? 'open' : 'closed';
  const hasTitle = title !== undefined && title !== null && title !== false;
  const { recovery } = useScope();
  const scope = useMemo<ScopeValue>(
    () => (hasTitle ? { themed: true, headingLevel: 3, recovery } : { themed: true, headingLevel: 2, labelId, recovery }),
    [hasTitle, labelId, recovery],
  );

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {trigger === null || trigger === false ? null : isValidElement(trigger) ? (
        <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      ) : (
        <Dialog.Trigger
          data-scope="reset-dialog"
          data-part="trigger"
          data-rk-theme={theme}
          className={cx(classNames.trigger)}
        >
          {trigger ?? t('dialog.trigger')}
        </Dialog.Trigger>
      )}
      <Dialog.Portal>
        {/*
          Not Radix's Dialog.Overlay: it locks scrolling with react-remove-scroll, which injects a
          <style> element that a `style-src 'self'` policy blocks. The stylesheet locks scrolling
          instead (html:has(...)), and the overlay is a plain element.
        */}
        <div data-scope="reset-dialog" data-part="overlay" data-state={state} data-rk-theme={theme} className={cx(classNames.overlay)} />
        <Dialog.Content
          data-scope="reset-dialog"
          data-part="content"
          data-rk-theme={theme}
          lang={stringsLocale}
          data-titled={flag(hasTitle)}
          className={cx(classNames.content, className)}
          // Radix names the dialog after its Title when there is one; only override it without.
          {...(hasTitle ? {} : { 'aria-labelledby': labelId })}
        >
          {hasTitle ? (
            <div data-part="header" className={cx(classNames.header)}>
              <Dialog.Title data-part="title" className={cx(classNames.title)}>
                {title}
              </Dialog.Title>
            </div>
          ) : null}
          <div data-part="body" className={cx(classNames.body)}>
            <ScopeProvider value={scope}>
              <ClassNamesProvider value={classNames}>{children}</ClassNamesProvider>
            </ScopeProvider>
          </div>
          {/* Last in the DOM so opening focuses the form's first field; placed top-end by CSS. */}
          <Dialog.Close data-part="close" className={cx(classNames.close)} aria-label={t('common.close')}>
            <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
