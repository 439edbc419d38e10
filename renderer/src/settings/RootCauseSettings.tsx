import { Badge, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain';
import { keys } from '../api/keys';
import { useRootCauses } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { useSave } from './useSave';

export function RootCauseSettings() {
  const { data: causes } = useRootCauses();
  const save = useSave(keys.rootCauses);
  const [name, setName] = useState('');
  const [group, setGroup] = useState<CauseGroup>('Process');
  return (
    <Stack maw={900}>
      {(causes ?? []).map((c) => (
        <Group key={c.id} align="center" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <EditableText hideLabel label={`Name of root cause ${c.name}`} value={c.name} onCommit={(v) => save('rootCauses.update', { id: c.id, name: v }).then(Boolean)} />
          </div>
          <NativeSelect
            aria-label={`Group of ${c.name}`}
            data={[...CAUSE_GROUPS]}
            value={c.group}
            onChange={(e) => void save('rootCauses.update', { id: c.id, group: e.currentTarget.value as CauseGroup })}
          />
          {!c.active && <Badge color="gray">Retired</Badge>}
          <Button variant="default" onClick={() => void save('rootCauses.update', { id: c.id, active: !c.active })} aria-label={`${c.active ? 'Retire' : 'Restore'} ${c.name}`}>
            {c.active ? 'Retire' : 'Restore'}
          </Button>
        </Group>
      ))}
      <Paper
        withBorder
        p="md"
        component="form"
        aria-labelledby="add-cause"
        onSubmit={(e) => {
          e.preventDefault();
          void save('rootCauses.create', { name, group }).then((c) => c && setName(''));
        }}
      >
        <Title order={2} size="h4" id="add-cause" mb="sm">
          Add a root cause
        </Title>
        <Group align="flex-end">
          <TextInput label="New root cause" value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} />
          <NativeSelect label="Group" data={[...CAUSE_GROUPS]} value={group} onChange={(e) => setGroup(e.currentTarget.value as CauseGroup)} />
          <Button type="submit">Add root cause</Button>
        </Group>
      </Paper>
    </Stack>
  );
}
