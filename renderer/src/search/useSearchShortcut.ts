// Ctrl/Cmd+K anywhere (even in a field), and plain `/` outside fields, open the search box.
import { useEffect } from 'react';
import { isPlainKey } from '../lib/keyboard';

const otherDialogOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

export function useSearchShortcut(opened: boolean, open: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const withMod = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      const mod = withMod && e.key.toLowerCase() === 'k';
      if (!mod && !(e.key === '/' && isPlainKey(e))) return;
      // Another dialog (the quick log) keeps the keys; in the search box, Ctrl+K does nothing more.
      if (mod && (opened || otherDialogOpen())) {
        if (opened) e.preventDefault();
        return;
      }
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened, open]);
}
