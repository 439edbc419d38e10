import { Button, Collapse, Group, Input, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useId, useState } from 'react';
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

  const datesId = useId();
  const moreId = useId();
  const moreSet = [raw.channel, raw.severity, raw.staff].filter((v) => v !== '').length;
  // A rarer filter already set (say, from a link) opens in sight; the button counts them when closed.
  const [moreShown, setMoreShown] = useState(moreSet > 0);

  return (
    <div role="search" aria-label="Journal filters">
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
      {/* The filters most used stay in one row that fits at 1366 px; channel, severity and staff wait under More. */}
      <Group gap="xs" mt="xs" align="flex-end" wrap="nowrap">
        <NativeSelect label="Status" w={150} data={withAll(statusOptions, 'Any status')} value={raw.status} onChange={(e) => set('status', e.currentTarget.value)} />
        <NativeSelect
          label="Category"
          w={190}
          data={withAll(listOptions(categories, Number(raw.category) || null, ''), 'Any category')}
          value={raw.category}
          onChange={(e) => set('category', e.currentTarget.value)}
        />
        <NativeSelect
          label="Root cause"
          w={220}
          data={causeFilterOptions(causes, Number(raw.rootCauseId) || null)}
          value={raw.rootCauseId}
          onChange={(e) => set('rootCauseId', e.currentTarget.value)}
        />
        <Input.Wrapper size="md" label="Happened" labelElement="div" labelProps={{ id: datesId }} role="group" aria-labelledby={datesId}>
          <Group gap={4} wrap="nowrap">
            <TextInput type="date" aria-label="From" w={150} value={raw.from} onChange={(e) => set('from', e.currentTarget.value)} />
            <span aria-hidden>–</span>
            <TextInput type="date" aria-label="To" w={150} value={raw.to} onChange={(e) => set('to', e.currentTarget.value)} />
          </Group>
        </Input.Wrapper>
        <Button variant="default" style={{ flexShrink: 0 }} onClick={() => setMoreShown((o) => !o)} aria-expanded={moreShown} aria-controls={moreId}>
          {moreSet > 0 ? `More filters (${moreSet})` : 'More filters'}
        </Button>
      </Group>
      <Collapse expanded={moreShown}>
        <Group id={moreId} gap="xs" mt="xs" align="flex-end" wrap="nowrap">
          <NativeSelect label="Channel" w={170} data={withAll(channelOptions, 'Any channel')} value={raw.channel} onChange={(e) => set('channel', e.currentTarget.value)} />
          <NativeSelect label="Severity" w={170} data={withAll(severityOptions, 'Any severity')} value={raw.severity} onChange={(e) => set('severity', e.currentTarget.value)} />
          <NativeSelect
            label="Handled by"
            w={200}
            data={withAll(listOptions(staff, Number(raw.staff) || null, ''), 'Anyone')}
            value={raw.staff}
            onChange={(e) => set('staff', e.currentTarget.value)}
          />
        </Group>
      </Collapse>
    </div>
  );
}
