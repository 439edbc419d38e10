import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useCategories, useRootCauses, useStaff } from '../api/lookups';
import { channelOptions, listOptions, severityOptions, statusOptions } from '../lib/options';
import { causeFilterOptions } from './causeFilterOptions';
import type { useJournalFilter } from './useJournalFilter';

type FilterApi = ReturnType<typeof useJournalFilter>;

const withAll = (opts: { value: string; label: string }[], all: string) => [
  { value: '', label: all },
  ...opts.filter((o) => o.value !== ''),
];

export function JournalFilters({ raw, set, clear, active }: FilterApi) {
  const { data: categories } = useCategories();
  const { data: staff } = useStaff();
  const { data: causes } = useRootCauses();
  const [q, setQ] = useState(raw.q);
  const pushQ = useDebouncedCallback((value: string) => set('q', value), 250);

  const [urlQ, setUrlQ] = useState(raw.q);
  // A link or "clear" changes the URL under the box: follow it.
  if (urlQ !== raw.q) {
    setUrlQ(raw.q);
    setQ(raw.q);
  }

  return (
    <>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          type="search"
          label="Search"
          placeholder="Words from what happened, a customer, a ref…"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={clear} disabled={!active}>
          Clear filters
        </Button>
      </Group>
      <SimpleGrid cols={8} spacing="xs" mt="xs">
        <NativeSelect label="Status" data={withAll(statusOptions, 'Any status')} value={raw.status} onChange={(e) => set('status', e.currentTarget.value)} />
        <NativeSelect
          label="Category"
          data={withAll(listOptions(categories, Number(raw.category) || null, ''), 'Any category')}
          value={raw.category}
          onChange={(e) => set('category', e.currentTarget.value)}
        />
        <NativeSelect
          label="Root cause"
          data={causeFilterOptions(causes, Number(raw.rootCauseId) || null)}
          value={raw.rootCauseId}
          onChange={(e) => set('rootCauseId', e.currentTarget.value)}
        />
        <NativeSelect label="Channel" data={withAll(channelOptions, 'Any channel')} value={raw.channel} onChange={(e) => set('channel', e.currentTarget.value)} />
        <NativeSelect label="Severity" data={withAll(severityOptions, 'Any severity')} value={raw.severity} onChange={(e) => set('severity', e.currentTarget.value)} />
        <NativeSelect
          label="Handled by"
          data={withAll(listOptions(staff, Number(raw.staff) || null, ''), 'Anyone')}
          value={raw.staff}
          onChange={(e) => set('staff', e.currentTarget.value)}
        />
        <TextInput type="date" label="From" value={raw.from} onChange={(e) => set('from', e.currentTarget.value)} />
        <TextInput type="date" label="To" value={raw.to} onChange={(e) => set('to', e.currentTarget.value)} />
      </SimpleGrid>
    </>
  );
}
