/** Shows a hook's result as JSON beside the minimal form of a hook story (functions left out). */
export function StateView({ label, value }: { label: string; value: unknown }) {
  const json = JSON.stringify(
    value,
    (_key, field: unknown) => {
      if (typeof field === 'function') return undefined;
      if (field instanceof Error) return { name: field.name, code: (field as { code?: string }).code, message: field.message };
      return field;
    },
    2,
  );
  return (
    <section aria-label={label}>
      <h2>{label}</h2>
      <pre data-testid="hook-state">{json}</pre>
    </section>
  );
}

/** The hook state a play function reads back. */
export function readState(canvasElement: HTMLElement): Record<string, unknown> {
  const pre = canvasElement.querySelector('[data-testid="hook-state"]');
  return JSON.parse(pre?.textContent ?? '{}') as Record<string, unknown>;
}
