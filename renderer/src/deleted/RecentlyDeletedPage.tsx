// What was deleted and can still be restored, each with the date it will be erased for good.
import { Alert, Anchor, Button, Center, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { DeletedCompensation, DeletedIncident } from '../../../shared/schemas/deleted';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useDeletedActions } from './actions';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The two lists' frame: their own headings, then deleted, erased after, and a Restore button. */
function DeletedTable({ label, headings, children }: { label: string; headings: string[]; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headings.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** When it went, when it is erased for good, and the button that brings it back. */
function DeletedCells({ deletedAt, erasedAfter, loading, label, onRestore }: { deletedAt: string; erasedAfter: string; loading: boolean; label: string; onRestore: () => void }) {
  const fmt = useFormat();
  return (
    <>
      <Table.Td style={nowrap}>{fmt.dateTime(deletedAt)}</Table.Td>
      <Table.Td style={nowrap}>{fmt.date(erasedAfter)}</Table.Td>
      <Table.Td>
        <Button variant="light" onClick={onRestore} loading={loading} aria-label={label}>
          Restore
        </Button>
      </Table.Td>
    </>
  );
}

function IncidentsTable({ rows, busy, onRestore }: { rows: DeletedIncident[]; busy: string | null; onRestore: (r: DeletedIncident) => void }) {
  const fmt = useFormat();
  if (rows.length === 0) return <Text c="dimmed">No incident was deleted in this time.</Text>;
  return (
    <DeletedTable label="Deleted incidents" headings={['Ref', 'What happened', 'Customer', 'Happened', 'Deleted', 'Erased after']}>
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
          <DeletedCells deletedAt={r.deletedAt} erasedAfter={r.erasedAfter} loading={busy === `i${r.id}`} label={`Restore incident ${r.ref}`} onRestore={() => onRestore(r)} />
        </Table.Tr>
      ))}
    </DeletedTable>
  );
}

function CompensationsTable({ rows, busy, onRestore }: { rows: DeletedCompensation[]; busy: string | null; onRestore: (r: DeletedCompensation) => void }) {
  const fmt = useFormat();
  if (rows.length === 0) return <Text c="dimmed">No compensation was removed in this time.</Text>;
  return (
    <DeletedTable label="Removed compensations" headings={['Incident', 'What was given', 'Description', 'Given', 'Removed', 'Erased after']}>
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
            <DeletedCells deletedAt={r.deletedAt} erasedAfter={r.erasedAfter} loading={busy === `c${r.id}`} label={`Restore ${name} on ${r.incidentRef}`} onRestore={() => onRestore(r)} />
          </Table.Tr>
        );
      })}
    </DeletedTable>
  );
}

/** Said only when the list stops short: "Showing the 500 most recent of 1,234." */
function ShownOf({ shown, total }: { shown: number; total: number }) {
  const fmt = useFormat();
  if (total <= shown) return null;
  return (
    <Text c="dimmed" size="sm">
      Showing the {fmt.count(shown)} most recent of {fmt.count(total)}.
    </Text>
  );
}

export function RecentlyDeletedPage() {
  const fmt = useFormat();
  const query = useCall('recentlyDeleted.list', {});
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
            <ShownOf shown={query.data.incidents.length} total={query.data.incidentsTotal} />
            <IncidentsTable rows={query.data.incidents} busy={busy} onRestore={(r) => void run(`i${r.id}`, () => restoreIncident(r))} />
            <Title order={2}>Compensations</Title>
            <ShownOf shown={query.data.compensations.length} total={query.data.compensationsTotal} />
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
