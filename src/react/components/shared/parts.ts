import { createContext, useContext, useMemo } from 'react';

/**
 * Every `data-part` a resetkit component renders. Hosts style them with
 * `[data-part="…"]` selectors or give them classes through `classNames`.
 */
export type Part =
  | 'root'
  | 'heading'
  | 'description'
  | 'form'
  | 'field'
  | 'label'
  | 'control'
  | 'input'
  | 'username'
  | 'error'
  | 'hint'
  | 'alert'
  | 'reference'
  | 'recovery'
  | 'status'
  | 'countdown'
  | 'actions'
  | 'submit'
  | 'button'
  | 'link'
  | 'spinner'
  | 'toggle'
  | 'toggle-icon'
  | 'toggle-label'
  | 'announcer'
  | 'meter'
  | 'meter-header'
  | 'meter-label'
  | 'meter-value'
  | 'meter-bar'
  | 'meter-segment'
  | 'tips'
  | 'verdict'
  | 'suggestions'
  | 'suggestion'
  | 'checklist'
  | 'checklist-title'
  | 'checklist-items'
  | 'checklist-item'
  | 'checklist-sublist'
  | 'checklist-text'
  | 'organizations'
  | 'organization'
  | 'organization-button'
  | 'organization-name'
  | 'organization-avatar'
  | 'organization-logo'
  | 'membership'
  | 'badge'
  | 'section'
  | 'section-heading'
  | 'empty'
  | 'trigger'
  | 'overlay'
  | 'content'
  | 'header'
  | 'title'
  | 'close'
  | 'body'
  | 'slot-header'
  | 'slot-footer';

/**
 * Classes for inner parts, keyed by `data-part`. They apply to every element of that part inside
 * the component, nested resetkit components included (a `ResetFlow`'s `submit` class reaches the
 * submit button of the form it shows). `className` is for the component's own root only.
 */
export type PartClassNames = Partial<Record<Part, string>>;

/** Props shared by every styled component. */
export interface StyleProps {
  /** Class of the component's root element. */
  className?: string;
  /** Classes of inner parts, keyed by their `data-part`; inherited by nested resetkit components. */
  classNames?: PartClassNames;
  /** `plain` (default): a bare column on the page; `card`: a raised, bordered panel. Outermost component only. */
  layout?: 'plain' | 'card';
  /** `comfortable` (default) or `compact` spacing and control heights. Outermost component only. */
  density?: 'comfortable' | 'compact';
  /**
   * How the strength meters inside draw the score: `bar` (default), one bar that fills, or
   * `segmented`, four steps. Inherited by nested resetkit components; a `StrengthMeter`'s own
   * `variant` wins.
   */
  meterVariant?: 'bar' | 'segmented';
}

export function cx(...classes: (string | false | null | undefined)[]): string | undefined {
  const joined = classes.filter(Boolean).join(' ');
  return joined || undefined;
}

/** Boolean data attributes are present only when true, so `[data-invalid]` selects exactly the true case. */
export function flag(value: boolean | undefined): '' | undefined {
  return value ? '' : undefined;
}

const ClassNamesContext = createContext<PartClassNames>({});
export const ClassNamesProvider = ClassNamesContext.Provider;

/** The part classes in effect: the nearest component's `classNames` over those of its ancestors. */
export function useMergedClassNames(own: PartClassNames | undefined): PartClassNames {
  const inherited = useContext(ClassNamesContext);
  // Keyed by content so an inline `classNames={{…}}` literal does not re-render every part below.
  const key = own ? JSON.stringify(own) : '';
  return useMemo(() => {
    if (!key) return inherited;
    const merged: PartClassNames = { ...inherited };
    for (const [name, value] of Object.entries(JSON.parse(key) as PartClassNames) as [Part, string | undefined][]) {
      merged[name] = cx(inherited[name], value);
    }
    return merged;
  }, [inherited, key]);
}

/** The `data-part` and class of one part. */
export function usePart() {
  const classNames = useContext(ClassNamesContext);
  return (name: Part, className?: string) => ({ 'data-part': name, className: cx(classNames[name], className) });
}
