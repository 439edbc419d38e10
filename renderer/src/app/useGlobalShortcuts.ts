// Ctrl/Cmd+N anywhere, and plain `n` outside fields (Chrome keeps Ctrl+N for itself in a tab).
import { useEffect } from 'react';
import { isPlainKey } from '../lib/keyboard';
import { useQuickLog } from '../quicklog/QuickLogProvider';

export function useGlobalShortcuts() {
  const { open } = useQuickLog();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const withMod = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      if (e.key.toLowerCase() === 'n' && (withMod || isPlainKey(e))) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
