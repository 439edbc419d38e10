import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { CAUSE_GROUPS } from '../../../shared/domain';
import { useStaff } from '../api/lookups';
import { listOptions } from '../lib/options';
import { lessonStatusOptions } from './lessonOptions';
import type { useLessonFilter } from './useLessonFilter';

type FilterApi = ReturnType<typeof useLessonFilter>;

export function LessonFilters({ raw, set, clear, active }: FilterApi) {
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
        label="Search lessons"
        placeholder="Words from the title, what we learned, the change, the cause…"
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        style={{ flex: 1 }}
      />
      <NativeSelect label="Status" data={[{ value: '', label: 'Any status' }, ...lessonStatusOptions]} value={raw.status} onChange={(e) => set('status', e.currentTarget.value)} />
      <NativeSelect label="Group" data={[{ value: '', label: 'Any group' }, ...CAUSE_GROUPS]} value={raw.group} onChange={(e) => set('group', e.currentTarget.value)} />
      <NativeSelect
        label="Owner"
        data={[{ value: '', label: 'Anyone' }, ...listOptions(staff, Number(raw.owner) || null, '').slice(1)]}
        value={raw.owner}
        onChange={(e) => set('owner', e.currentTarget.value)}
      />
      <Button variant="default" onClick={clear} disabled={!active}>
        Clear filters
      </Button>
    </Group>
  );
}
