// Merging one cause into another: says exactly what moves before it moves, then what moved.
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RootCause } from '../../../shared/schemas/settings';
import { errorMessage } from '../api/call';
import { useWrite } from '../api/useCall';
import { notifyDone } from '../lib/notify';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';

interface Props {
  from: RootCause | null;
  causes: RootCause[];
  usage: Map<number, { incidents: number; lessons: number }>;
  onClose: () => void;
}

export function MergeCauseModal({ from, causes, usage, onClose }: Props) {
  const t = useT();
  const labels = useLabels();
  const write = useWrite();
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const into = causes.find((c) => String(c.id) === intoId) ?? null;
  const moving = from ? (usage.get(from.id) ?? { incidents: 0, lessons: 0 }) : null;
  const close = () => {
    setIntoId('');
    setError(null);
    onClose();
  };
  const merge = async () => {
    if (!from || !into) return setError(t('settings.merge.chooseError'));
    setBusy(true);
    try {
      const r = await write('rootCauses.merge', { fromId: from.id, intoId: into.id });
      notifyDone(t('settings.merge.done', { incidents: r.movedIncidents, lessons: r.movedLessons, into: r.into.name }));
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const others = causes.filter((c) => c.id !== from?.id);
  return (
    <Modal opened={from !== null} onClose={close} title={t('settings.merge.title', { name: from?.name ?? '' })} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="sm">
        <NativeSelect
          data-autofocus
          label={t('settings.merge.into')}
          data={[
            { value: '', label: t('settings.merge.choose') },
            ...others.map((c) => ({
              value: String(c.id),
              label: t(c.active ? 'settings.merge.option' : 'settings.merge.optionRetired', { name: c.name, group: labels.causeGroup(c.group) }),
            })),
          ]}
          value={intoId}
          onChange={(e) => {
            setIntoId(e.currentTarget.value);
            setError(null);
          }}
        />
        {from && into && moving && (
          <Text role="status">
            {t('settings.merge.preview', { incidents: moving.incidents, lessons: moving.lessons, into: into.name, from: from.name })}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('settings.merge.cancel')}
          </Button>
          <Button color="orange" onClick={() => void merge()} loading={busy} disabled={!into}>
            {t('settings.merge.merge')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
