// A total-height virtual list: only the visible rows exist; further pages load as it scrolls.
import { Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { IncidentRow } from '../../../shared/schemas/incident';
import { useT } from '../lib/useT';
import { JournalRow, JournalRowPlaceholder } from './JournalRow';

const ROW_HEIGHT = 48;

interface Props {
  rows: IncidentRow[];
  total: number;
  categoryName: (id: number | null) => string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  /** Whether a filter or search is set, for what the empty list tells the user to do. */
  filtered: boolean;
}

export function JournalList({ rows, total, categoryName, hasNextPage, isFetchingNextPage, fetchNextPage, filtered }: Props) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = hasNextPage ? Math.max(total, rows.length + 1) : rows.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    // Keyset paging cannot jump ahead: fetch the next page once the view nears the loaded end.
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 40) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Up/Down move between rows; the target row may need scrolling into existence first.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    e.preventDefault();
    const next = Number(current.dataset.index) + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= rows.length) return;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`a[data-index="${next}"]`)?.focus());
  };

  if (rows.length === 0) {
    return (
      <Text c="dimmed" p="lg" ta="center">
        {total === 0 && !filtered ? t('journal.list.empty') : t('journal.list.noMatch')}
      </Text>
    );
  }

  return (
    <Box
      ref={scrollRef}
      onKeyDown={onKeyDown}
      style={{ flex: 1, minHeight: 0, overflowY: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
    >
      <div role="list" aria-label={t('journal.list.label')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((v) => {
          const row = rows[v.index];
          return (
            <div
              key={v.key}
              role="listitem"
              style={{ position: 'absolute', top: 0, insetInline: 0, height: v.size, transform: `translateY(${v.start}px)` }}
            >
              {row ? <JournalRow row={row} index={v.index} category={categoryName(row.categoryId)} /> : <JournalRowPlaceholder />}
            </div>
          );
        })}
      </div>
    </Box>
  );
}
