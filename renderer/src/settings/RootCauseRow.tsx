import { Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain';
import type { RootCause } from '../../../shared/schemas/settings';
import { EditableText } from '../incident/EditableText';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import type { useSave } from './useSave';

/** Not counted yet. */
const NONE = '—';

interface Props {
  cause: RootCause;
  usage: { incidents: number; lessons: number } | undefined;
  save: ReturnType<typeof useSave>;
  onMerge: () => void;
  onWriteLesson: () => void;
}

export function RootCauseRow({ cause: c, usage, save, onMerge, onWriteLesson }: Props) {
  const t = useT();
  const labels = useLabels();
  return (
    <Table.Tr>
      <Table.Td>
        <EditableText hideLabel label={t('settings.causes.nameOf', { name: c.name })} value={c.name} onCommit={(v) => save('rootCauses.update', { id: c.id, name: v }).then(Boolean)} />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('settings.causes.groupOf', { name: c.name })}
          data={CAUSE_GROUPS.map((g) => ({ value: g, label: labels.causeGroup(g) }))}
          value={c.group}
          onChange={(e) => void save('rootCauses.update', { id: c.id, group: e.currentTarget.value as CauseGroup })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" aria-label={t('settings.causes.useOf', { name: c.name })} style={{ whiteSpace: 'nowrap' }}>
          {usage ? t('settings.causes.usage', { incidents: usage.incidents, lessons: usage.lessons }) : NONE}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {!c.active && <Badge color="gray">{t('settings.causes.retired')}</Badge>}
          <Button size="sm" variant="default" onClick={() => void save('rootCauses.update', { id: c.id, active: !c.active })} aria-label={t(c.active ? 'settings.causes.retireNamed' : 'settings.causes.restoreNamed', { name: c.name })}>
            {t(c.active ? 'settings.causes.retire' : 'settings.causes.restore')}
          </Button>
          <Button size="sm" variant="default" onClick={onMerge} aria-label={t('settings.causes.mergeNamed', { name: c.name })}>
            {t('settings.causes.merge')}
          </Button>
          <Button size="sm" variant="light" onClick={onWriteLesson} aria-label={t('settings.causes.writeLessonNamed', { name: c.name })}>
            {t('settings.causes.writeLesson')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
