// What the import will do, in counts: incidents and compensations, what it creates, what to look at.
import { Stack, Text } from '@mantine/core';
import type { ImportResult } from '../../../shared/schemas/data';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

export function ImportSummary({ result }: { result: ImportResult }) {
  const t = useT();
  const fmt = useFormat();
  const { categories, rootCauses, staff } = result.created;
  // After the title, with the space between them.
  const fromRows =
    ' ' +
    (result.problemCount > 0
      ? t('data.summary.fromRowsProblems', {
          rows: result.rows,
          rowsShown: fmt.count(result.rows),
          problems: result.problemCount,
          problemsShown: fmt.count(result.problemCount),
        })
      : t('data.summary.fromRows', { count: result.rows, n: fmt.count(result.rows) }));
  return (
    <Stack gap={4}>
      <Text fw={600}>
        {t('data.summary.title', {
          incidents: result.incidents,
          incidentsShown: fmt.count(result.incidents),
          compensations: result.compensations,
          compensationsShown: fmt.count(result.compensations),
        })}
        <Text span fw={400} c="dimmed">
          {fromRows}
        </Text>
      </Text>
      {categories.length > 0 && <Text size="sm">{t('data.summary.newCategories', { list: categories.join(', ') })}</Text>}
      {rootCauses.length > 0 && <Text size="sm">{t('data.summary.newCauses', { list: rootCauses.join('; ') })}</Text>}
      {staff.length > 0 && <Text size="sm">{t('data.summary.newStaff', { list: staff.join(', ') })}</Text>}
      {result.overAllowanceUnapproved > 0 && (
        <Text size="sm" c="var(--mantine-color-red-text)" fw={600}>
          {t('data.summary.overAllowance', { count: result.overAllowanceUnapproved, n: fmt.count(result.overAllowanceUnapproved) })}
        </Text>
      )}
    </Stack>
  );
}
