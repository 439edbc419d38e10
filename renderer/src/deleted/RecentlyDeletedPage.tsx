// What was deleted and can still be restored, each with the date it will be erased for good.
import { Alert, Anchor, Button, Center, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { DeletedCompensation, DeletedIncident } from '../../../shared/schemas/deleted';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { useDeletedActions } from './actions';

const nowrap = { whiteSpace: 'nowrap' } as const;
/** An empty cell. */
const NONE = '—';

/** The two lists' frame: their own headings, then deleted, erased after, and a Restore button. */
function DeletedTable({ label, headings, children }: { label: string; headings: string[]; children: ReactNode }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headings.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('deleted.actions')}</VisuallyHidden>
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
  const t = useT();
  const fmt = useFormat();
  return (
    <>
      <Table.Td style={nowrap}>{fmt.dateTime(deletedAt)}</Table.Td>
      <Table.Td style={nowrap}>{fmt.date(erasedAfter)}</Table.Td>
      <Table.Td>
        <Button variant="light" onClick={onRestore} loading={loading} aria-label={label}>
          {t('deleted.restore')}
        </Button>
      </Table.Td>
    </>
  );
}

function IncidentsTable({ rows, busy, onRestore }: { rows: DeletedIncident[]; busy: string | null; onRestore: (r: DeletedIncident) => void }) {
  const t = useT();
  const fmt = useFormat();
  if (rows.length === 0) return <Text c="dimmed">{t('deleted.noIncidents')}</Text>;
  return (
    <DeletedTable
      label={t('deleted.incidentsTable')}
      headings={[t('deleted.col.ref'), t('deleted.col.whatHappened'), t('deleted.col.customer'), t('deleted.col.happened'), t('deleted.col.deleted'), t('deleted.col.erasedAfter')]}
    >
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
          <Table.Td>{r.customerName || NONE}</Table.Td>
          <Table.Td style={nowrap}>{fmt.dateTime(r.occurredAt)}</Table.Td>
          <DeletedCells deletedAt={r.deletedAt} erasedAfter={r.erasedAfter} loading={busy === `i${r.id}`} label={t('deleted.restoreIncident', { ref: r.ref })} onRestore={() => onRestore(r)} />
        </Table.Tr>
      ))}
    </DeletedTable>
  );
}

function CompensationsTable({ rows, busy, onRestore }: { rows: DeletedCompensation[]; busy: string | null; onRestore: (r: DeletedCompensation) => void }) {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  if (rows.length === 0) return <Text c="dimmed">{t('deleted.noCompensations')}</Text>;
  return (
    <DeletedTable
      label={t('deleted.compensationsTable')}
      headings={[t('deleted.col.incident'), t('deleted.col.whatWasGiven'), t('deleted.col.description'), t('deleted.col.given'), t('deleted.col.removed'), t('deleted.col.erasedAfter')]}
    >
      {rows.map((r) => {
        const name = `${labels.kind(r.kind)} ${fmt.money(r.cost)}`;
        return (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Anchor component={Link} to={`/incidents/${r.incidentId}`} ff="monospace" fw={600} aria-label={t('deleted.incidentLink', { ref: r.incidentRef })}>
                {r.incidentRef}
              </Anchor>
            </Table.Td>
            <Table.Td style={nowrap}>{name}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={1} title={r.description}>
                {r.description || NONE}
              </Text>
            </Table.Td>
            <Table.Td style={nowrap}>{fmt.dateTime(r.givenAt)}</Table.Td>
            <DeletedCells deletedAt={r.deletedAt} erasedAfter={r.erasedAfter} loading={busy === `c${r.id}`} label={t('deleted.restoreCompensation', { name, ref: r.incidentRef })} onRestore={() => onRestore(r)} />
          </Table.Tr>
        );
      })}
    </DeletedTable>
  );
}

/** Said only when the list stops short: "Showing the 500 most recent of 1,234." */
function ShownOf({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  const fmt = useFormat();
  if (total <= shown) return null;
  return (
    <Text c="dimmed" size="sm">
      {t('deleted.shownOf', { shown: fmt.count(shown), total: fmt.count(total) })}
    </Text>
  );
}

export function RecentlyDeletedPage() {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  const query = useCall('recentlyDeleted.list', {});
  const { restoreIncident, restoreCompensation } = useDeletedActions();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (error) {
      notifyError(error, t('deleted.restoreFailed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/journal" size="sm">
          {t('deleted.back')}
        </Anchor>
        <Title order={1}>{t('deleted.title')}</Title>
      </div>
      <Text>{t('deleted.intro', { days: query.data?.keptDays ?? 30 })}</Text>
      {query.isError && <Alert color="red">{errorMessage(query.error)}</Alert>}
      {query.isPending ? (
        <Center h={200}>
          <Loader aria-label={t('deleted.loading')} />
        </Center>
      ) : (
        query.data && (
          <>
            <Title order={2}>{t('deleted.incidents')}</Title>
            <ShownOf shown={query.data.incidents.length} total={query.data.incidentsTotal} />
            <IncidentsTable rows={query.data.incidents} busy={busy} onRestore={(r) => void run(`i${r.id}`, () => restoreIncident(r))} />
            <Title order={2}>{t('deleted.compensations')}</Title>
            <ShownOf shown={query.data.compensations.length} total={query.data.compensationsTotal} />
            <CompensationsTable
              rows={query.data.compensations}
              busy={busy}
              onRestore={(r) => void run(`c${r.id}`, () => restoreCompensation(r.id, `${labels.kind(r.kind)} ${fmt.money(r.cost)}`))}
            />
          </>
        )
      )}
    </Stack>
  );
}
