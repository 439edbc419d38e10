import { Badge, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useCategories } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { useT } from '../lib/useT';
import { useSave } from './useSave';

export function CategorySettings() {
  const t = useT();
  const { data: categories } = useCategories();
  const save = useSave();
  const [name, setName] = useState('');
  return (
    <Stack maw={720}>
      {(categories ?? []).map((c) => (
        <Group key={c.id} align="center" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <EditableText hideLabel label={t('settings.categories.nameOf', { name: c.name })} value={c.name} onCommit={(v) => save('categories.update', { id: c.id, name: v }).then(Boolean)} />
          </div>
          {!c.active && <Badge color="gray">{t('settings.categories.inactive')}</Badge>}
          <Button variant="default" onClick={() => void save('categories.update', { id: c.id, active: !c.active })} aria-label={t(c.active ? 'settings.list.deactivateNamed' : 'settings.list.reactivateNamed', { name: c.name })}>
            {t(c.active ? 'settings.list.deactivate' : 'settings.list.reactivate')}
          </Button>
        </Group>
      ))}
      <Paper
        withBorder
        p="md"
        component="form"
        aria-labelledby="add-category"
        onSubmit={(e) => {
          e.preventDefault();
          void save('categories.create', { name }).then((c) => c && setName(''));
        }}
      >
        <Title order={2} size="h4" id="add-category" mb="sm">
          {t('settings.categories.addTitle')}
        </Title>
        <Group align="flex-end">
          <TextInput label={t('settings.categories.new')} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button type="submit">{t('settings.categories.add')}</Button>
        </Group>
      </Paper>
    </Stack>
  );
}
