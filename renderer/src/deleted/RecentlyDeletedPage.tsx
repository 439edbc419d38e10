// What was deleted and can still be restored, each with the date it will be erased for good.
import { Alert, Anchor, Button, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { DeletedCompensation, DeletedIncident } from '../../../shared/schemas/deleted';
import { call, errorMessage } from '../api/call';
import { keys } from '../api/keys';
import { notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useDeletedActions } from './actions';

const nowrap = { whiteSpace: 'nowrap' } as const;

function IncidentsTable({ rows, busy, onRestore }: { rows: DeletedIncident[]; busy: string | null; onRestore: (r: DeletedIncident) => void }) {
  const fmt = useFormat();
  if (rows.length === 0) return <Text c="dimmed">No incident was deleted in this time.</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing={6} aria-label="Deleted incidents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Ref</Table.Th>
            <Table.Th>What happened</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th>Happened</Table.Th>
            <Table.Th>Deleted</Table.Th>
            <Table.Th>Erased after</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td ff="monospace" fw={600}>
                {r.ref}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1} title={r.summary}>
                  {r.summary}
                </Text>
              </Table.Td>
              <Table.Td>{r.customerName || '—'}</Table.Td>
              <Table.Td style={nowrap}>{fmt.dateTime(r.occurredAt)}</Table.Td>
              <Table.Td style={nowrap}>{fmt.dateTime(r.deletedAt)}</Table.Td>
              <Table.Td style={nowrap}>{fmt.date(r.erasedAfter)}</Table.Td>
              <Table.Td>
                <Button variant="light" onClick={() => onRestore(r)} loading={busy === `i${r.id}`} aria-label={`Restore incident ${r.ref}`}>
                  Restore
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CompensationsTable({ rows, busy, onRestore }: { rows: DeletedCompensation[]; busy: string | null; onRestore: (r: DeletedCompensation) => void }) {
  const fmt = useFormat();
  if (rows.length === 0) return <Text c="dimmed">No compensation was removed in this time.</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing={6} aria-label="Removed compensations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Incident</Table.Th>
            <Table.Th>What was given</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>Given</Table.Th>
            <Table.Th>Removed</Table.Th>
            <Table.Th>Erased after</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const name = `${COMPENSATION_KIND_LABELS[r.kind]} ${fmt.money(r.cost)}`;
            return (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/incidents/${r.incidentId}`} ff="monospace" fw={600} aria-label={`Incident ${r.incidentRef}`}>
                    {r.incidentRef}
                  </Anchor>
                </Table.Td>
                <Table.Td style={nowrap}>{name}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={r.description}>
                    {r.description || '—'}
                  </Text>
                </Table.Td>
                <Table.Td style={nowrap}>{fmt.dateTime(r.givenAt)}</Table.Td>
                <Table.Td style={nowrap}>{fmt.dateTime(r.deletedAt)}</Table.Td>
                <Table.Td style={nowrap}>{fmt.date(r.erasedAfter)}</Table.Td>
                <Table.Td>
                  <Button variant="light" onClick={() => onRestore(r)} loading={busy === `c${r.id}`} aria-label={`Restore ${name} on ${r.incidentRef}`}>
                    Restore
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function RecentlyDeletedPage() {
  const fmt = useFormat();
  const query = useQuery({ queryKey: keys.recentlyDeleted, queryFn: () => call('recentlyDeleted.list', {}) });
  const { restoreIncident, restoreCompensation } = useDeletedActions();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (error) {
      notifyError(error, 'It could not be restored');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/journal" size="sm">
          ← Journal
        </Anchor>
        <Title order={1}>Recently deleted</Title>
      </div>
      <Text>
        Deleted incidents and removed compensations wait here for {query.data?.keptDays ?? 30} days, counted in no list or figure, then
        they are erased for good. Restore one to put it back exactly as it was.
      </Text>
      {query.isError && <Alert color="red">{errorMessage(query.error)}</Alert>}
      {query.isPending ? (
        <Center h={200}>
          <Loader aria-label="Loading what was deleted" />
        </Center>
      ) : (
        query.data && (
          <>
            <Title order={2}>Incidents</Title>
            <IncidentsTable rows={query.data.incidents} busy={busy} onRestore={(r) => void run(`i${r.id}`, () => restoreIncident(r))} />
            <Title order={2}>Compensations</Title>
            <CompensationsTable
              rows={query.data.compensations}
              busy={busy}
              onRestore={(r) => void run(`c${r.id}`, () => restoreCompensation(r.id, `${COMPENSATION_KIND_LABELS[r.kind]} ${fmt.money(r.cost)}`))}
            />
          </>
        )
      )}
    </Stack>
  );
}
