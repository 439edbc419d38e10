import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { moneyToInput, parseMoney } from '../../../shared/format';
import { useStaff } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { useFormat } from '../lib/useFormat';
import { StaffMonthGlance, useThisMonth } from './StaffMonthGlance';
import { useSave } from './useSave';

export function StaffSettings() {
  const { data: staff } = useStaff();
  const save = useSave();
  const fmt = useFormat();
  const [draft, setDraft] = useState({ name: '', role: '', allowance: '' });
  const [allowanceError, setAllowanceError] = useState<string | null>(null);
  const thisMonth = useThisMonth();
  const spentBy = new Map((thisMonth.data?.byStaff ?? []).map((s) => [s.staffId, s.spent]));

  const commitAllowance = (id: number) => async (text: string) => {
    const minor = parseMoney(text, fmt.currency, fmt.locale);
    if (minor === null) return false;
    return (await save('staff.update', { id, monthlyAllowance: minor })) !== null;
  };

  const add = async () => {
    const minor = parseMoney(draft.allowance, fmt.currency, fmt.locale);
    if (minor === null) return setAllowanceError(`Enter an amount such as ${moneyToInput(5000, fmt.currency, fmt.locale)}`);
    setAllowanceError(null);
    if (await save('staff.create', { name: draft.name, role: draft.role, monthlyAllowance: minor })) {
      setDraft({ name: '', role: '', allowance: '' });
    }
  };

  return (
    <Stack>
      <Table verticalSpacing="xs" aria-label="Staff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Monthly allowance ({fmt.currency})</Table.Th>
            <Table.Th>This month</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(staff ?? []).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <EditableText hideLabel label={`Name of ${m.name}`} value={m.name} onCommit={(v) => save('staff.update', { id: m.id, name: v }).then(Boolean)} />
              </Table.Td>
              <Table.Td>
                <EditableText hideLabel label={`Role of ${m.name}`} value={m.role} onCommit={(v) => save('staff.update', { id: m.id, role: v }).then(Boolean)} />
              </Table.Td>
              <Table.Td>
                <EditableText
                  hideLabel
                  label={`Monthly allowance of ${m.name}`}
                  value={moneyToInput(m.monthlyAllowance, fmt.currency, fmt.locale)}
                  onCommit={commitAllowance(m.id)}
                />
              </Table.Td>
              <Table.Td>
                <StaffMonthGlance name={m.name} allowance={m.monthlyAllowance} spent={thisMonth.data ? (spentBy.get(m.id) ?? 0) : undefined} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" miw={230}>
                  <Badge color={m.active ? 'teal' : 'gray'}>{m.active ? 'Active' : 'Inactive'}</Badge>
                  <Button size="sm" variant="default" onClick={() => void save('staff.update', { id: m.id, active: !m.active })} aria-label={`${m.active ? 'Deactivate' : 'Reactivate'} ${m.name}`}>
                    {m.active ? 'Deactivate' : 'Reactivate'}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {staff?.length === 0 && <Text c="dimmed">No staff yet.</Text>}
      <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); void add(); }} aria-labelledby="add-staff">
        <Title order={2} size="h4" id="add-staff" mb="sm">
          Add a staff member
        </Title>
        <Group align="flex-start">
          <TextInput label="Name" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <TextInput label="Role" placeholder="e.g. shift lead" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })} />
          <TextInput
            label={`Monthly allowance (${fmt.currency})`}
            inputMode="decimal"
            value={draft.allowance}
            error={allowanceError}
            onChange={(e) => setDraft({ ...draft, allowance: e.currentTarget.value })}
          />
          <Button type="submit" mt={28}>
            Add staff member
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
