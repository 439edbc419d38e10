import { Button, Collapse, Group, Input, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useId, useState } from 'react';
import { CHANNELS, SEVERITIES, STATUSES } from '../../../shared/domain';
import { useCategories, useRootCauses, useStaff } from '../api/lookups';
import { listOptions } from '../lib/options';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { causeFilterOptions } from './causeFilterOptions';
import type { useJournalFilter } from './useJournalFilter';

type FilterApi = ReturnType<typeof useJournalFilter>;

/** Between the two dates. */
const DASH = '–';

const withAll = (opts: { value: string; label: string }[], all: string) => [
  { value: '', label: all },
  ...opts.filter((o) => o.value !== ''),
];

export function JournalFilters({ raw, set, clear, active }: FilterApi) {
  const t = useT();
  const labels = useLabels();
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
  const statusOptions = STATUSES.map((s) => ({ value: s, label: labels.status(s) }));
  const channelOptions = CHANNELS.map((c) => ({ value: c, label: labels.channel(c) }));
  const severityOptions = SEVERITIES.map((s) => ({ value: String(s), label: labels.severity(s) }));

  return (
    <div role="search" aria-label={t('journal.filters.label')}>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          type="search"
          label={t('journal.filters.search')}
          placeholder={t('journal.filters.searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={clear} disabled={!active}>
          {t('journal.filters.clear')}
        </Button>
      </Group>
      {/* The filters most used stay in one row that fits at 1366 px; channel, severity and staff wait under More. */}
      <Group gap="xs" mt="xs" align="flex-end" wrap="nowrap">
        <NativeSelect
          label={t('journal.filters.status')}
          w={150}
          data={withAll(statusOptions, t('journal.filters.anyStatus'))}
          value={raw.status}
          onChange={(e) => set('status', e.currentTarget.value)}
        />
        <NativeSelect
          label={t('journal.filters.category')}
          w={190}
          data={withAll(listOptions(categories, Number(raw.category) || null, ''), t('journal.filters.anyCategory'))}
          value={raw.category}
          onChange={(e) => set('category', e.currentTarget.value)}
        />
        <NativeSelect
          label={t('journal.filters.rootCause')}
          w={220}
          data={causeFilterOptions(causes, Number(raw.rootCauseId) || null, {
            all: t('journal.filters.anyRootCause'),
            group: labels.causeGroup,
          })}
          value={raw.rootCauseId}
          onChange={(e) => set('rootCauseId', e.currentTarget.value)}
        />
        <Input.Wrapper size="md" label={t('journal.filters.happened')} labelElement="div" labelProps={{ id: datesId }} role="group" aria-labelledby={datesId}>
          <Group gap={4} wrap="nowrap">
            <TextInput type="date" aria-label={t('journal.filters.from')} w={150} value={raw.from} onChange={(e) => set('from', e.currentTarget.value)} />
            <span aria-hidden>{DASH}</span>
            <TextInput type="date" aria-label={t('journal.filters.to')} w={150} value={raw.to} onChange={(e) => set('to', e.currentTarget.value)} />
          </Group>
        </Input.Wrapper>
        <Button variant="default" style={{ flexShrink: 0 }} onClick={() => setMoreShown((o) => !o)} aria-expanded={moreShown} aria-controls={moreId}>
          {t('journal.filters.more', { count: moreSet })}
        </Button>
      </Group>
      <Collapse expanded={moreShown}>
        <Group id={moreId} gap="xs" mt="xs" align="flex-end" wrap="nowrap">
          <NativeSelect
            label={t('journal.filters.channel')}
            w={170}
            data={withAll(channelOptions, t('journal.filters.anyChannel'))}
            value={raw.channel}
            onChange={(e) => set('channel', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('journal.filters.severity')}
            w={170}
            data={withAll(severityOptions, t('journal.filters.anySeverity'))}
            value={raw.severity}
            onChange={(e) => set('severity', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('journal.filters.handledBy')}
            w={200}
            data={withAll(listOptions(staff, Number(raw.staff) || null, ''), t('journal.filters.anyone'))}
            value={raw.staff}
            onChange={(e) => set('staff', e.currentTarget.value)}
          />
        </Group>
      </Collapse>
    </div>
  );
}
