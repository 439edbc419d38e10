// Merging one cause into another: says exactly what moves before it moves, then what moved.
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RootCause } from '../../../shared/schemas/settings';
import { errorMessage } from '../api/call';
import { useWrite } from '../api/useCall';
import { notifyDone } from '../lib/notify';

interface Props {
  from: RootCause | null;
  causes: RootCause[];
  usage: Map<number, { incidents: number; lessons: number }>;
  onClose: () => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const what = (u: { incidents: number; lessons: number }) =>
  `${plural(u.incidents, 'incident', 'incidents')} and ${plural(u.lessons, 'lesson', 'lessons')}`;

export function MergeCauseModal({ from, causes, usage, onClose }: Props) {
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
    if (!from || !into) return setError('Choose the cause to merge into');
    setBusy(true);
    try {
      const r = await write('rootCauses.merge', { fromId: from.id, intoId: into.id });
      notifyDone(`Merged: ${what({ incidents: r.movedIncidents, lessons: r.movedLessons })} moved to “${r.into.name}”.`);
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const others = causes.filter((c) => c.id !== from?.id);
  return (
    <Modal opened={from !== null} onClose={close} title={`Merge “${from?.name ?? ''}” into…`} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="sm">
        <NativeSelect
          data-autofocus
          label="Merge into"
          data={[{ value: '', label: 'Choose a cause…' }, ...others.map((c) => ({ value: String(c.id), label: `${c.name} (${c.group})${c.active ? '' : ' — retired'}` }))]}
          value={intoId}
          onChange={(e) => {
            setIntoId(e.currentTarget.value);
            setError(null);
          }}
        />
        {from && into && moving && (
          <Text role="status">
            {what(moving)} move to “{into.name}”; “{from.name}” is removed.
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="orange" onClick={() => void merge()} loading={busy} disabled={!into}>
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
