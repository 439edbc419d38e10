// The quick log dialog. It appears in the same frame as the key press (no opening transition), so the
// text field has the focus before the next key arrives; the provider returns the focus itself.
import { Modal } from '@mantine/core';
import { useT } from '../lib/useT';
import type { EarlyKeys } from './earlyKeys';
import { QuickLogForm, type SavedIncident } from './QuickLogForm';

interface Props {
  opened: boolean;
  early: EarlyKeys | null;
  onClose: (saved: SavedIncident | null) => void;
}

export function QuickLogModal({ opened, early, onClose }: Props) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={() => onClose(null)}
      title={t('quicklog.title')}
      size={860}
      yOffset="4vh"
      transitionProps={{ duration: 0 }}
      returnFocus={false}
      closeButtonProps={{ 'aria-label': t('quicklog.close') }}
      styles={{ title: { fontSize: '1.25rem', fontWeight: 700 } }}
    >
      {opened && <QuickLogForm onDone={onClose} early={early} />}
    </Modal>
  );
}
