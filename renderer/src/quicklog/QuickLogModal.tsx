// The quick log dialog; the form mounts at once so the first keystrokes are never lost.
import { Modal } from '@mantine/core';
import { QuickLogForm } from './QuickLogForm';

export function QuickLogModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Log an incident"
      size={860}
      yOffset="4vh"
      styles={{ title: { fontSize: '1.25rem', fontWeight: 700 } }}
    >
      {opened && <QuickLogForm onDone={onClose} />}
    </Modal>
  );
}
