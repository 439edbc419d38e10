// Step 7: the first rows exactly as they will be stored, each with its problems beside it.
import { Table, Text } from '@mantine/core';
import { COMPENSATION_KIND_LABELS, SEVERITY_LABELS, type CompensationKind, type Severity } from '../../../shared/domain';
import type { ImportPreviewRow } from '../../../shared/schemas/data';
import { useFormat } from '../lib/useFormat';

const RED = 'var(--mantine-color-red-text)';
const kindLabel = (kind: string) => COMPENSATION_KIND_LABELS[kind as CompensationKind] ?? kind;
const severityLabel = (s: number) => SEVERITY_LABELS[s as Severity] ?? String(s);

export function PreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const fmt = useFormat();
  if (rows.length === 0) return null;
  const nowrap = { whiteSpace: 'nowrap' } as const;
  return (
    <Table.ScrollContainer minWidth={1280} mah={520}>
      <Table striped stickyHeader verticalSpacing={6} aria-label="Preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th miw={220}>What happened</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Severity</Table.Th>
            <Table.Th>Handled by</Table.Th>
            <Table.Th>Resolved</Table.Th>
            <Table.Th>Compensation</Table.Th>
            <Table.Th miw={220}>Problems</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.line}>
              <Table.Td style={nowrap}>
                {r.line}
                {r.ref && (
                  <Text span size="xs" c="dimmed" ff="monospace" ml={6}>
                    {r.ref}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={nowrap}>{r.occurredAt ? fmt.dateTime(r.occurredAt) : '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={r.whatHappened}>
                  {r.whatHappened || '—'}
                </Text>
              </Table.Td>
              <Table.Td>{r.customer || '—'}</Table.Td>
              <Table.Td>{r.category ?? '—'}</Table.Td>
              <Table.Td style={nowrap}>{r.severity === null ? '—' : severityLabel(r.severity)}</Table.Td>
              <Table.Td>{r.handledBy ?? '—'}</Table.Td>
              <Table.Td style={nowrap}>{r.resolvedAt ? fmt.dateTime(r.resolvedAt) : <Text span size="sm" c="dimmed">open</Text>}</Table.Td>
              <Table.Td style={nowrap}>
                {r.compensation ? `${kindLabel(r.compensation.kind)} · ${fmt.money(r.compensation.cost)}` : '—'}
              </Table.Td>
              <Table.Td>
                {r.problems.map((p, i) => (
                  <Text key={i} size="sm" c={RED}>
                    {p.column ? `${p.column}: ` : ''}
                    {p.reason}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
