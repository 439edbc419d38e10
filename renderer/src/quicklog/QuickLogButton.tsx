import { Button, Kbd } from '@mantine/core';
import { isBrowserMode } from '../api/invoke';
import { modKeyLabel } from '../lib/keyboard';
import { useQuickLog } from './QuickLogProvider';

export function QuickLogButton({ size = 'md' }: { size?: 'md' | 'lg' | 'xl' }) {
  const { open } = useQuickLog();
  // A browser tab keeps Ctrl/Cmd+N for a new window: there the plain N is the key to show.
  const browser = isBrowserMode();
  return (
    <Button
      size={size}
      color="red"
      onClick={open}
      aria-keyshortcuts={browser ? 'N' : 'Control+N Meta+N N'}
      rightSection={
        <Kbd size="xs" aria-hidden>
          {browser ? 'N' : `${modKeyLabel}+N`}
        </Kbd>
      }
    >
      Log incident
    </Button>
  );
}
