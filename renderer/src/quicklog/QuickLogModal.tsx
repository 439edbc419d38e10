// The quick log dialog: loads any waiting draft first so the form starts from it.
import { Center, Loader, Modal } from '@mantine/core';
import { useEffect, useState } from 'react';
import { loadDraft } from './draftApi';
import { QuickLogForm } from './QuickLogForm';
import { blankValues, hasContent, type QuickLogValues } from './values';

function Loaded({ onDone }: { onDone: () => void }) {
  const [initial, setInitial] = useState<{ values: QuickLogValues; restored: boolean } | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .catch(() => null) // Without a readable draft, start blank rather than block the counter.
      .then((draft) => {
        if (cancelled) return;
        setInitial(draft && hasContent(draft) ? { values: draft, restored: true } : { values: blankValues(), restored: false });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!initial) {
    return (
      <Center h={200}>
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return <QuickLogForm initial={initial.values} restored={initial.restored} onDone={onDone} />;
}

export function QuickLogModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Log an incident" size={860} yOffset="4vh" styles={{ title: { fontSize: '1.25rem', fontWeight: 700 } }}>
      {opened && <Loaded onDone={onClose} />}
    </Modal>
  );
}
