import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { CAUSE_GROUPS } from '../../../shared/domain';
import { useStaff } from '../api/lookups';
import { listOptions } from '../lib/options';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { lessonStatusOptions } from './lessonOptions';
import type { useLessonFilter } from './useLessonFilter';

type FilterApi = ReturnType<typeof useLessonFilter>;

export function LessonFilters({ raw, set, clear, active }: FilterApi) {
  const t = useT();
  const labels = useLabels();
  const { data: staff } = useStaff();
  const [q, setQ] = useState(raw.q);
  const [urlQ, setUrlQ] = useState(raw.q);
  const pushQ = useDebouncedCallback((value: string) => set('q', value), 250);
  // "Clear" or a link changes the URL under the box: follow it.
  if (urlQ !== raw.q) {
    setUrlQ(raw.q);
    setQ(raw.q);
  }
  return (
    <Group align="flex-end" wrap="nowrap" gap="sm">
      <TextInput
        type="search"
        label={t('lessons.filters.search')}
        placeholder={t('lessons.filters.searchHint')}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        style={{ flex: 1 }}
      />
      <NativeSelect
        label={t('lessons.field.status')}
        data={[{ value: '', label: t('lessons.filters.anyStatus') }, ...lessonStatusOptions(labels)]}
        value={raw.status}
        onChange={(e) => set('status', e.currentTarget.value)}
      />
      <NativeSelect
        label={t('lessons.filters.group')}
        data={[{ value: '', label: t('lessons.filters.anyGroup') }, ...CAUSE_GROUPS.map((g) => ({ value: g, label: labels.causeGroup(g) }))]}
        value={raw.group}
        onChange={(e) => set('group', e.currentTarget.value)}
      />
      <NativeSelect
        label={t('lessons.field.owner')}
        data={[{ value: '', label: t('lessons.filters.anyone') }, ...listOptions(staff, Number(raw.owner) || null, '').slice(1)]}
        value={raw.owner}
        onChange={(e) => set('owner', e.currentTarget.value)}
      />
      <Button variant="default" onClick={clear} disabled={!active}>
        {t('lessons.filters.clear')}
      </Button>
    </Group>
  );
}
