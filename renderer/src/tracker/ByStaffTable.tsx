// Each person's month against their allowance: the "$500 rule" at a glance.
import { Table, Text } from '@mantine/core';
import type { CompensationMonth } from '../../../shared/schemas/compensation';
import { Card } from '../incident/Card';
import { SpendBar } from '../lib/SpendBar';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

const SPACE = ' ';

export function ByStaffTable({ rows }: { rows: CompensationMonth['byStaff'] }) {
  const fmt = useFormat();
  const t = useT();
  return (
    <Card title={t('tracker.staff.title')} id="tracker-by-staff">
      <Table verticalSpacing={6} aria-labelledby="tracker-by-staff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tracker.staff.name')}</Table.Th>
            <Table.Th>{t('tracker.staff.spent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => {
            const words =
              s.allowance === 0
                ? t('tracker.staff.noAllowance', { spent: fmt.money(s.spent) })
                : t('tracker.staff.ofAllowance', { spent: fmt.money(s.spent), allowance: fmt.money(s.allowance) });
            const over = s.allowance > 0 && s.spent > s.allowance;
            return (
              <Table.Tr key={s.staffId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {s.name}
                  </Text>
                  {(s.role || !s.active) && (
                    <Text size="xs" c="dimmed">
                      {[s.role, s.active ? '' : t('tracker.staff.inactive')].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w="62%">
                  <Text size="sm" c={over ? 'red' : undefined} fw={over ? 700 : undefined}>
                    {words}
                    {over && SPACE}
                    {over && t('tracker.staff.over', { amount: fmt.money(s.spent - s.allowance) })}
                  </Text>
                  {s.unapprovedCount > 0 && (
                    <Text size="sm" c="red" fw={700}>
                      {t('tracker.staff.unapproved', { amount: fmt.money(s.unapproved), count: s.unapprovedCount, n: fmt.count(s.unapprovedCount) })}
                    </Text>
                  )}
                  <SpendBar spent={s.spent} limit={s.allowance} label={t('tracker.staff.barLabel', { name: s.name })} valueText={words} size="sm" color={s.allowance === 0 ? 'gray' : undefined} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('tracker.staff.none')}
        </Text>
      )}
    </Card>
  );
}
