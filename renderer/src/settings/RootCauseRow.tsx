import { Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain';
import type { RootCause } from '../../../shared/schemas/settings';
import { EditableText } from '../incident/EditableText';
import type { useSave } from './useSave';

interface Props {
  cause: RootCause;
  usage: { incidents: number; lessons: number } | undefined;
  save: ReturnType<typeof useSave>;
  onMerge: () => void;
  onWriteLesson: () => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function RootCauseRow({ cause: c, usage, save, onMerge, onWriteLesson }: Props) {
  return (
    <Table.Tr>
      <Table.Td>
        <EditableText hideLabel label={`Name of root cause ${c.name}`} value={c.name} onCommit={(v) => save('rootCauses.update', { id: c.id, name: v }).then(Boolean)} />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={`Group of ${c.name}`}
          data={[...CAUSE_GROUPS]}
          value={c.group}
          onChange={(e) => void save('rootCauses.update', { id: c.id, group: e.currentTarget.value as CauseGroup })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" aria-label={`Use of ${c.name}`} style={{ whiteSpace: 'nowrap' }}>
          {usage ? `${plural(usage.incidents, 'incident', 'incidents')} · ${plural(usage.lessons, 'lesson', 'lessons')}` : '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {!c.active && <Badge color="gray">Retired</Badge>}
          <Button size="sm" variant="default" onClick={() => void save('rootCauses.update', { id: c.id, active: !c.active })} aria-label={`${c.active ? 'Retire' : 'Restore'} ${c.name}`}>
            {c.active ? 'Retire' : 'Restore'}
          </Button>
          <Button size="sm" variant="default" onClick={onMerge} aria-label={`Merge into another cause: ${c.name}`}>
            Merge into…
          </Button>
          <Button size="sm" variant="light" onClick={onWriteLesson} aria-label={`Write a lesson about ${c.name}`}>
            Write a lesson
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
