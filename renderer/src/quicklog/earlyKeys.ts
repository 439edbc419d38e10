// Keys typed right after N belong to "what happened" (and right after Ctrl+K or / to the search box),
// never to the page: before the dialog is drawn they are kept for the field, and while it is open a key
// that finds the focus outside the dialog (taken by a closing menu or note, say) brings the focus back
// to the field first.
export const WHAT_HAPPENED_ID = 'quick-log-what-happened';

export interface EarlyKeys {
  /** What was typed before the field existed. */
  text(): string;
  stop(): void;
}

export function catchEarlyKeys(fieldId = WHAT_HAPPENED_ID): EarlyKeys {
  let typed = '';
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || e.key.length !== 1) return;
    const field = document.getElementById(fieldId);
    if (field) {
      const dialog = field.closest('[role="dialog"]');
      // Focused during keydown, the field receives this very character.
      if (!dialog?.contains(document.activeElement)) field.focus();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation(); // not a page shortcut either
    typed += e.key;
  };
  window.addEventListener('keydown', onKey, true);
  return {
    text: () => typed,
    stop: () => window.removeEventListener('keydown', onKey, true),
  };
}
