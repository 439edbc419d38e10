// What the import will do, in counts: incidents and compensations, what it creates, what to look at.
import { Stack, Text } from '@mantine/core';
import type { ImportResult } from '../../../shared/schemas/data';

export type Plural = (n: number, one: string, many?: string) => string;

export function ImportSummary({ result, plural }: { result: ImportResult; plural: Plural }) {
  const { categories, rootCauses, staff } = result.created;
  return (
    <Stack gap={4}>
      <Text fw={600}>
        Import {plural(result.incidents, 'incident')} and {plural(result.compensations, 'compensation')}
        <Text span fw={400} c="dimmed">
          {' '}
          from {plural(result.rows, 'row')}
          {result.problemCount > 0 ? `; ${plural(result.problemCount, 'problem')}` : ''}
        </Text>
      </Text>
      {categories.length > 0 && <Text size="sm">New categories: {categories.join(', ')}</Text>}
      {rootCauses.length > 0 && <Text size="sm">New root causes: {rootCauses.join('; ')}</Text>}
      {staff.length > 0 && <Text size="sm">New staff: {staff.join(', ')}</Text>}
      {result.overAllowanceUnapproved > 0 && (
        <Text size="sm" c="var(--mantine-color-red-text)" fw={600}>
          {plural(result.overAllowanceUnapproved, 'compensation')} went past the giver&apos;s monthly allowance with nobody&apos;s approval on record:
          they will be kept and marked “over allowance, not approved”. New staff start with no allowance; set allowances in
          Settings → Staff first if they had one.
        </Text>
      )}
    </Stack>
  );
}
