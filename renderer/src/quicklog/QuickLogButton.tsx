import { Button, Kbd } from '@mantine/core';
import { isBrowserMode } from '../api/invoke';
import { modKeyLabel } from '../lib/keyboard';
import { useT } from '../lib/useT';
import { useQuickLog } from './QuickLogProvider';

const KEY = 'N';

export function QuickLogButton({ size = 'md' }: { size?: 'md' | 'lg' | 'xl' }) {
  const t = useT();
  const { open } = useQuickLog();
  // A browser tab keeps Ctrl/Cmd+N for a new window: there the plain N is the key to show.
  const browser = isBrowserMode();
  const shown = browser ? KEY : `${modKeyLabel}+${KEY}`;
  return (
    <Button
      size={size}
      color="red"
      onClick={open}
      aria-keyshortcuts={browser ? 'N' : 'Control+N Meta+N N'}
      rightSection={
        <Kbd size="xs" aria-hidden>
          {shown}
        </Kbd>
      }
    >
      {t('quicklog.button')}
    </Button>
  );
}
