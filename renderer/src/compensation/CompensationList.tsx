// What was given on this incident, oldest first, each with Edit and Remove.
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { Compensation } from '../../../shared/schemas/compensation';
import { useFormat } from '../lib/useFormat';
import { VoucherLine } from '../voucher/VoucherLine';

interface Props {
  entries: Compensation[];
  staffName: (id: number | null) => string;
  editingId: number | null;
  onEdit: (entry: Compensation) => void;
  onRemove: (entry: Compensation) => void;
}

export function CompensationList({ entries, staffName, editingId, onEdit, onRemove }: Props) {
  const fmt = useFormat();
  if (entries.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Nothing given yet.
      </Text>
    );
  }
  const sorted = [...entries].sort((a, b) => a.givenAt.localeCompare(b.givenAt) || a.id - b.id);
  const total = entries.reduce((sum, e) => sum + e.cost, 0);
  return (
    <Stack gap={4}>
      <List listStyleType="none" spacing={6} aria-label="Compensations given">
        {sorted.map((e) => {
          const kind = COMPENSATION_KIND_LABELS[e.kind];
          const name = `${kind} ${fmt.money(e.cost)}`;
          return (
            <List.Item key={e.id} styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" bg={editingId === e.id ? 'var(--mantine-color-default-hover)' : undefined}>
                <div style={{ minWidth: 0 }}>
                  <Text fw={600}>
                    {kind} · {fmt.money(e.cost)}
                    {e.description && (
                      <Text span fw={400}>
                        {' '}
                        — {e.description}
                      </Text>
                    )}
                  </Text>
                  <Text size="sm" c="dimmed">
                    Given by {staffName(e.givenById)} · {fmt.dateTime(e.givenAt)}
                    {e.approvedById !== null && ` · approved by ${staffName(e.approvedById)}`}
                  </Text>
                  {e.overAllowanceUnapproved && (
                    <Text size="sm" c="red" fw={700}>
                      Over allowance, not approved (imported); editing it asks who approved it
                    </Text>
                  )}
                  <VoucherLine entry={e} />
                </div>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-md" variant="subtle" onClick={() => onEdit(e)} aria-label={`Edit ${name}`}>
                    Edit
                  </Button>
                  <Button size="compact-md" variant="subtle" color="red" onClick={() => onRemove(e)} aria-label={`Remove ${name}`}>
                    Remove
                  </Button>
                </Group>
              </Group>
            </List.Item>
          );
        })}
      </List>
      <Text size="sm" fw={600} ta="right" aria-label={`Total given on this incident: ${fmt.money(total)}`}>
        Total {fmt.money(total)}
      </Text>
    </Stack>
  );
}
