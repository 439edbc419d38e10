import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../api/call';
import { nameMap, useCategories } from '../api/lookups';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { JournalFilters } from './JournalFilters';
import { JournalHeader } from './JournalHeader';
import { JournalList } from './JournalList';
import { useJournalFilter } from './useJournalFilter';
import { useJournalPages } from './useJournalPages';

export function JournalPage() {
  const t = useT();
  const filterApi = useJournalFilter();
  const pages = useJournalPages(filterApi.filter);
  const fmt = useFormat();
  const { data: categories } = useCategories();
  const names = nameMap(categories);
  const categoryName = useCallback((id: number | null) => (id === null ? '—' : (names.get(id) ?? '—')), [names]);
  const { fetchNextPage } = pages;
  const fetchMore = useCallback(() => fetchNextPage(), [fetchNextPage]);

  return (
    // The page fills the viewport so the list, not the page, scrolls.
    <Stack gap="sm" h="calc(100dvh - 64px - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between">
        <Title order={1}>{t('journal.title')}</Title>
        <Group gap="md">
          <Anchor component={Link} to="/journal/deleted">
            {t('journal.recentlyDeleted')}
          </Anchor>
          {pages.isFetching && <Loader size="sm" aria-label={t('journal.loadingIncidents')} />}
          <Text fw={600} size="lg" aria-live="polite">
            {pages.isPending ? t('journal.loading') : t('journal.count', { count: pages.total, total: fmt.count(pages.total) })}
          </Text>
        </Group>
      </Group>
      <JournalFilters {...filterApi} />
      {pages.isError && <Alert color="red">{errorMessage(pages.error)}</Alert>}
      <JournalHeader />
      {!pages.isPending && (
        <JournalList
          rows={pages.rows}
          total={pages.total}
          categoryName={categoryName}
          hasNextPage={pages.hasNextPage}
          isFetchingNextPage={pages.isFetchingNextPage}
          fetchNextPage={fetchMore}
          filtered={filterApi.active}
        />
      )}
    </Stack>
  );
}
