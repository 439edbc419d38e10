// "Copy follow-up message": the shop's template filled by the core for this incident (no staff
// names ever reach the page), put on the clipboard, and shown in case the copy did not work.
import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { call, errorMessage } from '../api/call';
import { useT } from '../lib/useT';

/** Keys, not words. */
const COPY_KEYS = 'Ctrl+C';

interface Props {
  incident: { id: number; ref: string };
  /** Where rows of several incidents sit side by side, the button names which one it copies. */
  nameRef?: boolean;
  size?: 'sm' | 'md';
}

type Copied = { text: string; copied: boolean } | { error: string };

export function CopyFollowUpMessage({ incident, nameRef, size = 'md' }: Props) {
  const t = useT();
  const [shown, setShown] = useState<Copied | null>(null);
  const [busy, setBusy] = useState(false);
  const copy = async () => {
    setBusy(true);
    try {
      const { text } = await call('followUps.message', { incidentId: incident.id });
      let copied = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        copied = false;
      }
      setShown({ text, copied });
    } catch (error) {
      setShown({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="light" size={size} loading={busy} onClick={() => void copy()} aria-label={nameRef ? t('followups.copy.for', { ref: incident.ref }) : undefined}>
        {t('followups.copy')}
      </Button>
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={t('followups.copy.title', { ref: incident.ref })} styles={{ title: { fontWeight: 700 } }}>
        {shown && 'error' in shown ? (
          <Text c="red" role="alert">
            {shown.error}
          </Text>
        ) : (
          shown && (
            <>
              <Text role="status" mb="sm">
                {shown.copied ? t('followups.copy.copied') : t('followups.copy.notCopied', { keys: COPY_KEYS })}
              </Text>
              <Textarea label={t('followups.copy.message')} value={shown.text} readOnly autosize minRows={4} onFocus={(e) => e.currentTarget.select()} />
            </>
          )
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setShown(null)} data-autofocus>
            {t('followups.copy.close')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
