// Each person's month against their allowance: the "$500 rule" at a glance.
import { Table, Text } from '@mantine/core';
import type { CompensationMonth } from '../../../shared/schemas/compensation';
import { Card } from '../incident/Card';
import { SpendBar } from '../lib/SpendBar';
import { useFormat } from '../lib/useFormat';

export function ByStaffTable({ rows }: { rows: CompensationMonth['byStaff'] }) {
  const fmt = useFormat();
  return (
    <Card title="By staff member" id="tracker-by-staff">
      <Table verticalSpacing={6} aria-labelledby="tracker-by-staff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Spent against allowance</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => {
            const words =
              s.allowance === 0
                ? `${fmt.money(s.spent)} given; no allowance: always asks`
                : `${fmt.money(s.spent)} of ${fmt.money(s.allowance)}`;
            const over = s.allowance > 0 && s.spent > s.allowance;
            return (
              <Table.Tr key={s.staffId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {s.name}
                  </Text>
                  {(s.role || !s.active) && (
                    <Text size="xs" c="dimmed">
                      {[s.role, s.active ? '' : 'inactive'].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w="62%">
                  <Text size="sm" c={over ? 'red' : undefined} fw={over ? 700 : undefined}>
                    {words}
                    {over && ` (${fmt.money(s.spent - s.allowance)} over)`}
                  </Text>
                  {s.unapprovedCount > 0 && (
                    <Text size="sm" c="red" fw={700}>
                      {`${fmt.money(s.unapproved)} over allowance, not approved (${fmt.count(s.unapprovedCount)} ${s.unapprovedCount === 1 ? 'entry' : 'entries'})`}
                    </Text>
                  )}
                  <SpendBar spent={s.spent} limit={s.allowance} label={`${s.name}: spent against allowance`} valueText={words} size="sm" color={s.allowance === 0 ? 'gray' : undefined} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text c="dimmed" size="sm">
          No staff yet: add them, with their allowances, in Settings.
        </Text>
      )}
    </Card>
  );
}
