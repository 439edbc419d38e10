// Step 7: the first rows exactly as they will be stored, each with its problems beside it.
import { Table, Text } from '@mantine/core';
import { COMPENSATION_KINDS, SEVERITIES, type CompensationKind, type Severity } from '../../../shared/domain';
import type { ImportPreviewRow } from '../../../shared/schemas/data';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';

const RED = 'var(--mantine-color-red-text)';
/** An empty cell. */
const NONE = '—';
const isKind = (kind: string): kind is CompensationKind => (COMPENSATION_KINDS as readonly string[]).includes(kind);
const isSeverity = (s: number): s is Severity => (SEVERITIES as readonly number[]).includes(s);

export function PreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  const kindLabel = (kind: string) => (isKind(kind) ? labels.kind(kind) : kind);
  const severityLabel = (s: number) => (isSeverity(s) ? labels.severity(s) : String(s));
  const given = (c: { kind: string; cost: number }) => `${kindLabel(c.kind)} · ${fmt.money(c.cost)}`;
  if (rows.length === 0) return null;
  const nowrap = { whiteSpace: 'nowrap' } as const;
  return (
    <Table.ScrollContainer minWidth={1280} mah={520}>
      <Table striped stickyHeader verticalSpacing={6} aria-label={t('data.import.preview')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('data.preview.line')}</Table.Th>
            <Table.Th>{t('data.preview.when')}</Table.Th>
            <Table.Th miw={220}>{t('data.preview.whatHappened')}</Table.Th>
            <Table.Th>{t('data.preview.customer')}</Table.Th>
            <Table.Th>{t('data.preview.category')}</Table.Th>
            <Table.Th>{t('data.preview.severity')}</Table.Th>
            <Table.Th>{t('data.preview.handledBy')}</Table.Th>
            <Table.Th>{t('data.preview.resolved')}</Table.Th>
            <Table.Th>{t('data.preview.compensation')}</Table.Th>
            <Table.Th miw={220}>{t('data.preview.problems')}</Table.Th>
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
              <Table.Td style={nowrap}>{r.occurredAt ? fmt.dateTime(r.occurredAt) : NONE}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={r.whatHappened}>
                  {r.whatHappened || NONE}
                </Text>
              </Table.Td>
              <Table.Td>{r.customer || NONE}</Table.Td>
              <Table.Td>{r.category ?? NONE}</Table.Td>
              <Table.Td style={nowrap}>{r.severity === null ? NONE : severityLabel(r.severity)}</Table.Td>
              <Table.Td>{r.handledBy ?? NONE}</Table.Td>
              <Table.Td style={nowrap}>{r.resolvedAt ? fmt.dateTime(r.resolvedAt) : <Text span size="sm" c="dimmed">{t('data.preview.open')}</Text>}</Table.Td>
              <Table.Td style={nowrap}>
                {r.compensation ? given(r.compensation) : NONE}
              </Table.Td>
              <Table.Td>
                {r.problems.map((p, i) => (
                  <Text key={i} size="sm" c={RED}>
                    {p.column ? t('data.preview.problem', { column: p.column, reason: p.reason }) : p.reason}
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
