// Creating a cause from the picker: the name as typed, the group chosen on purpose (no guess).
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain';
import type { RootCause } from '../../../shared/schemas/settings';
import { errorMessage } from '../api/call';
import { useWrite } from '../api/useCall';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';

interface Props {
  /** The typed name; null when closed. */
  name: string | null;
  onClose: () => void;
  onCreated: (cause: RootCause) => void;
}

export function CreateCauseModal({ name, onClose, onCreated }: Props) {
  const t = useT();
  const labels = useLabels();
  const write = useWrite();
  const [draft, setDraft] = useState({ for: name, name: name ?? '', group: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (draft.for !== name) {
    setDraft({ for: name, name: name ?? '', group: '' });
    setError(null);
  }
  const create = async () => {
    if (!draft.group) return setError(t('rootcause.create.groupMissing'));
    setBusy(true);
    try {
      const cause = await write('rootCauses.create', { name: draft.name, group: draft.group as CauseGroup });
      onCreated(cause);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={name !== null} onClose={onClose} title={t('rootcause.create.title')} styles={{ title: { fontWeight: 700 } }}>
      <Stack
        component="form"
        gap="sm"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <TextInput label={t('rootcause.create.name')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        <NativeSelect
          data-autofocus
          label={t('rootcause.create.group')}
          description={t('rootcause.create.groupHint')}
          data={[{ value: '', label: t('rootcause.create.chooseGroup') }, ...CAUSE_GROUPS.map((g) => ({ value: g, label: labels.causeGroup(g) }))]}
          value={draft.group}
          error={error}
          onChange={(e) => {
            setDraft({ ...draft, group: e.currentTarget.value });
            setError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('rootcause.create.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('rootcause.create.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
