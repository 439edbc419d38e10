import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { moneyToInput, parseMoney } from '../../../shared/format';
import { useStaff } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { StaffMonthGlance, useThisMonth } from './StaffMonthGlance';
import { useSave } from './useSave';

export function StaffSettings() {
  const t = useT();
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
    if (minor === null) return setAllowanceError(t('settings.staff.allowanceExample', { example: moneyToInput(5000, fmt.currency, fmt.locale) }));
    setAllowanceError(null);
    if (await save('staff.create', { name: draft.name, role: draft.role, monthlyAllowance: minor })) {
      setDraft({ name: '', role: '', allowance: '' });
    }
  };

  return (
    <Stack>
      <Table verticalSpacing="xs" aria-label={t('settings.tab.staff')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.staff.name')}</Table.Th>
            <Table.Th>{t('settings.staff.role')}</Table.Th>
            <Table.Th>{t('settings.staff.allowance', { currency: fmt.currency })}</Table.Th>
            <Table.Th>{t('settings.staff.thisMonth')}</Table.Th>
            <Table.Th>{t('settings.staff.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(staff ?? []).map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <EditableText hideLabel label={t('settings.staff.nameOf', { name: m.name })} value={m.name} onCommit={(v) => save('staff.update', { id: m.id, name: v }).then(Boolean)} />
              </Table.Td>
              <Table.Td>
                <EditableText hideLabel label={t('settings.staff.roleOf', { name: m.name })} value={m.role} onCommit={(v) => save('staff.update', { id: m.id, role: v }).then(Boolean)} />
              </Table.Td>
              <Table.Td>
                <EditableText
                  hideLabel
                  label={t('settings.staff.allowanceOf', { name: m.name })}
                  value={moneyToInput(m.monthlyAllowance, fmt.currency, fmt.locale)}
                  onCommit={commitAllowance(m.id)}
                />
              </Table.Td>
              <Table.Td>
                <StaffMonthGlance name={m.name} allowance={m.monthlyAllowance} spent={thisMonth.data ? (spentBy.get(m.id) ?? 0) : undefined} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" miw={230}>
                  <Badge color={m.active ? 'teal' : 'gray'}>{t(m.active ? 'settings.staff.active' : 'settings.staff.inactive')}</Badge>
                  <Button size="sm" variant="default" onClick={() => void save('staff.update', { id: m.id, active: !m.active })} aria-label={t(m.active ? 'settings.list.deactivateNamed' : 'settings.list.reactivateNamed', { name: m.name })}>
                    {t(m.active ? 'settings.list.deactivate' : 'settings.list.reactivate')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {staff?.length === 0 && <Text c="dimmed">{t('settings.staff.none')}</Text>}
      <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); void add(); }} aria-labelledby="add-staff">
        <Title order={2} size="h4" id="add-staff" mb="sm">
          {t('settings.staff.addTitle')}
        </Title>
        <Group align="flex-start">
          <TextInput label={t('settings.staff.name')} required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <TextInput label={t('settings.staff.role')} placeholder={t('settings.staff.rolePlaceholder')} value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value })} />
          <TextInput
            label={t('settings.staff.allowance', { currency: fmt.currency })}
            inputMode="decimal"
            value={draft.allowance}
            error={allowanceError}
            onChange={(e) => setDraft({ ...draft, allowance: e.currentTarget.value })}
          />
          <Button type="submit" mt={28}>
            {t('settings.staff.add')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
