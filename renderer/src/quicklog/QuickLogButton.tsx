import { Button, Kbd } from '@mantine/core';
import { modKeyLabel } from '../lib/keyboard';
import { useQuickLog } from './QuickLogProvider';

export function QuickLogButton({ size = 'md' }: { size?: 'md' | 'lg' | 'xl' }) {
  const { open } = useQuickLog();
  return (
    <Button
      size={size}
      color="red"
      onClick={open}
      aria-keyshortcuts="Control+N Meta+N N"
      rightSection={
        <Kbd size="xs" aria-hidden>
          {modKeyLabel}+N
        </Kbd>
      }
    >
      Log incident
    </Button>
  );
}
