// What was given on this incident, oldest first, each with Edit and Remove.
import { Button, Group, List, Stack, Text } from '@mantine/core';
import type { Compensation } from '../../../shared/schemas/compensation';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { VoucherLine } from '../voucher/VoucherLine';

interface Props {
  entries: Compensation[];
  staffName: (id: number | null) => string;
  editingId: number | null;
  onEdit: (entry: Compensation) => void;
  onRemove: (entry: Compensation) => void;
}

const DOT = ' · ';
const DASH = ' — ';

export function CompensationList({ entries, staffName, editingId, onEdit, onRemove }: Props) {
  const fmt = useFormat();
  const t = useT();
  const labels = useLabels();
  if (entries.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('compensation.list.empty')}
      </Text>
    );
  }
  const sorted = [...entries].sort((a, b) => a.givenAt.localeCompare(b.givenAt) || a.id - b.id);
  const total = entries.reduce((sum, e) => sum + e.cost, 0);
  return (
    <Stack gap={4}>
      <List listStyleType="none" spacing={6} aria-label={t('compensation.list.label')}>
        {sorted.map((e) => {
          const kind = labels.kind(e.kind);
          const money = fmt.money(e.cost);
          return (
            <List.Item key={e.id} styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" bg={editingId === e.id ? 'var(--mantine-color-default-hover)' : undefined}>
                <div style={{ minWidth: 0 }}>
                  <Text fw={600}>
                    {kind}
                    {DOT}
                    {money}
                    {e.description && (
                      <Text span fw={400}>
                        {DASH}
                        {e.description}
                      </Text>
                    )}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {e.approvedById === null
                      ? t('compensation.list.givenBy', { name: staffName(e.givenById), when: fmt.dateTime(e.givenAt) })
                      : t('compensation.list.givenByApproved', { name: staffName(e.givenById), when: fmt.dateTime(e.givenAt), approver: staffName(e.approvedById) })}
                  </Text>
                  {e.overAllowanceUnapproved && (
                    <Text size="sm" c="red" fw={700}>
                      {t('compensation.list.unapproved')}
                    </Text>
                  )}
                  <VoucherLine entry={e} />
                </div>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-md" variant="subtle" onClick={() => onEdit(e)} aria-label={t('compensation.list.editNamed', { kind, money })}>
                    {t('compensation.list.edit')}
                  </Button>
                  <Button size="compact-md" variant="subtle" color="red" onClick={() => onRemove(e)} aria-label={t('compensation.list.removeNamed', { kind, money })}>
                    {t('compensation.list.remove')}
                  </Button>
                </Group>
              </Group>
            </List.Item>
          );
        })}
      </List>
      <Text size="sm" fw={600} ta="end" aria-label={t('compensation.list.totalLabel', { money: fmt.money(total) })}>
        {t('compensation.list.total', { money: fmt.money(total) })}
      </Text>
    </Stack>
  );
}
